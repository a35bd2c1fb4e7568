using System.Globalization;
using System.Text.Json;
using HelpdeskBot.Data.Outbox;
using HelpdeskBot.Data.Tickets;
using Microsoft.Data.Sqlite;

namespace HelpdeskBot.Data.Sqlite;

/// <summary>
/// Tickets on SQLite, in plain SQL (see <see cref="SqliteDatabase"/>): the ticket as one JSON document, with the
/// columns its lookups need. Outbox messages are inserted in the ticket's own transaction.
/// </summary>
public sealed class SqliteTicketStore(SqliteDatabase database, SqliteWriteGate gate, OutboxSignal? signal = null) : ITicketStore
{
    private const int SqlitePrimaryKeyViolation = 1555;
    private const int SqliteUniqueViolation = 2067;
    private const string Columns = "Number, Version, Json";

    public async Task<Ticket> CreateAsync(Ticket ticket, Func<Ticket, IReadOnlyList<OutboxMessage>> outbox, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await FindByIntakeAsync(ticket.IntakeId, cancellationToken) is { } existing) return existing;
            var stored = ticket with { ETag = "1" };
            var messages = OutboxEntry.For(stored, outbox(stored));
            try
            {
                await gate.WriteAsync(async writer =>
                {
                    await using var transaction = await writer.BeginAsync(cancellationToken);
                    var insert = writer.Statement(
                        "INSERT INTO Tickets (Number, IntakeId, OwnerKey, Status, Category, Priority, CreatedAt, Version, Json) " +
                        "VALUES ($number, $intake, $owner, $status, $category, $priority, $created, 1, $json)",
                        transaction, ("$number", stored.Number), ("$intake", stored.IntakeId), ("$owner", stored.Owner.Key), ("$status", stored.Status.ToString()),
                        ("$category", stored.Category.Id), ("$priority", stored.Priority.ToString()),
                        ("$created", SqliteTimestamp.ToInteger(stored.CreatedAt)), ("$json", Write(stored)));
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                    await SqliteOutboxStore.InsertAsync(writer, transaction, messages, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return true;
                }, cancellationToken);
                if (messages.Count > 0) signal?.Written();
                return stored;
            }
            catch (SqliteException e) when (e.SqliteExtendedErrorCode == SqlitePrimaryKeyViolation && attempt < 5)
            {
                ticket = ticket with { Number = TicketNumber.New() };
            }
            catch (SqliteException e) when (e.SqliteExtendedErrorCode == SqliteUniqueViolation)
            {
                // The same intake was stored by a concurrent run of the same turn: the loop returns it.
            }
        }
    }

    public async Task<Ticket?> GetAsync(string number, CancellationToken cancellationToken = default) =>
        (await SelectAsync($"SELECT {Columns} FROM Tickets WHERE Number = $p", number, cancellationToken)).FirstOrDefault();

    public async Task<Ticket?> FindByIntakeAsync(string intakeId, CancellationToken cancellationToken = default) =>
        (await SelectAsync($"SELECT {Columns} FROM Tickets WHERE IntakeId = $p", intakeId, cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<Ticket>> ListByOwnerAsync(TicketOwner owner, CancellationToken cancellationToken = default) =>
        await SelectAsync($"SELECT {Columns} FROM Tickets WHERE OwnerKey = $p ORDER BY CreatedAt DESC LIMIT 100", owner.Key, cancellationToken);

    public async Task<IReadOnlyList<Ticket>> QueryAsync(TicketQuery query, CancellationToken cancellationToken = default)
    {
        var filters = new List<string>();
        var parameters = new List<(string, object?)> { ("$limit", Math.Clamp(query.Limit, 1, 1000)) };
        if (query.Status is { } status) Filter("Status", "$status", status.ToString());
        if (query.Category is { } category) Filter("Category", "$category", category);
        if (query.Priority is { } priority) Filter("Priority", "$priority", priority.ToString());
        var where = filters.Count == 0 ? "" : " WHERE " + string.Join(" AND ", filters);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection,
            $"SELECT {Columns} FROM Tickets{where} ORDER BY CreatedAt DESC LIMIT $limit", [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tickets = new List<Ticket>();
        while (await reader.ReadAsync(cancellationToken)) tickets.Add(Read(reader.GetString(2), reader.GetInt64(1)));
        return tickets;

        void Filter(string column, string name, string value)
        {
            filters.Add($"{column} = {name}");
            parameters.Add((name, value));
        }
    }

    public async Task<Ticket> UpdateAsync(Ticket ticket, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(ticket.ETag, CultureInfo.InvariantCulture, out var expected)) throw new TicketConcurrencyException(ticket.Number);
        var updated = ticket with { ETag = (expected + 1).ToString(CultureInfo.InvariantCulture) };
        var messages = OutboxEntry.For(updated, outbox);
        var changed = await gate.WriteAsync(async writer =>
        {
            await using var transaction = await writer.BeginAsync(cancellationToken);
            var update = writer.Statement(
                "UPDATE Tickets SET Status = $status, Category = $category, Priority = $priority, Version = $version, Json = $json " +
                "WHERE Number = $number AND Version = $expected",
                transaction, ("$status", updated.Status.ToString()), ("$category", updated.Category.Id), ("$priority", updated.Priority.ToString()),
                ("$version", expected + 1), ("$json", Write(updated)), ("$number", ticket.Number), ("$expected", expected));
            var rows = await update.ExecuteNonQueryAsync(cancellationToken);
            if (rows == 0) return 0;
            await SqliteOutboxStore.InsertAsync(writer, transaction, messages, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return rows;
        }, cancellationToken);
        if (changed == 0) throw new TicketConcurrencyException(ticket.Number);
        if (messages.Count > 0) signal?.Written();
        return updated;
    }

    public async Task<IReadOnlySet<string>> AttachmentIdsAsync(TicketOwner owner, CancellationToken cancellationToken = default)
    {
        // Every ticket of the owner (the index on OwnerKey), not the newest hundred "my tickets" shows.
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection,
            "SELECT json_extract(a.value, '$.id') FROM Tickets t, json_each(t.Json, '$.attachments') a WHERE t.OwnerKey = $p",
            ("$p", owner.Key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.IsDBNull(0)) ids.Add(reader.GetString(0));
        }
        return ids;
    }

    private async Task<List<Ticket>> SelectAsync(string sql, string parameter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, sql, ("$p", parameter));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tickets = new List<Ticket>();
        while (await reader.ReadAsync(cancellationToken)) tickets.Add(Read(reader.GetString(2), reader.GetInt64(1)));
        return tickets;
    }

    private static string Write(Ticket ticket) => JsonSerializer.Serialize(ticket with { ETag = "" }, DataJson.Options);

    private static Ticket Read(string json, long version)
    {
        var stored = JsonSerializer.Deserialize<Ticket>(json, DataJson.Options) ?? throw new InvalidDataException("A stored ticket is empty.");
        return stored with { ETag = version.ToString(CultureInfo.InvariantCulture) };
    }
}
