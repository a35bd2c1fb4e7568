using System.Net;
using System.Net.Http.Json;
using HelpdeskBot.Channels.DirectLine;
using HelpdeskBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HelpdeskBot.Tests.DirectLine;

/// <summary>
/// A website visitor who reported a problem in one tab and asks "my tickets" in another (or the next day) is the same
/// user: the browser keeps its signed user id in an HttpOnly cookie. Nobody else's browser gets that user.
/// </summary>
public sealed class BrowserUserTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    public void Dispose() => app.Dispose();

    private HttpClient Browser() => app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

    [Fact]
    public async Task A_browser_finds_its_ticket_from_another_conversation_and_another_browser_does_not()
    {
        var browser = Browser();
        var first = await DirectLineClient.StartAsync(browser);
        var number = await first.CreateTicketAsync();

        var secondTab = await DirectLineClient.StartAsync(browser);
        Assert.NotEqual(first.ConversationId, secondTab.ConversationId);
        var mine = await AskAsync(secondTab, "my tickets");
        Assert.Contains(number, mine);
        Assert.Contains(number, await AskAsync(secondTab, "status " + number));

        var stranger = await DirectLineClient.StartAsync(Browser());
        var theirs = await AskAsync(stranger, "my tickets");
        Assert.DoesNotContain(number, theirs);
        Assert.Contains("couldn't find a ticket " + number, await AskAsync(stranger, "status " + number));
    }

    [Fact]
    public async Task The_cookie_is_HttpOnly_and_SameSite_strict_and_a_forged_or_borrowed_token_is_not_a_user()
    {
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        using var started = await http.PostAsync("/v3/directline/conversations", null);
        var cookie = Assert.Single(started.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(BrowserUser.CookieName + "=", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var key = cookie[(BrowserUser.CookieName.Length + 1)..cookie.IndexOf(';', StringComparison.Ordinal)];
        var conversation = await started.Content.ReadFromJsonAsync<DirectLineConversation>(HelpdeskBot.Activities.ActivityJson.Options);

        Assert.Equal(UserOf(conversation!.Token), UserOf(await StartWithCookieAsync(http, key)));
        var parts = key.Split('.');
        var forged = parts[0] + "." + parts[1] + "." + new string('A', parts[2].Length);
        Assert.NotEqual(UserOf(conversation.Token), UserOf(await StartWithCookieAsync(http, forged)));
        // A conversation's token is signed by the same key, but it is not a browser's user key.
        Assert.NotEqual(UserOf(conversation.Token), UserOf(await StartWithCookieAsync(http, conversation.Token)));
    }

    [Fact]
    public async Task With_the_setting_at_zero_every_conversation_is_a_new_user()
    {
        using var off = new HelpdeskApp(new() { ["Helpdesk:DirectLine:BrowserUserDays"] = "0" });
        var browser = off.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        using var started = await browser.PostAsync("/v3/directline/conversations", null);
        Assert.False(started.Headers.Contains("Set-Cookie"));
        var first = await DirectLineClient.StartAsync(browser);
        var number = await first.CreateTicketAsync();
        var second = await DirectLineClient.StartAsync(browser);
        Assert.DoesNotContain(number, await AskAsync(second, "my tickets"));
    }

    /// <summary>Sends <paramref name="text"/> and returns the bot's answers' text.</summary>
    private static async Task<string> AskAsync(DirectLineClient client, string text)
    {
        await client.SendAsync(text);
        return string.Join("\n", (await client.ReceiveAsync()).Where(a => a.From?.Role == "bot").Select(a => a.Text));
    }

    private static async Task<string> StartWithCookieAsync(HttpClient http, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Add("Cookie", BrowserUser.CookieName + "=" + key);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DirectLineConversation>(HelpdeskBot.Activities.ActivityJson.Options))!.Token;
    }

    private static string UserOf(string token) =>
        new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).GetPayloadValue<string>("user");
}
