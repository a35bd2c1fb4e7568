using HelpdeskBot.Activities;
using HelpdeskBot.Data.Outbox;

namespace HelpdeskBot.Turns;

/// <summary>
/// Sends committed replies to a channel that does not read them from the conversation's log (Direct Line
/// clients do; Azure Bot Service channels need them POSTed to their <c>serviceUrl</c>). Called only after
/// the turn's state is saved, so a rerun turn never delivers twice.
/// </summary>
public interface IReplyDelivery
{
    bool Handles(string? channelId);

    Task DeliverAsync(IReadOnlyList<Activity> replies, CancellationToken cancellationToken);

    /// <summary>
    /// Messages sent outside a user's turn (an agent's reply, a ticket's new status, a handoff timing out), as outbox
    /// messages committed with the change that makes them, for the outbox worker to send — so a channel that is down
    /// when the change is made still gets them. Null: deliver them after the commit, as a turn's replies.
    /// </summary>
    /// <param name="reference">The conversation's stored reference (written only by an authenticated activity).</param>
    IReadOnlyList<OutboxMessage>? ToOutbox(IReadOnlyList<Activity> replies, ConversationReference? reference) => null;
}
