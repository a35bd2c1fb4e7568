using System.ComponentModel.DataAnnotations;
namespace HelpdeskBot.Channels.BotFramework;

/// <summary>How the bot's Microsoft Entra identity is held (the Azure Bot resource's "Type of App").</summary>
public enum MicrosoftAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}

/// <summary>
/// Azure Bot Service channels. The identity uses the ecosystem's own top-level names (<c>MicrosoftAppId</c>,
/// <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>) so the settings an Azure
/// Bot resource or its templates write work unchanged; the rest is under <c>Helpdesk:BotFramework</c>.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string Section = "Helpdesk:BotFramework";

    public const string PublicCloudAuthorityHost = "https://login.microsoftonline.com";

    /// <summary>The bot's app id. Empty: no Azure Bot Service; only the Emulator in emulator mode (<see cref="EmulatorMode"/>).</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret (MultiTenant, SingleTenant). From the environment or user secrets only.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>UserAssignedMSI unless set: Azure Bot Service creates no new multi-tenant bots, and the Bicep here deploys a managed identity.</summary>
    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.UserAssignedMSI;

    /// <summary>The tenant of a SingleTenant bot.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Where the Bot Connector publishes the keys that sign its requests (with their channel endorsements).</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of the Bot Connector's tokens.</summary>
    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>
    /// Also accept tokens the Bot Framework Emulator mints with this bot's own app id and password (Entra ID
    /// issuers, no endorsements and no <c>serviceurl</c> claim). Off unless asked for.
    /// </summary>
    public bool AcceptEmulatorTokens { get; set; }

    /// <summary>
    /// Without <c>MicrosoftAppId</c>: take unauthenticated activities from the Bot Framework Emulator on this machine
    /// (see <see cref="EmulatorFence"/>). For local development only; on in Development (appsettings.Development.json),
    /// off everywhere else. With an app id it has no effect.
    /// </summary>
    public bool EmulatorMode { get; set; }

    /// <summary>The Emulator's <c>serviceUrl</c> (e.g. http://localhost:53011). Unset: the first Emulator that calls after start.</summary>
    public string? EmulatorServiceUrl { get; set; }

    /// <summary>Where the Entra ID keys that sign the Emulator's tokens are published.</summary>
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>The Entra ID host the bot gets its own tokens from (its token endpoint is <c>{host}/{tenant}/oauth2/v2.0/token</c>).</summary>
    public string AuthorityHost { get; set; } = PublicCloudAuthorityHost;

    /// <summary>The tenant a MultiTenant bot asks for tokens.</summary>
    public string ChannelAuthTenant { get; set; } = "botframework.com";

    /// <summary>What the bot's outbound token is for.</summary>
    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Metadata and keys only over HTTPS (the default; a test may serve them on plain loopback HTTP).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How often the signing keys are re-read even when none is missing (a missing one triggers a read at once).</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Largest inbound activity, in bytes.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Hosts, besides the activity's own <c>serviceUrl</c> host, that a Teams image may be downloaded from with the
    /// bot's token: <c>host</c>, <c>*.domain</c> (any subdomain), or <c>host:port</c>.
    /// </summary>
    public string[] TeamsAttachmentHosts { get; set; } = ["smba.trafficmanager.net", "*.asm.skype.com"];

    /// <summary>Hosts a file sent in Teams (<c>supportsFiles</c>) may be downloaded from; its link is pre-authorised, no token is sent.</summary>
    public string[] TeamsFileHosts { get; set; } = ["*.sharepoint.com"];

    /// <summary>Longest wait for a message's Teams files, all together (the channel is waiting for the answer).</summary>
    public TimeSpan AttachmentDownloadTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A <c>MicrosoftAppType</c> value that is none of the three (reported at start).</summary>
    internal string? InvalidAppType { get; set; }

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The Entra ID authority the bot's client credentials are sent to.</summary>
    public string Authority => AuthorityHost.TrimEnd('/') + "/" +
        (MicrosoftAppType == MicrosoftAppType.SingleTenant ? MicrosoftAppTenantId : ChannelAuthTenant);

    /// <summary>Issuers of Emulator tokens: the Bot Framework tenants, and the bot's own tenant when it has one.</summary>
    public IReadOnlyList<string> EmulatorIssuers
    {
        get
        {
            List<string> issuers =
            [
                "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
                "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
                "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
                "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
            ];
            if (!string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
            {
                issuers.Add($"https://sts.windows.net/{MicrosoftAppTenantId}/");
                issuers.Add($"https://login.microsoftonline.com/{MicrosoftAppTenantId}/v2.0");
            }
            return issuers;
        }
    }

    /// <summary>What is wrong with the configuration, or null.</summary>
    public string? Problem()
    {
        if (InvalidAppType is not null) return $"MicrosoftAppType '{InvalidAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.";
        if (!string.IsNullOrWhiteSpace(EmulatorServiceUrl) && (EmulatorFence.OriginOf(EmulatorServiceUrl) is null || !TrustedServiceUrls.IsLoopback(EmulatorServiceUrl)))
        {
            return $"{Section}:EmulatorServiceUrl must be an http(s) URL on this machine, such as http://localhost:53011.";
        }
        if (!HasAppId) return null;
        if (MicrosoftAppType is MicrosoftAppType.MultiTenant or MicrosoftAppType.SingleTenant && string.IsNullOrEmpty(MicrosoftAppPassword))
        {
            return $"MicrosoftAppPassword is required for a {MicrosoftAppType} bot.";
        }
        if (MicrosoftAppType == MicrosoftAppType.SingleTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            return "MicrosoftAppTenantId is required for a SingleTenant bot.";
        }
        if (!Uri.TryCreate(OpenIdMetadataUrl, UriKind.Absolute, out _)) return $"{Section}:OpenIdMetadataUrl is not an absolute URL.";
        if (!Uri.TryCreate(AuthorityHost, UriKind.Absolute, out var host) || host.Scheme != Uri.UriSchemeHttps) return $"{Section}:AuthorityHost must be an https URL.";
        return null;
    }
}
