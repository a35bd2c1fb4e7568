using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace HelpdeskBot.Data.Tests;

/// <summary>
/// The plain-SQL schema steps that replaced the EF Core migrations: a new database gets the schema those migrations
/// made, and a database they made (from <c>Fixtures/ef-migrations.sql</c>, their own SQL) is taken over with every row.
/// </summary>
public sealed class SqliteSchemaTests : IDisposable
{
    private static readonly string[] Tables =
        ["Conversations", "ConversationActivities", "ProcessedActivities", "Tickets", "Agents", "Escalations", "HealthProbes", "Outbox"];

    private readonly string directory = Path.Combine(Path.GetTempPath(), "helpdesk-schema-tests", Guid.NewGuid().ToString("N"));

    public SqliteSchemaTests() => Directory.CreateDirectory(directory);

    private readonly List<SqliteConnection> open = [];

    public void Dispose()
    {
        foreach (var connection in open) connection.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_new_database_gets_the_schema_the_EF_migrations_made()
    {
        var ef = await OpenAsync("ef.db");
        await ExecuteAsync(ef, EfScript(migrations: 4));
        var fresh = await OpenAsync("fresh.db");

        var ran = await SqliteSchema.MigrateAsync(fresh, TimeProvider.System);

        Assert.Equal([1, 2, 3, 4], ran);
        var expected = await SchemaAsync(ef);
        Assert.Equal(22, expected.Count); // 8 tables, 6 indexes, 8 primary-key indexes: not two empty lists alike
        Assert.Equal(expected, await SchemaAsync(fresh));
        Assert.Equal("wal", await ScalarAsync(fresh, "PRAGMA journal_mode"));
        Assert.Equal(4L, await ScalarAsync(fresh, """SELECT count(*) FROM "SchemaHistory" WHERE "How" = 'applied'"""));
    }

    [Fact]
    public async Task A_database_the_EF_migrations_made_is_taken_over_with_every_row()
    {
        var db = await OpenAsync("ef.db");
        await ExecuteAsync(db, EfScript(migrations: 4));
        await ExecuteAsync(db, """INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-12-05 10:00:00')""");
        await InsertRowsAsync(db, tables: Tables.Length);
        var schemaBefore = await SchemaAsync(db);
        var rowsBefore = await RowsAsync(db);

        var ran = await SqliteSchema.MigrateAsync(db, TimeProvider.System);

        Assert.Empty(ran);
        Assert.Equal(schemaBefore, await SchemaAsync(db));
        Assert.Equal(rowsBefore, await RowsAsync(db));
        Assert.Equal(
            ["1 Initial EF Core migration 20261129160447_Initial", "2 Handoff EF Core migration 20261129164008_Handoff",
             "3 HealthProbes EF Core migration 20261204165359_HealthProbes", "4 Outbox EF Core migration 20261205101415_Outbox"],
            await ColumnAsync(db, """SELECT "Step" || ' ' || "Name" || ' ' || "How" FROM "SchemaHistory" ORDER BY "Step" """));

        // The stores read and write it as before.
        var database = Database("ef.db");
        using var gate = new SqliteWriteGate(database);
        var store = new SqliteConversationStore(database, TimeProvider.System, gate);
        var loaded = await store.LoadAsync("conv-1");
        Assert.Equal((1L, """{"stack":[]}"""), (loaded.Version, loaded.StateJson));
        var commit = await store.CommitAsync(new ConversationCommit("conv-1", 1, """{"stack":[1]}""", [], null, null));
        Assert.Equal(CommitOutcome.Committed, commit.Outcome);
    }

    [Fact]
    public async Task A_database_from_before_the_last_EF_migrations_gets_only_the_steps_it_lacks()
    {
        var db = await OpenAsync("old.db");
        await ExecuteAsync(db, EfScript(migrations: 2));
        await InsertRowsAsync(db, tables: 6);
        var rowsBefore = await RowsAsync(db, tables: 6);
        var fresh = await OpenAsync("fresh.db");
        await SqliteSchema.MigrateAsync(fresh, TimeProvider.System);

        var ran = await SqliteSchema.MigrateAsync(db, TimeProvider.System);

        Assert.Equal([3, 4], ran);
        Assert.Equal(await SchemaAsync(fresh), await SchemaAsync(db));
        Assert.Equal(rowsBefore, await RowsAsync(db, tables: 6));
    }

    [Fact]
    public async Task Instances_starting_together_apply_each_step_once_and_a_restart_applies_none()
    {
        var first = await OpenAsync("shared.db");
        var second = await OpenAsync("shared.db");

        var both = await Task.WhenAll(SqliteSchema.MigrateAsync(first, TimeProvider.System), SqliteSchema.MigrateAsync(second, TimeProvider.System));

        Assert.Equal([1, 2, 3, 4], both.SelectMany(ran => ran).Order());
        Assert.Empty(await SqliteSchema.MigrateAsync(first, TimeProvider.System));
        Assert.Equal(4L, await ScalarAsync(first, """SELECT count(*) FROM "SchemaHistory" """));
    }

    [Theory]
    [InlineData("2026-12-06T09:15:49.1234567+00:00", 1309330336750047232L, "2026-12-06T09:15:49.1234000+00:00")]
    [InlineData("2026-11-29T23:00:00.0000000+07:00", 1309318963200000420L, "2026-11-29T23:00:00.0000000+07:00")]
    [InlineData("2000-01-01T00:00:00.0000000-05:30", 1291925127168001718L, "2000-01-01T00:00:00.0000000-05:30")]
    [InlineData("1970-01-01T00:00:00.0000000+00:00", 1272537022464000000L, "1970-01-01T00:00:00.0000000+00:00")]
    public void Times_are_stored_as_EF_Core_stored_them(string time, long stored, string readBack)
    {
        // The integers are what EF Core 10's DateTimeOffsetToBinaryConverter made of these times (rows already stored).
        Assert.Equal(stored, SqliteTimestamp.ToInteger(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(readBack, SqliteTimestamp.FromInteger(stored).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The fixture's SQL up to and including its <paramref name="migrations"/>-th migration, then EF's lock table.</summary>
    private static string EfScript(int migrations)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ef-migrations.sql"));
        var added = text.IndexOf("-- Added", StringComparison.Ordinal);
        var parts = text[..added].Split("BEGIN TRANSACTION;");
        Assert.Equal(5, parts.Length);
        return parts[0] + string.Concat(parts[1..(migrations + 1)].Select(p => "BEGIN TRANSACTION;" + p)) + text[added..];
    }

    /// <summary>One row in each of the first <paramref name="tables"/> tables, as the stores write them.</summary>
    private static async Task InsertRowsAsync(SqliteConnection db, int tables)
    {
        string[] rows =
        [
            """INSERT INTO Conversations (Id, StateJson, Version, LastSequence, UpdatedAt) VALUES ('conv-1', '{"stack":[]}', 1, 2, 1309330336750047232)""",
            """INSERT INTO ConversationActivities (ConversationId, Sequence, Json) VALUES ('conv-1', 1, '{"type":"message","text":"hi"}')""",
            """INSERT INTO ProcessedActivities (ConversationId, Key, ResultId) VALUES ('conv-1', 'act-1', '2')""",
            """INSERT INTO Tickets (Number, IntakeId, OwnerKey, Status, Category, Priority, CreatedAt, Version, Json) VALUES ('HD-7KQ2M9X', 'intake-1', 'directline:u1', 'New', 'login', 'Normal', 1309318963200000420, 1, '{"number":"HD-7KQ2M9X"}')""",
            """INSERT INTO Agents (Id, Kind, CreatedAt, Version, Json) VALUES ('rina', 'agent', 1291925127168001718, 3, '{"name":"Rina"}')""",
            """INSERT INTO Escalations (Id, Kind, CreatedAt, Version, Json) VALUES ('esc-1', 'Requested', 1309330336750047232, 1, '{"id":"esc-1"}')""",
            """INSERT INTO HealthProbes (Id, At) VALUES ('commit', 1764000000000)""",
            """INSERT INTO Outbox (Id, Kind, Partition, State, DueAt, Attempts, LeaseOwner, CreatedAt, SentAt, LastError, Version, Payload, Origin) VALUES ('out-1', 'email', 'p', 'Pending', 1764000000000, 0, NULL, 1764000000000, NULL, NULL, 1, '{}', 'Ticket')""",
        ];
        foreach (var row in rows[..tables]) await ExecuteAsync(db, row);
    }

    private static async Task<List<string>> SchemaAsync(SqliteConnection db) => await ColumnAsync(db,
        """
        SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || coalesce(sql, '') FROM sqlite_master
        WHERE tbl_name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock', 'SchemaHistory') ORDER BY name
        """);

    /// <summary>Every row of the first <paramref name="tables"/> tables, as text.</summary>
    private static async Task<List<string>> RowsAsync(SqliteConnection db, int tables = 8)
    {
        var all = new List<string>();
        foreach (var table in Tables[..tables])
        {
            await using var command = SqliteDatabase.Command(db, $"SELECT * FROM {table} ORDER BY 1, 2");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                all.Add(table + ": " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).ToString())));
            }
        }
        return all;
    }

    private SqliteDatabase Database(string file) => new($"Data Source={Path.Combine(directory, file)};Default Timeout=30");

    private async Task<SqliteConnection> OpenAsync(string file)
    {
        var connection = await Database(file).OpenAsync(CancellationToken.None);
        open.Add(connection);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection db, string sql)
    {
        await using var command = SqliteDatabase.Command(db, sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection db, string sql)
    {
        await using var command = SqliteDatabase.Command(db, sql);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<List<string>> ColumnAsync(SqliteConnection db, string sql)
    {
        await using var command = SqliteDatabase.Command(db, sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
