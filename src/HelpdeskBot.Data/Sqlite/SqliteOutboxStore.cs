using HelpdeskBot.Data.Outbox;
using Microsoft.Data.Sqlite;

namespace HelpdeskBot.Data.Sqlite;

/// <summary>
/// The outbox on SQLite: one row per entry. Entries are inserted by the ticket store inside the ticket's own
/// transaction (<see cref="InsertAsync"/>); leasing is one UPDATE … RETURNING, so two workers (two processes on
/// one file) never lease the same row.
/// </summary>
public sealed class SqliteOutboxStore(SqliteDatabase database, SqliteWriteGate gate) : IOutboxStore
{
    private const string Columns = "Id, Kind, Partition, State, DueAt, Attempts, LeaseOwner, CreatedAt, SentAt, LastError, Version, Payload, Origin";

    public Task<IReadOnlyList<OutboxEntry>> LeaseDueAsync(string owner, DateTimeOffset now, TimeSpan leaseFor, int max, CancellationToken cancellationToken = default) =>
        gate.WriteAsync<IReadOnlyList<OutboxEntry>>(async writer =>
        {
            var lease = writer.Statement(
                "UPDATE Outbox SET Attempts = Attempts + 1, LeaseOwner = $owner, DueAt = $until, Version = Version + 1 " +
                "WHERE Id IN (SELECT Id FROM Outbox WHERE State = $pending AND DueAt <= $now ORDER BY DueAt LIMIT $max) " +
                $"RETURNING {Columns}",
                null, ("$owner", owner), ("$until", Millis(now + leaseFor)), ("$pending", nameof(OutboxState.Pending)), ("$now", Millis(now)), ("$max", max));
            return await ReadAsync(lease, cancellationToken);
        }, cancellationToken);

    public async Task<bool> UpdateAsync(OutboxEntry entry, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(entry.ETag, System.Globalization.CultureInfo.InvariantCulture, out var expected)) return false;
        var changed = await gate.WriteAsync(writer => writer.Statement(
                "UPDATE Outbox SET State = $state, DueAt = $due, Attempts = $attempts, LeaseOwner = $owner, SentAt = $sent, LastError = $error, " +
                "Version = Version + 1 WHERE Id = $id AND Version = $expected",
                null, ("$state", entry.State.ToString()), ("$due", Millis(entry.DueAt)), ("$attempts", entry.Attempts), ("$owner", entry.LeaseOwner),
                ("$sent", entry.SentAt is { } sent ? Millis(sent) : null), ("$error", entry.LastError), ("$id", entry.Id), ("$expected", expected)).ExecuteNonQueryAsync(cancellationToken), cancellationToken);
        return changed == 1;
    }

    public async Task<OutboxEntry?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = SqliteDatabase.Command(connection, $"SELECT {Columns} FROM Outbox WHERE Id = $id", ("$id", id));
        return (await ReadAsync(select, cancellationToken)).FirstOrDefault();
    }

    public Task<int> DeleteSentAsync(DateTimeOffset sentBefore, int max, CancellationToken cancellationToken = default) =>
        gate.WriteAsync(writer => writer.Statement(
                "DELETE FROM Outbox WHERE Id IN (SELECT Id FROM Outbox WHERE State = $sent AND SentAt < $before LIMIT $max)",
                null, ("$sent", nameof(OutboxState.Sent)), ("$before", Millis(sentBefore)), ("$max", max)).ExecuteNonQueryAsync(cancellationToken), cancellationToken);

    /// <summary>Inserts entries inside the caller's transaction (the change they belong to).</summary>
    internal static async Task InsertAsync(SqliteWriter writer, SqliteTransaction transaction, IEnumerable<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            var insert = writer.Statement(
                $"INSERT INTO Outbox ({Columns}) VALUES ($id, $kind, $partition, $state, $due, 0, NULL, $created, NULL, NULL, 1, $payload, $origin)",
                transaction, ("$id", entry.Id), ("$kind", entry.Kind), ("$partition", entry.Partition), ("$state", nameof(OutboxState.Pending)),
                ("$due", Millis(entry.DueAt)), ("$created", Millis(entry.CreatedAt)), ("$payload", entry.Payload), ("$origin", entry.Origin.ToString()));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static long Millis(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    private static DateTimeOffset At(long millis) => DateTimeOffset.FromUnixTimeMilliseconds(millis);

    private static async Task<IReadOnlyList<OutboxEntry>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<OutboxEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new OutboxEntry
            {
                Id = reader.GetString(0),
                Kind = reader.GetString(1),
                Partition = reader.GetString(2),
                State = Enum.Parse<OutboxState>(reader.GetString(3)),
                DueAt = At(reader.GetInt64(4)),
                Attempts = reader.GetInt32(5),
                LeaseOwner = reader.IsDBNull(6) ? null : reader.GetString(6),
                CreatedAt = At(reader.GetInt64(7)),
                SentAt = reader.IsDBNull(8) ? null : At(reader.GetInt64(8)),
                LastError = reader.IsDBNull(9) ? null : reader.GetString(9),
                ETag = reader.GetInt64(10).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Payload = reader.GetString(11),
                Origin = Enum.Parse<OutboxOrigin>(reader.GetString(12)),
            });
        }
        return entries;
    }
}
