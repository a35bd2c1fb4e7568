namespace HelpdeskBot.Channels.DirectLine;

/// <summary>
/// The website visitor's own user across conversations. An anonymous start gives the browser a cookie with its signed
/// user id (HttpOnly: no script reads it; SameSite=Strict: no other site's page sends it), and the next anonymous start
/// from that browser continues as that user, so "my tickets" finds what it reported in another tab or on another day.
/// A visitor who clears cookies becomes a new user; no user can name another's id.
/// </summary>
public static class BrowserUser
{
    public const string CookieName = "helpdesk_user";

    /// <summary>The user id this request's browser was given before, or null.</summary>
    public static async Task<string?> ReadAsync(HttpContext http, DirectLineTokens tokens, DirectLineOptions options) =>
        options.BrowserUserDays == 0 ? null : await tokens.BrowserUserOfAsync(http.Request.Cookies[CookieName]);

    /// <summary>Gives (or renews) the browser its user for <see cref="DirectLineOptions.BrowserUserDays"/> more days.</summary>
    public static void Remember(HttpContext http, DirectLineTokens tokens, DirectLineOptions options, string userId)
    {
        if (options.BrowserUserDays == 0) return;
        var lifetime = TimeSpan.FromDays(options.BrowserUserDays);
        http.Response.Cookies.Append(CookieName, tokens.IssueBrowserUser(userId, lifetime), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/v3/directline/conversations",
            MaxAge = lifetime,
            IsEssential = true,
        });
    }
}
