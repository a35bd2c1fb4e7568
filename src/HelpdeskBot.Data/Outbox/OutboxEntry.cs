using System.Text.Json.Serialization;

namespace HelpdeskBot.Data.Outbox;

/// <summary>
/// Something to send once a change is stored (a confirmation email): written by the store in the same commit as
/// the change, so the message exists exactly when the change does. <paramref name="Id"/> is the idempotency key:
/// every attempt to send it carries it (an email's Message-ID is made from it).
/// </summary>
/// <param name="Kind">Which sender takes it, e.g. <c>email</c>.</param>
/// <param name="Payload">What the sender needs, as JSON (already through the guard: no secret reaches it).</param>
public sealed record OutboxMessage(string Id, string Kind, string Payload)
{
    public static OutboxMessage New(string kind, string payload) => new(Guid.NewGuid().ToString("N"), kind, payload);
}

[JsonConverter(typeof(JsonStringEnumConverter<OutboxState>))]
public enum OutboxState
{
    /// <summary>Waiting to be sent (or being sent under a lease).</summary>
    [JsonStringEnumMemberName("pending")] Pending,
    [JsonStringEnumMemberName("sent")] Sent,
    /// <summary>Given up: refused for good, or out of attempts. Kept, with its last error, for an operator.</summary>
    [JsonStringEnumMemberName("abandoned")] Abandoned,
}

/// <summary>Which change wrote an entry, and so where it is stored beside it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OutboxOrigin>))]
public enum OutboxOrigin
{
    /// <summary>A ticket or its change; partitioned by the ticket owner's key.</summary>
    [JsonStringEnumMemberName("ticket")] Ticket,
    /// <summary>A conversation's commit (a proactive reply for a channel); partitioned by the conversation id.</summary>
    [JsonStringEnumMemberName("conversation")] Conversation,
}

/// <summary>
/// An outbox message as stored. A pending entry is due at <see cref="DueAt"/>; leasing it moves
/// <see cref="DueAt"/> to the lease's end, so an instance that dies mid-send lets another take it over then,
/// and no two instances hold it at once.
/// </summary>
public sealed record OutboxEntry
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Payload { get; init; }
    /// <summary>Where the entry lives beside the change that wrote it (the ticket owner's key, the conversation id).</summary>
    public required string Partition { get; init; }
    public OutboxOrigin Origin { get; init; } = OutboxOrigin.Ticket;
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public OutboxState State { get; init; } = OutboxState.Pending;
    /// <summary>How many times the entry was leased to be sent.</summary>
    public int Attempts { get; init; }
    /// <summary>The instance holding (or that last held) the lease.</summary>
    public string? LeaseOwner { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    /// <summary>The last failure's kind (an exception type or a status code), never a message body.</summary>
    public string? LastError { get; init; }
    /// <summary>Concurrency token of the stored version.</summary>
    public string ETag { get; init; } = "";

    public static OutboxEntry From(OutboxMessage message, string partition, DateTimeOffset at, OutboxOrigin origin = OutboxOrigin.Ticket) => new()
    {
        Id = message.Id,
        Kind = message.Kind,
        Payload = message.Payload,
        Partition = partition,
        Origin = origin,
        CreatedAt = at,
        DueAt = at,
    };

    /// <summary>
    /// A conversation commit's messages: due at once, in the conversation's partition, a millisecond apart so the worker
    /// (which takes the oldest due first) sends them in the order the change made them.
    /// </summary>
    public static IReadOnlyList<OutboxEntry> For(Conversations.ConversationCommit commit, DateTimeOffset at) =>
        [.. (commit.Outbox ?? []).Select((m, i) => From(m, commit.ConversationId, at.AddMilliseconds(i), OutboxOrigin.Conversation) with { CreatedAt = at })];

    /// <summary>A ticket change's messages: due when the change happened, in the partition of the ticket's owner.</summary>
    public static IReadOnlyList<OutboxEntry> For(Tickets.Ticket ticket, IReadOnlyList<OutboxMessage> messages) =>
        [.. messages.Select(m => From(m, ticket.Owner.Key, ticket.UpdatedAt))];
}

/// <summary>
/// The outbox's own operations. Entries are written only by the stores of the changes that call for them
/// (<see cref="Tickets.ITicketStore"/>, <see cref="Conversations.IConversationStore"/>); the sending worker leases,
/// sends and records.
/// </summary>
public interface IOutboxStore
{
    /// <summary>
    /// Leases up to <paramref name="max"/> pending entries due at <paramref name="now"/>, oldest due first: each is
    /// returned with <see cref="OutboxEntry.Attempts"/> counted up, <see cref="OutboxEntry.LeaseOwner"/> set and
    /// <see cref="OutboxEntry.DueAt"/> at the lease's end. An entry another instance leased first is not returned.
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> LeaseDueAsync(string owner, DateTimeOffset now, TimeSpan leaseFor, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the entry's outcome (sent, due again later, abandoned) if it is still the version this instance
    /// leased; false when its lease ran out and someone else took it over.
    /// </summary>
    Task<bool> UpdateAsync(OutboxEntry entry, CancellationToken cancellationToken = default);

    Task<OutboxEntry?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes up to <paramref name="max"/> entries sent before <paramref name="sentBefore"/> (in the ticket and the
    /// conversation partitions alike) and returns how many went. Pending entries are never deleted; abandoned ones are
    /// kept for an operator.
    /// </summary>
    Task<int> DeleteSentAsync(DateTimeOffset sentBefore, int max, CancellationToken cancellationToken = default);
}

/// <summary>
/// Wakes this process's outbox worker when one of its stores has committed entries, so a confirmation leaves at
/// once instead of at the next poll. Other instances' entries are found by polling.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Written()
    {
        var fired = Interlocked.Exchange(ref next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        fired.TrySetResult();
    }

    /// <summary>Completes at the next <see cref="Written"/>.</summary>
    public Task NextAsync() => Volatile.Read(ref next).Task;
}
