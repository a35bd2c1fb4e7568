using Microsoft.Playwright;

namespace HelpdeskBot.E2E;

/// <summary>Debian's Chromium, driven by Playwright without downloading a browser of its own.</summary>
public static class Browser
{
    public static readonly string ExecutablePath = Environment.GetEnvironmentVariable("HELPDESK_CHROMIUM") ?? "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Closed network here: keep Chromium from reaching out on its own.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }
}
