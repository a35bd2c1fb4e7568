using System.Runtime.CompilerServices;
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
/// for a new one only when it nears expiry, so this is cheap to call for every reply. With no app id (the Emulator)
/// there is no token, and MSAL is not even loaded (issue 15: 1.2 MiB of code resident for nothing): only
/// <see cref="EntraTokens"/> names its types, and it is made in a method of its own that runs only with an app id.
/// </summary>
public sealed class MsalConnectorTokens : IConnectorTokens
{
    public const string HttpClientName = "BotFramework.Entra";

    private static readonly Task<string?> NoToken = Task.FromResult<string?>(null);

    private readonly IConnectorTokens? entra;

    public MsalConnectorTokens(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClients)
    {
        if (options.Value.HasAppId) entra = EntraTokens.Create(options.Value, httpClients);
    }

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        entra?.GetTokenAsync(cancellationToken) ?? NoToken;

    private sealed class EntraTokens : IConnectorTokens
    {
        private readonly BotFrameworkOptions options;
        private readonly Lazy<IConfidentialClientApplication>? confidential;
        private readonly Lazy<IManagedIdentityApplication>? managed;

        private EntraTokens(BotFrameworkOptions options, IHttpClientFactory httpClients)
        {
            this.options = options;
            var http = new MsalHttpClients(httpClients);
            if (options.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI)
            {
                managed = new(() => ManagedIdentityApplicationBuilder
                    .Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId!))
                    .WithHttpClientFactory(http)
                    .Build());
            }
            else
            {
                var publicCloud = Uri.TryCreate(options.AuthorityHost, UriKind.Absolute, out var host)
                    && host.Host.Equals(new Uri(BotFrameworkOptions.PublicCloudAuthorityHost).Host, StringComparison.OrdinalIgnoreCase);
                confidential = new(() => ConfidentialClientApplicationBuilder
                    .Create(options.MicrosoftAppId)
                    .WithClientSecret(options.MicrosoftAppPassword)
                    .WithAuthority(options.Authority, validateAuthority: publicCloud)
                    // Another authority host (a sovereign cloud, a test's token endpoint) is taken as configured.
                    .WithInstanceDiscovery(publicCloud)
                    .WithHttpClientFactory(http)
                    .Build());
            }
        }

        // Not inlined into the caller: ahead-of-time code loads what a method names when the method starts.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static IConnectorTokens Create(BotFrameworkOptions options, IHttpClientFactory httpClients) => new EntraTokens(options, httpClients);

        public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
        {
            if (confidential is not null)
            {
                var result = await confidential.Value.AcquireTokenForClient([options.Scope]).ExecuteAsync(cancellationToken);
                return result.AccessToken;
            }
            var resource = options.Scope.EndsWith("/.default", StringComparison.Ordinal) ? options.Scope[..^"/.default".Length] : options.Scope;
            var managedResult = await managed!.Value.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
            return managedResult.AccessToken;
        }
    }

    /// <summary>MSAL's HTTP through the app's <see cref="IHttpClientFactory"/> (pooled handlers, one place to configure them).</summary>
    private sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
