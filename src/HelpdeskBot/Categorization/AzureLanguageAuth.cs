using System.Net.Http.Headers;
using Azure.Core;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Categorization;

/// <summary>
/// How calls to Azure AI Language prove who they are: the resource key when one is configured, otherwise a
/// Microsoft Entra ID token (the app's managed identity on Azure) for the Cognitive Services scope.
/// </summary>
internal sealed class AzureLanguageAuth(IOptionsMonitor<CategorizationOptions> options, TokenCredential credential)
{
    public const string Scope = "https://cognitiveservices.azure.com/.default";

    public async ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = options.CurrentValue.AzureLanguage.Key;
        if (!string.IsNullOrWhiteSpace(key))
        {
            request.Headers.Add(AzureLanguageClient.KeyHeader, key);
            return;
        }
        // The credential caches its token until shortly before it expires.
        var token = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
    }
}
