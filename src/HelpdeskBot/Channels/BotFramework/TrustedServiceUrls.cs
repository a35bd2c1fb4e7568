using System.Collections.Concurrent;
using System.Net;

namespace HelpdeskBot.Channels.BotFramework;

/// <summary>
/// The <c>serviceUrl</c>s this bot may send to (and show its token to): only those an authenticated inbound
/// activity carried. This process remembers the ones it saw; another instance — or this one after a restart —
/// trusts a conversation's stored reference, which only an authenticated activity could have written (see
/// <see cref="BotConnectorDelivery"/>).
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> trusted = new(StringComparer.Ordinal);

    public void Trust(string serviceUrl)
    {
        if (Normalize(serviceUrl) is { } key) trusted.TryAdd(key, 0);
    }

    public bool IsTrusted(string? serviceUrl) => Normalize(serviceUrl) is { } key && trusted.ContainsKey(key);

    /// <summary>Scheme, host and port in lower case and the path without its trailing slash; null for anything but an absolute http(s) URL.</summary>
    public static string? Normalize(string? serviceUrl)
    {
        if (serviceUrl is null || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) return null;
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo)) return null;
        return $"{uri.Scheme}://{uri.Authority.ToLowerInvariant()}{uri.AbsolutePath.TrimEnd('/')}";
    }

    /// <summary>True for a URL on this machine (the Emulator's <c>serviceUrl</c>).</summary>
    public static bool IsLoopback(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsLoopback(uri);

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
