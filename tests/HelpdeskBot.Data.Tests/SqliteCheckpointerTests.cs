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
        var store = new SqliteConversationStore(database, TimeProvider.System, new SqliteWriteGate());
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
        SqliteConnection.ClearAllPools();
        var reread = await new SqliteConversationStore(database, TimeProvider.System, new SqliteWriteGate()).LoadAsync("c999");
        Assert.Equal(state, reread.StateJson);
    }
}
