using System.Globalization;
using System.Text.Json;
using HelpdeskBot.Data.Agents;
using HelpdeskBot.Data.Escalations;
using Microsoft.Data.Sqlite;

namespace HelpdeskBot.Data.Sqlite;

/// <summary>Escalations in SQLite: one JSON document per row, the state as its kind.</summary>
public sealed class SqliteEscalationStore(SqliteDatabase database, SqliteWriteGate gate) : IEscalationStore
{
    private const string Columns = "Id, Version, Json";

    public async Task<Escalation> CreateAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        var stored = escalation with { ETag = "1" };
        await gate.WriteAsync(writer => writer.Statement(
                "INSERT INTO Escalations (Id, Kind, CreatedAt, Version, Json) VALUES ($id, $kind, $created, 1, $json)",
                null, ("$id", stored.Id), ("$kind", stored.State.ToString()), ("$created", SqliteTimestamp.ToInteger(stored.RequestedAt)), ("$json", Write(stored)))
            .ExecuteNonQueryAsync(cancellationToken), cancellationToken);
        return stored;
    }

    public async Task<Escalation?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        (await SelectAsync($"SELECT {Columns} FROM Escalations WHERE Id = $id", cancellationToken, ("$id", id))).FirstOrDefault();

    public async Task<IReadOnlyList<Escalation>> ListAsync(EscalationState? state = null, int limit = 200, CancellationToken cancellationToken = default)
    {
        var take = ("$limit", (object?)Math.Clamp(limit, 1, 1000));
        return state is { } s
            ? await SelectAsync($"SELECT {Columns} FROM Escalations WHERE Kind = $kind ORDER BY CreatedAt DESC LIMIT $limit", cancellationToken, ("$kind", s.ToString()), take)
            : await SelectAsync($"SELECT {Columns} FROM Escalations ORDER BY CreatedAt DESC LIMIT $limit", cancellationToken, take);
    }

    /// <summary>A scan of the table: it is asked only when a user takes a message back, and escalations are few.</summary>
    public async Task<IReadOnlyList<Escalation>> ListInConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        await SelectAsync($"SELECT {Columns} FROM Escalations WHERE json_extract(Json, '$.conversation.conversationId') = $conversation ORDER BY CreatedAt DESC",
            cancellationToken, ("$conversation", conversationId));

    public async Task<Escalation> UpdateAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(escalation.ETag, CultureInfo.InvariantCulture, out var expected)) throw new EscalationConcurrencyException(escalation.Id);
        var updated = escalation with { ETag = (expected + 1).ToString(CultureInfo.InvariantCulture) };
        var json = Write(updated);
        var changed = await gate.WriteAsync(writer => writer.Statement(
                "UPDATE Escalations SET Kind = $kind, Version = $version, Json = $json WHERE Id = $id AND Version = $expected",
                null, ("$kind", updated.State.ToString()), ("$version", expected + 1), ("$json", json), ("$id", escalation.Id), ("$expected", expected))
            .ExecuteNonQueryAsync(cancellationToken), cancellationToken);
        if (changed == 0) throw new EscalationConcurrencyException(escalation.Id);
        return updated;
    }

    private async Task<List<Escalation>> SelectAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteDatabase.Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<Escalation>();
        while (await reader.ReadAsync(cancellationToken)) list.Add(Read(reader));
        return list;
    }

    private static string Write(Escalation e) => JsonSerializer.Serialize(e with { ETag = "" }, DataJson.Options);

    private static Escalation Read(SqliteDataReader row)
    {
        var stored = JsonSerializer.Deserialize<Escalation>(row.GetString(2), DataJson.Options) ?? throw new InvalidDataException($"Escalation {row.GetString(0)} is empty.");
        return stored with { ETag = row.GetInt64(1).ToString(CultureInfo.InvariantCulture) };
    }
}

/// <summary>Agent accounts in SQLite, by name (case-insensitive).</summary>
public sealed class SqliteAgentStore(SqliteDatabase database, SqliteWriteGate gate) : IAgentStore
{
    public async Task<AgentAccount?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = SqliteDatabase.Command(connection, "SELECT Version, Json FROM Agents WHERE Id = $id", ("$id", Key(name)));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader.GetString(1), reader.GetInt64(0)) : null;
    }

    public async Task<AgentAccount> SaveAsync(AgentAccount account, CancellationToken cancellationToken = default)
    {
        // The stored document has no version in it (the row has), so one upsert writes it whatever the version becomes.
        var json = Write(account with { FailedSignIns = 0, LockedUntil = null });
        var version = await gate.WriteAsync(async writer => (long)(await writer.Statement(
                "INSERT INTO Agents (Id, Kind, CreatedAt, Version, Json) VALUES ($id, 'agent', $created, 1, $json) " +
                "ON CONFLICT (Id) DO UPDATE SET Version = Version + 1, Json = excluded.Json RETURNING Version",
                null, ("$id", Key(account.Name)), ("$created", SqliteTimestamp.ToInteger(account.CreatedAt)), ("$json", json))
            .ExecuteScalarAsync(cancellationToken))!, cancellationToken);
        return account with { ETag = version.ToString(CultureInfo.InvariantCulture), FailedSignIns = 0, LockedUntil = null };
    }

    public async Task<bool> TryUpdateAsync(AgentAccount account, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(account.ETag, CultureInfo.InvariantCulture, out var expected)) return false;
        var json = Write(account);
        return await gate.WriteAsync(writer => writer.Statement(
                "UPDATE Agents SET Version = $version, Json = $json WHERE Id = $id AND Version = $expected",
                null, ("$version", expected + 1), ("$json", json), ("$id", Key(account.Name)), ("$expected", expected))
            .ExecuteNonQueryAsync(cancellationToken), cancellationToken) == 1;
    }

    private static string Key(string name) => name.Trim().ToLowerInvariant();

    private static string Write(AgentAccount a) => JsonSerializer.Serialize(a with { ETag = "" }, DataJson.Options);

    private static AgentAccount Read(string json, long version)
    {
        var stored = JsonSerializer.Deserialize<AgentAccount>(json, DataJson.Options) ?? throw new InvalidDataException("Agent account is empty.");
        return stored with { ETag = version.ToString(CultureInfo.InvariantCulture) };
    }
}
