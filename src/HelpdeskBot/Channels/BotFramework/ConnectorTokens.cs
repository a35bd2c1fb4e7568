using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace HelpdeskBot.Channels.BotFramework;

/// <summary>The bearer token the bot shows the Bot Connector when it sends (and when it downloads a Teams image).</summary>
public interface IConnectorTokens
{
    /// <summary>A token for <c>https://api.botframework.com</c>, or null when no app id is configured (the Emulator needs none).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Tokens from Microsoft Entra ID through MSAL: client credentials for MultiTenant and SingleTenant bots, the
/// user-assigned managed identity for UserAssignedMSI. MSAL keeps the token in its in-memory app cache and asks
/// for a new one only when it nears expiry, so this is cheap to call for every reply.
/// </summary>
public sealed class MsalConnectorTokens : IConnectorTokens
{
    public const string HttpClientName = "BotFramework.Entra";

    private readonly BotFrameworkOptions options;
    private readonly Lazy<IConfidentialClientApplication>? confidential;
    private readonly Lazy<IManagedIdentityApplication>? managed;

    public MsalConnectorTokens(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClients)
    {
        this.options = options.Value;
        if (!this.options.HasAppId) return;
        var http = new MsalHttpClients(httpClients);
        if (this.options.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI)
        {
            managed = new(() => ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(this.options.MicrosoftAppId!))
                .WithHttpClientFactory(http)
                .Build());
        }
        else
        {
            var publicCloud = Uri.TryCreate(this.options.AuthorityHost, UriKind.Absolute, out var host)
                && host.Host.Equals(new Uri(BotFrameworkOptions.PublicCloudAuthorityHost).Host, StringComparison.OrdinalIgnoreCase);
            confidential = new(() => ConfidentialClientApplicationBuilder
                .Create(this.options.MicrosoftAppId)
                .WithClientSecret(this.options.MicrosoftAppPassword)
                .WithAuthority(this.options.Authority, validateAuthority: publicCloud)
                // Another authority host (a sovereign cloud, a test's token endpoint) is taken as configured.
                .WithInstanceDiscovery(publicCloud)
                .WithHttpClientFactory(http)
                .Build());
        }
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (confidential is not null)
        {
            var result = await confidential.Value.AcquireTokenForClient([options.Scope]).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        if (managed is not null)
        {
            var resource = options.Scope.EndsWith("/.default", StringComparison.Ordinal) ? options.Scope[..^"/.default".Length] : options.Scope;
            var result = await managed.Value.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }
        return null;
    }

    /// <summary>MSAL's HTTP through the app's <see cref="IHttpClientFactory"/> (pooled handlers, one place to configure them).</summary>
    private sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
