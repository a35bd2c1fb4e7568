using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Tests.Infrastructure;

namespace HelpdeskBot.Tests.BotFramework;

/// <summary>The bot on Kestrel at 127.0.0.1, set up for a <see cref="FakeChannel"/>.</summary>
public static class BotOnKestrel
{
    public static HelpdeskApp Start(
        FakeChannel channel, bool withAppId = true, string? dataDirectory = null, bool acceptEmulatorTokens = false, Dictionary<string, string?>? settings = null)
    {
        var all = channel.Settings(withAppId, acceptEmulatorTokens);
        foreach (var (key, value) in settings ?? []) all[key] = value;
        var app = new HelpdeskApp(all, channel.Trust, dataDirectory);
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }
}

/// <summary>
/// A person on one channel, talking to the bot the way Azure Bot Service carries it: each activity POSTed to
/// <c>/api/messages</c> with a channel token, the bot's replies read back from the fake channel's
/// <c>serviceUrl</c>. <see cref="SendAsync(Activity)"/> returns exactly the replies of that turn: it counts them in
/// the conversation's log, then waits for that many at the channel.
/// </summary>
public sealed class ChannelUser(HelpdeskApp app, FakeChannel channel, string channelId)
{
    private readonly HttpClient http = app.CreateClient();
    private long seen;

    public string ConversationId { get; init; } = channelId == "msteams" ? "a:1" + Guid.NewGuid().ToString("N") : "conv-" + Guid.NewGuid().ToString("N");
    public string UserId { get; init; } = channelId == "msteams" ? "29:1user" + Guid.NewGuid().ToString("N")[..8] : "U" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
    public string AadObjectId { get; } = Guid.NewGuid().ToString();
    public string ChannelId => channelId;
    public string ServiceUrl { get; init; } = channel.ServiceUrl;

    /// <summary>The bot's account on the channel: in Teams "28:" and its app id.</summary>
    public string BotId { get; init; } = channelId == "msteams" ? FakeChannel.BotAccountId : "B0BOT:T0TEAM";

    public Activity Message(string text, IReadOnlyList<Attachment>? attachments = null) => Activity(ActivityTypes.Message) with { Text = text, Attachments = attachments };

    /// <summary>What Teams sends when a user installs the bot in personal scope: only the bot is added.</summary>
    public Activity BotAdded() => Activity(ActivityTypes.ConversationUpdate) with
    {
        MembersAdded = [new ChannelAccount { Id = BotId }],
    };

    public Activity Activity(string type) => new()
    {
        Type = type,
        Id = channelId == "msteams" ? "1" + Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999) : Guid.NewGuid().ToString("N"),
        ChannelId = channelId,
        ServiceUrl = ServiceUrl,
        Timestamp = DateTimeOffset.UtcNow,
        LocalTimestamp = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)),
        LocalTimezone = "Asia/Jakarta",
        Locale = "en-US",
        From = new ChannelAccount { Id = UserId, Name = "Budi Santoso", AadObjectId = channelId == "msteams" ? AadObjectId : null },
        Recipient = new ChannelAccount { Id = BotId, Name = "HelpdeskBot" },
        Conversation = new ConversationAccount
        {
            Id = ConversationId,
            ConversationType = channelId == "msteams" ? "personal" : null,
            TenantId = channelId == "msteams" ? "72f988bf-0000-0000-0000-2d7cd011db47" : null,
        },
    };

    /// <summary>POSTs an activity with the given Authorization (by default a valid channel token for it).</summary>
    public async Task<HttpResponseMessage> PostAsync(Activity activity, string? authorization = "", string? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body ?? JsonSerializer.Serialize(activity, ActivityJson.Options), Encoding.UTF8, "application/json"),
        };
        if (authorization == "") authorization = "Bearer " + channel.Token(activity.ServiceUrl);
        if (authorization is not null) request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        return await http.SendAsync(request);
    }

    public Task<IReadOnlyList<ReceivedActivity>> SendAsync(string text) => SendAsync(Message(text));

    /// <summary>Takes what the conversation's log holds so far as seen (turns that did not come through here).</summary>
    public async Task CatchUpAsync()
    {
        var log = await app.Get<IConversationStore>().ReadActivitiesAsync(ConversationId, seen, 1000);
        if (log.Count > 0) seen = log[^1].Sequence;
    }

    public async Task<IReadOnlyList<ReceivedActivity>> SendAsync(Activity activity, string? authorization = "")
    {
        using var response = await PostAsync(activity, authorization);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var log = await app.Get<IConversationStore>().ReadActivitiesAsync(ConversationId, seen, 1000);
        if (log.Count > 0) seen = log[^1].Sequence;
        var replies = log.Skip(1).Select(a => ActivityJson.Deserialize(a.Json)).Count(a => a.Type is ActivityTypes.Message or ActivityTypes.Typing);
        return replies == 0 ? [] : await channel.RepliesToAsync(activity.Id!, replies);
    }
}
