using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpdeskBot.Data.Tests;

/// <summary>
/// No commit checkpoints the write-ahead log (that made one turn in a hundred slow); the background checkpointer moves
/// all of it into the database file, and the data reads the same from a fresh connection afterwards.
/// </summary>
public sealed class SqliteCheckpointerTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "helpdesk-checkpoint-tests", Guid.NewGuid().ToString("N"));

    public SqliteCheckpointerTests() => Directory.CreateDirectory(directory);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_pooled_connection_opened_again_keeps_every_setting()
    {
        var database = new SqliteDatabase($"Data Source={Path.Combine(directory, "settings.db")};Default Timeout=30");
        for (var open = 0; open < 3; open++)
        {
            await using var connection = await database.OpenAsync(CancellationToken.None);
            async Task<long> Read(string pragma)
            {
                await using var command = SqliteDatabase.Command(connection, "PRAGMA " + pragma);
                return (long)(await command.ExecuteScalarAsync())!;
            }
            Assert.Equal(1, await Read("synchronous"));
            Assert.Equal(30000, await Read("busy_timeout"));
            Assert.Equal(0, await Read("wal_autocheckpoint"));
            Assert.Equal(1, await Read("secure_delete"));
        }
    }

    [Fact]
    public async Task Commits_leave_the_log_to_the_checkpointer_which_moves_all_of_it_into_the_file()
    {
        var database = new SqliteDatabase($"Data Source={Path.Combine(directory, "test.db")};Default Timeout=30");
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        {
            await SqliteSchema.MigrateAsync(connection, TimeProvider.System);
        }
        // Other test classes clear every pool as they finish, and the last connection to a database that closes checkpoints
        // its log: one held open outside the pool keeps this test from seeing their checkpoint as a commit's (it failed
        // once that way, with 229 pages).
        // SQLite opens the file only at a connection's first statement, so the held one reads once: from then on it holds the
        // log's shared lock, and no other connection's close can take the database for itself (it failed now and then without).
        await using var held = new SqliteConnection($"Data Source={Path.Combine(directory, "test.db")};Pooling=False");
        await held.OpenAsync();
        await using (var touch = held.CreateCommand())
        {
            touch.CommandText = "SELECT count(*) FROM sqlite_master";
            await touch.ExecuteScalarAsync();
        }
        using var gate = new SqliteWriteGate(database);
        var store = new SqliteConversationStore(database, TimeProvider.System, gate);
        var checkpointer = new SqliteCheckpointer(database, TimeProvider.System, NullLogger<SqliteCheckpointer>.Instance);
        Assert.NotNull(await checkpointer.CheckpointAsync(CancellationToken.None));

        // About 1,500 pages of 4 KB: past SQLite's automatic checkpoint at 1,000, which would have emptied the log.
        var state = "{\"text\":\"" + new string('x', 6000) + "\"}";
        for (var i = 0; i < 1000; i++)
        {
            var result = await store.CommitAsync(new ConversationCommit($"c{i}", 0, state, ["{\"type\":\"message\"}"]));
            Assert.Equal(CommitOutcome.Committed, result.Outcome);
        }

        var pass = await checkpointer.CheckpointAsync(CancellationToken.None);

        Assert.NotNull(pass);
        Assert.True(pass.Value.LogPages > 1000, $"the log had {pass.Value.LogPages} pages: a commit checkpointed it");
        Assert.Equal(pass.Value.LogPages, pass.Value.CheckpointedPages);
        gate.Dispose();
        SqliteConnection.ClearAllPools();
        var reread = await new SqliteConversationStore(database, TimeProvider.System, new SqliteWriteGate(database)).LoadAsync("c999");
        Assert.Equal(state, reread.StateJson);
    }
}

/// <summary>Every write goes through the gate's one connection: a write that breaks must not leave it broken for the next.</summary>
public sealed class SqliteWriteGateTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "helpdesk-gate-tests", Guid.NewGuid().ToString("N"));

    public SqliteWriteGateTests() => Directory.CreateDirectory(directory);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_write_that_fails_inside_a_transaction_leaves_the_next_write_a_working_connection()
    {
        var database = new SqliteDatabase($"Data Source={Path.Combine(directory, "gate.db")};Default Timeout=30");
        await using (var connection = await database.OpenAsync(CancellationToken.None)) await SqliteSchema.MigrateAsync(connection, TimeProvider.System);
        using var gate = new SqliteWriteGate(database);
        var store = new SqliteConversationStore(database, TimeProvider.System, gate);

        // A transaction begun and never ended, then a fault: the connection it was on is still inside that transaction.
        await Assert.ThrowsAsync<InvalidOperationException>(() => gate.WriteAsync<int>(async writer =>
        {
            await writer.BeginAsync(CancellationToken.None);
            throw new InvalidOperationException("fault");
        }, CancellationToken.None));

        var result = await store.CommitAsync(new ConversationCommit("after-fault", 0, "{}", ["{\"type\":\"message\"}"]));
        Assert.Equal(CommitOutcome.Committed, result.Outcome);
        Assert.Equal(1, (await store.LoadAsync("after-fault")).Version);
    }

    [Fact]
    public async Task The_same_statement_run_again_binds_the_new_values()
    {
        var database = new SqliteDatabase($"Data Source={Path.Combine(directory, "again.db")};Default Timeout=30");
        await using (var connection = await database.OpenAsync(CancellationToken.None)) await SqliteSchema.MigrateAsync(connection, TimeProvider.System);
        using var gate = new SqliteWriteGate(database);
        var store = new SqliteConversationStore(database, TimeProvider.System, gate);

        for (var turn = 0; turn < 3; turn++)
        {
            var result = await store.CommitAsync(new ConversationCommit("again", turn, $"{{\"turn\":{turn}}}", [$"{{\"n\":{turn}}}", $"{{\"n\":{turn}.5}}"]));
            Assert.Equal(CommitOutcome.Committed, result.Outcome);
        }

        Assert.Equal("{\"turn\":2}", (await store.LoadAsync("again")).StateJson);
        Assert.Equal(["{\"n\":0}", "{\"n\":0.5}", "{\"n\":1}", "{\"n\":1.5}", "{\"n\":2}", "{\"n\":2.5}"],
            (await store.ReadActivitiesAsync("again", 0, 10)).Select(a => a.Json));
    }
}
