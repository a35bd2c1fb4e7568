namespace HelpdeskBot.CommandLine;

/// <summary>
/// Where a verb reads and writes, and whether its input is a person at a terminal (then <c>scan</c> and
/// <c>categorize</c> say they are waiting for lines, and a password is read without echo).
/// </summary>
public sealed record CommandConsole(TextReader In, TextWriter Out, TextWriter Error, bool InputIsTerminal, Func<string> ReadHidden)
{
    /// <summary>The process's own console.</summary>
    public static CommandConsole System() =>
        new(Console.In, Console.Out, Console.Error, InputIsTerminal: !Console.IsInputRedirected, ReadHidden: ReadHiddenLine);

    /// <summary>A line typed at the terminal, not echoed: keys are read one by one and intercepted.</summary>
    private static string ReadHiddenLine()
    {
        var line = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (line.Length > 0) line.Length--;
                continue;
            }
            if (!char.IsControl(key.KeyChar)) line.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return line.ToString();
    }
}
