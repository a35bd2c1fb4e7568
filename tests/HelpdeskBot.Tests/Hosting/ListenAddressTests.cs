using HelpdeskBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace HelpdeskBot.Tests.Hosting;

/// <summary>
/// Where the app listens: what the platform sets (ASPNETCORE_URLS, the port variables, --urls) always wins, and the
/// documented fallback, http://localhost:3978, holds only when nothing is set (issue 16: a <c>Urls</c> in
/// appsettings.json outranked ASPNETCORE_URLS, so a container's port was ignored).
/// </summary>
public sealed class ListenAddressTests
{
    [Fact]
    public async Task The_built_app_started_from_its_folder_listens_where_ASPNETCORE_URLS_says()
    {
        var port = AppProcess.FreePort();
        await using var app = AppProcess.Start(new Dictionary<string, string?> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });
        Assert.True(await app.AnswersAsync($"http://127.0.0.1:{port}/healthz/live", TimeSpan.FromSeconds(90)), app.Output);
        Assert.Contains($"http://127.0.0.1:{port}", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost:3978", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_built_app_listens_where_a_urls_argument_says()
    {
        var port = AppProcess.FreePort();
        await using var app = AppProcess.Start(new Dictionary<string, string?>(), "--urls", $"http://127.0.0.1:{port}");
        Assert.True(await app.AnswersAsync($"http://127.0.0.1:{port}/healthz/live", TimeSpan.FromSeconds(90)), app.Output);
    }

    [Fact]
    public void The_shipped_settings_name_no_address_so_the_fallback_applies_with_nothing_else_set()
    {
        var shipped = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppProcess.AppOutput, "appsettings.json"))
            .AddJsonFile(Path.Combine(AppProcess.AppOutput, "appsettings.Development.json"), optional: true)
            .Build();
        Assert.True(ListenAddress.NeedsDefault(shipped));
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:5303")]          // ASPNETCORE_URLS, DOTNET_URLS, --urls, a Urls setting
    [InlineData("http_ports", "8080")]                    // ASPNETCORE_HTTP_PORTS (.NET container images)
    [InlineData("https_ports", "8443")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:5000")]
    public void Any_address_the_operator_sets_turns_the_fallback_off(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        Assert.False(ListenAddress.NeedsDefault(configuration));
    }

    [Fact]
    public void Nothing_set_means_the_fallback()
    {
        Assert.True(ListenAddress.NeedsDefault(new ConfigurationBuilder().Build()));
        Assert.Equal("http://localhost:3978", ListenAddress.DefaultUrl);
    }
}
