using HelpdeskBot.Handoff;
using HelpdeskBot.Turns;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Instances;

/// <summary>How the link reaches the hub; tests hand it another app's in-memory server.</summary>
public sealed class InstanceLinkTransport
{
    public Action<HttpConnectionOptions> Configure { get; init; } = _ => { };
}

/// <summary>
/// This instance's connection to the instance hub (<see cref="InstancesOptions.LinkUrl"/>): it publishes
/// "this conversation's log grew" after every local commit and wakes local streams when another instance
/// says so; without Azure SignalR Service it also carries the agent consoles' pushes. Nothing is read from
/// the store to learn of a change. A publish made while the link is away is lost, so whenever the link
/// (re)connects it says <see cref="InstanceHub.Rejoined"/>, and every instance's streams read the store once.
/// </summary>
public sealed partial class InstanceLink : BackgroundService, IConversationSignalBus, IAgentFanOut
{
    private readonly HubConnection connection;
    private readonly bool carriesAgentEvents;
    private readonly ILogger<InstanceLink> logger;
    private readonly TaskCompletionSource connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IConversationSignalSink? sink;

    public InstanceLink(IOptions<InstancesOptions> options, InstanceAuth auth, InstanceLinkTransport transport, IHubContext<AgentHub> consoles, ILogger<InstanceLink> logger)
    {
        this.logger = logger;
        // Through Azure SignalR Service the hub context already reaches every console; relayed, each instance sends to its own.
        carriesAgentEvents = !options.Value.AzureSignalR.IsConfigured;
        connection = new HubConnectionBuilder()
            .WithUrl(options.Value.LinkUrl!, http =>
            {
                http.AccessTokenProvider = () => Task.FromResult<string?>(auth.IssueToken());
                transport.Configure(http);
            })
            .WithAutomaticReconnect(new KeepTrying())
            .Build();
        connection.On<string>(InstanceHub.GrewMethod, id => sink?.Wake(id));
        connection.On<AgentEvent>(InstanceHub.AgentMethod, e => e.SendAsync(consoles));
        connection.On(InstanceHub.RejoinedMethod, () => sink?.WakeAll());
        connection.Reconnecting += error =>
        {
            LogAway(logger, error?.Message);
            return Task.CompletedTask;
        };
        connection.Reconnected += _ => JoinedAsync();
    }

    public bool ReachesOtherInstances => true;

    /// <summary>Completes when the link first connects (the readiness of this instance's cross-instance signals).</summary>
    public Task Connected => connected.Task;

    public void Attach(IConversationSignalSink sink) => this.sink = sink;

    public void Publish(string conversationId) => Send(nameof(InstanceHub.Grew), conversationId);

    public void Publish(AgentEvent agentEvent)
    {
        if (carriesAgentEvents) Send(nameof(InstanceHub.Agent), agentEvent);
    }

    private void Send(string method, object argument)
    {
        // Away: dropped here, and made good by the Rejoined this link says when it is back.
        if (connection.State != HubConnectionState.Connected) return;
        _ = SendAsync(method, argument);
    }

    private async Task SendAsync(string method, object argument)
    {
        try
        {
            await connection.SendAsync(method, argument);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogSendFailed(logger, method, e.Message);
        }
    }

    private async Task JoinedAsync()
    {
        LogJoined(logger);
        // What others published while this link was away was lost: look at the store once, and have them do the same.
        sink?.WakeAll();
        await connection.SendAsync(nameof(InstanceHub.Rejoined));
        connected.TrySetResult();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Automatic reconnection covers a link that was up; the first connection is retried here (the hub
        // may be another instance that is still starting, or this one, whose server is not listening yet).
        var policy = new KeepTrying();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await connection.StartAsync(stoppingToken);
                await JoinedAsync();
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested && e is not OutOfMemoryException)
            {
                LogNotYet(logger, e.Message);
                await Task.Delay(policy.Delay(attempt), stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await connection.DisposeAsync();
    }

    /// <summary>Never gives up: 0.5 s, 1 s, 2 s … up to 30 s between tries.</summary>
    private sealed class KeepTrying : IRetryPolicy
    {
        public TimeSpan Delay(int attempt) => TimeSpan.FromMilliseconds(Math.Min(30_000, 500 * Math.Pow(2, Math.Min(attempt, 6))));

        public TimeSpan? NextRetryDelay(RetryContext retryContext) => Delay((int)retryContext.PreviousRetryCount);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Instance link connected: web chat streams wait on signals, not on the store")]
    private static partial void LogJoined(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Instance link lost ({Reason}); reconnecting, streams will re-read the store once when it is back")]
    private static partial void LogAway(ILogger logger, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Instance link not connected yet ({Reason}); trying again")]
    private static partial void LogNotYet(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Instance link could not send {Method} ({Reason})")]
    private static partial void LogSendFailed(ILogger logger, string method, string reason);
}
