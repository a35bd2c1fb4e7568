using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HelpdeskBot.Data.Sqlite;

/// <summary>
/// Moves the write-ahead log into the database file once a second, in the background. SQLite's own automatic
/// checkpoint runs inside whichever commit takes the log past 1,000 pages: that commit copied and synced some 4 MB
/// while its user waited, about one turn in a hundred, which was the p99 (issue 15: 3.2–3.5 ms at one conversation on
/// the Bot Framework protocol with it, 1.9 ms without). Connections open with it switched off
/// (<see cref="SqliteDatabase.Pragmas"/>). A passive checkpoint waits for no reader or writer, and a commit is durable
/// in the log before it either way: this changes when the file is written, not what survives a crash.
/// </summary>
public sealed partial class SqliteCheckpointer(SqliteDatabase database, TimeProvider clock, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private bool failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await CheckpointAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last connection to close checkpoints what is left.
        }
    }

    /// <summary>One passive checkpoint: the log's pages then, and how many of them are in the database file now.</summary>
    public async Task<(long LogPages, long CheckpointedPages)?> CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = SqliteDatabase.Command(connection, "PRAGMA wal_checkpoint(PASSIVE)");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) return null;
            if (failing) LogRecovered(logger);
            failing = false;
            return (reader.GetInt64(1), reader.GetInt64(2));
        }
        catch (SqliteException e)
        {
            // The log keeps growing until the next one succeeds; commits are not affected. Said once per stretch of failures.
            if (!failing) LogFailed(logger, e.SqliteErrorCode, e.Message);
            failing = true;
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SQLite checkpoint failed (code {Code}: {Message}); the write-ahead log grows until one succeeds.")]
    private static partial void LogFailed(ILogger logger, int code, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "The SQLite checkpoint succeeds again.")]
    private static partial void LogRecovered(ILogger logger);
}
