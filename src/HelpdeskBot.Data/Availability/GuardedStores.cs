using HelpdeskBot.Data.Agents;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Data.Escalations;
using HelpdeskBot.Data.Outbox;
using HelpdeskBot.Data.Tickets;

namespace HelpdeskBot.Data.Availability;

/// <summary>
/// Every store, as the app sees it: the provider's own store underneath, with storage trouble turned into
/// <see cref="StorageUnavailableException"/> (and recorded in <see cref="StorageHealth"/>) whatever the provider,
/// so the endpoints need to know one exception, not SQLite's codes and Cosmos DB's statuses.
/// </summary>
internal static class Guarded
{
    /// <summary>A read: its success says nothing of the disk (a full one still reads), so only a failure is recorded.</summary>
    public static Task<T> RunAsync<T>(StorageHealth health, Func<Task<T>> operation) => RunAsync(health, operation, write: false);

    /// <summary>A write: a success means the store works again.</summary>
    public static Task<T> WriteAsync<T>(StorageHealth health, Func<Task<T>> operation) => RunAsync(health, operation, write: true);

    public static Task WriteAsync(StorageHealth health, Func<Task> operation) =>
        RunAsync(health, async () =>
        {
            await operation();
            return true;
        }, write: true);

    private static async Task<T> RunAsync<T>(StorageHealth health, Func<Task<T>> operation, bool write)
    {
        try
        {
            var result = await operation();
            if (write) health.Succeeded();
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException && StorageFailures.Translate(e) is { } failure)
        {
            throw health.Failed(failure);
        }
    }
}

internal sealed class GuardedConversationStore(IConversationStore inner, StorageHealth health) : IConversationStore
{
    public Task<ConversationSnapshot> LoadAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Guarded.RunAsync(health, () => inner.LoadAsync(conversationId, cancellationToken));

    public Task<CommitResult> CommitAsync(ConversationCommit commit, CancellationToken cancellationToken = default) =>
        Guarded.WriteAsync(health, () => inner.CommitAsync(commit, cancellationToken));

    public Task<string?> FindProcessedAsync(string conversationId, string key, CancellationToken cancellationToken = default) =>
        Guarded.RunAsync(health, () => inner.FindProcessedAsync(conversationId, key, cancellationToken));

    public Task<ProcessedOrLoaded> LoadUnlessProcessedAsync(string conversationId, string key, CancellationToken cancellationToken = default) =>
        Guarded.RunAsync(health, () => inner.LoadUnlessProcessedAsync(conversationId, key, cancellationToken));

    public Task<IReadOnlyList<StoredActivity>> ReadActivitiesAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken = default) =>
        Guarded.RunAsync(health, () => inner.ReadActivitiesAsync(conversationId, afterSequence, max, cancellationToken));

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    public Task ProbeCommitAsync(CancellationToken cancellationToken = default) =>
        Guarded.WriteAsync(health, () => inner.ProbeCommitAsync(cancellationToken));
}

internal sealed class GuardedTicketStore(ITicketStore inner, StorageHealth health) : ITicketStore
{
    public Task<Ticket> CreateAsync(Ticket ticket, Func<Ticket, IReadOnlyList<OutboxMessage>> outbox, CancellationToken cancellationToken = default) =>
        Guarded.WriteAsync(health, () => inner.CreateAsync(ticket, outbox, cancellationToken));

    public Task<Ticket?> GetAsync(string number, CancellationToken cancellationToken = default) =>
        Guarded.RunAsync(health, () => inner.GetAsync(number, cancellationToken));

    public Task<Ticket?> FindByIntakeAsync(string intakeId, CancellationToken cancellationToken = default) =>
        Guarded.RunAsync(health, () => inner.FindByIntakeAsync(intakeId, cancellationToken));

    public Task<IReadOnlyList<Ticket>> ListByOwnerAsync(TicketOwner owner, CancellationToken cancellationToken = default) =>
        Guarded.RunAsync(health, () => inner.ListByOwnerAsync(owner, cancellationToken));

    public Task<IReadOnlyList<Ticket>> QueryAsync(TicketQuery query, CancellationToken cancellationToken = default) =>
        Guarded.RunAsync(health, () => inner.QueryAsync(query, cancellationToken));

    public Task<Ticket> UpdateAsync(Ticket ticket, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken = default) =>
        Guarded.WriteAsync(health, () => inner.UpdateAsync(ticket, outbox, cancellationToken));

    public Task<IReadOnlySet<string>> AttachmentIdsAsync(TicketOwner owner, CancellationToken cancellationToken = default) =>
        Guarded.RunAsync(health, () => inner.AttachmentIdsAsync(owner, cancellationToken));
}

internal sealed class GuardedEscalationStore(IEscalationStore inner, StorageHealth health) : IEscalationStore
{
    public Task<Escalation> CreateAsync(Escalation escalation, CancellationToken cancellationToken = default) =>
        Guarded.WriteAsync(health, () => inner.CreateAsync(escalation, cancellationToken));

    public Task<Escalation?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Guarded.RunAsync(health, () => inner.GetAsync(id, cancellationToken));

    public Task<IReadOnlyList<Escalation>> ListAsync(EscalationState? state = null, int limit = 200, CancellationToken cancellationToken = default) =>
        Guarded.RunAsync(health, () => inner.ListAsync(state, limit, cancellationToken));

    public Task<IReadOnlyList<Escalation>> ListInConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Guarded.RunAsync(health, () => inner.ListInConversationAsync(conversationId, cancellationToken));

    public Task<Escalation> UpdateAsync(Escalation escalation, CancellationToken cancellationToken = default) =>
        Guarded.WriteAsync(health, () => inner.UpdateAsync(escalation, cancellationToken));
}

internal sealed class GuardedAgentStore(IAgentStore inner, StorageHealth health) : IAgentStore
{
    public Task<AgentAccount?> GetAsync(string name, CancellationToken cancellationToken = default) =>
        Guarded.RunAsync(health, () => inner.GetAsync(name, cancellationToken));

    public Task<AgentAccount> SaveAsync(AgentAccount account, CancellationToken cancellationToken = default) =>
        Guarded.WriteAsync(health, () => inner.SaveAsync(account, cancellationToken));

    public Task<bool> TryUpdateAsync(AgentAccount account, CancellationToken cancellationToken = default) =>
        Guarded.WriteAsync(health, () => inner.TryUpdateAsync(account, cancellationToken));
}

internal sealed class GuardedOutboxStore(IOutboxStore inner, StorageHealth health) : IOutboxStore
{
    public Task<IReadOnlyList<OutboxEntry>> LeaseDueAsync(string owner, DateTimeOffset now, TimeSpan leaseFor, int max, CancellationToken cancellationToken = default) =>
        Guarded.WriteAsync(health, () => inner.LeaseDueAsync(owner, now, leaseFor, max, cancellationToken));

    public Task<bool> UpdateAsync(OutboxEntry entry, CancellationToken cancellationToken = default) =>
        Guarded.WriteAsync(health, () => inner.UpdateAsync(entry, cancellationToken));

    public Task<OutboxEntry?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        Guarded.RunAsync(health, () => inner.FindAsync(id, cancellationToken));

    public Task<int> DeleteSentAsync(DateTimeOffset sentBefore, int max, CancellationToken cancellationToken = default) =>
        Guarded.WriteAsync(health, () => inner.DeleteSentAsync(sentBefore, max, cancellationToken));
}
