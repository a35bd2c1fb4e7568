using HelpdeskBot.Activities;

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
}
