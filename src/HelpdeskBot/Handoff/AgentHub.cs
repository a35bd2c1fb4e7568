using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace HelpdeskBot.Handoff;

/// <summary>A line of a live handoff as agents see it: who said it ("user" or "agent"), and what.</summary>
public sealed record AgentMessage(string EscalationId, string From, string? Name, string Text, IReadOnlyList<string> Files, DateTimeOffset At);

/// <summary>
/// Pushes to signed-in agents' consoles: the queue changed, a message arrived. One instance's clients
/// only — several instances need a SignalR backplane (Azure SignalR Service); consoles also re-read on
/// a timer.
/// </summary>
[Authorize(AuthenticationSchemes = AgentAuth.Scheme)]
public sealed class AgentHub : Hub
{
    public const string Path = "/hubs/agent";
}

public sealed class AgentNotifier(IHubContext<AgentHub> hub)
{
    public Task EscalationsChangedAsync() => hub.Clients.All.SendAsync("escalationsChanged");

    public Task MessageAsync(AgentMessage message) => hub.Clients.All.SendAsync("message", message);
}
