using System.Security.Cryptography;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Data.Availability;

/// <summary>
/// Ready only while the data directory takes a write: a small file written, flushed to the device and removed,
/// and at least <see cref="StorageOptions.MinFreeBytes"/> left on its file system. The database may still commit
/// into space it already holds when the disk is full; uploads, keys and the mail outbox would not.
/// </summary>
public sealed class DataDirectoryHealthCheck(DataDirectory directory, IOptions<StorageOptions> options) : IHealthCheck
{
    private const int ProbeBytes = 4096;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = Path.Combine(directory.Path, ".ready-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)));
        try
        {
            await using (var file = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, ProbeBytes, FileOptions.Asynchronous))
            {
                await file.WriteAsync(new byte[ProbeBytes], cancellationToken);
                file.Flush(flushToDisk: true);
            }
            var free = new DriveInfo(directory.Path).AvailableFreeSpace;
            var minimum = options.Value.MinFreeBytes;
            return free < minimum
                ? HealthCheckResult.Unhealthy($"The data directory's file system has {free} bytes free, under the {minimum} the app needs.")
                : HealthCheckResult.Healthy("The data directory takes writes.");
        }
        catch (Exception e) when (StorageFailures.CauseOf(e) is { } cause)
        {
            return HealthCheckResult.Unhealthy("The data directory cannot be written: " + cause + ".");
        }
        finally
        {
            try
            {
                File.Delete(probe);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A probe that could not be removed is found by the next one's failure, not hidden by this one.
            }
        }
    }
}
