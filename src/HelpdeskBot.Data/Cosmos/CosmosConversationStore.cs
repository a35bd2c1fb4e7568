using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using HelpdeskBot.Data.Conversations;
using Microsoft.Azure.Cosmos;

namespace HelpdeskBot.Data.Cosmos;

/// <summary>
/// Conversations on Cosmos DB. Everything of one conversation lives in its partition (partition key
/// <c>/conversationId</c>): one state document, one document per logged activity and one per processed
/// inbound id. A commit is one transactional batch — replace the state If-Match its ETag (or create it),
/// create the activities under ids made from their sequence numbers, create the processed id — so two
/// instances racing for the same version cannot both win, and a retried activity cannot be logged twice. The commit's
/// outbox entries are documents of the same partition, created in the same batch.
/// </summary>
public sealed class CosmosConversationStore(CosmosContainers containers, TimeProvider clock, Outbox.OutboxSignal? signal = null) : IConversationStore
{
    private const string StateId = "state";
    private const int MaxRemembered = 10_000;

    private readonly Container container = containers.Conversations;

    /// <summary>
    /// The ETag and last sequence of the version this instance last read or wrote, so a commit right after
    /// a load needs no second read. Only a shortcut: the batch's If-Match is what decides.
    /// </summary>
    private readonly ConcurrentDictionary<string, StateStamp> stamps = new(StringComparer.Ordinal);

    private sealed record StateStamp(long Version, string ETag, long LastSequence);

    public async Task<ConversationSnapshot> LoadAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var state = await ReadStateAsync(conversationId, cancellationToken);
        return state is null
            ? ConversationSnapshot.Empty(conversationId)
            : new ConversationSnapshot(conversationId, state.State, state.Version, state.LastSequence);
    }

    public async Task<CommitResult> CommitAsync(ConversationCommit commit, CancellationToken cancellationToken = default)
    {
        var id = commit.ConversationId;
        var partition = new PartitionKey(id);
        long lastSequence;
        string? etag = null;
        if (commit.ExpectedVersion == 0)
        {
            lastSequence = 0;
        }
        else
        {
            var stamp = stamps.TryGetValue(id, out var remembered) && remembered.Version == commit.ExpectedVersion
                ? remembered
                : await ReadStampAsync(id, cancellationToken);
            if (stamp is null || stamp.Version != commit.ExpectedVersion)
            {
                return new CommitResult(CommitOutcome.Conflict, stamp?.Version ?? 0, stamp?.LastSequence ?? 0);
            }
            lastSequence = stamp.LastSequence;
            etag = stamp.ETag;
        }

        var newVersion = commit.ExpectedVersion + 1;
        var newLast = lastSequence + commit.Activities.Count;
        var state = new StateDocument(StateId, id, "state", commit.StateJson, newVersion, newLast, clock.GetUtcNow());
        var batch = container.CreateTransactionalBatch(partition);
        batch = etag is null
            ? batch.CreateItem(state)
            : batch.ReplaceItem(StateId, state, new TransactionalBatchItemRequestOptions { IfMatchEtag = etag });
        var sequence = lastSequence;
        foreach (var json in commit.Activities)
        {
            sequence++;
            batch = batch.CreateItem(new ActivityDocument(ActivityDocumentId(sequence), id, "activity", sequence, json));
        }
        foreach (var replaced in commit.Replaced ?? [])
        {
            batch = batch.ReplaceItem(ActivityDocumentId(replaced.Sequence), new ActivityDocument(ActivityDocumentId(replaced.Sequence), id, "activity", replaced.Sequence, replaced.Json));
        }
        var processedIndex = -1;
        if (commit.Processed is { } processed)
        {
            processedIndex = commit.Activities.Count + (commit.Replaced?.Count ?? 0) + 1;
            batch = batch.CreateItem(new ProcessedDocument(ProcessedDocumentId(processed.Key), id, "processed", processed.ResultId));
        }

        var outbox = Outbox.OutboxEntry.For(commit, clock.GetUtcNow());
        foreach (var entry in outbox) batch = batch.CreateItemStream(OutboxDocument.Of(entry).ToStream());

        using var response = await batch.ExecuteAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            if (outbox.Count > 0) signal?.Written();
            Remember(id, new StateStamp(newVersion, response[0].ETag, newLast));
            return new CommitResult(CommitOutcome.Committed, newVersion, newLast);
        }

        stamps.TryRemove(id, out _);
        // The batch stops at the first operation that fails; the others report 424 (failed dependency).
        var failed = Enumerable.Range(0, response.Count).FirstOrDefault(i => response[i].StatusCode != HttpStatusCode.FailedDependency);
        var status = response.Count > 0 ? response[failed].StatusCode : response.StatusCode;
        if (failed == processedIndex && status == HttpStatusCode.Conflict)
        {
            return new CommitResult(CommitOutcome.Duplicate, commit.ExpectedVersion, lastSequence);
        }
        if (status is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            // Another writer created or replaced the state (or took these sequence numbers) first.
            return new CommitResult(CommitOutcome.Conflict, 0, 0);
        }
        throw new CosmosException(
            $"Committing conversation {id} failed: operation {failed} answered {(int)status}.",
            status, 0, response.ActivityId, response.RequestCharge);
    }

    public async Task<string?> FindProcessedAsync(string conversationId, string key, CancellationToken cancellationToken = default)
    {
        var document = await ReadAsync<ProcessedDocument>(ProcessedDocumentId(key), conversationId, cancellationToken);
        return document?.ResultId;
    }

    public async Task<IReadOnlyList<StoredActivity>> ReadActivitiesAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken = default)
    {
        // Streams ask every second; a point read of the state (1 RU) says whether there is anything new.
        var state = await ReadStateAsync(conversationId, cancellationToken);
        if (state is null || state.LastSequence <= afterSequence || max <= 0) return [];
        var until = Math.Min(state.LastSequence, afterSequence + max);
        var query = new QueryDefinition(
                "SELECT c.sequence, c.json FROM c WHERE c.conversationId = @conversation AND c.kind = 'activity' " +
                "AND c.sequence > @after AND c.sequence <= @until ORDER BY c.sequence")
            .WithParameter("@conversation", conversationId)
            .WithParameter("@after", afterSequence)
            .WithParameter("@until", until);
        var options = new QueryRequestOptions { PartitionKey = new PartitionKey(conversationId), MaxItemCount = max };
        var page = new List<StoredActivity>();
        using var iterator = container.GetItemQueryIterator<ActivityRow>(query, requestOptions: options);
        while (iterator.HasMoreResults && page.Count < max)
        {
            foreach (var row in await iterator.ReadNextAsync(cancellationToken))
            {
                page.Add(new StoredActivity(row.Sequence, row.Json));
                if (page.Count == max) break;
            }
        }
        return page;
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            // A point read in a real container: 404 is an answer too (the store is up, the item is not there).
            using var response = await container.ReadItemStreamAsync(StateId, new PartitionKey("healthz"), cancellationToken: cancellationToken);
            return response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound;
        }
        catch (Exception e) when (e is CosmosException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async Task ProbeCommitAsync(CancellationToken cancellationToken = default)
    {
        // A partition of its own, never a conversation's; it expires by itself where the container has a TTL.
        var probe = new HealthProbeDocument("probe", HealthPartition, clock.GetUtcNow().ToUnixTimeMilliseconds(), 600);
        using var response = await container.UpsertItemStreamAsync(
            new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(probe, DataJson.Options)), new PartitionKey(HealthPartition), cancellationToken: cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private const string HealthPartition = "__health__";

    private sealed record HealthProbeDocument(string Id, string ConversationId, long At, int Ttl);

    /// <summary>Sequence numbers zero-padded, so ids sort as the log does.</summary>
    internal static string ActivityDocumentId(long sequence) => "a-" + sequence.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>
    /// Inbound keys are whatever the channel or client chose; Cosmos ids may not hold '/', '\', '?' or '#'
    /// and are limited in length, so the id is a hash of the key.
    /// </summary>
    internal static string ProcessedDocumentId(string key) =>
        "p-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private async Task<StateDocument?> ReadStateAsync(string conversationId, CancellationToken cancellationToken)
    {
        var state = await ReadAsync<StateDocument>(StateId, conversationId, cancellationToken);
        if (state is not null && state.ETag is { } etag) Remember(conversationId, new StateStamp(state.Version, etag, state.LastSequence));
        return state;
    }

    private async Task<StateStamp?> ReadStampAsync(string conversationId, CancellationToken cancellationToken)
    {
        var state = await ReadStateAsync(conversationId, cancellationToken);
        return state?.ETag is { } etag ? new StateStamp(state.Version, etag, state.LastSequence) : null;
    }

    private async Task<T?> ReadAsync<T>(string id, string conversationId, CancellationToken cancellationToken) where T : class
    {
        // The stream API answers a missing item with 404 instead of an exception: most processed-id
        // look-ups find nothing, on every turn.
        using var response = await container.ReadItemStreamAsync(id, new PartitionKey(conversationId), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        return await JsonSerializer.DeserializeAsync<T>(response.Content, DataJson.Options, cancellationToken);
    }

    private void Remember(string conversationId, StateStamp stamp)
    {
        // Bounded without bookkeeping: forgetting only costs the next commit one read.
        if (stamps.Count >= MaxRemembered) stamps.Clear();
        stamps.AddOrUpdate(conversationId, stamp, (_, old) => old.Version > stamp.Version ? old : stamp);
    }

    private sealed record StateDocument(
        string Id,
        string ConversationId,
        string Kind,
        string State,
        long Version,
        long LastSequence,
        DateTimeOffset UpdatedAt)
    {
        [JsonPropertyName("_etag")]
        public string? ETag { get; init; }
    }

    private sealed record ActivityDocument(string Id, string ConversationId, string Kind, long Sequence, string Json);

    private sealed record ProcessedDocument(string Id, string ConversationId, string Kind, string ResultId);

    private sealed record ActivityRow(long Sequence, string Json);
}
