using System.Text.Json;
using HelpdeskBot.Activities;

namespace HelpdeskBot.Tests.Infrastructure;

/// <summary>The conversation contract as a client reads it off the wire: raw JSON, not the app's own records.</summary>
public static class WireContract
{
    /// <summary><c>channelData.helpdesk.handoff.state</c> as sent, or null when the activity carries none.</summary>
    public static string? HandoffState(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("helpdesk", out var helpdesk) && helpdesk.TryGetProperty("handoff", out var handoff)
        && handoff.TryGetProperty("state", out var state)
            ? state.GetString()
            : null;
}
