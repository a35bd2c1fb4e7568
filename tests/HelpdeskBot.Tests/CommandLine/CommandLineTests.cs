using System.Diagnostics;
using System.Text;
using HelpdeskBot.CommandLine;
using HelpdeskBot.Tests.Hosting;
using HelpdeskBot.Tests.Infrastructure;
using Moq;

namespace HelpdeskBot.Tests.CommandLine;

/// <summary>
/// The operator's command line (issue 16): <c>--help</c> lists the verbs, an unknown verb is an error (exit 2) rather
/// than a web server, <c>scan</c>/<c>categorize</c> say they are reading a terminal, and a password typed at a terminal
/// is not echoed.
/// </summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new string[0], CommandLineRequest.WebServer)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5303" }, CommandLineRequest.WebServer)]
    [InlineData(new[] { "--Helpdesk:Storage:Provider=Cosmos" }, CommandLineRequest.WebServer)]
    [InlineData(new[] { "Helpdesk:DataDirectory=/srv/helpdesk" }, CommandLineRequest.WebServer)]
    [InlineData(new[] { "--help" }, CommandLineRequest.Help)]
    [InlineData(new[] { "-h" }, CommandLineRequest.Help)]
    [InlineData(new[] { "scan" }, CommandLineRequest.Verb)]
    [InlineData(new[] { "Categorize" }, CommandLineRequest.Verb)]
    [InlineData(new[] { "agents", "add", "ana", "--password-stdin" }, CommandLineRequest.Verb)]
    [InlineData(new[] { "scna" }, CommandLineRequest.UnknownVerb)]
    [InlineData(new[] { "serve" }, CommandLineRequest.UnknownVerb)]
    public void The_first_word_decides(string[] args, CommandLineRequest expected) =>
        Assert.Equal(expected, HelpdeskCommands.Classify(args));

    [Fact]
    public async Task Help_lists_every_verb_and_exits_0()
    {
        await using var app = AppProcess.Start(new Dictionary<string, string?>(), "--help");
        Assert.Equal(0, await app.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        foreach (var verb in new[] { "chat", "scan", "categorize", "train", "agents" }) Assert.Contains($"  {verb} ", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_verb_prints_an_error_and_exits_2_without_starting_the_web_server()
    {
        var port = AppProcess.FreePort();
        await using var app = AppProcess.Start(new Dictionary<string, string?> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" }, "scna");
        Assert.Equal(2, await app.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("'scna' is not a command", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", app.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scan", "--conversation")]
    [InlineData("agents", "--password-stdin")]
    [InlineData("categorize", "one problem text per line")]
    public async Task Every_verb_has_help(string verb, string expected)
    {
        var output = new StringWriter();
        var exit = await HelpdeskCommands.RunAsync([verb, "--help"], Console(output, new StringWriter(), terminal: false));
        Assert.Equal(0, exit);
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Scan_says_it_is_reading_a_terminal_only_when_it_is(bool terminal)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = Console(output, error, terminal) with { In = new StringReader("my pin is 123456\n") };
        Assert.Equal(0, await HelpdeskCommands.RunAsync(["scan", $"--Helpdesk:DataDirectory={HelpdeskApp.NewDataDirectory()}"], console));
        Assert.Equal(terminal, error.ToString().Contains("Reading from standard input", StringComparison.Ordinal));
        Assert.Contains("\"kinds\"", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Reading from standard input", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Categorize_says_it_is_reading_a_terminal()
    {
        var error = new StringWriter();
        var console = Console(new StringWriter(), error, terminal: true) with { In = new StringReader("") };
        Assert.Equal(0, await HelpdeskCommands.RunAsync(["categorize", .. Settings()], console));
        Assert.Contains("one problem text per line", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agents_add_at_a_terminal_reads_the_password_hidden_and_never_writes_it()
    {
        const string password = "Corr3ct-Horse-Battery";
        var output = new StringWriter();
        var error = new StringWriter();
        var hiddenReads = 0;
        // Standard input must not be touched at a terminal (the password would echo): a strict mock fails any call.
        var input = new Mock<TextReader>(MockBehavior.Strict);
        var console = new CommandConsole(input.Object, output, error, InputIsTerminal: true, ReadHidden: () => { hiddenReads++; return password; });
        Assert.Equal(0, await HelpdeskCommands.RunAsync(["agents", "add", "ana", "--password-stdin", .. Settings()], console));
        Assert.Equal(1, hiddenReads);
        Assert.Contains("Password for ana:", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(password, output.ToString() + error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A real terminal: the built app under <c>script</c> (a pseudo-terminal); what is typed must not come back.</summary>
    [Fact]
    public async Task A_password_typed_at_a_real_terminal_is_not_echoed()
    {
        if (!File.Exists("/usr/bin/script")) return; // util-linux; present wherever the README's test command runs
        const string password = "Typed-At-The-Terminal-42";
        var command = $"dotnet '{Path.Combine(AppProcess.AppOutput, "HelpdeskBot.dll")}' agents add ana --password-stdin --Helpdesk:DataDirectory={HelpdeskApp.NewDataDirectory()} --Helpdesk:Categorization:ModelCacheDirectory={Path.Combine(Path.GetTempPath(), "helpdesk-tests", "model-cache")}";
        var start = new ProcessStartInfo("/usr/bin/script") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = AppProcess.AppOutput };
        foreach (var arg in new[] { "-qfec", command, "/dev/null" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var seen = new StringBuilder();
        var reading = Task.Run(async () =>
        {
            var buffer = new char[256];
            int n;
            while ((n = await process.StandardOutput.ReadAsync(buffer)) > 0) lock (seen) seen.Append(buffer, 0, n);
        });
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!Seen().Contains("Password for ana:", StringComparison.Ordinal) && DateTime.UtcNow < deadline && !process.HasExited) await Task.Delay(100);
        Assert.Contains("Password for ana:", Seen(), StringComparison.Ordinal);
        await Task.Delay(300);
        await process.StandardInput.WriteAsync(password + "\r");
        await process.StandardInput.FlushAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(cancel.Token);
        await reading;
        Assert.Contains("Agent 'ana' can now sign in", Seen(), StringComparison.Ordinal);
        Assert.DoesNotContain(password, Seen(), StringComparison.Ordinal);
        Assert.Equal(0, process.ExitCode);

        string Seen() { lock (seen) return seen.ToString(); }
    }

    private static string[] Settings() =>
    [
        $"--Helpdesk:DataDirectory={HelpdeskApp.NewDataDirectory()}",
        $"--Helpdesk:Categorization:ModelCacheDirectory={Path.Combine(Path.GetTempPath(), "helpdesk-tests", "model-cache")}",
    ];

    private static CommandConsole Console(TextWriter output, TextWriter error, bool terminal) =>
        new(new StringReader(""), output, error, terminal, ReadHidden: () => throw new InvalidOperationException("no terminal here"));
}
