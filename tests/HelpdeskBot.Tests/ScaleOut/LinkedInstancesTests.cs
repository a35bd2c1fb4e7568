using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Emulators;
using HelpdeskBot.Handoff;
using HelpdeskBot.Instances;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskBot.Tests.ScaleOut;

/// <summary>
/// Two instances on one Cosmos DB store (the local emulator), linked through the instance hub: B's link
/// connects to A's hub, as every instance would to Azure SignalR Service — here A relays. Nothing is faked
/// between them: B publishes over a real SignalR connection and A's streams and consoles hear it.
/// </summary>
public sealed class LinkedInstancesTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private readonly TaskCompletionSource<TestServer> relay = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CountingStore reads = new();
    private HelpdeskApp first = null!;
    private HelpdeskApp second = null!;

    public async ValueTask InitializeAsync()
    {
        var emulator = await CosmosEmulator.GetAsync();
        var settings = emulator.AppSettings(CosmosEmulator.NewDatabase());
        settings["Helpdesk:DirectLine:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        settings["Helpdesk:Handoff:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        settings["Helpdesk:Handoff:CheckIntervalSeconds"] = "3600";
        settings["Helpdesk:Instances:LinkUrl"] = "http://localhost" + InstanceHub.Path;
        first = new HelpdeskApp(settings, services => { LinkThroughRelay(services); reads.Decorate(services); });
        second = new HelpdeskApp(settings, LinkThroughRelay);
        relay.SetResult(first.Server);
        _ = second.Server;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await first.Get<InstanceLink>().Connected.WaitAsync(timeout.Token);
        await second.Get<InstanceLink>().Connected.WaitAsync(timeout.Token);
    }

    public ValueTask DisposeAsync()
    {
        second.Dispose();
        first.Dispose();
        return ValueTask.CompletedTask;
    }

    private void LinkThroughRelay(IServiceCollection services) => services.AddSingleton(new InstanceLinkTransport
    {
        Configure = http =>
        {
            http.Transports = HttpTransportType.LongPolling;
            http.HttpMessageHandlerFactory = _ => new RelayHandler(relay.Task);
        },
    });

    [Fact]
    public async Task An_agent_on_one_instance_sees_live_what_a_user_says_on_the_other()
    {
        var token = await AgentTokenAsync(first);
        var changes = Channel<string>();
        var messages = Channel<AgentMessage>();
        await using var console = new HubConnectionBuilder()
            .WithUrl("http://localhost" + AgentHub.Path, http =>
            {
                http.Transports = HttpTransportType.LongPolling;
                http.HttpMessageHandlerFactory = _ => first.Server.CreateHandler();
                http.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        console.On("escalationsChanged", () => changes.Writer.TryWrite("changed"));
        console.On<AgentMessage>("message", m => messages.Writer.TryWrite(m));
        await console.StartAsync();

        // The user is on the other instance all along.
        var user = await DirectLineClient.StartAsync(second.CreateClient());
        foreach (var text in new[] { "report a problem", "budi_s88", "Mobile app", "talk to a person" }) await user.SendAsync(text);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        Assert.Equal("changed", await changes.Reader.ReadAsync(timeout.Token));

        await user.SendAsync("The payment screen freezes after the update");
        var message = await messages.Reader.ReadAsync(timeout.Token);
        Assert.Equal("user", message.From);
        Assert.Equal("The payment screen freezes after the update", message.Text);
    }

    [Fact]
    public async Task A_stream_on_one_instance_carries_what_the_other_committed_and_reads_nothing_while_idle()
    {
        var client = await DirectLineClient.StartAsync(first.CreateClient());
        using var socket = await first.Server.CreateWebSocketClient().ConnectAsync(new Uri(client.StreamUrl!), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        var before = reads.Count(client.ConversationId);

        // Idle for three seconds: with the old one-second re-read this stream would have read the store three times.
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        Assert.Equal(before, reads.Count(client.ConversationId));

        var id = await client.Through(second.CreateClient()).SendAsync("hello");
        var received = new List<Activity>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!received.Any(a => a.From?.Role == "bot"))
        {
            received.AddRange((await DirectLineClient.ReadFrameAsync(socket, timeout.Token)).Activities);
        }
        Assert.Equal(id, received[0].Id);
        Assert.Equal(id, received.First(a => a.From?.Role == "bot").ReplyToId);
    }

    [Fact]
    public async Task Without_a_link_an_idle_stream_keeps_reading_the_store()
    {
        // The control for the test above: the same count, on one unlinked instance, does grow.
        var counting = new CountingStore();
        using var alone = new HelpdeskApp(services: counting.Decorate);
        var client = await DirectLineClient.StartAsync(alone.CreateClient());
        using var socket = await alone.Server.CreateWebSocketClient().ConnectAsync(new Uri(client.StreamUrl!), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        var before = counting.Count(client.ConversationId);
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        Assert.True(counting.Count(client.ConversationId) > before);
    }

    [Fact]
    public async Task The_instance_hub_takes_no_agent_or_anonymous_connection()
    {
        var token = await AgentTokenAsync(first);
        foreach (var provider in new Func<Task<string?>>?[] { null, () => Task.FromResult<string?>(token) })
        {
            await using var connection = new HubConnectionBuilder()
                .WithUrl("http://localhost" + InstanceHub.Path, http =>
                {
                    http.Transports = HttpTransportType.LongPolling;
                    http.HttpMessageHandlerFactory = _ => first.Server.CreateHandler();
                    http.AccessTokenProvider = provider;
                })
                .Build();
            var refused = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());
            Assert.True(refused.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden, refused.Message);
        }
    }

    private static async Task<string> AgentTokenAsync(HelpdeskApp app)
    {
        await app.Get<AgentAuth>().SetPasswordAsync("siti", Password);
        using var response = await app.CreateClient().PostAsJsonAsync("/api/agent/token", new { name = "siti", password = Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!.Token;
    }

    private static System.Threading.Channels.Channel<T> Channel<T>() => System.Threading.Channels.Channel.CreateUnbounded<T>();

    /// <summary>Sends to the relay's in-memory server once it exists (the relay's own link starts before its server does).</summary>
    private sealed class RelayHandler(Task<TestServer> server) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var invoker = new HttpMessageInvoker((await server.WaitAsync(cancellationToken)).CreateHandler());
            return await invoker.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Counts each conversation's activity reads, the one store call an open stream makes.</summary>
    private sealed class CountingStore
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

        public int Count(string conversationId) => counts.GetValueOrDefault(conversationId);

        public void Decorate(IServiceCollection services)
        {
            var inner = services.Last(d => d.ServiceType == typeof(IConversationStore));
            services.AddSingleton<IConversationStore>(sp => new Counted(
                (IConversationStore)(inner.ImplementationFactory?.Invoke(sp) ?? inner.ImplementationInstance ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!)), counts));
        }

        private sealed class Counted(IConversationStore inner, System.Collections.Concurrent.ConcurrentDictionary<string, int> counts) : IConversationStore
        {
            public Task<ConversationSnapshot> LoadAsync(string conversationId, CancellationToken cancellationToken = default) => inner.LoadAsync(conversationId, cancellationToken);
            public Task<CommitResult> CommitAsync(ConversationCommit commit, CancellationToken cancellationToken = default) => inner.CommitAsync(commit, cancellationToken);
            public Task<string?> FindProcessedAsync(string conversationId, string key, CancellationToken cancellationToken = default) => inner.FindProcessedAsync(conversationId, key, cancellationToken);
            public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);
            public Task ProbeCommitAsync(CancellationToken cancellationToken = default) => inner.ProbeCommitAsync(cancellationToken);

            public Task<IReadOnlyList<StoredActivity>> ReadActivitiesAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken = default)
            {
                counts.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
                return inner.ReadActivitiesAsync(conversationId, afterSequence, max, cancellationToken);
            }
        }
    }
}
