using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HelpdeskBot.Data.Outbox;
using HelpdeskBot.Data.Tickets;
using Microsoft.Azure.Cosmos;

namespace HelpdeskBot.Data.Cosmos;

/// <summary>
/// Tickets on Cosmos DB. A ticket document is the ticket's JSON (the same shape SQLite stores) plus
/// <c>id</c> (its number), <c>ownerKey</c> (the partition key) and a sortable <c>createdOrder</c>. Creating
/// one takes two steps: claim the number in <c>ticketNumbers</c> (unique across every partition, since the
/// number is that container's partition key), then, in one batch in the owner's partition, create the
/// intake's marker and the ticket — so a rerun of the same intake, on any instance, finds the marker and
/// returns the first ticket instead of making a second. Outbox messages go in the same batch as the ticket (or
/// its change), as documents of the same partition (<see cref="OutboxDocument"/>).
/// </summary>
public sealed class CosmosTicketStore(CosmosContainers containers, OutboxSignal? signal = null) : ITicketStore
{
    private const int MaxNumberDraws = 6;
    private const int MaxOwnerTickets = 100;

    private readonly Container tickets = containers.Tickets;
    private readonly Container numbers = containers.TicketNumbers;

    public async Task<Ticket> CreateAsync(Ticket ticket, Func<Ticket, IReadOnlyList<OutboxMessage>> outbox, CancellationToken cancellationToken = default)
    {
        var owner = ticket.Owner.Key;
        var ownerPartition = new PartitionKey(owner);
        for (var draw = 1; ; draw++)
        {
            if (await ReadIntakeAsync(owner, ticket.IntakeId, cancellationToken) is { } marker)
            {
                // Marker and ticket are created together, so the ticket is there — unless someone deleted it
                // by hand, which must end in an error rather than in a loop.
                return await ReadTicketAsync(owner, marker.Number, cancellationToken)
                    ?? throw new InvalidDataException($"Intake {ticket.IntakeId} is marked as ticket {marker.Number}, which does not exist.");
            }

            using (var claim = await numbers.CreateItemStreamAsync(
                       ToStream(new NumberDocument(ticket.Number, owner, ticket.IntakeId)), new PartitionKey(ticket.Number), cancellationToken: cancellationToken))
            {
                if (claim.StatusCode == HttpStatusCode.Conflict)
                {
                    if (draw >= MaxNumberDraws) claim.EnsureSuccessStatusCode();
                    ticket = ticket with { Number = TicketNumber.New() };
                    continue;
                }
                claim.EnsureSuccessStatusCode();
            }

            var batch = tickets.CreateTransactionalBatch(ownerPartition)
                .CreateItemStream(ToStream(new IntakeDocument(IntakeDocumentId(ticket.IntakeId), owner, "intake", ticket.IntakeId, ticket.Number)))
                .CreateItemStream(ToStream(ToDocument(ticket)));
            var messages = OutboxEntry.For(ticket, outbox(ticket));
            foreach (var entry in messages) batch.CreateItemStream(OutboxDocument.Of(entry).ToStream());
            using var response = await batch.ExecuteAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                if (messages.Count > 0) signal?.Written();
                return ticket with { ETag = response[1].ETag };
            }

            // Whatever happened, this number is not used: give it back (an orphan would only waste a number).
            using (await numbers.DeleteItemStreamAsync(ticket.Number, new PartitionKey(ticket.Number), cancellationToken: cancellationToken))
            {
            }
            if (response[0].StatusCode != HttpStatusCode.Conflict)
            {
                throw new CosmosException($"Creating ticket {ticket.Number} failed.", response.StatusCode, 0, response.ActivityId, response.RequestCharge);
            }
            // The same intake was stored by a concurrent run of the same turn: the next round returns it.
        }
    }

    public async Task<Ticket?> GetAsync(string number, CancellationToken cancellationToken = default)
    {
        if (!IsValidId(number)) return null;
        var claim = await ReadAsync<NumberDocument>(numbers, number, number, cancellationToken);
        return claim is null ? null : await ReadTicketAsync(claim.OwnerKey, number, cancellationToken);
    }

    /// <summary>Not on a hot path (the bot finds a rerun's ticket through the owner's partition): a cross-partition query.</summary>
    public async Task<Ticket?> FindByIntakeAsync(string intakeId, CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.kind = 'ticket' AND c.intakeId = @intake").WithParameter("@intake", intakeId);
        var found = await QueryAsync(query, null, 1, cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    public Task<IReadOnlyList<Ticket>> ListByOwnerAsync(TicketOwner owner, CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition(
                $"SELECT TOP {MaxOwnerTickets} * FROM c WHERE c.ownerKey = @owner AND c.kind = 'ticket' ORDER BY c.createdOrder DESC")
            .WithParameter("@owner", owner.Key);
        return QueryAsync(query, new PartitionKey(owner.Key), MaxOwnerTickets, cancellationToken);
    }

    public Task<IReadOnlyList<Ticket>> QueryAsync(TicketQuery query, CancellationToken cancellationToken = default)
    {
        var limit = Math.Clamp(query.Limit, 1, 1000);
        var sql = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"SELECT TOP {limit} * FROM c WHERE c.kind = 'ticket'"));
        if (query.Status is not null) sql.Append(" AND c.status = @status");
        if (query.Category is not null) sql.Append(" AND c.category.id = @category");
        if (query.Priority is not null) sql.Append(" AND c.priority = @priority");
        sql.Append(" ORDER BY c.createdOrder DESC");
        var definition = new QueryDefinition(sql.ToString());
        if (query.Status is { } status) definition = definition.WithParameter("@status", JsonName(status));
        if (query.Category is { } category) definition = definition.WithParameter("@category", category);
        if (query.Priority is { } priority) definition = definition.WithParameter("@priority", JsonName(priority));
        return QueryAsync(definition, null, limit, cancellationToken);
    }

    /// <summary>An enum as the documents hold it (its JSON name), so a query compares like with like.</summary>
    private static string? JsonName<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonSerializer.SerializeToElement(value, DataJson.Options).GetString();

    public async Task<Ticket> UpdateAsync(Ticket ticket, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(ticket.ETag) || !IsValidId(ticket.Number)) throw new TicketConcurrencyException(ticket.Number);
        if (outbox.Count > 0) return await UpdateWithOutboxAsync(ticket, outbox, cancellationToken);
        using var response = await tickets.ReplaceItemStreamAsync(
            ToStream(ToDocument(ticket)), ticket.Number, new PartitionKey(ticket.Owner.Key),
            new ItemRequestOptions { IfMatchEtag = ticket.ETag }, cancellationToken);
        if (response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            throw new TicketConcurrencyException(ticket.Number);
        }
        response.EnsureSuccessStatusCode();
        return ticket with { ETag = response.Headers.ETag };
    }

    /// <summary>The change and its messages in one batch of the owner's partition: If-Match on the ticket, or nothing.</summary>
    private async Task<Ticket> UpdateWithOutboxAsync(Ticket ticket, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken)
    {
        var batch = tickets.CreateTransactionalBatch(new PartitionKey(ticket.Owner.Key))
            .ReplaceItemStream(ticket.Number, ToStream(ToDocument(ticket)), new TransactionalBatchItemRequestOptions { IfMatchEtag = ticket.ETag });
        foreach (var entry in OutboxEntry.For(ticket, outbox)) batch.CreateItemStream(OutboxDocument.Of(entry).ToStream());
        using var response = await batch.ExecuteAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            if (response[0].StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound) throw new TicketConcurrencyException(ticket.Number);
            throw new CosmosException($"Updating ticket {ticket.Number} failed.", response.StatusCode, 0, response.ActivityId, response.RequestCharge);
        }
        signal?.Written();
        return ticket with { ETag = response[0].ETag };
    }

    public async Task<IReadOnlySet<string>> AttachmentIdsAsync(TicketOwner owner, CancellationToken cancellationToken = default)
    {
        // The owner's partition only, and every ticket in it (not the newest hundred).
        var query = new QueryDefinition("SELECT c.attachments FROM c WHERE c.ownerKey = @owner AND c.kind = 'ticket'").WithParameter("@owner", owner.Key);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var iterator = tickets.GetItemQueryIterator<AttachmentsDocument>(query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(owner.Key) });
        while (iterator.HasMoreResults)
        {
            foreach (var document in await iterator.ReadNextAsync(cancellationToken))
            {
                foreach (var attachment in document.Attachments ?? []) ids.Add(attachment.Id);
            }
        }
        return ids;
    }

    private sealed record AttachmentsDocument(IReadOnlyList<TicketAttachment>? Attachments);

    /// <summary>Cosmos ids may not hold these characters; no ticket number does.</summary>
    private static bool IsValidId(string id) => id.Length is > 0 and <= 255 && id.IndexOfAny(['/', '\\', '?', '#']) < 0;

    private static string IntakeDocumentId(string intakeId) =>
        "intake-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(intakeId)));

    /// <summary>UTC, fixed width: sorts as text in the order of time, whatever offset the ticket was made with.</summary>
    internal static string CreatedOrder(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static JsonObject ToDocument(Ticket ticket)
    {
        var document = JsonSerializer.SerializeToNode(ticket with { ETag = "" }, DataJson.Options)!.AsObject();
        document["id"] = ticket.Number;
        document["ownerKey"] = ticket.Owner.Key;
        document["kind"] = "ticket";
        document["createdOrder"] = CreatedOrder(ticket.CreatedAt);
        return document;
    }

    private static Ticket FromDocument(JsonObject document)
    {
        var ticket = document.Deserialize<Ticket>(DataJson.Options) ?? throw new InvalidDataException("A ticket document is empty.");
        return ticket with { ETag = document["_etag"]?.GetValue<string>() ?? "" };
    }

    private async Task<IntakeDocument?> ReadIntakeAsync(string owner, string intakeId, CancellationToken cancellationToken) =>
        await ReadAsync<IntakeDocument>(tickets, IntakeDocumentId(intakeId), owner, cancellationToken);

    private async Task<Ticket?> ReadTicketAsync(string owner, string number, CancellationToken cancellationToken)
    {
        var document = await ReadAsync<JsonObject>(tickets, number, owner, cancellationToken);
        return document is null ? null : FromDocument(document);
    }

    private async Task<IReadOnlyList<Ticket>> QueryAsync(QueryDefinition query, PartitionKey? partition, int max, CancellationToken cancellationToken)
    {
        var options = new QueryRequestOptions { PartitionKey = partition, MaxItemCount = max };
        var found = new List<Ticket>();
        using var iterator = tickets.GetItemQueryIterator<JsonObject>(query, requestOptions: options);
        while (iterator.HasMoreResults && found.Count < max)
        {
            foreach (var document in await iterator.ReadNextAsync(cancellationToken))
            {
                found.Add(FromDocument(document));
                if (found.Count == max) break;
            }
        }
        return found;
    }

    private static async Task<T?> ReadAsync<T>(Container container, string id, string partition, CancellationToken cancellationToken) where T : class
    {
        using var response = await container.ReadItemStreamAsync(id, new PartitionKey(partition), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        return await JsonSerializer.DeserializeAsync<T>(response.Content, DataJson.Options, cancellationToken);
    }

    private static MemoryStream ToStream<T>(T document) => new(JsonSerializer.SerializeToUtf8Bytes(document, DataJson.Options));

    private sealed record NumberDocument(string Id, string OwnerKey, string IntakeId);

    private sealed record IntakeDocument(string Id, string OwnerKey, string Kind, string IntakeId, string Number);
}
