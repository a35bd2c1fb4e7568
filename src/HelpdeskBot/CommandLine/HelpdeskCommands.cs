using HelpdeskBot.Categorization;
using HelpdeskBot.Channels.Console;
using HelpdeskBot.Handoff;
using HelpdeskBot.Hosting;
using HelpdeskBot.Safety;

namespace HelpdeskBot.CommandLine;

/// <summary>What the command line asks for: the web server, a verb, help, or a word that is no verb.</summary>
public enum CommandLineRequest
{
    WebServer,
    Verb,
    Help,
    UnknownVerb,
}

/// <summary>
/// The operator's verbs (<c>HelpdeskBot chat | scan | categorize | train | agents add NAME --password-stdin</c>): they run
/// on the same services as the web app, without starting the web server. With no verb — nothing, or only settings
/// such as <c>--urls …</c> or <c>--Helpdesk:Storage:Provider=Cosmos</c> — the web server starts. A first word that is
/// no verb and no setting is a mistake: it is reported and the process exits 2, instead of starting a server.
/// </summary>
public static class HelpdeskCommands
{
    public const int UsageError = 2;

    /// <summary>A verb: its name, what it does, and how it is called (its help).</summary>
    public sealed record Verb(string Name, string Summary, string Usage);

    public static IReadOnlyList<Verb> Verbs { get; } =
    [
        new("chat", "Talk to the bot in this terminal, as a user on the website would.",
            "HelpdeskBot chat\n  Type messages; each answer is printed. Ctrl+D ends the conversation."),
        new("scan", "Run the guard on messages, one per line; print what it finds as JSON lines.",
            "HelpdeskBot scan [--conversation]\n  Reads standard input, one message per line; prints {\"kinds\":[…],\"redacted\":\"…\"} per line.\n  --conversation   the lines are one user's consecutive messages (a secret split over two lines is found)\n"
            + "HelpdeskBot scan --evaluate FILE… [--problems]\n  Scores the guard on labelled corpora; --problems lists every miss and false positive."),
        new("categorize", "Categorise problem texts, one per line; print category, confidence and priority as JSON lines.",
            "HelpdeskBot categorize\n  Reads standard input, one problem text per line; prints {\"category\":…,\"confidence\":…,\"priority\":…} per line."),
        new("train", "Retrain the local category model from its training file and report its accuracy.",
            "HelpdeskBot train"),
        new("agents", "Manage agent console accounts.",
            "HelpdeskBot agents add NAME --password-stdin\n  Creates the agent NAME, or sets a new password. The password is read from standard input:\n  typed at a terminal it is not echoed; or piped: printf '%s\\n' \"$PASSWORD\" | HelpdeskBot agents add NAME --password-stdin"),
    ];

    private static readonly string[] HelpFlags = ["--help", "-h", "-?", "help"];

    /// <summary>What <paramref name="args"/> asks for. Settings (<c>--key value</c>, <c>key=value</c>, <c>/key value</c>) are not verbs.</summary>
    public static CommandLineRequest Classify(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0) return CommandLineRequest.WebServer;
        var first = args[0];
        if (HelpFlags.Contains(first, StringComparer.OrdinalIgnoreCase)) return CommandLineRequest.Help;
        if (first.StartsWith('-') || first.StartsWith('/') || first.Contains('=', StringComparison.Ordinal)) return CommandLineRequest.WebServer;
        return Find(first) is null ? CommandLineRequest.UnknownVerb : CommandLineRequest.Verb;
    }

    /// <summary>True when <paramref name="args"/> is for the command line (a verb, help, or a mistake), not the web server.</summary>
    public static bool IsCommand(string[] args) => Classify(args) != CommandLineRequest.WebServer;

    public static Task<int> RunAsync(string[] args) => RunAsync(args, CommandConsole.System());

    public static async Task<int> RunAsync(string[] args, CommandConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        switch (Classify(args))
        {
            case CommandLineRequest.Help:
                await console.Out.WriteAsync(Help());
                return 0;
            case CommandLineRequest.UnknownVerb:
                await console.Error.WriteLineAsync($"HelpdeskBot: '{args[0]}' is not a command. Commands: {string.Join(", ", Verbs.Select(v => v.Name))}. See 'HelpdeskBot --help'.");
                return UsageError;
            case CommandLineRequest.WebServer:
                await console.Error.WriteLineAsync("HelpdeskBot: no command given. See 'HelpdeskBot --help'.");
                return UsageError;
        }

        var verb = Find(args[0])!;
        var rest = args[1..];
        if (rest.Any(a => a is "--help" or "-h" or "-?"))
        {
            await console.Out.WriteLineAsync($"{verb.Summary}\n\nUsage:\n  {verb.Usage.Replace("\n", "\n  ", StringComparison.Ordinal)}\n\nSettings go after the verb as --Key=Value (for example --Helpdesk:DataDirectory=/srv/helpdesk).");
            return 0;
        }

        if (verb.Name is "scan" or "categorize" && console.InputIsTerminal && !rest.Contains("--evaluate"))
        {
            await console.Error.WriteLineAsync($"Reading from standard input, one {(verb.Name == "scan" ? "message" : "problem text")} per line; end with Ctrl+D (Ctrl+Z, Enter on Windows). Pipe a file in to read it instead.");
        }

        var configuration = rest.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = configuration, ContentRootPath = ContentRoot.ForThisProcess(configuration) });
        // The commands talk on stdout (JSON lines for scan and categorize): logs go to stderr, warnings only.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (!configuration.Any(a => a.StartsWith("--Logging:", StringComparison.OrdinalIgnoreCase)))
        {
            // appsettings.json's levels are the server's: its Information would put the host's start lines on stderr.
            builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", nameof(LogLevel.Warning))]);
        }

        builder.AddHelpdesk();
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            return verb.Name switch
            {
                "chat" => await ConsoleChannel.RunAsync(host.Services, console.In, console.Out),
                "scan" => await ScanCommand.RunAsync(rest, console.In, console.Out),
                "categorize" => await CategorizeCommand.RunAsync(host.Services, console.In, console.Out),
                "train" => await TrainCommand.RunAsync(host.Services, console.Out),
                "agents" => await AgentsCommand.RunAsync(host.Services, rest, console),
                _ => UsageError,
            };
        }
        finally
        {
            await host.StopAsync();
        }
    }

    public static string Help() =>
        "HelpdeskBot: a helpdesk intake chatbot.\n\n"
        + "Usage:\n  HelpdeskBot [--urls URL] [--Key=Value…]   start the web server (the default)\n  HelpdeskBot COMMAND [options]             run a command without the web server\n\nCommands:\n"
        + string.Concat(Verbs.Select(v => $"  {v.Name,-12}{v.Summary}\n"))
        + "\n'HelpdeskBot COMMAND --help' shows a command's options. An unknown command exits with code 2.\n";

    private static Verb? Find(string name) => Verbs.FirstOrDefault(v => v.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
