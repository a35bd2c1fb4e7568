using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using HelpdeskBot.Data.Outbox;
using Microsoft.Azure.Cosmos;

namespace HelpdeskBot.Data.Cosmos;

/// <summary>
/// An outbox entry as stored beside the change that wrote it: in the <c>tickets</c> container, in the partition of the
/// ticket's owner (<c>ownerKey</c>), or in the <c>conversations</c> container, in the conversation's partition
/// (<c>conversationId</c>) — so the store creates it in the same transactional batch as the change. <c>state</c> and
/// <c>dueAt</c> (UTC, fixed width, so it sorts as text) are there to query on, and <c>sentAt</c> (the same format) to
/// find what is old enough to delete.
/// </summary>
internal sealed record OutboxDocument(
    string Id, string? OwnerKey, string? ConversationId, string Kind, string State, string DueAt, OutboxEntry Entry,
    string? SentAt = null, [property: JsonPropertyName("_etag")] string? ETag = null)
{
    public const string DocumentKind = "outbox";

    public static string DocumentId(string entryId) => "outbox-" + entryId;

    public static OutboxDocument Of(OutboxEntry entry) => new(
        DocumentId(entry.Id),
        entry.Origin == OutboxOrigin.Ticket ? entry.Partition : null,
        entry.Origin == OutboxOrigin.Conversation ? entry.Partition : null,
        DocumentKind, StateName(entry.State), CosmosTicketStore.CreatedOrder(entry.DueAt), entry with { ETag = "" },
        entry.SentAt is { } sent ? CosmosTicketStore.CreatedOrder(sent) : null);

    public static string StateName(OutboxState state) => JsonSerializer.SerializeToElement(state, DataJson.Options).GetString()!;

    public MemoryStream ToStream() => new(JsonSerializer.SerializeToUtf8Bytes(this with { ETag = null }, DataJson.Options));
}

/// <summary>
/// The outbox on Cosmos DB, in two containers (beside tickets and beside conversations). Finding due entries is a
/// cross-partition query of each (the worker's, every poll interval and whenever this instance wrote one); a lease is
/// a replace with If-Match, so of two instances that found the same entry only one holds it.
/// </summary>
public sealed class CosmosOutboxStore(CosmosContainers containers) : IOutboxStore
{
    private Container ContainerOf(OutboxOrigin origin) => origin == OutboxOrigin.Conversation ? containers.Conversations : containers.Tickets;

    private IEnumerable<Container> Containers => [containers.Tickets, containers.Conversations];

    public async Task<IReadOnlyList<OutboxEntry>> LeaseDueAsync(string owner, DateTimeOffset now, TimeSpan leaseFor, int max, CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition(
                $"SELECT TOP {Math.Clamp(max, 1, 100)} * FROM c WHERE c.kind = @kind AND c.state = @pending AND c.dueAt <= @now ORDER BY c.dueAt")
            .WithParameter("@kind", OutboxDocument.DocumentKind)
            .WithParameter("@pending", OutboxDocument.StateName(OutboxState.Pending))
            .WithParameter("@now", CosmosTicketStore.CreatedOrder(now));
        var leased = new List<OutboxEntry>();
        var due = new List<OutboxDocument>();
        foreach (var container in Containers) due.AddRange(await QueryAsync(container, query, cancellationToken));
        foreach (var document in due.OrderBy(d => d.DueAt, StringComparer.Ordinal).Take(max))
        {
            var entry = document.Entry with
            {
                Attempts = document.Entry.Attempts + 1,
                LeaseOwner = owner,
                DueAt = now + leaseFor,
                ETag = document.ETag ?? "",
            };
            if (await ReplaceAsync(entry, cancellationToken) is { } etag) leased.Add(entry with { ETag = etag });
        }
        return leased;
    }

    public async Task<bool> UpdateAsync(OutboxEntry entry, CancellationToken cancellationToken = default) =>
        await ReplaceAsync(entry, cancellationToken) is not null;

    public async Task<OutboxEntry?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.id = @id AND c.kind = @kind")
            .WithParameter("@id", OutboxDocument.DocumentId(id))
            .WithParameter("@kind", OutboxDocument.DocumentKind);
        var found = new List<OutboxDocument>();
        foreach (var container in Containers) found.AddRange(await QueryAsync(container, query, cancellationToken));
        return found.Count == 0 ? null : found[0].Entry with { ETag = found[0].ETag ?? "" };
    }

    public async Task<int> DeleteSentAsync(DateTimeOffset sentBefore, int max, CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition($"SELECT TOP {Math.Clamp(max, 1, 1000)} * FROM c WHERE c.kind = @kind AND c.state = @sent AND c.sentAt < @before")
            .WithParameter("@kind", OutboxDocument.DocumentKind)
            .WithParameter("@sent", OutboxDocument.StateName(OutboxState.Sent))
            .WithParameter("@before", CosmosTicketStore.CreatedOrder(sentBefore));
        var deleted = 0;
        foreach (var container in Containers)
        {
            foreach (var document in await QueryAsync(container, query, cancellationToken))
            {
                if (deleted >= max) return deleted;
                // Another instance may have deleted it first: gone is gone.
                using var response = await container.DeleteItemStreamAsync(document.Id, new PartitionKey(document.Entry.Partition), cancellationToken: cancellationToken);
                if (response.StatusCode == HttpStatusCode.NotFound) continue;
                response.EnsureSuccessStatusCode();
                deleted++;
            }
        }
        return deleted;
    }

    /// <summary>The new ETag, or null when the entry is no longer the version <see cref="OutboxEntry.ETag"/> names.</summary>
    private async Task<string?> ReplaceAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(entry.ETag)) return null;
        using var response = await ContainerOf(entry.Origin).ReplaceItemStreamAsync(
            OutboxDocument.Of(entry).ToStream(), OutboxDocument.DocumentId(entry.Id), new PartitionKey(entry.Partition),
            new ItemRequestOptions { IfMatchEtag = entry.ETag }, cancellationToken);
        if (response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag;
    }

    private static async Task<List<OutboxDocument>> QueryAsync(Container container, QueryDefinition query, CancellationToken cancellationToken)
    {
        var found = new List<OutboxDocument>();
        using var iterator = container.GetItemQueryIterator<OutboxDocument>(query);
        while (iterator.HasMoreResults) found.AddRange(await iterator.ReadNextAsync(cancellationToken));
        return found;
    }
}
