using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Attachments;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Handoff;
using HelpdeskBot.Safety;
using HelpdeskBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// Every string of an inbound activity, not only its text: display names, <c>value</c>, <c>channelData</c>,
/// <c>speak</c>, card content, entities, unknown properties — and every field an agent writes. A secret planted in
/// any of them reaches no file of the data directory (the SQLite file and its WAL included), no log line, and no
/// reply (the echo, the greeting).
/// </summary>
public sealed class EveryFieldGuardedTests
{
    // One secret per field, so a failure names the field that leaked.
    private const string NameCard = "4539 1488 0343 6467";
    private const string ValueCard = "5500-0000-0000-0004";
    private const string ChannelDataPassword = "Sup3rS3cret!x";
    private const string SpeakOtp = "839201";
    private const string CardContentPin = "482915";
    private const string EntityPassword = "kodeRahasia99";
    private const string ExtraPassword = "Hunter2!xyz";
    private const string ThumbnailCard = "4916338506082832";
    private const string TenantCard = "4111 1111 1111 1111";

    private static readonly string[] Secrets =
        [NameCard, NameCard.Replace(" ", "", StringComparison.Ordinal), ValueCard, ChannelDataPassword, SpeakOtp, CardContentPin, EntityPassword, ExtraPassword, ThumbnailCard, TenantCard];

    private static string Hostile(string type, string? name = null) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["type"] = type,
        ["name"] = name,
        ["text"] = type == "message" ? "hello" : null,
        ["locale"] = "en-US",
        ["from"] = new { id = "ignored", name = "card " + NameCard, nickname = "pwd=" + ExtraPassword },
        ["value"] = new { card = ValueCard, note = "PIN " + CardContentPin },
        ["speak"] = "my otp is " + SpeakOtp,
        ["channelData"] = new { clientActivityID = "1733312345678.k2j3h4", note = "my password is " + ChannelDataPassword, tenant = new { id = "card " + TenantCard } },
        ["entities"] = new object[] { new { type = "mention", text = "kata sandi saya " + EntityPassword } },
        ["attachments"] = new object[]
        {
            new
            {
                contentType = "application/vnd.microsoft.card.adaptive",
                thumbnailUrl = "https://example.com/" + ThumbnailCard + ".png",
                content = new { type = "AdaptiveCard", body = new[] { new { type = "TextBlock", text = "PIN " + CardContentPin } } },
            },
        },
        ["futureField"] = new { secret = "my password is " + ExtraPassword },
    });

    [Theory]
    [InlineData("message", null)]
    [InlineData("event", "webchat/join")]
    public async Task A_secret_in_any_field_of_an_activity_is_neither_stored_nor_logged_nor_echoed(string type, string? eventName)
    {
        var logs = new CapturingLogs();
        using var app = new HelpdeskApp(
            new() { ["Logging:LogLevel:Default"] = "Trace" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);

        var request = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities");
        request.Content = new StringContent(Hostile(type, eventName), Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Everything the client gets back: the echo and the greeting, which greets no one rather than the card.
        var json = await http.SendAsync(client.Request(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities"));
        var everything = await json.Content.ReadAsStringAsync();
        AssertNoSecret(everything, "the activities a client reads");
        var activities = (await client.ReceiveAsync()).ToList();
        var echo = activities.First(a => a.From?.Role == "user");
        Assert.Null(echo.From!.Name);
        Assert.Equal("1733312345678.k2j3h4", echo.ClientActivityId);
        Assert.Contains(activities, a => a.Text?.StartsWith("Hi", StringComparison.Ordinal) == true);

        AssertNothingKept(app, logs);
    }

    [Fact]
    public async Task A_secret_in_a_display_name_is_not_greeted_and_an_ordinary_name_is()
    {
        using var app = new HelpdeskApp();
        var http = app.CreateClient();
        foreach (var (name, greeted) in new[] { ("Budi", true), ("card " + NameCard, false) })
        {
            var client = await DirectLineClient.StartAsync(http);
            using var response = await client.PostActivityAsync(DirectLineClient.Message("hello") with { From = new ChannelAccount { Id = "x", Name = name } });
            response.EnsureSuccessStatusCode();
            var greeting = (await client.ReceiveAsync()).First(a => a.From?.Role != "user").Text!;
            Assert.Equal(greeted, greeting.Contains(name, StringComparison.Ordinal));
            Assert.DoesNotContain("4539", greeting, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_field_an_agent_writes_is_scanned_and_category_takes_only_known_categories()
    {
        var logs = new CapturingLogs();
        using var app = new HelpdeskApp(
            new() { ["Logging:LogLevel:Default"] = "Trace", ["Helpdesk:Handoff:CheckIntervalSeconds"] = "3600" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        await app.Get<AgentAuth>().SetPasswordAsync("siti", "correct horse battery");
        var agent = app.CreateClient();
        using (var token = await agent.PostAsJsonAsync("/api/agent/token", new { name = "siti", password = "correct horse battery" }))
        {
            agent.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<TokenResponse>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!.Token);
        }
        var number = await (await DirectLineClient.StartAsync(app.CreateClient())).CreateTicketAsync();

        foreach (var (field, value) in new[] { ("assignee", "card " + NameCard), ("comment", "pwd=" + ChannelDataPassword), ("internalNote", "PIN " + CardContentPin) })
        {
            using var refused = await agent.PatchAsJsonAsync($"/api/agent/tickets/{number}", new Dictionary<string, string> { [field] = value });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await refused.Content.ReadAsStringAsync();
            Assert.Contains(field, problem, StringComparison.Ordinal);
            AssertNoSecret(problem, "the refusal");
        }

        using (var unknown = await agent.PatchAsJsonAsync($"/api/agent/tickets/{number}", new { category = "card " + NameCard }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            var problem = await unknown.Content.ReadAsStringAsync();
            Assert.Contains("login", problem, StringComparison.Ordinal);
            AssertNoSecret(problem, "the refusal");
        }
        using (var made = await agent.PatchAsJsonAsync($"/api/agent/tickets/{number}", new { category = "free text the console never offered" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, made.StatusCode);
        }
        using (var known = await agent.PatchAsJsonAsync($"/api/agent/tickets/{number}", new { category = "SECURITY", assignee = "joko" }))
        {
            known.EnsureSuccessStatusCode();
        }
        var ticket = await app.Get<ITicketStore>().GetAsync(number);
        Assert.Equal("security", ticket!.Category.Id);
        Assert.Equal("joko", ticket.Assignee);

        AssertNothingKept(app, logs);
    }

    [Fact]
    public void The_guard_drops_what_the_bot_does_not_use_and_scans_what_it_keeps()
    {
        var guard = new ActivityGuard(new SecretScanner());
        var inbound = ActivityJson.Deserialize(Hostile("message")) with
        {
            Id = "card " + NameCard,
            Conversation = new ConversationAccount { Id = "c1", Name = "pwd=" + ExtraPassword, TenantId = "tenant-1" },
            MembersAdded = [new ChannelAccount { Id = "u1", Name = "PIN " + CardContentPin }],
            SuggestedActions = new SuggestedActions { Actions = [new CardAction { Type = ActionTypes.ImBack, Title = "otp " + SpeakOtp }] },
        };

        var (cleaned, refused) = guard.Apply(inbound);

        Assert.Empty(refused);
        Assert.Equal("hello", cleaned.Text);
        Assert.Null(cleaned.Value);
        Assert.Null(cleaned.Speak);
        Assert.Null(cleaned.Entities);
        Assert.Null(cleaned.Extra);
        Assert.Null(cleaned.SuggestedActions);
        Assert.Null(cleaned.From!.Name);
        Assert.Null(cleaned.From.Extra);
        Assert.Null(cleaned.Conversation!.Name);
        Assert.Equal("tenant-1", cleaned.Conversation.TenantId);
        Assert.Null(cleaned.MembersAdded![0].Name);
        var card = Assert.Single(cleaned.Attachments!);
        Assert.Null(card.Content);
        Assert.Null(card.ThumbnailUrl);
        // The id keys duplicate detection: hashed, the same way each time, never redacted into a shared placeholder.
        Assert.StartsWith("hashed-", cleaned.Id, StringComparison.Ordinal);
        Assert.Equal(cleaned.Id, guard.Apply(inbound).Activity.Id);
        Assert.NotEqual(cleaned.Id, guard.Apply(inbound with { Id = "card 4916 3385 0608 2832" }).Activity.Id);
        var channelData = cleaned.ChannelData!.Value;
        Assert.Equal("1733312345678.k2j3h4", channelData.GetProperty("clientActivityID").GetString());
        Assert.False(channelData.TryGetProperty("note", out _));
        Assert.Equal("card [card number removed]", channelData.GetProperty("tenant").GetProperty("id").GetString());
        AssertNoSecret(ActivityJson.Serialize(cleaned), "the guarded activity");
    }

    [Fact]
    public void What_the_user_typed_is_still_refused_and_a_link_to_our_own_file_is_kept_whole()
    {
        var guard = new ActivityGuard(new SecretScanner());
        // 128 random bits of hex can hold a run of digits that looks like a card: ours is left alone.
        var ours = AttachmentUrls.For("http://localhost:3978", "4539148803436467ab0123456789cdef");
        var (cleaned, refused) = guard.Apply(new Activity
        {
            Type = ActivityTypes.Message,
            Text = "my card is " + TenantCard,
            Attachments = [new Attachment { Name = "pin " + CardContentPin + ".png", ContentUrl = ours }],
        });
        Assert.Equal(["card", "pin"], refused);
        Assert.Equal("my card is [card number removed]", cleaned.Text);
        Assert.Equal(ours, cleaned.Attachments![0].ContentUrl);
    }

    private static void AssertNothingKept(HelpdeskApp app, CapturingLogs logs)
    {
        // While SQLite has the database open (its WAL, when the last connection has not checkpointed it away, holds the
        // latest commits), then once it has closed it (they are checkpointed into the database file).
        var open = SearchDataDirectory(app);
        Assert.Contains(open, f => f.EndsWith(".db-wal", StringComparison.Ordinal) || f.EndsWith(".db", StringComparison.Ordinal));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Contains(SearchDataDirectory(app), f => f.EndsWith(".db", StringComparison.Ordinal));
        Assert.NotEmpty(logs.Lines);
        foreach (var line in logs.Lines) AssertNoSecret(line, "a log line");
    }

    private static string[] SearchDataDirectory(HelpdeskApp app)
    {
        var files = app.ReadDataFiles().ToList();
        foreach (var (path, text) in files) AssertNoSecret(text, path);
        return [.. files.Select(f => f.Path)];
    }

    private static void AssertNoSecret(string text, string where)
    {
        foreach (var secret in Secrets) Assert.False(text.Contains(secret, StringComparison.Ordinal), $"'{secret}' found in {where}");
    }

    private sealed class CapturingLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLogs owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
