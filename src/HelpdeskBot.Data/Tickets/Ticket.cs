using System.Text.Json.Serialization;

namespace HelpdeskBot.Data.Tickets;

[JsonConverter(typeof(JsonStringEnumConverter<TicketStatus>))]
public enum TicketStatus
{
    [JsonStringEnumMemberName("new")] New,
    [JsonStringEnumMemberName("open")] Open,
    [JsonStringEnumMemberName("waitingForUser")] WaitingForUser,
    [JsonStringEnumMemberName("resolved")] Resolved,
    [JsonStringEnumMemberName("closed")] Closed,
}

[JsonConverter(typeof(JsonStringEnumConverter<TicketPriority>))]
public enum TicketPriority
{
    [JsonStringEnumMemberName("low")] Low,
    [JsonStringEnumMemberName("normal")] Normal,
    [JsonStringEnumMemberName("high")] High,
    [JsonStringEnumMemberName("urgent")] Urgent,
}

/// <summary>Who a ticket belongs to: the channel and the user's id on that channel.</summary>
public sealed record TicketOwner(string ChannelId, string UserId)
{
    /// <summary>One string for indexes and partition keys.</summary>
    public string Key => $"{ChannelId}:{UserId}";
}

/// <summary>Where to reach the user later (proactive messages), as the channel gave it.</summary>
public sealed record ConversationAddress(
    string ChannelId,
    string ConversationId,
    string UserId,
    string? UserName,
    string? ServiceUrl,
    string? BotId,
    string? Locale,
    string? TenantId = null);

/// <summary>Every answer of the intake interview. Optional answers are null when skipped.</summary>
public sealed record TicketFields
{
    public required string UserId { get; init; }
    public required string Service { get; init; }
    public required string OccurredAtText { get; init; }
    public DateTimeOffset? OccurredAtUtc { get; init; }
    public required string Description { get; init; }
    public required string Expected { get; init; }
    public string? ErrorMessage { get; init; }
    public required string Steps { get; init; }
    public string? History { get; init; }
    public string? Attempts { get; init; }
    public string? Email { get; init; }
}

public sealed record TicketAttachment(string Id, string Name, string ContentType, long Size, string ContentUrl);

[JsonConverter(typeof(JsonStringEnumConverter<CategorySource>))]
public enum CategorySource
{
    [JsonStringEnumMemberName("pending")] Pending,
    [JsonStringEnumMemberName("model")] Model,
    [JsonStringEnumMemberName("user")] User,
    [JsonStringEnumMemberName("agent")] Agent,
}

public sealed record TicketCategory(string Id, double Confidence, CategorySource Source);

[JsonConverter(typeof(JsonStringEnumConverter<TicketEventKind>))]
public enum TicketEventKind
{
    [JsonStringEnumMemberName("created")] Created,
    [JsonStringEnumMemberName("commentAdded")] CommentAdded,
    [JsonStringEnumMemberName("attachmentAdded")] AttachmentAdded,
    [JsonStringEnumMemberName("statusChanged")] StatusChanged,
    [JsonStringEnumMemberName("priorityChanged")] PriorityChanged,
    [JsonStringEnumMemberName("categoryChanged")] CategoryChanged,
    [JsonStringEnumMemberName("assigneeChanged")] AssigneeChanged,
    /// <summary>An agent corrected an answer: <c>Text</c> names the field, <c>From</c> and <c>To</c> are its values.</summary>
    [JsonStringEnumMemberName("fieldChanged")] FieldChanged,
    [JsonStringEnumMemberName("internalNote")] InternalNote,
}

/// <summary>
/// One line of a ticket's history. <paramref name="By"/> is "user", "bot" or "agent:NAME";
/// <paramref name="Source"/> is the activity that caused it, so a turn that runs twice adds it once.
/// </summary>
public sealed record TicketEvent(
    DateTimeOffset At,
    TicketEventKind Kind,
    string By,
    string? Text = null,
    string? From = null,
    string? To = null,
    bool Internal = false,
    string? Source = null);

public sealed record Ticket
{
    public required string Number { get; init; }
    /// <summary>The intake that produced the ticket: creating the same intake twice yields the same ticket.</summary>
    public required string IntakeId { get; init; }
    public required TicketOwner Owner { get; init; }
    public required ConversationAddress Conversation { get; init; }
    public required TicketFields Fields { get; init; }
    public IReadOnlyList<TicketAttachment> Attachments { get; init; } = [];
    public required TicketCategory Category { get; init; }
    public TicketPriority Priority { get; init; } = TicketPriority.Normal;
    public TicketStatus Status { get; init; } = TicketStatus.New;
    public string? Assignee { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public IReadOnlyList<TicketEvent> Events { get; init; } = [];
    /// <summary>Concurrency token of the stored version; empty before the first save.</summary>
    public string ETag { get; init; } = "";

    public bool IsOpen => Status is TicketStatus.New or TicketStatus.Open or TicketStatus.WaitingForUser;
}
