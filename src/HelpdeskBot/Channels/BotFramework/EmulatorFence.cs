using System.Net;
using HelpdeskBot.Activities;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Channels.BotFramework;

/// <summary>Why emulator mode refuses a request: the status to answer and what to tell the caller.</summary>
public sealed record EmulatorRefusal(int Status, string Detail);

/// <summary>
/// Emulator mode — a bot without <c>MicrosoftAppId</c> taking unauthenticated activities from the Bot Framework
/// Emulator on the developer's machine — kept to exactly that. It must be switched on
/// (<c>Helpdesk:BotFramework:EmulatorMode</c>, on in Development only); the caller must be on this machine and not
/// relayed by a proxy (behind a reverse proxy every caller would look local); and replies go to one
/// <c>serviceUrl</c> origin only: the configured <c>EmulatorServiceUrl</c>, or else the first one an Emulator
/// brings after start, kept until the process stops. Another port on the same machine is refused, so the bot cannot
/// be made to POST to whatever listens locally.
/// </summary>
public sealed partial class EmulatorFence(IOptions<BotFrameworkOptions> options, ILogger<EmulatorFence> logger)
{
    /// <summary>Headers a reverse proxy adds; a request carrying one did not come from the Emulator directly.</summary>
    private static readonly string[] ProxyHeaders = ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Real-IP", "X-Original-For"];

    private string? pinned;

    private string? Configured => OriginOf(options.Value.EmulatorServiceUrl);

    /// <summary>Checks the caller alone, before the body is read.</summary>
    public EmulatorRefusal? CheckCaller(HttpContext http)
    {
        if (!options.Value.EmulatorMode)
        {
            return new(StatusCodes.Status401Unauthorized,
                "No MicrosoftAppId is configured and emulator mode is off: set MicrosoftAppId (Azure Bot Service), or Helpdesk:BotFramework:EmulatorMode=true for the Bot Framework Emulator on this machine.");
        }
        if (http.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
        {
            return new(StatusCodes.Status401Unauthorized, "In emulator mode only the Bot Framework Emulator on this machine may call the bot.");
        }
        if (ProxyHeaders.Any(http.Request.Headers.ContainsKey))
        {
            return new(StatusCodes.Status401Unauthorized, "In emulator mode the bot takes no requests relayed by a proxy.");
        }
        return null;
    }

    /// <summary>Checks where the replies would go; pins the first Emulator's origin when none is configured.</summary>
    public EmulatorRefusal? CheckServiceUrl(Activity activity)
    {
        if (!TrustedServiceUrls.IsLoopback(activity.ServiceUrl) || OriginOf(activity.ServiceUrl) is not { } origin)
        {
            return new(StatusCodes.Status400BadRequest, "In emulator mode replies go only to a serviceUrl on this machine (the Emulator's).");
        }
        var allowed = Configured ?? Pin(origin);
        return string.Equals(allowed, origin, StringComparison.Ordinal)
            ? null
            : new(StatusCodes.Status403Forbidden, $"In emulator mode replies go only to {allowed}, the Emulator this bot was {(Configured is null ? "started for" : "configured for")}; restart the bot to use another.");
    }

    private string Pin(string origin)
    {
        var winner = Interlocked.CompareExchange(ref pinned, origin, null);
        if (winner is not null) return winner;
        LogPinned(logger, origin);
        return origin;
    }

    /// <summary>"scheme://host:port" in lower case, or null for anything but an absolute http(s) URL.</summary>
    internal static string? OriginOf(string? url) =>
        TrustedServiceUrls.Normalize(url) is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}:{uri.Port}"
            : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Emulator mode: replies go to {Origin} only (the first Emulator that called) until the bot restarts.")]
    private static partial void LogPinned(ILogger logger, string origin);
}
