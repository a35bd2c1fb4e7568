using HelpdeskBot.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace HelpdeskBot.Hosting;

/// <summary>
/// ASP.NET Core's DataProtection key ring, kept in the data directory (<c>dataprotection-keys/</c>, owner-only),
/// so keys survive restarts and instances sharing the directory share them, under one application name. The keys
/// are not encrypted there: on one machine there is no key-encryption key that is not on the same disk (Windows'
/// DPAPI aside), so the folder's permissions are the protection. DataProtection says "No XML encryptor configured"
/// as a warning for every key it makes; that warning is explained once at start at Information and not repeated.
/// </summary>
public static partial class KeyRingExtensions
{
    public const string Folder = "dataprotection-keys";

    public static IHostApplicationBuilder AddHelpdeskKeyRing(this IHostApplicationBuilder builder)
    {
        var directory = new DirectoryInfo(Path.Combine(builder.GetDataDirectory(), Folder));
        directory.Create();
        if (!OperatingSystem.IsWindows()) directory.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        builder.Services.AddDataProtection().SetApplicationName("HelpdeskBot").PersistKeysToFileSystem(directory);
        // The key manager's warning here is the unencrypted-key one explained above; its errors still show.
        builder.Logging.AddFilter(typeof(XmlKeyManager).FullName, LogLevel.Error);
        builder.Services.AddHostedService(sp => new KeyRingNotice(sp.GetRequiredService<ILogger<KeyRingNotice>>(), directory.FullName));
        return builder;
    }

    internal sealed partial class KeyRingNotice(ILogger<KeyRingNotice> logger, string directory) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            LogKeyRing(logger, directory);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Information, Message = "DataProtection keys are kept in {Directory}, readable by this account only and not encrypted at rest: on one machine the folder's permissions are their protection (DataProtection's 'No XML encryptor configured' warning is not shown)")]
        private static partial void LogKeyRing(ILogger logger, string directory);
    }
}
