using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using HelpdeskBot.Activities;
using HelpdeskBot.Channels.BotFramework;
using HelpdeskBot.Channels.DirectLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace HelpdeskBot.WarmUp;

/// <summary>
/// A second, throwaway HelpdeskBot for the warm-up: the same <c>AddHelpdesk</c> composition on SQLite in a temporary
/// directory, served by Kestrel on an ephemeral 127.0.0.1 port with the Direct Line and Bot Framework endpoints, and
/// acting as its own Bot Connector (it takes the replies its <c>/api/messages</c> sends to a <c>serviceUrl</c>).
/// The warm-up's interviews reach it over HTTP, as real clients reach the app, so the server, the endpoints, the
/// tokens, the activity JSON and the reply's HTTP call are compiled along with the turn. Nothing it stores or sends
/// leaves it.
/// </summary>
internal sealed class ThrowawayBot : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Channel<Activity>> sent;

    private ThrowawayBot(WebApplication app, ConcurrentDictionary<string, Channel<Activity>> sent, Uri address)
    {
        this.app = app;
        this.sent = sent;
        Address = address;
        Rendering = app.Services.GetRequiredService<ChannelRendering>();
        Http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    /// <summary>Its rendering of replies for a channel, for the channels the warm-up does not call as (Teams).</summary>
    public ChannelRendering Rendering { get; }

    public static async Task<ThrowawayBot> StartAsync(IConfiguration configuration, IHostEnvironment environment, string directory, string modelCache, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment.EnvironmentName,
            ContentRootPath = environment.ContentRootPath,
        });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRouting();
        builder.Configuration.AddConfiguration(configuration);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [WebHostDefaults.ServerUrlsKey] = "http://127.0.0.1:0",
            ["Helpdesk:DataDirectory"] = directory,
            ["Helpdesk:Storage:Provider"] = "Sqlite",
            ["Helpdesk:Telemetry:Exporter"] = "None",
            ["Helpdesk:Smtp:Host"] = "",
            // The categoriser's model is trained (or loaded) once, where this app keeps it.
            ["Helpdesk:Categorization:ModelCacheDirectory"] = modelCache,
            [WarmUpOptions.Section + ":" + nameof(WarmUpOptions.Interviews)] = "0",
            // Its callers are the warm-up on this machine: no Azure Bot Service identity, and replies to itself.
            ["MicrosoftAppId"] = "",
            [BotFrameworkOptions.Section + ":" + nameof(BotFrameworkOptions.MicrosoftAppId)] = "",
            [BotFrameworkOptions.Section + ":" + nameof(BotFrameworkOptions.EmulatorMode)] = "true",
            [BotFrameworkOptions.Section + ":" + nameof(BotFrameworkOptions.EmulatorServiceUrl)] = "",
            [DirectLineOptions.Section + ":AllowAnonymous"] = "true",
            [DirectLineOptions.Section + ":RateLimit:StartsPerMinute"] = "100000",
            [DirectLineOptions.Section + ":RateLimit:MessagesPerMinute"] = "1000000",
        });
        builder.AddHelpdesk();

        var app = builder.Build();
        app.UseRateLimiter();
        app.MapDirectLine();
        app.MapBotFramework();
        var sent = new ConcurrentDictionary<string, Channel<Activity>>(StringComparer.Ordinal);
        // The Bot Connector's side: each reply is taken, as a channel would, and handed to the interview waiting for it.
        Delegate take = async (string conversationId, HttpRequest request) =>
        {
            var activity = await request.ReadFromJsonAsync<Activity>(ActivityJson.Options);
            if (activity is not null) RepliesTo(sent, conversationId).Writer.TryWrite(activity);
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        };
        app.MapPost("/v3/conversations/{conversationId}/activities", take);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", take);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ThrowawayBot(app, sent, new Uri(address));
    }

    private static Channel<Activity> RepliesTo(ConcurrentDictionary<string, Channel<Activity>> sent, string conversationId) =>
        sent.GetOrAdd(conversationId, _ => Channel.CreateUnbounded<Activity>());

    /// <summary>A website visitor on Direct Line: starts a conversation, posts each message and reads the replies.</summary>
    public Func<Activity, CancellationToken, Task<IReadOnlyList<Activity>>> DirectLineUser()
    {
        string? conversationId = null, token = null, watermark = null;
        return async (activity, cancellationToken) =>
        {
            if (conversationId is null)
            {
                using var started = await Http.PostAsync("/v3/directline/conversations", null, cancellationToken);
                var conversation = await ReadJsonAsync(started, cancellationToken);
                conversationId = conversation.GetProperty("conversationId").GetString();
                token = conversation.GetProperty("token").GetString();
            }
            var message = new Activity { Type = ActivityTypes.Message, Text = activity.Text, Locale = activity.Locale, From = new ChannelAccount { Id = "warmup" } };
            using (var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities"))
            {
                post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                post.Content = JsonContent.Create(message, options: ActivityJson.Options);
                using var posted = await Http.SendAsync(post, cancellationToken);
                posted.EnsureSuccessStatusCode();
            }
            using var get = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}");
            get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var got = await Http.SendAsync(get, cancellationToken);
            var set = await ReadJsonAsync(got, cancellationToken);
            watermark = set.GetProperty("watermark").GetString();
            return [.. set.GetProperty("activities").Deserialize<Activity[]>(ActivityJson.Options)!.Where(a => a.From?.Role != "user")];
        };
    }

    /// <summary>
    /// A Bot Connector channel calling <c>/api/messages</c> as the Emulator does, replies coming back to this bot's own
    /// connector side; a turn's replies are complete once one of them asks for a field or gives the ticket.
    /// </summary>
    public Func<Activity, CancellationToken, Task<IReadOnlyList<Activity>>> ConnectorUser(string conversationId)
    {
        var replies = RepliesTo(sent, conversationId).Reader;
        return async (activity, cancellationToken) =>
        {
            var inbound = activity with
            {
                ChannelId = "emulator",
                ServiceUrl = Address.ToString().TrimEnd('/'),
                Conversation = new ConversationAccount { Id = conversationId },
            };
            using (var posted = await Http.PostAsync("/api/messages", new StringContent(ActivityJson.Serialize(inbound), MediaTypeHeaderValue.Parse("application/json")), cancellationToken))
            {
                posted.EnsureSuccessStatusCode();
            }
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            patience.CancelAfter(TimeSpan.FromSeconds(10));
            var received = new List<Activity>();
            while (await replies.WaitToReadAsync(patience.Token))
            {
                while (replies.TryRead(out var reply)) received.Add(reply);
                if (received.Select(HelpdeskChannelData.From).Any(d => d?.Field is not null || d?.Ticket is not null)) break;
            }
            return received;
        };
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
