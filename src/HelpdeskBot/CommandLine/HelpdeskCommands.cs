using HelpdeskBot.Categorization;
using HelpdeskBot.Channels.Console;
using HelpdeskBot.Handoff;
using HelpdeskBot.Safety;

namespace HelpdeskBot.CommandLine;

/// <summary>
/// The operator's verbs (<c>HelpdeskBot chat | scan | categorize | train | agents add NAME --password-stdin</c>): they run on the same services as the web app,
/// without starting the web server.
/// </summary>
public static class HelpdeskCommands
{
    private static readonly string[] Verbs = ["chat", "scan", "categorize", "train", "agents"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args[0].ToLowerInvariant();
        var rest = args[1..];
        var configuration = rest.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray();
        var builder = Host.CreateApplicationBuilder(configuration);
        // The commands talk on stdout (JSON lines for scan and categorize): logs go to stderr, warnings only.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddHelpdesk();
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            return verb switch
            {
                "chat" => await ConsoleChannel.RunAsync(host.Services, Console.In, Console.Out),
                "scan" => await ScanCommand.RunAsync(rest, Console.In, Console.Out),
                "categorize" => await CategorizeCommand.RunAsync(host.Services, Console.In, Console.Out),
                "train" => await TrainCommand.RunAsync(host.Services, Console.Out),
                "agents" => await AgentsCommand.RunAsync(host.Services, rest, Console.In, Console.Out, Console.Error),
                _ => 2,
            };
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
