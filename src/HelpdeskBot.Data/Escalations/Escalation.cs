using System.Text.Json.Serialization;
using HelpdeskBot.Data.Tickets;

namespace HelpdeskBot.Data.Escalations;

[JsonConverter(typeof(JsonStringEnumConverter<EscalationState>))]
public enum EscalationState
{
    [JsonStringEnumMemberName("requested")] Requested,
    [JsonStringEnumMemberName("accepted")] Accepted,
    [JsonStringEnumMemberName("resolved")] Resolved,
    [JsonStringEnumMemberName("timedOut")] TimedOut,
}

/// <summary>One answer the user had given before asking for a person (an intake field and its value).</summary>
public sealed record EscalationAnswer(string Field, string Value)
{
    /// <summary>The field of what the user wrote while waiting for a person (before anyone accepted).</summary>
    public const string WhileWaiting = "whileWaiting";
}

/// <summary>A user's request for a person, from asking to resolution.</summary>
public sealed record Escalation
{
    public required string Id { get; init; }
    public required ConversationAddress Conversation { get; init; }
    public required TicketOwner Owner { get; init; }
    public EscalationState State { get; init; } = EscalationState.Requested;
    /// <summary>user (asked), stuck (a question kept failing), notHelping.</summary>
    public required string Reason { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? AcceptedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string? Agent { get; init; }
    /// <summary>What the interview had gathered so far, in field order.</summary>
    public IReadOnlyList<EscalationAnswer> Answers { get; init; } = [];
    /// <summary>The instant the interview read from the "when" answer, for the ticket a request may become.</summary>
    public DateTimeOffset? OccurredAtUtc { get; init; }
    /// <summary>The category the user chose in the interview, for the ticket a request may become (a model's guess is not kept).</summary>
    public TicketCategory? Category { get; init; }
    /// <summary>Keys the ticket made if nobody accepts (idempotent, like an interview's).</summary>
    public required string IntakeId { get; init; }
    public string? TicketNumber { get; init; }
    public string ETag { get; init; } = "";

    public bool IsOpen => State is EscalationState.Requested or EscalationState.Accepted;
}

public sealed class EscalationConcurrencyException(string id)
    : Exception($"Escalation {id} was changed by someone else; reload it and try again.");

public interface IEscalationStore
{
    Task<Escalation> CreateAsync(Escalation escalation, CancellationToken cancellationToken = default);

    Task<Escalation?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Newest first; all states when <paramref name="state"/> is null.</summary>
    Task<IReadOnlyList<Escalation>> ListAsync(EscalationState? state = null, int limit = 200, CancellationToken cancellationToken = default);

    /// <summary>Every escalation one conversation asked for, in any state, newest first.</summary>
    Task<IReadOnlyList<Escalation>> ListInConversationAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Replaces the escalation if its ETag still matches; returns it with the new ETag.</summary>
    /// <exception cref="EscalationConcurrencyException">It changed since it was read.</exception>
    Task<Escalation> UpdateAsync(Escalation escalation, CancellationToken cancellationToken = default);
}
