using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Channels.DirectLine;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Emulators;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.ScaleOut;

/// <summary>
/// Two HelpdeskBot instances sharing one Cosmos DB store (the local emulator) and one token signing key,
/// as behind a load balancer: each request of a conversation may land on either.
/// </summary>
public sealed class TwoInstanceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private HelpdeskApp first = null!;
    private HelpdeskApp second = null!;
    private HttpClient[] instances = [];
    private CosmosEmulator emulator = null!;

    public async ValueTask InitializeAsync()
    {
        emulator = await CosmosEmulator.GetAsync();
        var settings = emulator.AppSettings(CosmosEmulator.NewDatabase());
        settings["Helpdesk:DirectLine:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        first = new HelpdeskApp(settings);
        second = new HelpdeskApp(settings);
        instances = [first.CreateClient(), second.CreateClient()];
    }

    public ValueTask DisposeAsync()
    {
        first.Dispose();
        second.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task An_interview_whose_requests_alternate_between_instances_makes_one_ticket()
    {
        var conversation = new AlternatingConversation(await DirectLineClient.StartAsync(instances[0]), instances);
        Assert.Equal("userId", await conversation.SayAsync("I want to report a problem"));
        foreach (var (answer, next) in Interview)
        {
            Assert.Equal(next, await conversation.SayAsync(answer));
        }
        await conversation.SayAsync("yes");
        var number = conversation.LastTicket?.Number ?? throw new Xunit.Sdk.XunitException("No ticket was announced.");

        // Either instance reads it, and the owner has exactly that one.
        var ticket = await second.Get<ITicketStore>().GetAsync(number);
        Assert.NotNull(ticket);
        Assert.Equal("budi_s88", ticket.Fields.UserId);
        Assert.Equal(number, Assert.Single(await first.Get<ITicketStore>().ListByOwnerAsync(ticket.Owner)).Number);
        var state = await first.Get<TurnProcessor>().ReadStateAsync(conversation.ConversationId);
        Assert.Equal(Interview.Length + 2, state.TurnCount);
    }

    [Fact]
    public async Task The_stream_on_one_instance_carries_what_the_other_answered()
    {
        var client = await DirectLineClient.StartAsync(instances[0]);
        using var socket = await first.Server.CreateWebSocketClient().ConnectAsync(new Uri(client.StreamUrl!), CancellationToken.None);
        var id = await client.Through(instances[1]).SendAsync("hello");

        var received = new List<Activity>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!received.Any(a => a.From?.Role == "bot"))
        {
            var set = await DirectLineClient.ReadFrameAsync(socket, timeout.Token);
            received.AddRange(set.Activities);
        }
        Assert.Equal(id, received[0].Id);
        Assert.Equal(id, received.First(a => a.From?.Role == "bot").ReplyToId);
    }

    [Fact]
    public async Task Messages_posted_to_both_instances_at_once_are_each_answered_once_in_turn()
    {
        var client = await DirectLineClient.StartAsync(instances[0]);
        await client.SendAsync("hello");
        await client.ReceiveAsync();

        const int count = 12;
        var ids = await Task.WhenAll(Enumerable.Range(1, count).Select(i =>
            client.Through(instances[i % 2]).SendAsync($"message {i}", clientActivityId: $"c{i}")));
        Assert.Equal(count, ids.Distinct().Count());

        var log = await ReadAllAsync(client.Through(instances[1]));
        var echoes = log.Where(a => a.From!.Role == "user").ToList();
        Assert.Equal(count, echoes.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), echoes.Select(e => e.Id).Order(StringComparer.Ordinal));
        for (var i = 0; i < log.Count; i++)
        {
            if (log[i].From!.Role != "user") continue;
            // Each message's replies follow it before the next message: no two turns interleaved or both won.
            var replies = log.Skip(i + 1).TakeWhile(a => a.From!.Role == "bot").ToList();
            Assert.NotEmpty(replies);
            Assert.All(replies, r => Assert.Equal(log[i].Id, r.ReplyToId));
        }
        var state = await second.Get<TurnProcessor>().ReadStateAsync(client.ConversationId);
        Assert.Equal(count + 1, state.TurnCount);
        output.WriteLine("Emulator bridges used so far: " + string.Join(", ", emulator.Proxy.Bridged.Select(kv => $"{kv.Key} {kv.Value}")));
    }

    [Fact]
    public async Task The_same_activity_retried_on_both_instances_at_once_is_answered_once()
    {
        var client = await DirectLineClient.StartAsync(instances[0]);
        await client.SendAsync("hello");
        await client.ReceiveAsync();

        var retry = DirectLineClient.Message("help", clientActivityId: "same-client-id");
        var responses = await Task.WhenAll(instances.Select(async http =>
        {
            using var response = await client.Through(http).PostActivityAsync(retry);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<ResourceResponse>(ActivityJson.Options))!.Id;
        }));
        Assert.Equal(responses[0], responses[1]);
        var log = await ReadAllAsync(client);
        Assert.Single(log, a => a.From!.Role == "user");
        Assert.All(log.Where(a => a.From!.Role == "bot"), r => Assert.Equal(responses[0], r.ReplyToId));
    }

    [Fact]
    public async Task Confirming_on_both_instances_at_once_makes_one_ticket()
    {
        var conversation = new AlternatingConversation(await DirectLineClient.StartAsync(instances[0]), instances);
        await conversation.SayAsync("I want to report a problem");
        foreach (var (answer, _) in Interview) await conversation.SayAsync(answer);

        // Both turns may run on the same snapshot and both create the intake's ticket; one commits, the
        // other reruns on the new state — and the ticket store returns the same ticket to both.
        var client = conversation.Client;
        await Task.WhenAll(instances.Select((http, i) => client.Through(http).SendAsync("yes", clientActivityId: $"yes-{i}")));
        var log = await ReadAllAsync(client);
        var announced = log.Select(HelpdeskChannelData.From).Select(d => d?.Ticket?.Number).Where(n => n is not null).Distinct().ToList();
        var number = Assert.Single(announced)!;
        var ticket = await first.Get<ITicketStore>().GetAsync(number);
        Assert.Single(await second.Get<ITicketStore>().ListByOwnerAsync(ticket!.Owner));
        Assert.Equal(2, log.Count(a => a.From!.Role == "user" && a.Text == "yes"));
    }

    [Fact]
    public async Task Healthz_answers_on_cosmos()
    {
        using var response = await instances[1].GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static readonly (string Answer, string Next)[] Interview =
    [
        ("budi_s88", "service"),
        ("Mobile app", "occurredAt"),
        ("2 hours ago", "description"),
        ("The app closes on the payment screen", "expected"),
        ("The payment screen should open", "errorMessage"),
        ("Error 502: Bad gateway", "steps"),
        ("Opened the app and tapped Pay", "history"),
        ("Since yesterday's update. I already restarted my phone", "confirm"),
    ];

    private static async Task<List<Activity>> ReadAllAsync(DirectLineClient client)
    {
        var log = new List<Activity>();
        IReadOnlyList<Activity> page;
        while ((page = await client.ReceiveAsync()).Count > 0) log.AddRange(page);
        return log;
    }


    /// <summary>Sends each message through the next instance and reads its replies through the one after.</summary>
    private sealed class AlternatingConversation(DirectLineClient client, HttpClient[] instances)
    {
        private int turn;

        public DirectLineClient Client { get; private set; } = client;
        public string ConversationId => Client.ConversationId;
        public TicketInfo? LastTicket { get; private set; }

        /// <summary>Sends <paramref name="text"/> and returns the field the bot asks for next.</summary>
        public async Task<string?> SayAsync(string text)
        {
            Client = Client.Through(instances[turn++ % instances.Length]);
            await Client.SendAsync(text);
            Client = Client.Through(instances[turn % instances.Length]);
            var replies = await Client.ReceiveAsync();
            var contract = replies.Select(HelpdeskChannelData.From).Where(d => d is not null).ToList();
            LastTicket = contract.Select(d => d!.Ticket).LastOrDefault(t => t is not null) ?? LastTicket;
            return contract.LastOrDefault(d => d!.Field is not null)?.Field;
        }
    }
}
