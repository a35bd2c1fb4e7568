using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HelpdeskBot.Activities;
using Polly.Retry;

namespace HelpdeskBot.Channels.BotFramework;

/// <summary>
/// The Bot Connector REST API calls the bot makes: send an activity to a conversation, as a reply
/// (<c>POST {serviceUrl}/v3/conversations/{id}/activities/{replyToId}</c>) or on its own (<c>…/activities</c>).
/// Only what cannot post a reply twice is retried (<see cref="ShouldRetry"/>), by the HTTP client's resilience handler.
/// </summary>
public sealed class ConnectorClient(IHttpClientFactory httpClients, IConnectorTokens tokens)
{
    public const string HttpClientName = "BotFramework.Connector";

    public async Task SendAsync(string serviceUrl, string conversationId, string? replyToId, Activity activity, CancellationToken cancellationToken)
    {
        var url = ActivitiesUrl(serviceUrl, conversationId, replyToId);
        var token = await tokens.GetTokenAsync(cancellationToken);
        if (token is not null) RequireSafeForToken(url);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(ActivityJson.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A POST is retried only when it cannot have been applied: the channel said 429 (it did not take it; the handler
    /// waits as its Retry-After says), or the connection was never made (refused, no such host, TLS failed). A 5xx or
    /// a timeout after the request went out may have posted the message already: not retried, or Teams shows it twice.
    /// </summary>
    public static ValueTask<bool> ShouldRetry(RetryPredicateArguments<HttpResponseMessage> arguments) => ValueTask.FromResult(arguments.Outcome switch
    {
        { Result.StatusCode: HttpStatusCode.TooManyRequests } => true,
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError } } => true,
        _ => false,
    });

    public static Uri ActivitiesUrl(string serviceUrl, string conversationId, string? replyToId)
    {
        var url = serviceUrl.TrimEnd('/') + "/v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities";
        if (!string.IsNullOrEmpty(replyToId)) url += "/" + Uri.EscapeDataString(replyToId);
        return new Uri(url, UriKind.Absolute);
    }

    /// <summary>The bot's token goes only over HTTPS, or to this machine (the Emulator).</summary>
    public static void RequireSafeForToken(Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttps && !TrustedServiceUrls.IsLoopback(url))
        {
            throw new InvalidOperationException("The bot's token is sent only over HTTPS (or to loopback).");
        }
    }
}
