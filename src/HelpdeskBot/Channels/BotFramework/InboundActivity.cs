namespace HelpdeskBot.Channels.BotFramework;

/// <summary>
/// The channel's own id for the activity the current turn answers. The turn pipeline logs an inbound activity
/// under an id of its own and its replies point to that; the Bot Connector needs the channel's id (Teams threads
/// a reply under it), so the endpoint keeps it here for the delivery, which runs inside the same turn.
/// </summary>
internal static class InboundActivity
{
    private static readonly AsyncLocal<Scope?> Current = new();

    public static IDisposable Begin(string conversationId, string? channelActivityId)
    {
        var previous = Current.Value;
        Current.Value = new Scope(conversationId, channelActivityId);
        return new Restore(previous);
    }

    /// <summary>The channel's id of the activity being answered in <paramref name="conversationId"/>, or null (a proactive message).</summary>
    public static string? IdFor(string? conversationId) =>
        Current.Value is { } scope && scope.ConversationId == conversationId ? scope.ChannelActivityId : null;

    private sealed record Scope(string ConversationId, string? ChannelActivityId);

    private sealed class Restore(Scope? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
