using HelpdeskBot.Handoff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HelpdeskBot.E2E;

/// <summary>Two pages: a website user in Web Chat, and an agent in the console at /agent.</summary>
public sealed class HandoffTests
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task A_user_asks_for_a_person_an_agent_accepts_they_talk_both_ways_and_the_user_is_handed_back()
    {
        using var app = new LiveApp();
        await app.Services.GetRequiredService<AgentAuth>().SetPasswordAsync("siti", Password);
        var (playwright, browser) = await Browser.LaunchAsync();
        try
        {
            var dialogs = new List<string>();
            var user = await browser.NewPageAsync();
            await user.GotoAsync($"{app.BaseUrl}/?locale=en-US");
            await Expect(user.GetByText("I'm HelpdeskBot", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 20_000 });
            var input = user.GetByRole(AriaRole.Textbox).First;
            await input.FillAsync("talk to a person please, the app shows a blank page after login");
            await input.PressAsync("Enter");
            await Expect(user.GetByText("asked for a person", new() { Exact = false }).Last).ToBeVisibleAsync(new() { Timeout = 15_000 });

            var agent = await browser.NewPageAsync();
            agent.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };
            await agent.GotoAsync($"{app.BaseUrl}/agent/");
            await agent.Locator("#name").FillAsync("siti");
            await agent.Locator("#password").FillAsync(Password);
            await agent.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            // The queue says what each request is about, not only who asked and when (the tenth trial).
            await agent.Locator("#escalations li").Filter(new() { HasText = "blank page after login" }).First.ClickAsync(new() { Timeout = 15_000 });
            await agent.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
            await Expect(user.GetByText("siti from the support team has joined", new() { Exact = false }).Last).ToBeVisibleAsync(new() { Timeout = 15_000 });

            // The user's words reach the agent without a reload, as text — even when they look like HTML.
            const string hostile = "<img src=x onerror=alert('xss')> my screen <script>alert('xss')</script> is black";
            await input.FillAsync(hostile);
            await input.PressAsync("Enter");
            await Expect(agent.Locator("#transcript li.user").Filter(new() { HasText = "onerror=alert('xss')" }).Last).ToBeVisibleAsync(new() { Timeout = 15_000 });
            Assert.Equal(0, await agent.Locator("#transcript img").CountAsync());
            Assert.Equal(0, await agent.Locator("#transcript script").CountAsync());

            await agent.Locator("#reply-text").FillAsync("Hi, which phone do you use?");
            await agent.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
            // The agent's words are shown as theirs, with their name, not as the bot's (the tenth trial).
            await Expect(user.GetByText("siti (support team): Hi, which phone do you use?", new() { Exact = false }).Last).ToBeVisibleAsync(new() { Timeout = 15_000 });

            await agent.GetByRole(AriaRole.Button, new() { Name = "Resolve and hand back to the bot" }).ClickAsync();
            // What the user told the person ("my screen … is black") is kept as a ticket, and the user is told its number.
            await Expect(user.GetByText("What you told us is kept as ticket HD-", new() { Exact = false }).Last).ToBeVisibleAsync(new() { Timeout = 15_000 });

            // The agent corrects an answer in the console (the tenth trial could not): the service, kept in the history.
            await agent.Locator("#ticket-status").SelectOptionAsync("open");
            await agent.Locator("#tickets li").Filter(new() { HasText = "blank page after login" }).First.ClickAsync(new() { Timeout = 15_000 });
            await agent.Locator("#edit-service").FillAsync("Website");
            await agent.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Expect(agent.Locator("#ticket-events li").Filter(new() { HasText = "fieldChanged" }).Last).ToContainTextAsync("Website", new() { Timeout = 15_000 });
            await input.FillAsync("menu");
            await input.PressAsync("Enter");
            await Expect(user.GetByText("What would you like to do?", new() { Exact = false }).Last).ToBeVisibleAsync(new() { Timeout = 15_000 });
            Assert.Empty(dialogs);
        }
        catch
        {
            foreach (var p in browser.Contexts.SelectMany(c => c.Pages))
            {
                await p.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"helpdesk-handoff-failed-{Guid.NewGuid():N}.png"), FullPage = true });
            }
            throw;
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
