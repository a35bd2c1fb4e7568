using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Channels.DirectLine;
using HelpdeskBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskBot.Tests.DirectLine;

public sealed class DirectLineApiTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    [Fact]
    public async Task Start_send_and_receive_with_an_empty_watermark_echoes_the_user_and_answers()
    {
        var client = await DirectLineClient.StartAsync(app.CreateClient());
        Assert.StartsWith("ws://", client.StreamUrl);
        Assert.Contains("t=", client.StreamUrl);

        var id = await client.SendAsync("hello", clientActivityId: "web-1");
        var activities = await client.ReceiveAsync();

        var echo = Assert.Single(activities, a => a.Id == id);
        Assert.Equal("hello", echo.Text);
        Assert.Equal("web-1", echo.ClientActivityId);
        Assert.Equal("user", echo.From!.Role);
        var replies = activities.Where(a => a.From?.Role == "bot").ToList();
        Assert.Contains(replies, r => r.Text!.Contains("HelpdeskBot", StringComparison.Ordinal));
        Assert.All(replies, r => Assert.Equal(id, r.ReplyToId));
        var menu = replies.Last();
        Assert.Equal("menu", HelpdeskChannelData.From(menu)!.Field);
        Assert.Equal(["Report a problem", "Check my tickets", "Talk to a person"], menu.SuggestedActions!.Actions.Select(a => a.Title));

        Assert.Empty(await client.ReceiveAsync());
        Assert.Equal(activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), client.Watermark);
    }

    [Fact]
    public async Task A_token_speaks_only_for_its_own_user_whatever_from_id_the_client_claims()
    {
        var client = await DirectLineClient.StartAsync(app.CreateClient());
        var activity = DirectLineClient.Message("hi") with { From = new ChannelAccount { Id = "victim-user" } };
        using var response = await client.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        var echo = (await client.ReceiveAsync()).First();
        Assert.StartsWith("dl_", echo.From!.Id);
        Assert.NotEqual("victim-user", echo.From.Id);
    }

    [Fact]
    public async Task Unknown_properties_are_dropped_before_they_are_stored_but_Web_Chats_client_id_is_echoed()
    {
        var client = await DirectLineClient.StartAsync(app.CreateClient());
        var json = """{"type":"message","text":"hi","from":{"id":"u","customFrom":1},"futureField":{"a":[1,2]},"channelData":{"clientActivityID":"1733312345678.k2j3h4","extra":"dropped"}}""";
        var request = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities");
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        (await app.CreateClient().SendAsync(request)).EnsureSuccessStatusCode();
        var echo = (await client.ReceiveAsync()).First();
        Assert.Null(echo.Extra);
        Assert.Null(echo.From!.Extra);
        Assert.Equal("1733312345678.k2j3h4", echo.ClientActivityId);
        Assert.False(echo.ChannelData!.Value.TryGetProperty("extra", out _));
    }

    [Fact]
    public async Task Token_refresh_gives_a_new_token_for_the_same_conversation()
    {
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        using var response = await http.SendAsync(client.Request(HttpMethod.Post, "/v3/directline/tokens/refresh"));
        response.EnsureSuccessStatusCode();
        var refreshed = await response.Content.ReadFromJsonAsync<DirectLineConversation>(ActivityJson.Options);
        Assert.Equal(client.ConversationId, refreshed!.ConversationId);
        Assert.True(refreshed.ExpiresIn > 0);
        using var post = await client.PostActivityAsync(DirectLineClient.Message("hi"), refreshed.Token);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
    }

    [Fact]
    public async Task Generate_needs_the_secret_and_binds_the_user_it_names()
    {
        var http = app.CreateClient();
        using var anonymous = await http.PostAsync("/v3/directline/tokens/generate", null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Unauthorized", (await anonymous.Content.ReadFromJsonAsync<DirectLineErrorBody>(ActivityJson.Options))!.Error.Code);

        var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = "dl_budi", name = "Budi" } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", HelpdeskApp.TestSecret);
        using var generated = await http.SendAsync(request);
        generated.EnsureSuccessStatusCode();
        var conversation = await generated.Content.ReadFromJsonAsync<DirectLineConversation>(ActivityJson.Options);

        var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation!.Token);
        using var started = await http.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(conversation.ConversationId, (await started.Content.ReadFromJsonAsync<DirectLineConversation>(ActivityJson.Options))!.ConversationId);
    }

    [Fact]
    public async Task Another_conversations_token_gets_403()
    {
        var http = app.CreateClient();
        var alice = await DirectLineClient.StartAsync(http);
        var mallory = await DirectLineClient.StartAsync(http);
        await alice.SendAsync("my private problem");

        using var read = await http.SendAsync(alice.Request(HttpMethod.Get, $"/v3/directline/conversations/{alice.ConversationId}/activities?watermark=", mallory.Token));
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        var request = alice.Request(HttpMethod.Post, $"/v3/directline/conversations/{alice.ConversationId}/activities", mallory.Token);
        request.Content = JsonContent.Create(DirectLineClient.Message("hi"), options: ActivityJson.Options);
        using var write = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task No_token_or_a_forged_one_gets_401()
    {
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        using var none = await http.GetAsync($"/v3/directline/conversations/{client.ConversationId}/activities?watermark=");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        var parts = client.Token.Split('.');
        var forged = parts[0] + "." + parts[1] + "." + new string('A', parts[2].Length);
        using var bad = await http.SendAsync(client.Request(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", forged));
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var shortLived = new HelpdeskApp(new() { ["Helpdesk:DirectLine:TokenLifetimeSeconds"] = "1" }, services => services.AddSingleton<TimeProvider>(clock));
        var http = shortLived.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        // Past the lifetime and the clock skew the tokens allow, without waiting for it.
        clock.Advance(TimeSpan.FromSeconds(2.2));
        using var response = await client.PostActivityAsync(DirectLineClient.Message("hi"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", (await response.Content.ReadFromJsonAsync<DirectLineErrorBody>(ActivityJson.Options))!.Error.Code);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"carrierPigeon\",\"text\":\"hi\"}")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"not a date\"}")]
    public async Task Malformed_bodies_get_400_with_a_direct_line_error(string body)
    {
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        var request = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities");
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<DirectLineErrorBody>(ActivityJson.Options);
        Assert.Equal("BadArgument", error!.Error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Error.Message));
        // Said in the client's terms, never the serializer's .NET type names.
        Assert.DoesNotContain("HelpdeskBot.", error.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Error.Message, StringComparison.Ordinal);
        Assert.Empty(await client.ReceiveAsync());
    }

    [Theory]
    [InlineData("{not json", "not well-formed JSON (line 1")]
    [InlineData("[1,2,3]", "not a JSON object")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"not a date\"}", "the value at $.timestamp")]
    [InlineData("{\"type\":\"message\",\"from\":\"budi\"}", "the value at $.from")]
    public async Task A_malformed_body_is_told_where_it_went_wrong(string body, string said)
    {
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        var request = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities");
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        var error = await response.Content.ReadFromJsonAsync<DirectLineErrorBody>(ActivityJson.Options);
        Assert.Contains(said, error!.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_gets_413_and_nothing_is_logged()
    {
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        var huge = DirectLineClient.Message(new string('x', 300 * 1024));
        using var response = await client.PostActivityAsync(huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", (await response.Content.ReadFromJsonAsync<DirectLineErrorBody>(ActivityJson.Options))!.Error.Code);
        Assert.Empty(await client.ReceiveAsync());
    }

    [Fact]
    public async Task A_resent_activity_is_answered_once_and_gets_the_same_id()
    {
        var client = await DirectLineClient.StartAsync(app.CreateClient());
        var first = await client.SendAsync("hello", clientActivityId: "retry-me");
        var second = await client.SendAsync("hello", clientActivityId: "retry-me");
        Assert.Equal(first, second);
        var activities = await client.ReceiveAsync();
        Assert.Single(activities, a => a.From?.Role == "user");
        Assert.Single(activities, a => a.Text?.StartsWith("Hi", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Reconnect_returns_a_stream_url_and_a_fresh_token()
    {
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        using var response = await http.SendAsync(client.Request(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark="));
        response.EnsureSuccessStatusCode();
        var conversation = await response.Content.ReadFromJsonAsync<DirectLineConversation>(ActivityJson.Options);
        Assert.Equal(client.ConversationId, conversation!.ConversationId);
        Assert.Contains("/stream?", conversation.StreamUrl);
    }

    [Fact]
    public async Task Anonymous_starts_are_rate_limited_with_retry_after()
    {
        using var limited = new HelpdeskApp(new() { ["Helpdesk:DirectLine:RateLimit:StartsPerMinute"] = "3" });
        var http = limited.CreateClient();
        for (var i = 0; i < 3; i++) (await http.PostAsync("/v3/directline/conversations", null)).EnsureSuccessStatusCode();
        using var response = await http.PostAsync("/v3/directline/conversations", null);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter is not null);
        // Direct Line's own error body, as a Direct Line client reads it; not the agent API's ProblemDetails.
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("TooManyRequests", body.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.False(body.RootElement.TryGetProperty("status", out _));
    }

    [Fact]
    public async Task Direct_Line_throttling_leaves_agent_sign_in_alone()
    {
        using var limited = new HelpdeskApp(new() { ["Helpdesk:DirectLine:RateLimit:StartsPerMinute"] = "1" });
        var http = limited.CreateClient();
        (await http.PostAsync("/v3/directline/conversations", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.TooManyRequests, (await http.PostAsync("/v3/directline/conversations", null)).StatusCode);
        using var signIn = await http.PostAsJsonAsync("/api/agent/token", new { name = "nobody", password = "wrong password" });
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    [Fact]
    public async Task Anonymous_start_can_be_switched_off()
    {
        using var closed = new HelpdeskApp(new() { ["Helpdesk:DirectLine:AllowAnonymous"] = "false" });
        using var response = await closed.CreateClient().PostAsync("/v3/directline/conversations", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_is_200_when_the_store_answers()
    {
        using var response = await app.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_is_503_when_the_store_does_not_answer()
    {
        var http = app.CreateClient();
        (await http.GetAsync("/healthz")).EnsureSuccessStatusCode();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // The database file turns into something that is not a database.
        var file = Path.Combine(app.DataDirectory, "helpdesk.db");
        foreach (var f in Directory.GetFiles(app.DataDirectory, "helpdesk.db*")) File.Delete(f);
        await File.WriteAllTextAsync(file, new string('x', 4096));
        using var response = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task The_web_chat_page_is_served_with_the_safety_notice()
    {
        var http = app.CreateClient();
        var page = await http.GetStringAsync("/");
        Assert.Contains("never ask for your password, PIN, one-time code or card number", page);
        Assert.Contains("lib/webchat.js", page);
        using var bundle = await http.GetAsync("/lib/webchat.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
    }

    public void Dispose() => app.Dispose();
}
