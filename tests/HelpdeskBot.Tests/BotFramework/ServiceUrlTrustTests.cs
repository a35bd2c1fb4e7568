using HelpdeskBot.Activities;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.BotFramework;

/// <summary>
/// A <c>serviceUrl</c> is sent to (with the bot's token) only after an authenticated activity brought it; the
/// conversation's stored reference carries that trust to a proactive message on another instance.
/// </summary>
public sealed class ServiceUrlTrustTests : IAsyncLifetime
{
    private FakeChannel channel = null!;

    public async ValueTask InitializeAsync() => channel = await FakeChannel.StartAsync();

    public async ValueTask DisposeAsync() => await channel.DisposeAsync();

    [Fact]
    public async Task Replies_to_a_serviceUrl_no_authenticated_activity_brought_are_not_sent()
    {
        await using var app = BotOnKestrel.Start(channel);
        var user = new ChannelUser(app, channel, "msteams");

        // A turn on a Teams conversation that did not come through /api/messages (so nothing vouches for its serviceUrl).
        var outcome = await app.Get<TurnProcessor>().ProcessAsync(user.Message("hello"));
        Assert.NotEmpty(outcome.Replies);
        await user.CatchUpAsync();

        // Replies leave in order per conversation: once an authenticated turn's replies are in, the earlier ones would be too.
        var next = user.Message("help");
        Assert.NotEmpty(await user.SendAsync(next));
        Assert.All(channel.Received, r => Assert.Equal(next.Id, r.Activity.ReplyToId));
    }

    [Fact]
    public async Task A_proactive_message_reaches_the_stored_serviceUrl_from_a_fresh_instance()
    {
        var directory = HelpdeskApp.NewDataDirectory();
        var user = default(ChannelUser);
        await using (var first = BotOnKestrel.Start(channel, dataDirectory: directory))
        {
            user = new ChannelUser(first, channel, "msteams");
            Assert.NotEmpty(await user.SendAsync("hello"));
        }
        var before = channel.Received.Count;

        // Another instance (or this one after a restart) never saw the activity; the stored reference is what it trusts.
        await using var second = BotOnKestrel.Start(channel, dataDirectory: directory);
        await second.Get<ConversationWriter>().RunProactiveAsync(user.ConversationId, turn =>
        {
            turn.Send(Message.Text("An agent has replied to your ticket."));
            return Task.CompletedTask;
        });

        var all = await channel.WaitForAsync(r => r.Count > before, "the proactive message");
        var proactive = all[^1];
        Assert.Equal("An agent has replied to your ticket.", proactive.Activity.Text);
        Assert.Equal($"/amer/v3/conversations/{Uri.EscapeDataString(user.ConversationId)}/activities", proactive.Path);
        Assert.Null(proactive.Activity.ReplyToId);
        Assert.Equal(user.UserId, proactive.Activity.Recipient?.Id);
        Assert.StartsWith("Bearer connector-token-", proactive.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Direct_Line_conversations_are_never_posted_anywhere()
    {
        await using var app = BotOnKestrel.Start(channel);
        var client = await DirectLineClient.StartAsync(app.CreateClient());
        await client.SendAsync("hello");
        Assert.NotEmpty(await client.ReceiveAsync());
        await app.Get<ConversationWriter>().RunProactiveAsync(client.ConversationId, turn =>
        {
            turn.Send(Message.Text("proactive"));
            return Task.CompletedTask;
        });

        // A Teams turn afterwards; nothing but its replies reaches the channel.
        var user = new ChannelUser(app, channel, "msteams");
        var hello = user.Message("hello");
        Assert.NotEmpty(await user.SendAsync(hello));
        Assert.All(channel.Received, r => Assert.Equal(hello.Id, r.Activity.ReplyToId));
    }
}
