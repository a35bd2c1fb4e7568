using HelpdeskBot.Handoff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace HelpdeskBot.Instances;

/// <summary>
/// The hub instances' links connect to (never a browser: only an instance token signs in). Whatever one
/// instance says is passed to every other connected instance; through Azure SignalR Service that is every
/// instance, without it the instances linked to this one.
/// </summary>
[Authorize(Policy = InstanceAuth.Scheme)]
public sealed class InstanceHub : Hub
{
    public const string Path = "/hubs/instances";

    /// <summary>Client-side method names, as the link listens for them.</summary>
    public const string GrewMethod = "grew", AgentMethod = "agent", RejoinedMethod = "rejoined";

    /// <summary>A conversation's log grew on the caller.</summary>
    public Task Grew(string conversationId) => Clients.Others.SendAsync(GrewMethod, conversationId);

    /// <summary>A push for the agent consoles, made on the caller.</summary>
    public Task Agent(AgentEvent agentEvent) => Clients.Others.SendAsync(AgentMethod, agentEvent);

    /// <summary>The caller's link was away: signals it published meanwhile were lost.</summary>
    public Task Rejoined() => Clients.Others.SendAsync(RejoinedMethod);
}
