using Microsoft.Extensions.Logging;

namespace HelpdeskBot.Data.Availability;

/// <summary>
/// Whether the store took its last write. A full disk fails every write until it is freed: the first failure is
/// logged with its cause, the rest are only counted, and the first write that succeeds after them (a user's turn, or
/// the readiness check's probe) says how many there were — one outage, two log lines, whatever the traffic.
/// Reads that succeed in between do not end an outage: a full disk still reads.
/// </summary>
public sealed partial class StorageHealth(ILogger<StorageHealth> logger)
{
    private readonly Lock gate = new();
    private long failuresSinceHealthy;
    private volatile bool degraded;

    public bool IsDegraded => degraded;

    /// <summary>Records a failure and returns the typed exception to throw.</summary>
    public StorageUnavailableException Failed(StorageUnavailableException failure)
    {
        bool first;
        lock (gate)
        {
            first = !degraded;
            degraded = true;
            failuresSinceHealthy++;
        }
        if (first) LogUnavailable(logger, failure.Cause, failure.InnerException ?? failure);
        return failure;
    }

    public void Succeeded()
    {
        if (!degraded) return;
        long failures;
        lock (gate)
        {
            if (!degraded) return;
            degraded = false;
            failures = failuresSinceHealthy;
            failuresSinceHealthy = 0;
        }
        LogRecovered(logger, failures);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage is unavailable: {Cause}. Requests are answered 503 until it recovers.")]
    private static partial void LogUnavailable(ILogger logger, string cause, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage works again, after {Failures} failed operation(s).")]
    private static partial void LogRecovered(ILogger logger, long failures);
}
