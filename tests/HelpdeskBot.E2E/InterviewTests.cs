using Microsoft.Playwright;

namespace HelpdeskBot.E2E;

/// <summary>A whole interview in the real Web Chat, with a screenshot uploaded through its paperclip button.</summary>
public sealed class InterviewTests
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_user_reports_a_problem_with_a_screenshot_and_gets_a_ticket_number()
    {
        using var app = new LiveApp();
        var screenshot = Path.Combine(app.DataDirectory, "screenshot.png");
        await File.WriteAllBytesAsync(screenshot, Png);
        var (playwright, browser) = await Browser.LaunchAsync();
        try
        {
            // One browser profile: its tabs share cookies, as a visitor's do.
            var visitor = await browser.NewContextAsync();
            var page = await visitor.NewPageAsync();
            var network = new List<string>();
            page.Response += (_, r) => { if (r.Url.Contains("/upload", StringComparison.Ordinal)) network.Add($"{r.Status} {r.Url}"); };
            page.RequestFailed += (_, r) => network.Add($"failed {r.Url} {r.Failure}");
            page.Console += (_, m) => network.Add($"console {m.Type}: {m.Text}");
            await page.GotoAsync($"{app.BaseUrl}/?locale=en-US");
            await Assertions.Expect(page.GetByText("I'm HelpdeskBot", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 20_000 });
            var input = page.GetByRole(AriaRole.Textbox).First;
            var progress = page.Locator("#progress-label");

            async Task Say(string text, string? nextProgress = null, string? nextText = null)
            {
                await input.FillAsync(text);
                await input.PressAsync("Enter");
                if (nextProgress is not null) await Assertions.Expect(progress).ToHaveTextAsync(nextProgress, new() { Timeout = 15_000 });
                if (nextText is not null) await Assertions.Expect(page.GetByText(nextText, new() { Exact = false }).Last).ToBeVisibleAsync(new() { Timeout = 15_000 });
            }

            await Say("I want to report a problem", "Question 1 of 9");
            await Say("budi_s88", "Question 2 of 9");
            await page.GetByRole(AriaRole.Button, new() { Name = "Mobile app" }).Last.ClickAsync();
            await Assertions.Expect(progress).ToHaveTextAsync("Question 3 of 9", new() { Timeout = 15_000 });
            await Say("yesterday at 3pm", "Question 4 of 9");
            await Say("The app closes by itself as soon as the payment screen opens", "Question 5 of 9");
            // The question about the error takes a screenshot of it, through the paperclip.
            await Say("The payment screen should open", "Question 6 of 9", "send a screenshot");

            await page.Locator("input[type=file]").SetInputFilesAsync(screenshot);
            // Web Chat makes the thumbnail before it attaches the file (the paperclip gets its check mark then);
            // a Send pressed before that sends nothing, which a busy machine showed.
            await Assertions.Expect(page.Locator(".webchat__attachment-icon--checked")).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
            try
            {
                await Assertions.Expect(page.GetByText("Got screenshot.png", new() { Exact = false }).Last).ToBeVisibleAsync(new() { Timeout = 15_000 });
            }
            catch (PlaywrightException e)
            {
                throw new InvalidOperationException(string.Join("\n", network), e);
            }
            await Say("done", "Question 7 of 9");
            // ":0" in "8:02" is sent as typed: Web Chat's emoticons are off (the fourteenth trial's "08:02 PM" was kept as "08😲2 PM").
            await Say("Opened the app and tapped Pay (build 8:02)", "Question 8 of 9");
            // The summary offers the confirmation email: an address typed there is taken, and the summary shows it.
            await Say("Since the update yesterday", "Question 9 of 9", "Want the confirmation by email?");
            await Say("budi@example.com", nextText: "Email: budi@example.com");
            await Assertions.Expect(page.GetByText("tapped Pay (build 8:02)", new() { Exact = false }).Last).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await Say("yes", nextText: "Your ticket number is HD-");

            var said = await page.GetByText("Your ticket number is", new() { Exact = false }).Last.InnerTextAsync();
            var number = System.Text.RegularExpressions.Regex.Match(said, "HD-[2-9A-HJ-NP-Z]{7}").Value;
            Assert.NotEmpty(number);
            Assert.Equal(0, await page.GetByText("Send failed", new() { Exact = false }).CountAsync());
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "helpdesk-interview.png"), FullPage = true });

            // The screenshot reached the ticket, and the page shows what was uploaded.
            await Say($"status {number}", nextText: number);

            // The same visitor in a new tab (a new conversation) finds the ticket; another visitor does not.
            await AskForTicketsAsync(await visitor.NewPageAsync(), app.BaseUrl, expected: number);
            await AskForTicketsAsync(await browser.NewPageAsync(), app.BaseUrl, expected: "You don't have any tickets yet");
        }
        catch
        {
            foreach (var p in browser.Contexts.SelectMany(c => c.Pages)) await p.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "helpdesk-interview-failed.png"), FullPage = true });
            throw;
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    /// <summary>The eleventh trial: an Indonesian chat on an en-US browser had its progress bar in English.</summary>
    [Fact]
    public async Task The_progress_label_follows_the_language_the_user_writes()
    {
        using var app = new LiveApp();
        var (playwright, browser) = await Browser.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync($"{app.BaseUrl}/?locale=en-US");
            await Assertions.Expect(page.GetByText("I'm HelpdeskBot", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 20_000 });
            var input = page.GetByRole(AriaRole.Textbox).First;
            await input.FillAsync("kak mau lapor masalah dong");
            await input.PressAsync("Enter");
            await Assertions.Expect(page.Locator("#progress-label")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Pertanyaan 1 dari \\d+$"), new() { Timeout = 15_000 });
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    private static async Task AskForTicketsAsync(IPage tab, string baseUrl, string expected)
    {
        await tab.GotoAsync($"{baseUrl}/?locale=en-US");
        await Assertions.Expect(tab.GetByText("I'm HelpdeskBot", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var input = tab.GetByRole(AriaRole.Textbox).First;
        await input.FillAsync("my tickets");
        await input.PressAsync("Enter");
        await Assertions.Expect(tab.GetByText(expected, new() { Exact = false }).Last).ToBeVisibleAsync(new() { Timeout = 15_000 });
    }
}
