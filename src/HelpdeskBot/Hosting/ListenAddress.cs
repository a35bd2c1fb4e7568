using Microsoft.AspNetCore.Hosting;

namespace HelpdeskBot.Hosting;

/// <summary>
/// Where the web server listens when nobody said: <see cref="DefaultUrl"/>, the Bot Framework's customary port.
/// Anything an operator or a platform sets wins — <c>--urls</c>, <c>ASPNETCORE_URLS</c>/<c>DOTNET_URLS</c>, a
/// <c>Urls</c> setting, <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c> (what .NET container images set), or
/// <c>Kestrel:Endpoints</c> — because the fallback is applied only when none of them is set. It is not in
/// <c>appsettings.json</c>: a <c>Urls</c> there outranks the port variables and would hide a container's port.
/// </summary>
public static class ListenAddress
{
    public const string DefaultUrl = "http://localhost:3978";

    public static WebApplicationBuilder UseHelpdeskDefaultUrl(this WebApplicationBuilder builder)
    {
        if (NeedsDefault(builder.Configuration)) builder.WebHost.UseUrls(DefaultUrl);
        return builder;
    }

    /// <summary>True when no listening address is configured by any of the ways ASP.NET Core reads one.</summary>
    public static bool NeedsDefault(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
        && string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
        && string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
        && !configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
}
