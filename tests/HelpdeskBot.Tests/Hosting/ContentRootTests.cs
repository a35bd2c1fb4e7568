using HelpdeskBot.Hosting;

namespace HelpdeskBot.Tests.Hosting;

/// <summary>
/// The ninth user trial: the published app started from another folder (<c>dotnet /srv/helpdesk/HelpdeskBot.dll</c>)
/// took that folder as its content root, so it read no <c>appsettings.json</c> and served no web chat or agent console.
/// </summary>
public sealed class ContentRootTests
{
    [Fact]
    public async Task Started_from_another_folder_the_app_reads_its_own_folder()
    {
        var elsewhere = Directory.CreateTempSubdirectory("helpdesk-cwd-").FullName;
        var port = AppProcess.FreePort();
        await using var app = AppProcess.StartIn(elsewhere, new Dictionary<string, string?> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });
        Assert.True(await app.AnswersAsync($"http://127.0.0.1:{port}/healthz/ready", TimeSpan.FromSeconds(120)), app.Output);

        var root = Path.TrimEndingDirectorySeparator(AppProcess.AppOutput);
        Assert.Contains(app.Output.Split('\n'), line => line.Trim().TrimEnd(Path.DirectorySeparatorChar) == $"Content root path: {root}");
        // appsettings.json was read: its "Microsoft.AspNetCore": "Warning" keeps each request's log line out.
        Assert.DoesNotContain("Request starting", app.Output, StringComparison.Ordinal);
        Directory.Delete(elsewhere, recursive: true);
    }

    [Fact]
    public void The_working_directory_stays_the_content_root_when_it_holds_the_settings()
    {
        using var folders = new Folders(working: true, app: true);
        Assert.Null(ContentRoot.Choose([], _ => null, folders.Working, folders.App));
    }

    [Fact]
    public void The_apps_folder_is_taken_when_only_it_holds_the_settings()
    {
        using var folders = new Folders(working: false, app: true);
        Assert.Equal(folders.App, ContentRoot.Choose([], _ => null, folders.Working, folders.App));
    }

    [Fact]
    public void Nothing_changes_when_neither_holds_settings()
    {
        using var folders = new Folders(working: false, app: false);
        Assert.Null(ContentRoot.Choose([], _ => null, folders.Working, folders.App));
    }

    [Theory]
    [InlineData("--contentRoot=/srv/other", null)]
    [InlineData(null, "ASPNETCORE_CONTENTROOT")]
    [InlineData(null, "DOTNET_CONTENTROOT")]
    public void A_content_root_the_operator_gave_wins(string? arg, string? variable)
    {
        using var folders = new Folders(working: false, app: true);
        string[] args = arg is null ? [] : [arg];
        Assert.Null(ContentRoot.Choose(args, name => name == variable ? "/srv/other" : null, folders.Working, folders.App));
    }

    private sealed class Folders : IDisposable
    {
        public Folders(bool working, bool app)
        {
            Working = Directory.CreateTempSubdirectory("helpdesk-working-").FullName;
            App = Directory.CreateTempSubdirectory("helpdesk-app-").FullName;
            if (working) File.WriteAllText(Path.Combine(Working, "appsettings.json"), "{}");
            if (app) File.WriteAllText(Path.Combine(App, "appsettings.json"), "{}");
        }

        public string Working { get; }

        public string App { get; }

        public void Dispose()
        {
            Directory.Delete(Working, recursive: true);
            Directory.Delete(App, recursive: true);
        }
    }
}
