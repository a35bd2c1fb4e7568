using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace HelpdeskBot.Data.Sqlite;

/// <summary>
/// The SQLite store's connections, for plain SQL (Microsoft.Data.Sqlite, no ORM): measured on this machine, a turn's
/// commit took 2.2 ms through EF Core and 0.3 ms as plain statements, and without EF Core the process keeps 12 MiB less
/// code resident (issue 15). The schema is <see cref="SqliteSchema"/>.
/// </summary>
public sealed class SqliteDatabase(string connectionString)
{
    /// <summary>
    /// Settings SQLite keeps per connection, not in the file: each pooled connection gets them when it opens.
    /// <c>synchronous=NORMAL</c> under WAL still survives a process crash (only a power cut can lose the last
    /// commits) and spares an fsync per commit — most of a turn's time otherwise. <c>wal_autocheckpoint=0</c>: no
    /// commit moves the log into the database file (and syncs it) while its user waits; <see cref="SqliteCheckpointer"/>
    /// does that in the background. <c>secure_delete=ON</c>: what a write frees (an old copy of a row moved or rewritten)
    /// is zeroed, so a message the user took back (it held a password) leaves no copy in the file's free space.
    /// <c>cache_size=-256</c>: each pooled connection keeps 256 KiB of pages, not SQLite's 2 MiB (a turn reads a few rows
    /// by key, and the operating system caches the file anyway): issue 15's memory bar, 2–4 MiB less at 50 conversations.
    /// </summary>
    internal const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint=0; PRAGMA secure_delete=ON; PRAGMA cache_size=-256;";

    /// <summary>The native connections the settings were applied to; a pooled one keeps them (issue 15: a turn opens three).</summary>
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Prepared = [];

    private static readonly object Applied = new();

    /// <summary>A pooled connection with the per-connection settings applied, once per native connection.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        if (connection.Handle is { } handle && Prepared.TryGetValue(handle, out _)) return connection;
        await using var pragmas = Command(connection, Pragmas);
        await pragmas.ExecuteNonQueryAsync(cancellationToken);
        if (connection.Handle is { } applied) Prepared.AddOrUpdate(applied, Applied);
        return connection;
    }

    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
