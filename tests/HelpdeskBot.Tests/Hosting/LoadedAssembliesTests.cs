namespace HelpdeskBot.Tests.Hosting;

/// <summary>
/// Issue 15: what a provider that is not configured would load stays unloaded, and EF Core is gone. Each of these held
/// code resident (0.3 to 12 MiB of mapped images) in a bot on SQLite with nothing else configured, because a method that
/// ran named its types; <c>/proc/PID/maps</c> of the built app, once ready (its warm-up has run interviews through the
/// whole bot by then), says which assemblies were loaded.
/// </summary>
public sealed class LoadedAssembliesTests
{
    private static readonly string[] Unconfigured =
    [
        "Microsoft.EntityFrameworkCore", "Microsoft.Azure.Cosmos", "Azure.Core", "Azure.Identity", "Azure.Storage",
        "Microsoft.Identity.Client", "Microsoft.Azure.SignalR", "MailKit", "OpenTelemetry", "Azure.Monitor",
    ];

    [Fact]
    public async Task A_bot_on_SQLite_with_nothing_else_configured_loads_no_provider_it_does_not_use()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "reads /proc/PID/maps");
        var port = AppProcess.FreePort();
        await using var app = AppProcess.Start(new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Helpdesk__Storage__Provider"] = "Sqlite",
        });
        Assert.True(await app.AnswersAsync($"http://127.0.0.1:{port}/healthz/ready", TimeSpan.FromSeconds(120)), app.Output);

        var loaded = File.ReadLines($"/proc/{app.Id}/maps")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length >= 6 && fields[5].EndsWith(".dll", StringComparison.Ordinal))
            .Select(fields => Path.GetFileNameWithoutExtension(fields[5]))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Microsoft.Data.Sqlite", loaded); // the reading works: the store's own provider is there
        Assert.Empty(loaded.Where(name => Unconfigured.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))).Order());
    }
}
