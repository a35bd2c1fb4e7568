using HelpdeskBot.Data.Conversations;
using Microsoft.Data.Sqlite;

namespace HelpdeskBot.Data.Sqlite;

/// <summary>The conversation store on SQLite. Every turn reads and writes here, in plain SQL (see <see cref="SqliteDatabase"/>).</summary>
public sealed class SqliteConversationStore(SqliteDatabase database, TimeProvider clock, SqliteWriteGate gate, Outbox.OutboxSignal? signal = null) : IConversationStore
{
    public async Task<ConversationSnapshot> LoadAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT StateJson, Version, LastSequence FROM Conversations WHERE Id = $id", ("$id", conversationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ConversationSnapshot(conversationId, reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2))
            : ConversationSnapshot.Empty(conversationId);
    }

    public async Task<ProcessedOrLoaded> LoadUnlessProcessedAsync(string conversationId, string key, CancellationToken cancellationToken = default)
    {
        // One statement, one row: the processed id (if any) beside the conversation (if any).
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT (SELECT ResultId FROM ProcessedActivities WHERE ConversationId = $id AND Key = $key), c.StateJson, c.Version, c.LastSequence " +
            "FROM (SELECT 1) LEFT JOIN Conversations c ON c.Id = $id", ("$id", conversationId), ("$key", key));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (!reader.IsDBNull(0)) return new ProcessedOrLoaded(reader.GetString(0), null);
        return new ProcessedOrLoaded(null, reader.IsDBNull(1)
            ? ConversationSnapshot.Empty(conversationId)
            : new ConversationSnapshot(conversationId, reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
    }

    public Task<CommitResult> CommitAsync(ConversationCommit commit, CancellationToken cancellationToken = default) =>
        gate.WriteAsync(async writer =>
        {
            var result = await CommitNowAsync(writer, commit, cancellationToken);
            // A message taken back held a secret: the log that held page images with it is moved into the file (whose freed
            // space secure_delete zeroed) and cut to nothing. Rare, so it may wait for readers and cost a sync.
            if (result.Outcome == CommitOutcome.Committed && commit.Replaced is { Count: > 0 })
            {
                await writer.Statement("PRAGMA wal_checkpoint(TRUNCATE)", null).ExecuteNonQueryAsync(cancellationToken);
            }
            return result;
        }, cancellationToken);

    private async Task<CommitResult> CommitNowAsync(SqliteWriter writer, ConversationCommit commit, CancellationToken cancellationToken)
    {
        await using var transaction = await writer.BeginAsync(cancellationToken);
        var newVersion = commit.ExpectedVersion + 1;
        var updatedAt = SqliteTimestamp.ToInteger(clock.GetUtcNow());
        long lastSequence;
        if (commit.ExpectedVersion == 0)
        {
            lastSequence = commit.Activities.Count;
            var insert = writer.Statement(
                "INSERT INTO Conversations (Id, StateJson, Version, LastSequence, UpdatedAt) VALUES ($id, $state, $version, $last, $at) ON CONFLICT (Id) DO NOTHING",
                transaction, ("$id", commit.ConversationId), ("$state", commit.StateJson), ("$version", newVersion), ("$last", lastSequence), ("$at", updatedAt));
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0) return new CommitResult(CommitOutcome.Conflict, 0, 0);
        }
        else
        {
            var update = writer.Statement(
                "UPDATE Conversations SET StateJson = $state, Version = $version, LastSequence = LastSequence + $count, UpdatedAt = $at " +
                "WHERE Id = $id AND Version = $expected RETURNING LastSequence",
                transaction, ("$id", commit.ConversationId), ("$state", commit.StateJson), ("$version", newVersion), ("$count", (long)commit.Activities.Count),
                ("$at", updatedAt), ("$expected", commit.ExpectedVersion));
            if (await update.ExecuteScalarAsync(cancellationToken) is not long last) return new CommitResult(CommitOutcome.Conflict, 0, 0);
            lastSequence = last;
        }

        if (commit.Processed is { } processed)
        {
            var remember = writer.Statement(
                "INSERT INTO ProcessedActivities (ConversationId, Key, ResultId) VALUES ($id, $key, $result) ON CONFLICT DO NOTHING",
                transaction, ("$id", commit.ConversationId), ("$key", processed.Key), ("$result", processed.ResultId));
            if (await remember.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return new CommitResult(CommitOutcome.Duplicate, commit.ExpectedVersion, lastSequence - commit.Activities.Count);
            }
        }

        var sequence = lastSequence - commit.Activities.Count;
        foreach (var json in commit.Activities)
        {
            await writer.Statement("INSERT INTO ConversationActivities (ConversationId, Sequence, Json) VALUES ($id, $sequence, $json)",
                transaction, ("$id", commit.ConversationId), ("$sequence", ++sequence), ("$json", json)).ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var replaced in commit.Replaced ?? [])
        {
            await writer.Statement("UPDATE ConversationActivities SET Json = $json WHERE ConversationId = $id AND Sequence = $sequence",
                transaction, ("$id", commit.ConversationId), ("$sequence", replaced.Sequence), ("$json", replaced.Json)).ExecuteNonQueryAsync(cancellationToken);
        }
        var outbox = Outbox.OutboxEntry.For(commit, clock.GetUtcNow());
        await SqliteOutboxStore.InsertAsync(writer, transaction, outbox, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (outbox.Count > 0) signal?.Written();
        return new CommitResult(CommitOutcome.Committed, newVersion, lastSequence);
    }

    public async Task<string?> FindProcessedAsync(string conversationId, string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT ResultId FROM ProcessedActivities WHERE ConversationId = $id AND Key = $key", ("$id", conversationId), ("$key", key));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<IReadOnlyList<StoredActivity>> ReadActivitiesAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT Sequence, Json FROM ConversationActivities WHERE ConversationId = $id AND Sequence > $after ORDER BY Sequence LIMIT $max",
            ("$id", conversationId), ("$after", afterSequence), ("$max", (long)max));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var page = new List<StoredActivity>();
        while (await reader.ReadAsync(cancellationToken)) page.Add(new StoredActivity(reader.GetInt64(0), reader.GetString(1)));
        return page;
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            // A query on a real table, so a missing or unreadable schema counts as down too.
            await using var command = Command(connection, "SELECT 1 FROM Conversations LIMIT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public Task ProbeCommitAsync(CancellationToken cancellationToken = default) =>
        gate.ProbeAsync(async connection =>
        {
            await using var upsert = Command(connection,
                "INSERT INTO HealthProbes (Id, At) VALUES ('commit', $at) ON CONFLICT (Id) DO UPDATE SET At = excluded.At",
                ("$at", clock.GetUtcNow().ToUnixTimeMilliseconds()));
            return await upsert.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(cancellationToken);

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        SqliteDatabase.Command(connection, sql, parameters);
}
