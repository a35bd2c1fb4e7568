using HelpdeskBot.CommandLine;

namespace HelpdeskBot.Handoff;

/// <summary><c>HelpdeskBot agents add NAME --password-stdin</c>: creates an agent account (or sets a new password).</summary>
public static class AgentsCommand
{
    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error) =>
        RunAsync(services, args, new CommandConsole(input, output, error, InputIsTerminal: false, ReadHidden: () => ""));

    /// <summary>
    /// At a terminal the password is prompted for on stderr and read without echo; piped, it is the first line of
    /// standard input.
    /// </summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CommandConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var (output, error) = (console.Out, console.Error);
        if (args.Length < 2 || args[0] != "add" || !args.Contains("--password-stdin"))
        {
            await error.WriteLineAsync("usage: HelpdeskBot agents add NAME --password-stdin   (the password is read from standard input)");
            return 2;
        }
        var name = args[1];
        string password;
        if (console.InputIsTerminal)
        {
            await error.WriteAsync($"Password for {name}: ");
            await error.FlushAsync();
            password = console.ReadHidden();
        }
        else
        {
            password = (await console.In.ReadLineAsync())?.TrimEnd('\r', '\n') ?? "";
        }
        try
        {
            await services.GetRequiredService<AgentAuth>().SetPasswordAsync(name, password);
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
        await output.WriteLineAsync($"Agent '{name}' can now sign in at /agent.");
        return 0;
    }
}
