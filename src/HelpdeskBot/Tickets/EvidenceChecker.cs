using HelpdeskBot.Activities;
using HelpdeskBot.Attachments;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tickets;

/// <summary>One file the user gave as evidence (for a new ticket or one they add to), as stored.</summary>
public sealed record EvidenceFile(string Id, string Name, string ContentType, long Size, string ContentUrl);

/// <summary>
/// Turns a message's attachments into evidence files: only files this service stored for this very
/// conversation (so checked by content and size on upload) count; for the others the user is told why.
/// </summary>
public sealed class EvidenceChecker(IAttachmentStore store)
{
    public async Task<IReadOnlyList<EvidenceFile>> AcceptAsync(TurnContext turn, IReadOnlyList<Attachment> attachments)
    {
        var accepted = new List<EvidenceFile>();
        foreach (var attachment in attachments)
        {
            var name = FileSystemAttachmentStore.SafeName(attachment.Name);
            if (AttachmentUrls.ProblemOf(attachment) is { } problem)
            {
                turn.Send(Message.Of(problem == UploadProblem.TooLarge ? "Intake.evidence.TooLarge" : "Intake.evidence.NotMedia", name));
                continue;
            }
            var stored = AttachmentUrls.IdOf(attachment.ContentUrl) is { } id ? await store.GetAsync(id, turn.CancellationToken) : null;
            if (stored is null || stored.ConversationId != turn.Activity.Conversation?.Id)
            {
                turn.Send(Message.Of("Intake.evidence.NotMedia", name));
                continue;
            }
            accepted.Add(new EvidenceFile(stored.Id, stored.Name, stored.ContentType, stored.Size, attachment.ContentUrl!));
        }
        return accepted;
    }
}
