using System.Net;
using HelpdeskBot.Activities;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.BotFramework;

/// <summary>Local development with the Bot Framework Emulator: no app id, loopback only, replies at its <c>serviceUrl</c>.</summary>
public sealed class EmulatorTests : IAsyncLifetime
{
    private FakeChannel channel = null!;

    public async ValueTask InitializeAsync() => channel = await FakeChannel.StartAsync();

    public async ValueTask DisposeAsync() => await channel.DisposeAsync();

    [Fact]
    public async Task Without_an_app_id_the_Emulator_on_this_machine_is_answered_at_its_serviceUrl()
    {
        await using var app = BotOnKestrel.Start(channel, withAppId: false);
        var emulator = new ChannelUser(app, channel, "emulator") { ServiceUrl = channel.EmulatorServiceUrl, BotId = "helpdeskbot" };
        var hello = emulator.Message("hello");

        var replies = await emulator.SendAsync(hello, authorization: null);

        Assert.NotEmpty(replies);
        Assert.All(replies, r =>
        {
            Assert.StartsWith($"/emulator/v3/conversations/{emulator.ConversationId}/activities/{hello.Id}", r.Path, StringComparison.Ordinal);
            Assert.Null(r.Authorization);
        });
        // Web Chat in the Emulator shows suggested actions: the menu keeps them, and the contract.
        var menu = replies[^1].Activity;
        Assert.Equal(3, menu.SuggestedActions?.Actions.Count);
        Assert.Equal("menu", HelpdeskChannelData.From(menu)?.Field);
        Assert.Empty(channel.TokenRequests);
    }

    [Fact]
    public async Task Without_an_app_id_replies_go_only_to_a_serviceUrl_on_this_machine()
    {
        await using var app = BotOnKestrel.Start(channel, withAppId: false);
        var emulator = new ChannelUser(app, channel, "emulator") { ServiceUrl = "https://example.com/", BotId = "helpdeskbot" };
        using var response = await emulator.PostAsync(emulator.Message("hello"), authorization: null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, (await app.Get<TurnProcessor>().ReadStateAsync(emulator.ConversationId)).TurnCount);
    }

    [Fact]
    public async Task Without_an_app_id_a_caller_that_is_not_on_this_machine_is_refused()
    {
        // The in-memory test server has no remote address: it stands for a caller from elsewhere.
        await using var app = new HelpdeskApp(channel.Settings(withAppId: false), channel.Trust);
        var http = app.CreateClient();
        var activity = new ChannelUser(app, channel, "emulator") { ServiceUrl = channel.EmulatorServiceUrl }.Message("hello");
        using var response = await http.PostAsync("/api/messages", new StringContent(ActivityJson.Serialize(activity), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, (await app.Get<TurnProcessor>().ReadStateAsync(activity.Conversation!.Id!)).TurnCount);
    }

    [Fact]
    public async Task With_an_app_id_and_Emulator_tokens_accepted_the_Emulator_is_answered()
    {
        await using var app = BotOnKestrel.Start(channel, acceptEmulatorTokens: true);
        var emulator = new ChannelUser(app, channel, "emulator") { ServiceUrl = channel.EmulatorServiceUrl, BotId = FakeChannel.AppId };
        var replies = await emulator.SendAsync(emulator.Message("hello"), "Bearer " + channel.EmulatorToken());
        Assert.NotEmpty(replies);
        // The bot's token may go to loopback over plain HTTP: it never leaves the machine.
        Assert.All(replies, r => Assert.Equal("Bearer connector-token-1", r.Authorization));

        // An Emulator token minted for another app is not this bot's.
        var other = new ChannelUser(app, channel, "emulator") { ServiceUrl = channel.EmulatorServiceUrl };
        using var refused = await other.PostAsync(other.Message("hello"), "Bearer " + channel.EmulatorToken(appId: "someone-else"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
