using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Outbox;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Channels.BotFramework;

/// <summary>
/// Replies on Azure Bot Service channels (Teams, Slack, Web Chat through Azure, the Emulator): each one rendered
/// for its channel and POSTed to the conversation's <c>serviceUrl</c> — but only to a <c>serviceUrl</c> that an
/// authenticated activity brought. The channels this process serves itself (its Direct Line, the console, tests)
/// are not sent anywhere.
/// </summary>
public sealed partial class BotConnectorDelivery(
    TrustedServiceUrls trusted,
    ChannelRendering rendering,
    ConnectorOutbox outbox,
    ConversationStates states,
    ILogger<BotConnectorDelivery> logger) : IReplyDelivery
{
    /// <summary>Channel ids of this process's own channels, whose clients read replies from the conversation's log.</summary>
    public static readonly FrozenSet<string> LocalChannels = FrozenSet.ToFrozenSet(["directline", "test", "console"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SentTypes = FrozenSet.ToFrozenSet([ActivityTypes.Message, ActivityTypes.Typing, ActivityTypes.EndOfConversation], StringComparer.Ordinal);

    public bool Handles(string? channelId) => !string.IsNullOrEmpty(channelId) && !LocalChannels.Contains(channelId);

    public async Task DeliverAsync(IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        if (replies.Count == 0) return;
        try
        {
            await QueueAsync(replies, cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The turn is saved and its replies are in the log; a reply that cannot be sent must not fail it
            // (the channel would resend the activity, and the resend is not run again).
            LogNotQueued(logger, replies[0].Conversation?.Id, e.GetType().Name);
        }
    }

    private async Task QueueAsync(IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var first = replies[0];
        var conversationId = first.Conversation?.Id;
        var serviceUrl = first.ServiceUrl;
        var proactive = replies.All(r => r.ReplyToId is null);
        if (conversationId is null || serviceUrl is null || !await IsTrustedAsync(serviceUrl, first.ChannelId, conversationId, proactive, cancellationToken))
        {
            LogUntrusted(logger, conversationId, first.ChannelId);
            return;
        }
        var channelActivityId = InboundActivity.IdFor(conversationId);
        var batch = new List<OutboundActivity>(replies.Count);
        foreach (var reply in replies)
        {
            if (reply.Type is null || !SentTypes.Contains(reply.Type)) continue;
            // A reply answers the channel's activity (not our log's id for it); a proactive message answers nothing.
            var replyTo = reply.ReplyToId is null ? null : channelActivityId;
            var rendered = rendering.Render(reply) with { Id = null, ReplyToId = replyTo };
            batch.Add(new OutboundActivity(serviceUrl, conversationId, replyTo, rendered));
        }
        outbox.Enqueue(conversationId, batch);
    }

    /// <summary>
    /// A proactive change's messages for the outbox, one entry per activity, trusted as <see cref="IsTrustedAsync"/> trusts
    /// them (the stored reference is at hand here). Each entry's id is made from the activity's id in the conversation's
    /// log: the same message is the same entry, however often the change is run or the entry is sent.
    /// </summary>
    public IReadOnlyList<OutboxMessage>? ToOutbox(IReadOnlyList<Activity> replies, ConversationReference? reference)
    {
        var first = replies[0];
        var conversationId = first.Conversation?.Id;
        var serviceUrl = first.ServiceUrl;
        var normalized = TrustedServiceUrls.Normalize(serviceUrl);
        var trustedHere = trusted.IsTrusted(serviceUrl)
            || (normalized is not null && reference is not null && reference.ChannelId == first.ChannelId && TrustedServiceUrls.Normalize(reference.ServiceUrl) == normalized);
        if (conversationId is null || serviceUrl is null || !trustedHere)
        {
            LogUntrusted(logger, conversationId, first.ChannelId);
            return [];
        }
        var messages = new List<OutboxMessage>(replies.Count);
        foreach (var reply in replies)
        {
            if (reply.Type is null || !SentTypes.Contains(reply.Type) || reply.Type == ActivityTypes.Typing || reply.Id is null) continue;
            var rendered = rendering.Render(reply) with { Id = null, ReplyToId = null };
            var payload = new ConnectorOutboxPayload(serviceUrl, conversationId, reply.Id, ActivityJson.Serialize(rendered));
            messages.Add(new OutboxMessage(OutboxId(reply.Id), ConnectorOutboxSender.OutboxKind, JsonSerializer.Serialize(payload, ConnectorOutboxPayload.Json)));
        }
        return messages;
    }

    /// <summary>A store-safe id (no '/', '#', '?'), the same for the same logged activity.</summary>
    public static string OutboxId(string activityId) =>
        "bf-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(activityId)))[..40];

    /// <summary>
    /// Trusted when this process authenticated an activity that carried it. A proactive message (nothing inbound
    /// in this process to vouch for it) may also rely on the conversation's stored reference: only an
    /// authenticated activity on a Bot Framework channel writes one (the Direct Line endpoint stamps its own
    /// channel id), so another instance, or this one after a restart, can reach the user.
    /// </summary>
    private async Task<bool> IsTrustedAsync(string serviceUrl, string? channelId, string conversationId, bool proactive, CancellationToken cancellationToken)
    {
        if (trusted.IsTrusted(serviceUrl)) return true;
        if (!proactive || TrustedServiceUrls.Normalize(serviceUrl) is not { } normalized || !Handles(channelId)) return false;
        // The stored state is read on its own (the conversation writer, which delivers through this, is not needed).
        var state = await states.ReadAsync(conversationId, cancellationToken);
        if (state.Reference is { } reference && reference.ChannelId == channelId && TrustedServiceUrls.Normalize(reference.ServiceUrl) == normalized)
        {
            trusted.Trust(serviceUrl);
            return true;
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replies for conversation {ConversationId} could not be queued for the channel ({Error}).")]
    private static partial void LogNotQueued(ILogger logger, string? conversationId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replies for conversation {ConversationId} on channel {ChannelId} were not sent: its serviceUrl was never brought by an authenticated activity.")]
    private static partial void LogUntrusted(ILogger logger, string? conversationId, string? channelId);
}
