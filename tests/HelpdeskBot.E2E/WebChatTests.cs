using Microsoft.Playwright;

namespace HelpdeskBot.E2E;

/// <summary>The real Web Chat control in headless Chromium against the embedded Direct Line.</summary>
public sealed class WebChatTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_user_types_sees_the_greeting_with_choices_and_a_clicked_choice_is_answered(bool webSocket)
    {
        using var app = new LiveApp();
        var (playwright, browser) = await Browser.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            var errors = new List<string>();
            page.PageError += (_, e) => errors.Add(e);
            await page.GotoAsync($"{app.BaseUrl}/?webSocket={(webSocket ? "true" : "false")}");
            await Expect(page.GetByText("never ask for your password", new() { Exact = false })).ToBeVisibleAsync();

            var input = page.GetByRole(AriaRole.Textbox).First;
            await input.FillAsync("hello");
            await input.PressAsync("Enter");

            await Expect(page.GetByText("I'm HelpdeskBot", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 20_000 });
            var choice = page.GetByRole(AriaRole.Button, new() { Name = "Talk to a person" }).Last;
            await Expect(choice).ToBeVisibleAsync();
            await Expect(page.GetByText("Send failed", new() { Exact = false })).ToHaveCountAsync(0);
            await choice.ClickAsync();

            await Expect(page.GetByText("asked for a person from the support team", new() { Exact = false }).First).ToBeVisibleAsync(new() { Timeout = 20_000 });
            Assert.Empty(errors);
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
