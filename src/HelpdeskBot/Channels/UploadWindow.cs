using System.Collections.Frozen;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Channels;

/// <summary>
/// Files are taken only while the conversation is at a question that asks for them — the interview's evidence question
/// (asked alone, or with the error message), the comment when adding information to a ticket — or at any question of a
/// dialog that keeps files sent anywhere in it (the interview: a screenshot sent early goes on its ticket) — or while a
/// person is asked for or on the line (the file goes to them, and on the ticket the chat ends with). Anywhere else (the
/// menu, no conversation yet) an upload is refused before its body is read, so it costs no disk.
/// </summary>
public sealed class UploadWindow(TurnProcessor turns, DialogSet dialogs)
{
    /// <summary>The contract's field ids (<c>channelData.helpdesk.field</c>) of the questions that take files.</summary>
    public static readonly FrozenSet<string> Fields = FrozenSet.ToFrozenSet(["evidence", "comment"], StringComparer.Ordinal);

    public const string Refusal = "Files are accepted during a report (at any of its questions), while you add information to a ticket, or in a chat with a person.";

    public async Task<bool> IsOpenAsync(string conversationId, CancellationToken cancellationToken)
    {
        var state = await turns.ReadStateAsync(conversationId, cancellationToken);
        // With a person asked for or on the line, a screenshot is for them (the fourteenth trial's agent asked for one).
        return state.Handoff is not null
            || state.Stack is [.., { State: ITakesFiles }] || state.Stack is [.., { State: IAsksQuestion question }] && Fields.Contains(question.Options.Field)
            || state.Stack is [.., { State: IAsksQuestion }] && state.Stack.Any(frame => dialogs.Find(frame.DialogId).KeepsFilesSentAnywhere);
    }
}
