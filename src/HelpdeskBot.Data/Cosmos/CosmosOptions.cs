using System.ComponentModel.DataAnnotations;
using HelpdeskBot.Data.Configuration;
namespace HelpdeskBot.Data.Cosmos;

/// <summary><c>Helpdesk:Storage:Cosmos</c>: where the Cosmos DB account is and how to sign in to it.</summary>
public sealed class CosmosOptions
{
    /// <summary>The account endpoint, e.g. https://contoso-helpdesk.documents.azure.com:443/.</summary>
    [Url]
    public string? Endpoint { get; set; }

    [Required]
    public string Database { get; set; } = "helpdesk";

    /// <summary>
    /// An account key. Leave empty to sign in with Microsoft Entra ID instead (managed identity on Azure,
    /// the developer's own sign-in locally; <c>AZURE_CLIENT_ID</c> picks a user-assigned identity).
    /// </summary>
    public string? Key { get; set; }

    /// <summary>
    /// Accept the server's certificate without checking it: for a local emulator's self-signed one.
    /// Honoured only when the endpoint is a loopback address, so a setting copied to production cannot
    /// turn certificate checks off there.
    /// </summary>
    public bool TrustEmulatorCertificate { get; set; }

    /// <summary>Direct (default: TCP to the replicas, fastest) or Gateway (HTTPS only, what emulators speak).</summary>
    [OneOf("Direct", "Gateway")]
    public string ConnectionMode { get; set; } = "Direct";

    public string ConversationsContainer { get; set; } = "conversations";
    public string TicketsContainer { get; set; } = "tickets";
    public string TicketNumbersContainer { get; set; } = "ticketNumbers";
    public string HandoffContainer { get; set; } = "handoff";

    internal bool IsLoopback() =>
        Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
