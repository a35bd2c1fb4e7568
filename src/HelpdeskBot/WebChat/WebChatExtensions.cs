using Microsoft.AspNetCore.StaticFiles;

namespace HelpdeskBot.WebChat;

public static class WebChatExtensions
{
    /// <summary>
    /// The website chat and the agent console are static files (<c>UseDefaultFiles</c>, <c>UseStaticFiles</c> in
    /// Program.cs); their pages carry headers that keep other sites from framing or scripting them.
    /// </summary>
    public static IHostApplicationBuilder AddHelpdeskWebChat(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<StaticFileOptions>(o => o.OnPrepareResponse = Secure);
        return builder;
    }

    private static void Secure(StaticFileResponseContext context)
    {
        if (!context.File.Name.EndsWith(".html", StringComparison.Ordinal)) return;
        var headers = context.Context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        // Web Chat injects inline styles; scripts come only from this origin.
        headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self' ws: wss: blob:; worker-src 'self' blob:; frame-ancestors 'none'";
    }
}
