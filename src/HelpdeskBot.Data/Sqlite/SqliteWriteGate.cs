namespace HelpdeskBot.Data.Sqlite;

/// <summary>
/// SQLite takes one writer at a time. Waiting for that turn here, in order, is far cheaper than letting
/// concurrent writers collide on the database lock and back off with sleeps (which is what a busy
/// timeout does, and what made tail latency climb under load). Readers never wait: WAL mode.
/// </summary>
public sealed class SqliteWriteGate
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            gate.Release();
        }
    }
}
