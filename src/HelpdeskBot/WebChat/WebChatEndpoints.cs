namespace HelpdeskBot.WebChat;

public static class WebChatEndpoints
{
    /// <summary>The website chat at <c>/</c>: static files, with headers that keep other sites from framing or scripting it.</summary>
    public static WebApplication MapWebChat(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var path = http.Request.Path.Value ?? "/";
            if (path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal))
            {
                http.Response.Headers.XContentTypeOptions = "nosniff";
                http.Response.Headers.XFrameOptions = "DENY";
                http.Response.Headers["Referrer-Policy"] = "no-referrer";
                // Web Chat injects inline styles; scripts come only from this origin.
                http.Response.Headers.ContentSecurityPolicy =
                    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self' ws: wss: blob:; worker-src 'self' blob:; frame-ancestors 'none'";
            }
            await next();
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
