using System.ComponentModel.DataAnnotations;

namespace HelpdeskBot.Instances;

/// <summary>
/// <c>Helpdesk:Instances</c>: how several instances sharing one store tell each other what changed. Unset,
/// the app behaves as one instance: live pushes reach this instance's clients only, and web chat streams
/// re-read the store every second to see other instances' writes.
/// </summary>
public sealed class InstancesOptions
{
    public const string Section = "Helpdesk:Instances";

    /// <summary>
    /// The instance hub (<c>/hubs/instances</c>) every instance's link connects to. With Azure SignalR Service,
    /// the instance's own address (the negotiation hands the link to the service, which reaches every
    /// instance); without it, one instance that relays to the others (a single point of failure: while it
    /// is away, streams wait for their next signal after it comes back, when every stream re-reads once).
    /// Set, streams wait on signals alone: an idle open chat costs no store reads.
    /// </summary>
    [Url]
    public string? LinkUrl { get; set; }

    public AzureSignalROptions AzureSignalR { get; set; } = new();
}

/// <summary>
/// <c>Helpdesk:Instances:AzureSignalR</c>: Azure SignalR Service (Default mode) behind every hub, so the agent
/// console's pushes reach consoles on every instance. A connection string, or an endpoint signed in to with
/// Microsoft Entra ID (managed identity; <c>AZURE_CLIENT_ID</c> picks a user-assigned one) — not both.
/// </summary>
public sealed class AzureSignalROptions
{
    /// <summary><c>Endpoint=https://….service.signalr.net;AccessKey=…;Version=1.0;</c> (a secret: environment or Key Vault only).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The service's endpoint, e.g. https://contoso-helpdesk.service.signalr.net.</summary>
    [Url]
    public string? Endpoint { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(Endpoint);
}
