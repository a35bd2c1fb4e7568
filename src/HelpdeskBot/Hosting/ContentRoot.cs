namespace HelpdeskBot.Hosting;

/// <summary>
/// Where the app reads <c>appsettings.json</c>, the web chat's <c>wwwroot</c> and its training files. ASP.NET Core takes
/// the working directory, which is right for <c>dotnet run</c> and for a published app started from its own folder. A
/// published app started from elsewhere (<c>dotnet /srv/helpdesk/HelpdeskBot.dll</c> from a home directory, a service
/// unit without a working directory) found none of them: no settings, no web chat, no agent console. So when the working
/// directory has no <c>appsettings.json</c> and the app's own folder has one, the app's folder is the content root. An
/// explicit <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c>/<c>DOTNET_CONTENTROOT</c> always wins.
/// </summary>
public static class ContentRoot
{
    private const string Settings = "appsettings.json";

    /// <summary>The content root for this process, or null to keep the default (the working directory).</summary>
    public static string? ForThisProcess(string[] args) =>
        Choose(args, Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);

    /// <summary>The app's own folder when the working directory lacks the settings it has; null otherwise.</summary>
    public static string? Choose(string[] args, Func<string, string?> environment, string workingDirectory, string appDirectory)
    {
        var told = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase) || a.StartsWith("/contentRoot", StringComparison.OrdinalIgnoreCase))
                   || !string.IsNullOrEmpty(environment("ASPNETCORE_CONTENTROOT"))
                   || !string.IsNullOrEmpty(environment("DOTNET_CONTENTROOT"));
        if (told || File.Exists(Path.Combine(workingDirectory, Settings)) || !File.Exists(Path.Combine(appDirectory, Settings)))
        {
            return null;
        }

        return appDirectory;
    }
}
