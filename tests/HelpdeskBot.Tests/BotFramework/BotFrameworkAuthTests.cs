using System.Net;
using HelpdeskBot.Activities;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.BotFramework;

/// <summary>
/// <c>/api/messages</c> authenticated as "Authentication with the Bot Connector API" says, against a fake Azure
/// Bot Service on 127.0.0.1: every rule refuses with 401 and nothing is run or sent; a valid activity is answered
/// at its <c>serviceUrl</c> with the bot's token.
/// </summary>
public sealed class BotFrameworkAuthTests : BotOnFakeChannel
{
    [Fact]
    public async Task A_valid_activity_is_answered_at_its_serviceUrl_with_the_bots_token()
    {
        var user = new ChannelUser(App, Channel, "msteams");
        var hello = user.Message("hello");
        var replies = await user.SendAsync(hello);

        Assert.NotEmpty(replies);
        Assert.All(replies, r =>
        {
            Assert.Equal("Bearer connector-token-1", r.Authorization);
            Assert.Equal($"/amer/v3/conversations/{Uri.EscapeDataString(user.ConversationId)}/activities/{hello.Id}", r.Path);
            Assert.Equal(hello.Id, r.Activity.ReplyToId);
            Assert.Equal(FakeChannel.BotAccountId, r.Activity.From?.Id);
            Assert.Equal(user.UserId, r.Activity.Recipient?.Id);
            Assert.Equal(user.ConversationId, r.Activity.Conversation?.Id);
            Assert.Null(r.Activity.Id);
        });
        Assert.Contains(replies, r => r.Activity.Text?.Contains("HelpdeskBot", StringComparison.Ordinal) == true);

        // The token came from Entra ID's token endpoint with the bot's client credentials, for the Bot Connector.
        var request = Assert.Single(Channel.TokenRequests);
        Assert.Equal("client_credentials", request["grant_type"]);
        Assert.Equal(FakeChannel.AppId, request["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", request["scope"]);

        // The next turn reuses the cached token.
        var second = await user.SendAsync("help");
        Assert.NotEmpty(second);
        Assert.All(second, r => Assert.Equal("Bearer connector-token-1", r.Authorization));
        Assert.Single(Channel.TokenRequests);
    }

    [Fact]
    public Task A_token_for_another_audience_is_refused() =>
        AssertRefusedAsync(user => Channel.Token(user.ServiceUrl, audience: "00000000-0000-0000-0000-000000000000"));

    [Fact]
    public Task An_expired_token_is_refused() =>
        // Past the 5 minutes of clock skew.
        AssertRefusedAsync(user => Channel.Token(user.ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-6)));

    [Fact]
    public Task A_token_from_another_issuer_is_refused() =>
        AssertRefusedAsync(user => Channel.Token(user.ServiceUrl, issuer: "https://api.botframework.example"));

    [Fact]
    public Task A_token_signed_with_a_key_not_endorsed_for_the_channel_is_refused() =>
        AssertRefusedAsync(user => Channel.Token(user.ServiceUrl, key: Channel.WebChatOnlyKey));

    [Fact]
    public Task A_token_whose_serviceurl_claim_differs_from_the_activity_is_refused() =>
        AssertRefusedAsync(user => Channel.Token("https://smba.trafficmanager.net/amer/"));

    [Fact]
    public Task An_unsigned_token_is_refused() =>
        AssertRefusedAsync(user => Channel.Token(user.ServiceUrl, signed: false));

    [Fact]
    public Task A_token_signed_with_an_unpublished_key_is_refused() =>
        AssertRefusedAsync(user => Channel.Token(user.ServiceUrl, key: Channel.RogueKey));

    [Fact]
    public Task A_request_without_a_token_is_refused() => AssertRefusedAsync(_ => null);

    [Fact]
    public async Task The_Emulators_token_is_refused_unless_configured()
    {
        await AssertRefusedAsync(_ => Channel.EmulatorToken());
    }

    [Fact]
    public async Task A_key_endorsed_for_the_channel_is_accepted()
    {
        // The Web Chat-only key is fine for Web Chat: endorsement is per channel.
        var user = new ChannelUser(App, Channel, "webchat");
        var hello = user.Message("hello");
        var replies = await user.SendAsync(hello, "Bearer " + Channel.Token(user.ServiceUrl, key: Channel.WebChatOnlyKey));
        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task Malformed_json_with_a_valid_token_is_a_400_and_runs_nothing()
    {
        var user = new ChannelUser(App, Channel, "msteams");
        using var response = await user.PostAsync(user.Message("hi"), body: "{\"type\":\"message\",");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        using var noConversation = await user.PostAsync(user.Message("hi") with { Conversation = null });
        Assert.Equal(HttpStatusCode.BadRequest, noConversation.StatusCode);
        Assert.Empty(Channel.Received);
    }

    [Fact]
    public async Task An_activity_resent_with_the_same_id_is_answered_once()
    {
        var user = new ChannelUser(App, Channel, "msteams");
        var hello = user.Message("hello");
        var first = await user.SendAsync(hello);
        Assert.NotEmpty(first);

        // Teams resends when the answer took over 15 s: same id, new token.
        using var again = await user.PostAsync(hello);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        // Replies leave in order per conversation: once the next turn's replies are in, a second answer to the resent one would be too.
        var next = user.Message("help");
        Assert.NotEmpty(await user.SendAsync(next));
        Assert.Equal(first.Count, Channel.Received.Count(r => r.Activity.ReplyToId == hello.Id));
        Assert.Equal(2, (await App.Get<TurnProcessor>().ReadStateAsync(user.ConversationId)).TurnCount);
    }

    [Fact]
    public async Task Throttled_replies_are_retried_until_the_channel_takes_them()
    {
        var user = new ChannelUser(App, Channel, "slack");
        Channel.Throttle(2);
        var replies = await user.SendAsync("hello");
        Assert.NotEmpty(replies);
        Assert.Equal(replies.Count + 2, Channel.SendAttempts);
    }

    private async Task AssertRefusedAsync(Func<ChannelUser, string?> token)
    {
        var user = new ChannelUser(App, Channel, "msteams");
        var activity = user.Message("hello");
        var bearer = token(user);
        using var response = await user.PostAsync(activity, bearer is null ? null : "Bearer " + bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        // Nothing ran (no turn, no state) and so nothing can be on its way; nothing was sent and no token was fetched.
        Assert.Equal(0, (await App.Get<TurnProcessor>().ReadStateAsync(user.ConversationId)).TurnCount);
        Assert.Empty(Channel.Received);
        Assert.Empty(Channel.TokenRequests);
    }
}
