using HelpdeskBot.Channels.BotFramework;
using HelpdeskBot.Data.Outbox;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace HelpdeskBot.Tests.BotFramework;

/// <summary>
/// Messages sent outside a user's turn (an agent's reply, a ticket's status, a handoff timing out) are committed to
/// the outbox with the change and sent by the worker: a channel that is down when the change is made gets them when
/// it is back, once.
/// </summary>
public sealed class ProactiveOutboxTests : IAsyncLifetime
{
    private readonly Outage outage = new();
    private FakeChannel channel = null!;
    private HelpdeskApp app = null!;

    public async ValueTask InitializeAsync()
    {
        channel = await FakeChannel.StartAsync();
        var settings = channel.Settings();
        settings["Helpdesk:Outbox:PollSeconds"] = "1";
        settings["Helpdesk:Outbox:FirstRetrySeconds"] = "1";
        settings["Helpdesk:Outbox:MaxRetrySeconds"] = "1";
        app = new HelpdeskApp(settings, services =>
        {
            channel.Trust(services);
            // Innermost: the client's own retries run first and give up on it, as on a real refused connection.
            services.Configure<HttpClientFactoryOptions>(ConnectorClient.HttpClientName, o => o.HttpMessageHandlerBuilderActions.Add(b => b.AdditionalHandlers.Add(new OutageHandler(outage))));
        });
        app.UseKestrel(0);
        app.StartServer();
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await channel.DisposeAsync();
    }

    [Fact]
    public async Task A_proactive_message_to_a_channel_that_is_down_arrives_once_when_it_is_back()
    {
        var user = new ChannelUser(app, channel, "msteams");
        Assert.NotEmpty(await user.SendAsync("hello"));
        var before = channel.Received.Count;

        outage.Down = true;
        var sent = await app.Get<ConversationWriter>().RunProactiveAsync(user.ConversationId, turn =>
        {
            turn.Send(Message.Text("An agent has replied to your ticket."));
            return Task.CompletedTask;
        });

        // Committed with the change: the entry is there as soon as the write returns, keyed by the activity's id.
        var activity = Assert.Single(sent);
        var store = app.Get<IOutboxStore>();
        var id = BotConnectorDelivery.OutboxId(activity.Id!);
        Assert.NotNull(await store.FindAsync(id, TestContext.Current.CancellationToken));

        // The worker tried while the channel was down (no connection was made), and will try again.
        var failed = await WaitForAsync(store, id, e => e.LastError is not null && e.State == OutboxState.Pending);
        Assert.Equal("ConnectionError", failed.LastError);
        Assert.True(outage.Refused > 0);
        Assert.Equal(before, channel.Received.Count);

        outage.Down = false;
        var done = await WaitForAsync(store, id, e => e.State == OutboxState.Sent);
        Assert.True(done.Attempts >= 2);
        var received = channel.Received.Skip(before).Where(r => r.Activity.Text == "An agent has replied to your ticket.").ToList();
        var proactive = Assert.Single(received);
        Assert.Null(proactive.Activity.ReplyToId);
        Assert.Equal($"/amer/v3/conversations/{Uri.EscapeDataString(user.ConversationId)}/activities", proactive.Path);
    }

    [Fact]
    public async Task A_proactive_message_the_channel_answers_500_is_not_sent_again()
    {
        var user = new ChannelUser(app, channel, "slack");
        Assert.NotEmpty(await user.SendAsync("hello"));
        var attempts = channel.SendAttempts;

        channel.Fail(1, 500);
        var sent = await app.Get<ConversationWriter>().RunProactiveAsync(user.ConversationId, turn =>
        {
            turn.Send(Message.Text("Your ticket was resolved."));
            return Task.CompletedTask;
        });

        var id = BotConnectorDelivery.OutboxId(Assert.Single(sent).Id!);
        var abandoned = await WaitForAsync(app.Get<IOutboxStore>(), id, e => e.State != OutboxState.Pending);
        Assert.Equal(OutboxState.Abandoned, abandoned.State);
        Assert.StartsWith("500", abandoned.LastError, StringComparison.Ordinal);
        Assert.Equal(1, abandoned.Attempts);
        Assert.Equal(attempts + 1, channel.SendAttempts);
    }

    private static async Task<OutboxEntry> WaitForAsync(IOutboxStore store, string id, Func<OutboxEntry, bool> done)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (await store.FindAsync(id, timeout.Token) is { } entry && done(entry)) return entry;
            await Task.Delay(50, timeout.Token);
        }
    }

    private sealed class Outage
    {
        private int refused;

        public volatile bool Down;

        public int Refused => Volatile.Read(ref refused);

        public void Refuse() => Interlocked.Increment(ref refused);
    }

    /// <summary>While the channel is down, its connection is refused: the request never leaves this machine.</summary>
    private sealed class OutageHandler(Outage outage) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!outage.Down) return base.SendAsync(request, cancellationToken);
            outage.Refuse();
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (the test's outage)");
        }
    }
}
