using Microsoft.Playwright;

namespace HelpdeskBot.E2E;

/// <summary>The system's Chromium, driven by Playwright without downloading a browser of its own.</summary>
public static class Browser
{
    /// <summary>The names distributions give Chromium and Chrome, in the order they are tried on the PATH.</summary>
    public static readonly IReadOnlyList<string> Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

    private static readonly Lazy<string> Executable = new(() =>
        Find(Environment.GetEnvironmentVariable("HELPDESK_CHROMIUM"), Environment.GetEnvironmentVariable("PATH")));

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable.Value,
            Headless = true,
            // Closed network here: keep Chromium from reaching out on its own.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }

    /// <summary>
    /// <paramref name="chosen"/> (HELPDESK_CHROMIUM) when set, else the first of <see cref="Names"/> that is an
    /// executable file in a directory of <paramref name="path"/>. A chosen path that is not there is an error
    /// rather than a reason to take another browser: whoever set it meant that one.
    /// </summary>
    public static string Find(string? chosen, string? path)
    {
        if (!string.IsNullOrEmpty(chosen))
        {
            return IsExecutable(chosen) ? chosen : throw new InvalidOperationException($"HELPDESK_CHROMIUM is '{chosen}', which is not an executable file.");
        }
        var directories = (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in Names)
        {
            foreach (var directory in directories)
            {
                var candidate = Path.Combine(directory, name);
                if (IsExecutable(candidate)) return candidate;
            }
        }
        throw new InvalidOperationException(
            $"No Chromium found: none of {string.Join(", ", Names)} is on the PATH. Install it (./test.sh installs Debian's chromium) or set HELPDESK_CHROMIUM to the browser's executable.");
    }

    private static bool IsExecutable(string file)
    {
        if (!File.Exists(file)) return false;
        if (OperatingSystem.IsWindows()) return true;
        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(file) & anyExecute) != 0;
    }
}
