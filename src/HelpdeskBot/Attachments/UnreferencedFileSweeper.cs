using HelpdeskBot.Data.Availability;
using HelpdeskBot.Data.Tickets;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Attachments;

/// <summary>
/// Deletes uploads no ticket refers to once they are older than <see cref="AttachmentOptions.UnreferencedGraceHours"/>:
/// evidence of an interview that was abandoned, a file sent where no question asked for one. A file is kept while
/// any ticket of the user who uploaded it lists it (evidence, or added to a ticket later). Files stored before their
/// uploader was recorded are never deleted: nothing can tell whose tickets to look in. Also removes what interrupted
/// writes left behind.
/// </summary>
public sealed partial class UnreferencedFileSweeper(
    IAttachmentStore files, ITicketStore tickets, IOptions<AttachmentOptions> options, TimeProvider clock, ILogger<UnreferencedFileSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(1, options.Value.SweepIntervalMinutes));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is StorageUnavailableException or IOException or UnauthorizedAccessException)
            {
                // Storage trouble is logged where it happens; the next round tries again.
                LogSweepFailed(logger, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass: deletes what is old enough and unreferenced; returns how many files it deleted.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow() - TimeSpan.FromHours(Math.Max(0, options.Value.UnreferencedGraceHours));
        var referenced = new Dictionary<TicketOwner, IReadOnlySet<string>>();
        var stale = new List<StoredFile>();
        await foreach (var file in files.ListAsync(cancellationToken))
        {
            if (file.Owner is null || file.CreatedAt is not { } created || created > cutoff) continue;
            stale.Add(file);
        }
        var deleted = 0;
        foreach (var file in stale)
        {
            var owner = file.Owner!;
            if (!referenced.TryGetValue(owner, out var ids)) referenced[owner] = ids = await tickets.AttachmentIdsAsync(owner, cancellationToken);
            if (ids.Contains(file.Id)) continue;
            if (await files.DeleteAsync(file.Id, cancellationToken)) deleted++;
        }
        var incomplete = await files.RemoveIncompleteAsync(cutoff, cancellationToken);
        if (deleted > 0 || incomplete > 0) LogSwept(logger, deleted, incomplete);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Deleted} upload(s) no ticket refers to, and {Incomplete} incomplete write(s).")]
    private static partial void LogSwept(ILogger logger, int deleted, int incomplete);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sweep for unreferenced uploads failed ({Error}); it runs again at the next interval.")]
    private static partial void LogSweepFailed(ILogger logger, string error);
}
