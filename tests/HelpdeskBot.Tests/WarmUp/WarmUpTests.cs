using System.Net;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.WarmUp;

namespace HelpdeskBot.Tests.WarmUp;

/// <summary>
/// The warm-up runs whole synthetic interviews over HTTP before the app reports ready, against a throwaway bot with its
/// own store and port: none of it reaches the app's own conversations or tickets. (No timing is asserted: CI runs no
/// timing checks.)
/// </summary>
public sealed class WarmUpTests
{
    [Fact]
    public async Task Interviews_end_with_tickets_in_a_throwaway_store_before_the_app_is_ready()
    {
        using var app = new HelpdeskApp(new() { ["Helpdesk:WarmUp:Interviews"] = "3" });
        using var client = app.CreateClient();

        var ready = await client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var warmUp = app.Get<HotPathWarmUp>();
        Assert.True(warmUp.Finished);
        // Interviews 0 and 1 are Direct Line visitors, 2 a Bot Connector channel whose replies come back over HTTP.
        Assert.Equal(3, warmUp.Tickets);
        var conversations = app.Get<IConversationStore>();
        for (var i = 0; i < 3; i++)
        {
            var snapshot = await conversations.LoadAsync("warmup-" + i);
            Assert.Null(snapshot.StateJson);
        }
        Assert.Empty(await app.Get<ITicketStore>().QueryAsync(new TicketQuery()));
        // Its own throwaway store is gone (other runs on the machine may have theirs in the same temp folder).
        Assert.NotNull(warmUp.ThrowawayDirectory);
        Assert.False(Directory.Exists(warmUp.ThrowawayDirectory));
    }

    [Fact]
    public async Task Zero_interviews_is_ready_at_once()
    {
        using var app = new HelpdeskApp();
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/ready")).StatusCode);
        Assert.Equal(0, app.Get<HotPathWarmUp>().Tickets);
    }
}
