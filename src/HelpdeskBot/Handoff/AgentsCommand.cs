namespace HelpdeskBot.Handoff;

/// <summary><c>HelpdeskBot agents add NAME --password-stdin</c>: creates an agent account (or sets a new password).</summary>
public static class AgentsCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Length < 2 || args[0] != "add" || !args.Contains("--password-stdin"))
        {
            await error.WriteLineAsync("usage: HelpdeskBot agents add NAME --password-stdin   (the password is read from standard input)");
            return 2;
        }
        var name = args[1];
        var password = (await input.ReadLineAsync())?.TrimEnd('\r', '\n') ?? "";
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
