using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpdeskBot.Categorization;
using HelpdeskBot.Tests.Infrastructure;

namespace HelpdeskBot.Tests.Health;

/// <summary>
/// <c>/healthz/live</c> runs no check (the process answers); <c>/healthz/ready</c> — and <c>/healthz</c>, kept for
/// compatibility — needs the store, the data directory and the models. Live while the store is down:
/// <see cref="StorageOutageTests"/>.
/// </summary>
public sealed class LiveAndReadyTests
{
    [Fact]
    public async Task Ready_checks_the_store_the_data_directory_the_models_and_the_warm_up_and_live_checks_nothing()
    {
        using var app = new HelpdeskApp();
        var http = app.CreateClient();

        foreach (var path in new[] { "/healthz/ready", "/healthz" })
        {
            using var ready = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var checks = (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
            Assert.Equal(["data-directory", "models", "store", "warm-up"], checks.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
            Assert.All(checks.EnumerateObject(), c => Assert.Equal("Healthy", c.Value.GetProperty("status").GetString()));
        }

        using var live = await http.GetAsync("/healthz/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Empty((await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").EnumerateObject());
    }

    [Fact]
    public async Task The_first_readiness_probe_loads_the_category_model_so_no_user_waits_for_it()
    {
        using var app = new HelpdeskApp();
        var http = app.CreateClient();
        Assert.False(app.Get<LocalCategoryModel>().IsLoaded);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz/ready")).StatusCode);
        Assert.True(app.Get<LocalCategoryModel>().IsLoaded);
    }
}
