using System.Collections.Concurrent;
using System.Net;
using HelpdeskBot.Activities;
using HelpdeskBot.Channels.BotFramework;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Tests.BotFramework;

/// <summary>
/// Emulator mode (no app id, unauthenticated callers) is for the Bot Framework Emulator on the developer's machine
/// and nothing else: off unless switched on (on in Development only), replying to one <c>serviceUrl</c> origin, never
/// following a redirect, refusing what a reverse proxy relays.
/// </summary>
public sealed class EmulatorFenceTests
{
    /// <summary>Something listening on another loopback port: it records what reaches it, and may answer with a redirect.</summary>
    private sealed class Listener : IAsyncDisposable
    {
        private readonly WebApplication server;

        public ConcurrentQueue<string> Requests { get; } = new();
        public string? RedirectTo { get; set; }
        public string BaseUrl { get; }

        private Listener(WebApplication server, string baseUrl)
        {
            this.server = server;
            BaseUrl = baseUrl;
        }

        public static async Task<Listener> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            Listener? listener = null;
            app.Run(http =>
            {
                listener!.Requests.Enqueue(http.Request.Method + " " + http.Request.Path);
                if (listener.RedirectTo is { } target)
                {
                    http.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
                    http.Response.Headers.Location = target + http.Request.Path;
                }
                else
                {
                    http.Response.StatusCode = StatusCodes.Status200OK;
                }
                return Task.CompletedTask;
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            listener = new Listener(app, address.TrimEnd('/'));
            return listener;
        }

        public async ValueTask DisposeAsync() => await server.DisposeAsync();
    }

    private static HelpdeskApp Bot(bool? emulatorMode, string? emulatorServiceUrl = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["urls"] = "http://127.0.0.1:0",
            ["Helpdesk:BotFramework:Resilience:Retry:Delay"] = "00:00:00.010",
        };
        if (emulatorMode is { } on) settings["Helpdesk:BotFramework:EmulatorMode"] = on ? "true" : "false";
        if (emulatorServiceUrl is not null) settings["Helpdesk:BotFramework:EmulatorServiceUrl"] = emulatorServiceUrl;
        // No test hook on the HTTP clients: the bot's own handlers, redirect setting included, are what is tested.
        var app = new HelpdeskApp(settings);
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    private static Activity Hello(string serviceUrl, string conversationId) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "emulator",
        ServiceUrl = serviceUrl,
        Text = "hello",
        Locale = "en-US",
        From = new ChannelAccount { Id = "user-1", Name = "Budi" },
        Recipient = new ChannelAccount { Id = "helpdeskbot" },
        Conversation = new ConversationAccount { Id = conversationId },
    };

    private static async Task<HttpResponseMessage> PostAsync(HelpdeskApp app, Activity activity, Action<HttpRequestMessage>? change = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = System.Net.Http.Json.JsonContent.Create(activity, options: ActivityJson.Options) };
        change?.Invoke(request);
        return await app.CreateClient().SendAsync(request);
    }

    /// <summary>The bot's messages in the conversation's log: what the outbox sends to the <c>serviceUrl</c>.</summary>
    private static async Task<int> RepliesLoggedAsync(HelpdeskApp app, string conversationId) =>
        (await app.Get<IConversationStore>().ReadActivitiesAsync(conversationId, 0, 100))
            .Select(a => ActivityJson.Deserialize(a.Json))
            .Count(a => a.From?.Id != "user-1" && a.Type is ActivityTypes.Message or ActivityTypes.Typing);

    /// <summary>Waits until the listener has had <paramref name="count"/> requests (the outbox sends after the answer).</summary>
    private static async Task WaitForAsync(Listener listener, int count)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (listener.Requests.Count < count) await Task.Delay(20, patience.Token);
    }

    [Fact]
    public async Task Without_the_setting_a_bot_without_an_app_id_answers_nobody_not_even_on_this_machine()
    {
        await using var emulator = await Listener.StartAsync();
        await using var app = Bot(emulatorMode: null);
        using var response = await PostAsync(app, Hello(emulator.BaseUrl, "c-off"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("EmulatorMode", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await RepliesLoggedAsync(app, "c-off"));
        Assert.Empty(emulator.Requests);
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    public void Emulator_mode_is_on_in_Development_and_off_in_Production(string environment, bool on)
    {
        using var app = new EnvironmentApp(environment);
        Assert.Equal(on, app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.EmulatorMode);
    }

    [Fact]
    public async Task Replies_go_to_the_first_Emulators_port_only_and_another_loopback_port_is_refused()
    {
        await using var emulator = await Listener.StartAsync();
        await using var other = await Listener.StartAsync();
        await using var app = Bot(emulatorMode: true);

        using (var first = await PostAsync(app, Hello(emulator.BaseUrl + "/", "c-1"))) Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await WaitForAsync(emulator, await RepliesLoggedAsync(app, "c-1"));

        using (var elsewhere = await PostAsync(app, Hello(other.BaseUrl + "/", "c-2")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
            Assert.Contains(new Uri(emulator.BaseUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture), await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(0, await RepliesLoggedAsync(app, "c-2"));

        // The same conversation cannot be moved to the other port either; the Emulator's own port still works.
        using (var moved = await PostAsync(app, Hello(other.BaseUrl + "/", "c-1"))) Assert.Equal(HttpStatusCode.Forbidden, moved.StatusCode);
        var before = emulator.Requests.Count;
        using (var again = await PostAsync(app, Hello(emulator.BaseUrl + "/", "c-3"))) Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await WaitForAsync(emulator, before + await RepliesLoggedAsync(app, "c-3"));
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task A_configured_Emulator_serviceUrl_is_the_only_one_even_for_the_first_caller()
    {
        await using var emulator = await Listener.StartAsync();
        await using var other = await Listener.StartAsync();
        await using var app = Bot(emulatorMode: true, emulatorServiceUrl: emulator.BaseUrl);

        using (var first = await PostAsync(app, Hello(other.BaseUrl, "c-1"))) Assert.Equal(HttpStatusCode.Forbidden, first.StatusCode);
        using (var configured = await PostAsync(app, Hello(emulator.BaseUrl, "c-2"))) Assert.Equal(HttpStatusCode.OK, configured.StatusCode);
        await WaitForAsync(emulator, await RepliesLoggedAsync(app, "c-2"));
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task A_redirect_from_the_Emulators_serviceUrl_is_not_followed()
    {
        await using var emulator = await Listener.StartAsync();
        await using var target = await Listener.StartAsync();
        emulator.RedirectTo = target.BaseUrl;
        await using var app = Bot(emulatorMode: true);

        using (var response = await PostAsync(app, Hello(emulator.BaseUrl, "c-redirect"))) Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Replies go out one at a time: once the Emulator's port has seen every one, a followed redirect would have
        // reached the target before the next was sent.
        var replies = await RepliesLoggedAsync(app, "c-redirect");
        Assert.True(replies > 0);
        await WaitForAsync(emulator, replies);
        Assert.Empty(target.Requests);
    }

    [Fact]
    public async Task A_request_relayed_by_a_reverse_proxy_is_refused_in_emulator_mode()
    {
        await using var emulator = await Listener.StartAsync();
        await using var app = Bot(emulatorMode: true);
        using var response = await PostAsync(app, Hello(emulator.BaseUrl, "c-proxy"), r => r.Headers.Add("X-Forwarded-For", "203.0.113.7"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await RepliesLoggedAsync(app, "c-proxy"));
        Assert.Empty(emulator.Requests);
    }

    /// <summary>The app as <c>dotnet run</c> (Development) or a deployment (Production) starts it.</summary>
    private sealed class EnvironmentApp(string environment) : WebApplicationFactory<Program>
    {
        private readonly string directory = HelpdeskApp.NewDataDirectory();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Helpdesk:DataDirectory", directory);
            builder.UseSetting("Helpdesk:WarmUp:Interviews", "0");
            builder.UseSetting("Helpdesk:Categorization:ModelCacheDirectory", Path.Combine(Path.GetTempPath(), "helpdesk-tests", "model-cache"));
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }
}
