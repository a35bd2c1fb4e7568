using HelpdeskBot.Hosting;
using HelpdeskBot.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace HelpdeskBot.Tests.Hosting;

public sealed class KeyRingTests
{
    [Fact]
    public void Keys_live_in_the_data_directory_survive_a_restart_and_the_unencrypted_warning_is_explained_once()
    {
        var directory = HelpdeskApp.NewDataDirectory();
        var logs = new FakeLogCollector();
        string protectedText;
        using (var app = new HelpdeskApp(dataDirectory: directory, services: s => s.AddLogging(b => b.AddProvider(new FakeLoggerProvider(logs)))))
        {
            protectedText = app.Get<IDataProtectionProvider>().CreateProtector("test").Protect("kept across restarts");
        }
        var keys = Path.Combine(directory, KeyRingExtensions.Folder);
        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));

        // A second run of the same installation reads what the first protected.
        using (var again = new HelpdeskApp(dataDirectory: directory))
        {
            Assert.Equal("kept across restarts", again.Get<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText));
        }

        var records = logs.GetSnapshot();
        Assert.DoesNotContain(records, r => r.Level >= LogLevel.Warning && r.Message.Contains("encryptor", StringComparison.OrdinalIgnoreCase));
        Assert.Single(records, r => r.Level == LogLevel.Information && r.Message.Contains("DataProtection keys are kept in", StringComparison.Ordinal));
        Directory.Delete(directory, recursive: true);
    }
}
