using HelpdeskBot.Data.Availability;
using HelpdeskBot.Data.Outbox;
using HelpdeskBot.Telemetry;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Outbox;

/// <summary>
/// Sends what the stores committed to the outbox, outside every turn: leases due entries, hands each to the sender
/// of its kind, and records the outcome — sent, due again after an exponential backoff, or abandoned after
/// <see cref="OutboxOptions.MaxAttempts"/>. At least once: an entry whose outcome could not be recorded (this
/// process died, the store was down) is sent again when its lease runs out, under the same idempotency key.
/// </summary>
public sealed partial class OutboxWorker(
    IOutboxStore store,
    OutboxSignal signal,
    IEnumerable<IOutboxSender> senders,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, IOutboxSender> byKind = senders.ToDictionary(s => s.Kind, StringComparer.Ordinal);

    /// <summary>Who holds a lease: this process, distinguishable from another on the same machine.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>How often sent entries past their retention are looked for (and up to how many go at once).</summary>
    public static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);
    public const int PurgeBatch = 500;

    private DateTimeOffset nextPurge = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before looking, so an entry committed while this round runs wakes the next one.
            var woken = signal.NextAsync();
            var wait = TimeSpan.FromSeconds(o.PollSeconds);
            try
            {
                var now = clock.GetUtcNow();
                var leased = await store.LeaseDueAsync(InstanceId, now, TimeSpan.FromSeconds(o.LeaseSeconds), o.BatchSize, stoppingToken);
                DateTimeOffset? soonest = null;
                foreach (var entry in leased)
                {
                    var next = await SendAsync(entry, stoppingToken);
                    if (next is { } due && (soonest is null || due < soonest)) soonest = due;
                }
                await PurgeSentAsync(now, stoppingToken);
                if (leased.Count == o.BatchSize) continue;
                if (soonest is { } retry) wait = Clamp(retry - clock.GetUtcNow(), wait);
            }
            catch (StorageUnavailableException e)
            {
                LogStoreDown(logger, e.Cause);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            try
            {
                await Task.WhenAny(woken, Task.Delay(wait, clock, stoppingToken));
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (stoppingToken.IsCancellationRequested) return;
        }
    }

    /// <summary>
    /// Deletes sent entries older than <see cref="OutboxOptions.SentRetentionHours"/>, at most once per
    /// <see cref="PurgeEvery"/> (every instance does it; deleting what another already deleted is no harm).
    /// </summary>
    public async Task<int> PurgeSentAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now < nextPurge) return 0;
        nextPurge = now + PurgeEvery;
        var before = now - TimeSpan.FromHours(options.Value.SentRetentionHours);
        var total = 0;
        int deleted;
        do
        {
            deleted = await store.DeleteSentAsync(before, PurgeBatch, cancellationToken);
            total += deleted;
        }
        while (deleted == PurgeBatch && !cancellationToken.IsCancellationRequested);
        if (total > 0) LogPurged(logger, total, before);
        return total;
    }

    /// <summary>Sends one leased entry and records the outcome; returns when it is due again, if it is.</summary>
    private async Task<DateTimeOffset?> SendAsync(OutboxEntry entry, CancellationToken stoppingToken)
    {
        var o = options.Value;
        OutboxSendResult result;
        if (!byKind.TryGetValue(entry.Kind, out var sender))
        {
            result = new OutboxSendResult(OutboxSendOutcome.GiveUp, "no sender for kind " + entry.Kind);
        }
        else
        {
            try
            {
                result = await sender.SendAsync(entry, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Shutting down mid-send: give the entry back now rather than at the lease's end.
                await RecordAsync(entry with { DueAt = clock.GetUtcNow(), LastError = "shutdown" }, "retry");
                throw;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                result = new OutboxSendResult(OutboxSendOutcome.RetryLater, e.GetType().Name);
            }
        }

        var now = clock.GetUtcNow();
        switch (result.Outcome)
        {
            case OutboxSendOutcome.Sent:
                if (await RecordAsync(entry with { State = OutboxState.Sent, SentAt = now, LastError = null }, "sent"))
                {
                    HelpdeskTelemetry.OutboxSent(entry.Kind, now - entry.CreatedAt);
                    LogSent(logger, entry.Kind, entry.Id, entry.Attempts);
                }
                return null;
            case OutboxSendOutcome.RetryLater when entry.Attempts < o.MaxAttempts:
                var due = now + Backoff(entry.Attempts, o);
                if (await RecordAsync(entry with { DueAt = due, LastError = result.Error }, "retry"))
                {
                    LogRetry(logger, entry.Kind, entry.Id, entry.Attempts, result.Error, due);
                }
                return due;
            default:
                if (await RecordAsync(entry with { State = OutboxState.Abandoned, LastError = result.Error }, "abandoned"))
                {
                    LogAbandoned(logger, entry.Kind, entry.Id, entry.Attempts, result.Error);
                }
                return null;
        }
    }

    /// <summary>Saves the outcome under this instance's lease; false (and counted) when the lease was lost or the store is down.</summary>
    private async Task<bool> RecordAsync(OutboxEntry entry, string outcome)
    {
        try
        {
            // Not cancelled by shutdown: what was sent must be marked so, or it goes out again.
            if (await store.UpdateAsync(entry, CancellationToken.None))
            {
                HelpdeskTelemetry.OutboxAttempt(entry.Kind, outcome);
                return true;
            }
            HelpdeskTelemetry.OutboxAttempt(entry.Kind, "leaseLost");
            LogLeaseLost(logger, entry.Kind, entry.Id);
        }
        catch (StorageUnavailableException e)
        {
            HelpdeskTelemetry.OutboxAttempt(entry.Kind, "unrecorded");
            LogUnrecorded(logger, entry.Kind, entry.Id, outcome, e.Cause);
        }
        return false;
    }

    /// <summary>Exponential: the first retry after <see cref="OutboxOptions.FirstRetrySeconds"/>, doubling, capped; up to a tenth less, so instances spread out.</summary>
    public static TimeSpan Backoff(int attempts, OutboxOptions options)
    {
        var seconds = Math.Min(options.MaxRetrySeconds, options.FirstRetrySeconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30)));
        return TimeSpan.FromSeconds(seconds * (1 - Random.Shared.NextDouble() * 0.1));
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan max) => value < TimeSpan.Zero ? TimeSpan.Zero : value > max ? max : value;

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Kind} {EntryId} sent (attempt {Attempt}).")]
    private static partial void LogSent(ILogger logger, string kind, string entryId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Kind} {EntryId} not sent on attempt {Attempt} ({Error}); trying again at {DueAt:O}.")]
    private static partial void LogRetry(ILogger logger, string kind, string entryId, int attempt, string? error, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox {Kind} {EntryId} abandoned after {Attempts} attempts ({Error}).")]
    private static partial void LogAbandoned(ILogger logger, string kind, string entryId, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Kind} {EntryId}: its lease ran out and another instance took it over; its outcome here is not recorded.")]
    private static partial void LogLeaseLost(ILogger logger, string kind, string entryId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Kind} {EntryId}: outcome '{Outcome}' could not be recorded ({Cause}); it is tried again when its lease runs out.")]
    private static partial void LogUnrecorded(ILogger logger, string kind, string entryId, string outcome, string cause);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} outbox entries sent before {Before:O} (past their retention).")]
    private static partial void LogPurged(ILogger logger, int count, DateTimeOffset before);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox could not be read ({Cause}); looking again at the next poll.")]
    private static partial void LogStoreDown(ILogger logger, string cause);
}
