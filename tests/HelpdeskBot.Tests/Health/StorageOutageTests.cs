using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Channels.DirectLine;
using HelpdeskBot.Data;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Data.Sqlite;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Handoff;
using HelpdeskBot.Tests.BotFramework;
using HelpdeskBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpdeskBot.Tests.Health;

/// <summary>
/// A full disk, as SQLite reports it (<c>SQLITE_FULL</c>, error 13), injected under the real stores: every protocol
/// answers 503 with <c>Retry-After</c> and its own error body, the readiness check fails, the outage is logged once
/// with its cause — and when the disk has room again everything recovers by itself, the client's retry included.
/// </summary>
public sealed class StorageOutageTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The real SQLite stores, failing writes the way a full disk makes them fail while <see cref="Full"/> is set.</summary>
    private sealed class Disk
    {
        public volatile bool Full;

        public SqliteException Error() => new("SQLite Error 13: 'database or disk is full'.", 13);
    }

    private sealed class FullDiskConversations(IConversationStore real, Disk disk) : IConversationStore
    {
        public Task<ConversationSnapshot> LoadAsync(string conversationId, CancellationToken cancellationToken = default) => real.LoadAsync(conversationId, cancellationToken);
        public Task<CommitResult> CommitAsync(ConversationCommit commit, CancellationToken cancellationToken = default) =>
            disk.Full ? throw disk.Error() : real.CommitAsync(commit, cancellationToken);
        public Task<string?> FindProcessedAsync(string conversationId, string key, CancellationToken cancellationToken = default) => real.FindProcessedAsync(conversationId, key, cancellationToken);
        public Task<IReadOnlyList<StoredActivity>> ReadActivitiesAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken = default) =>
            real.ReadActivitiesAsync(conversationId, afterSequence, max, cancellationToken);
        public Task<bool> PingAsync(CancellationToken cancellationToken = default) => real.PingAsync(cancellationToken);
        public Task ProbeCommitAsync(CancellationToken cancellationToken = default) => disk.Full ? throw disk.Error() : real.ProbeCommitAsync(cancellationToken);
    }

    private sealed class FullDiskTickets(ITicketStore real, Disk disk) : ITicketStore
    {
        // A read through a connection that cannot take its journal: what the agents' list meets on a full disk.
        private T Check<T>(T value) => disk.Full ? throw disk.Error() : value;
        public Task<Ticket> CreateAsync(Ticket ticket, Func<Ticket, IReadOnlyList<HelpdeskBot.Data.Outbox.OutboxMessage>> outbox, CancellationToken cancellationToken = default) =>
            Check(real).CreateAsync(ticket, outbox, cancellationToken);
        public Task<Ticket?> GetAsync(string number, CancellationToken cancellationToken = default) => Check(real).GetAsync(number, cancellationToken);
        public Task<Ticket?> FindByIntakeAsync(string intakeId, CancellationToken cancellationToken = default) => Check(real).FindByIntakeAsync(intakeId, cancellationToken);
        public Task<IReadOnlyList<Ticket>> ListByOwnerAsync(TicketOwner owner, CancellationToken cancellationToken = default) => Check(real).ListByOwnerAsync(owner, cancellationToken);
        public Task<IReadOnlyList<Ticket>> QueryAsync(TicketQuery query, CancellationToken cancellationToken = default) => Check(real).QueryAsync(query, cancellationToken);
        public Task<Ticket> UpdateAsync(Ticket ticket, IReadOnlyList<HelpdeskBot.Data.Outbox.OutboxMessage> outbox, CancellationToken cancellationToken = default) =>
            Check(real).UpdateAsync(ticket, outbox, cancellationToken);
        public Task<IReadOnlySet<string>> AttachmentIdsAsync(TicketOwner owner, CancellationToken cancellationToken = default) => Check(real).AttachmentIdsAsync(owner, cancellationToken);
    }

    private static Action<IServiceCollection> FaultInjection(Disk disk, ILoggerProvider logs) => services =>
    {
        services.AddSingleton(logs);
        // Under the key the app's guarded stores wrap, so the injected failure takes the production path.
        services.AddKeyedSingleton<IConversationStore>(StorageExtensions.ProviderKey,
            (sp, _) => new FullDiskConversations(ActivatorUtilities.CreateInstance<SqliteConversationStore>(sp), disk));
        services.AddKeyedSingleton<ITicketStore>(StorageExtensions.ProviderKey,
            (sp, _) => new FullDiskTickets(ActivatorUtilities.CreateInstance<SqliteTicketStore>(sp), disk));
    };

    [Fact]
    public async Task A_full_disk_gets_Direct_Line_503_with_Retry_After_and_its_error_body_and_the_retry_succeeds_once_it_is_freed()
    {
        var disk = new Disk();
        var logs = new CapturingLogs();
        using var app = new HelpdeskApp(services: FaultInjection(disk, logs));
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz/ready")).StatusCode);

        disk.Full = true;
        var message = DirectLineClient.Message("report a problem", clientActivityId: "retry-me");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var refused = await client.PostActivityAsync(message);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(10), refused.Headers.RetryAfter?.Delta);
            var error = (await refused.Content.ReadFromJsonAsync<DirectLineErrorBody>(ActivityJson.Options))!.Error;
            Assert.Equal("ServiceUnavailable", error.Code);
        }
        Assert.Empty(await client.ReceiveAsync());
        await AssertReadinessAsync(http, HttpStatusCode.ServiceUnavailable, "store", "Unhealthy");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/healthz")).StatusCode);
        // Alive all the same: restarting the process would not free the disk.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz/live")).StatusCode);

        disk.Full = false;
        await AssertReadinessAsync(http, HttpStatusCode.OK, "store", "Healthy");
        using (var retried = await client.PostActivityAsync(message)) Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("userId", (await client.ReceiveAsync()).Select(HelpdeskChannelData.From).Last(d => d?.Field is not null)!.Field);

        // One outage, logged once with its cause (three refused turns and failed probes notwithstanding), and its end.
        var outage = logs.Lines.Where(l => l.Contains("Storage is unavailable", StringComparison.Ordinal)).ToList();
        Assert.Single(outage);
        Assert.Contains("database or disk is full", outage[0], StringComparison.Ordinal);
        Assert.True(logs.Lines.Count(l => l.Contains("Storage works again", StringComparison.Ordinal)) == 1, string.Join("\n", logs.Lines));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_agent_API_answers_503_ProblemDetails_with_Retry_After()
    {
        var disk = new Disk();
        using var app = new HelpdeskApp(new() { ["Helpdesk:Handoff:CheckIntervalSeconds"] = "3600" }, FaultInjection(disk, new CapturingLogs()));
        await app.Get<AgentAuth>().SetPasswordAsync("siti", "correct horse battery");
        var agent = app.CreateClient();
        using (var token = await agent.PostAsJsonAsync("/api/agent/token", new { name = "siti", password = "correct horse battery" }))
        {
            agent.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<TokenResponse>(Json))!.Token);
        }

        disk.Full = true;
        using var refused = await agent.GetAsync("/api/agent/tickets");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(503, problem.GetProperty("status").GetInt32());

        disk.Full = false;
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/agent/tickets")).StatusCode);
    }

    [Fact]
    public async Task The_Bot_Framework_endpoint_answers_503_so_the_channel_retries()
    {
        var disk = new Disk();
        await using var channel = await FakeChannel.StartAsync();
        var settings = channel.Settings(withAppId: false);
        await using var app = new HelpdeskApp(settings, services => { channel.Trust(services); FaultInjection(disk, new CapturingLogs())(services); });
        app.UseKestrel(0);
        app.StartServer();
        var emulator = new ChannelUser(app, channel, "emulator") { ServiceUrl = channel.EmulatorServiceUrl, BotId = "helpdeskbot" };
        var hello = emulator.Message("hello");

        disk.Full = true;
        using (var refused = await emulator.PostAsync(hello, authorization: null))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
        disk.Full = false;
        Assert.NotEmpty(await emulator.SendAsync(hello, authorization: null));
    }

    [Fact]
    public async Task Readiness_fails_while_the_data_directory_cannot_be_written_and_recovers_by_itself()
    {
        var directory = HelpdeskApp.NewDataDirectory();
        var moved = directory + "-away";
        using var app = new HelpdeskApp(dataDirectory: directory);
        var http = app.CreateClient();
        await AssertReadinessAsync(http, HttpStatusCode.OK, "data-directory", "Healthy");
        try
        {
            Directory.Move(directory, moved);
            await AssertReadinessAsync(http, HttpStatusCode.ServiceUnavailable, "data-directory", "Unhealthy");
        }
        finally
        {
            if (Directory.Exists(moved)) Directory.Move(moved, directory);
        }
        await AssertReadinessAsync(http, HttpStatusCode.OK, "data-directory", "Healthy");
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Readiness_fails_when_the_data_directorys_disk_has_too_little_room()
    {
        using var app = new HelpdeskApp(new() { ["Helpdesk:Storage:MinFreeBytes"] = long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var body = await AssertReadinessAsync(app.CreateClient(), HttpStatusCode.ServiceUnavailable, "data-directory", "Unhealthy");
        Assert.Contains("bytes free", body.GetProperty("checks").GetProperty("data-directory").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> AssertReadinessAsync(HttpClient http, HttpStatusCode expected, string check, string status)
    {
        using var response = await http.GetAsync("/healthz/ready");
        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, body.GetProperty("checks").GetProperty(check).GetProperty("status").GetString());
        return body;
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

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception?.Message}");
        }
    }
}
