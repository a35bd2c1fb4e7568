using Microsoft.Data.Sqlite;

namespace HelpdeskBot.Data.Sqlite;

/// <summary>
/// SQLite takes one writer at a time. Waiting for that turn here, in order, is far cheaper than letting
/// concurrent writers collide on the database lock and back off with sleeps (which is what a busy
/// timeout does, and what made tail latency climb under load). Readers never wait: WAL mode.
/// Every write of the process goes through the one <see cref="SqliteWriter"/> the gate holds, so its statements are
/// compiled once, not once a turn (issue 15: compiling them was about 5% of the CPU at ten conversations).
/// </summary>
public sealed class SqliteWriteGate(SqliteDatabase database) : IDisposable, IAsyncDisposable
{
    private const int SqliteConstraint = 19;

    private readonly SemaphoreSlim gate = new(1, 1);
    private SqliteWriter? writer;

    public async Task<T> WriteAsync<T>(Func<SqliteWriter, Task<T>> write, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            writer ??= new SqliteWriter(await database.OpenAsync(cancellationToken));
            try
            {
                return await write(writer);
            }
            catch (Exception e) when (e is not SqliteException { SqliteErrorCode: SqliteConstraint })
            {
                // Whatever broke (a full disk, a file taken away, a cancelled statement), the next write starts on a
                // fresh connection. A constraint is an answer, not a fault: the connection is fine.
                writer.Dispose();
                writer = null;
                throw;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// A write on a connection opened now, not the held one: the health probe asks whether the file as it is on disk takes a
    /// commit (a held connection keeps writing to a file that was deleted or replaced under it). When it does not, the held
    /// connection is given up too, so the next write opens the file anew rather than write where no one will read.
    /// </summary>
    public async Task<T> ProbeAsync<T>(Func<SqliteConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            return await write(connection);
        }
        catch
        {
            writer?.Dispose();
            writer = null;
            throw;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        writer?.Dispose();
        writer = null;
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// The process's one writing connection and its statements, each compiled the first time it runs and kept: a
/// statement is looked up by its text, its parameters are bound anew for each run. Only the holder of the
/// <see cref="SqliteWriteGate"/> uses it, so nothing here is shared between threads. Statements it hands out belong to
/// it: callers run them and never dispose them.
/// </summary>
public sealed class SqliteWriter(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> statements = new(StringComparer.Ordinal);

    public async Task<SqliteTransaction> BeginAsync(CancellationToken cancellationToken) =>
        (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

    /// <summary>The statement for <paramref name="sql"/>, in <paramref name="transaction"/> (null: on its own), with these values bound.</summary>
    public SqliteCommand Statement(string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        if (!statements.TryGetValue(sql, out var command))
        {
            command = SqliteDatabase.Command(connection, sql, parameters);
            statements.Add(sql, command);
        }
        else
        {
            foreach (var (name, value) in parameters) command.Parameters[name].Value = value ?? DBNull.Value;
        }
        command.Transaction = transaction;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in statements.Values) command.Dispose();
        statements.Clear();
        connection.Dispose();
    }
}
