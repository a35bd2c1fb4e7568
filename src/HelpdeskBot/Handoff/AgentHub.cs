using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace HelpdeskBot.Handoff;

/// <summary>A line of a live handoff as agents see it: who said it ("user" or "agent"), and what.</summary>
public sealed record AgentMessage(string EscalationId, string From, string? Name, string Text, IReadOnlyList<string> Files, DateTimeOffset At);

/// <summary>
/// Pushes to signed-in agents' consoles: the queue changed, a message arrived. With Azure SignalR Service
/// (<c>Instances/</c>) the hub context reaches every instance's consoles; otherwise this instance's, and the
/// <see cref="IAgentFanOut"/> carries the event to the others. Consoles also re-read on a timer.
/// </summary>
[Authorize(AuthenticationSchemes = AgentAuth.Scheme)]
public sealed class AgentHub : Hub
{
    public const string Path = "/hubs/agent";
}

/// <summary>One push to the consoles: its hub method name and, for a message, the line.</summary>
public sealed record AgentEvent(string Name, AgentMessage? Message)
{
    public static readonly AgentEvent EscalationsChanged = new("escalationsChanged", null);

    public static AgentEvent For(AgentMessage message) => new("message", message);

    /// <summary>Sends to the consoles connected through <paramref name="hub"/>.</summary>
    public Task SendAsync(IHubContext<AgentHub> hub) =>
        Message is null ? hub.Clients.All.SendAsync(Name) : hub.Clients.All.SendAsync(Name, Message);
}

/// <summary>Carries console pushes to the other instances, each sending them to its own consoles.</summary>
public interface IAgentFanOut
{
    void Publish(AgentEvent agentEvent);
}

/// <summary>One instance, or a hub context that already reaches every console (Azure SignalR Service).</summary>
public sealed class NoAgentFanOut : IAgentFanOut
{
    public void Publish(AgentEvent agentEvent)
    {
    }
}

public sealed class AgentNotifier(IHubContext<AgentHub> hub, IAgentFanOut fanOut)
{
    public Task EscalationsChangedAsync() => SendAsync(AgentEvent.EscalationsChanged);

    public Task MessageAsync(AgentMessage message) => SendAsync(AgentEvent.For(message));

    private async Task SendAsync(AgentEvent agentEvent)
    {
        fanOut.Publish(agentEvent);
        await agentEvent.SendAsync(hub);
    }
}
