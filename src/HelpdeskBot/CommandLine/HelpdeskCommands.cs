using HelpdeskBot.Channels.Console;
using HelpdeskBot.Safety;

namespace HelpdeskBot.CommandLine;

/// <summary>
/// The operator's verbs (<c>HelpdeskBot chat|scan</c>): they run on the same services as the web app,
/// without starting the web server.
/// </summary>
public static class HelpdeskCommands
{
    private static readonly string[] Verbs = ["chat", "scan"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args[0].ToLowerInvariant();
        var builder = Host.CreateApplicationBuilder(args[1..]);
        // The commands talk on stdout; the host's chatter would get in the way.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddHelpdesk();
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            return verb switch
            {
                "chat" => await ConsoleChannel.RunAsync(host.Services, Console.In, Console.Out),
                "scan" => await ScanCommand.RunAsync(Console.In, Console.Out),
                _ => 2,
            };
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
