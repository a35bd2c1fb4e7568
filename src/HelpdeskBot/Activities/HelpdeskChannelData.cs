using System.Text.Json;
using HelpdeskBot.Data.Escalations;

namespace HelpdeskBot.Activities;

/// <summary>
/// The conversation contract: what every prompt carries in <c>channelData.helpdesk</c>, so clients can
/// follow the interview without reading prose (see DESIGN.md).
/// </summary>
public sealed record HelpdeskChannelData
{
    public string? Field { get; init; }
    public int? Step { get; init; }
    public int? Steps { get; init; }
    /// <summary>The intake fields just read from the user's own words instead of asked.</summary>
    public IReadOnlyList<string>? Prefilled { get; init; }
    public IReadOnlyList<string>? Refused { get; init; }
    /// <summary>The kinds of secret the user said their message before held ("that was my password"): it was taken back.</summary>
    public IReadOnlyList<string>? Retracted { get; init; }
    public TicketInfo? Ticket { get; init; }
    public IReadOnlyList<TicketInfo>? Tickets { get; init; }
    public HandoffInfo? Handoff { get; init; }

    /// <summary>The <c>channelData</c> object of an activity: <c>{ "helpdesk": { … } }</c>.</summary>
    public JsonElement ToChannelData() =>
        JsonSerializer.SerializeToElement(new Wrapper(this), ActivityJson.Options);

    public static HelpdeskChannelData? From(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("helpdesk", out var helpdesk)
            ? helpdesk.Deserialize<HelpdeskChannelData>(ActivityJson.Options)
            : null;

    private sealed record Wrapper(HelpdeskChannelData Helpdesk);
}

public sealed record TicketInfo(
    string Number,
    string Category,
    string Priority,
    string Status,
    DateTimeOffset? CreatedAt = null,
    string? Service = null,
    string? Description = null);

/// <summary>The contract's <c>handoff</c>: the escalation's state as its stored name (<c>requested</c>, <c>accepted</c>, <c>resolved</c>, <c>timedOut</c>).</summary>
public sealed record HandoffInfo(EscalationState State, string? Agent = null);
