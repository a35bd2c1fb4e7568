using System.Globalization;
using HelpdeskBot.Data.Outbox;
using HelpdeskBot.Data.Sqlite;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Tests.Intake;
using HelpdeskBot.Tickets;
using HelpdeskBot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskBot.Tests.Notifications;

/// <summary>
/// Confirmation emails go through the durable outbox: committed with the ticket, sent by the worker outside the turn,
/// retried with backoff while the mail server is down, delivered once when it is back, across a restart too.
/// Backoff runs on a fake clock, so an hour of retries takes a few seconds.
/// </summary>
public sealed class OutboxDeliveryTests
{
    private const string From = "Support <support@example.com>";

    private static Dictionary<string, string?> Smtp(int port) => new()
    {
        ["Helpdesk:Smtp:Host"] = "127.0.0.1",
        ["Helpdesk:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
        ["Helpdesk:Smtp:Security"] = "None",
        ["Helpdesk:Smtp:From"] = From,
    };

    [Fact]
    public async Task Mail_server_down_for_ten_minutes_loses_nothing_and_delivers_each_email_once_when_it_is_back()
    {
        var port = LocalSmtpServer.FreePort();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new HelpdeskApp(Smtp(port), services => services.AddSingleton<TimeProvider>(clock));
        var chat = new TestChat(app.Get<TurnProcessor>());

        // The turn answers without waiting on the mail server.
        await IntakeConversationTests.AnswerAll(chat, email: "budi@example.com").Send("yes").AssertSays("Your ticket number is");
        var number = chat.Ticket!.Number;

        // Ten minutes of a server that refuses connections: attempt after attempt, each failing, none lost.
        var start = clock.GetUtcNow();
        while (clock.GetUtcNow() - start < TimeSpan.FromMinutes(10)) await StepAsync(clock, TimeSpan.FromSeconds(5));
        var waiting = Assert.Single(await EntriesAsync(app));
        Assert.Equal(OutboxState.Pending, waiting.State);
        Assert.True(waiting.Attempts >= 4, $"{waiting.Attempts} attempts in ten minutes");
        Assert.StartsWith("NotSent", waiting.LastError, StringComparison.Ordinal);

        await using var smtp = await LocalSmtpServer.StartAsync(port);
        var mail = await AdvanceUntilAsync(clock, () => smtp.Received.FirstOrDefault(), TimeSpan.FromMinutes(15));
        Assert.Contains(number, mail.Message.Subject, StringComparison.Ordinal);
        Assert.Equal(["budi@example.com"], mail.EnvelopeTo);
        Assert.Equal(waiting.Id + "@example.com", mail.Message.MessageId);

        // An hour later: still that one delivery, and the entry marked sent.
        var sentAt = clock.GetUtcNow();
        while (clock.GetUtcNow() - sentAt < TimeSpan.FromHours(1)) await StepAsync(clock, TimeSpan.FromMinutes(1));
        Assert.Single(smtp.Received);
        var sent = Assert.Single(await EntriesAsync(app));
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.NotNull(sent.SentAt);
    }

    [Fact]
    public async Task A_sent_email_is_kept_for_its_retention_and_then_deleted_by_the_worker()
    {
        await using var smtp = await LocalSmtpServer.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var settings = Smtp(smtp.Port);
        settings["Helpdesk:Outbox:SentRetentionHours"] = "1";
        using var app = new HelpdeskApp(settings, services => services.AddSingleton<TimeProvider>(clock));
        var chat = new TestChat(app.Get<TurnProcessor>());
        await IntakeConversationTests.AnswerAll(chat, email: "budi@example.com").Send("yes").AssertSays("Your ticket number is");
        await AdvanceUntilAsync(clock, () => smtp.Received.FirstOrDefault(), TimeSpan.FromMinutes(5));
        OutboxEntry? sent;
        var recordedBy = DateTime.UtcNow.AddSeconds(30);
        while ((sent = (await EntriesAsync(app)).FirstOrDefault(e => e.State == OutboxState.Sent)) is null)
        {
            Assert.True(DateTime.UtcNow < recordedBy, "the delivered email was never marked sent");
            await StepAsync(clock, TimeSpan.FromSeconds(1));
        }

        // Within its retention it stays, for an operator to see it went.
        while (clock.GetUtcNow() - sent.SentAt!.Value < TimeSpan.FromMinutes(55)) await StepAsync(clock, TimeSpan.FromMinutes(1));
        Assert.Single(await EntriesAsync(app));

        // Past it, the worker's next hourly look deletes it; the ticket and the delivery are untouched.
        while ((await EntriesAsync(app)).Count > 0)
        {
            Assert.True(clock.GetUtcNow() - sent.SentAt.Value < TimeSpan.FromHours(3), "still there three hours after it was sent");
            await StepAsync(clock, TimeSpan.FromMinutes(1));
        }
        Assert.True(clock.GetUtcNow() - sent.SentAt.Value >= TimeSpan.FromHours(1));
        Assert.Single(smtp.Received);
        Assert.NotNull(await app.Get<ITicketStore>().GetAsync(chat.Ticket!.Number));
    }

    [Fact]
    public async Task A_message_the_server_defers_is_sent_again_later_under_the_same_Message_ID_and_accepted_once()
    {
        await using var smtp = await LocalSmtpServer.StartAsync();
        smtp.Defer(2);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new HelpdeskApp(Smtp(smtp.Port), services => services.AddSingleton<TimeProvider>(clock));
        var chat = new TestChat(app.Get<TurnProcessor>());
        await IntakeConversationTests.AnswerAll(chat, email: "budi@example.com").Send("yes").AssertSays("Your ticket number is");

        var mail = await AdvanceUntilAsync(clock, () => smtp.Received.FirstOrDefault(), TimeSpan.FromMinutes(10));

        await WaitUntilAsync(async () => (await EntriesAsync(app)).SingleOrDefault()?.State == OutboxState.Sent);
        var entry = Assert.Single(await EntriesAsync(app));
        Assert.Equal([entry.Id + "@example.com", entry.Id + "@example.com"], smtp.Deferred.Select(m => m.Message.MessageId));
        Assert.Equal(entry.Id + "@example.com", mail.Message.MessageId);
        Assert.Single(smtp.Received);
        // A 4xx after the data is a definite "not now": each try was one attempt of the outbox, none retried on the spot.
        Assert.Equal((OutboxState.Sent, 3), (entry.State, entry.Attempts));
    }

    [Fact]
    public async Task An_email_not_yet_sent_survives_a_restart_and_the_next_run_delivers_it_once()
    {
        var directory = HelpdeskApp.NewDataDirectory();
        try
        {
            var port = LocalSmtpServer.FreePort();
            string number;
            using (var first = new HelpdeskApp(Smtp(port), dataDirectory: directory))
            {
                var chat = new TestChat(first.Get<TurnProcessor>());
                await IntakeConversationTests.AnswerAll(chat, email: "budi@example.com").Send("yes").AssertSays("Your ticket number is");
                number = chat.Ticket!.Number;
                // The first run tried and failed (the server is down) before it stopped.
                await WaitUntilAsync(async () => (await EntriesAsync(first)).SingleOrDefault() is { Attempts: >= 1, LastError: not null });
            }

            await using var smtp = await LocalSmtpServer.StartAsync(port);
            var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
            using var second = new HelpdeskApp(Smtp(port), services => services.AddSingleton<TimeProvider>(clock), dataDirectory: directory);
            _ = second.Services;
            var mail = await AdvanceUntilAsync(clock, () => smtp.Received.FirstOrDefault(), TimeSpan.FromMinutes(15));
            Assert.Contains(number, mail.Message.Subject, StringComparison.Ordinal);
            await WaitUntilAsync(async () => (await EntriesAsync(second)).SingleOrDefault()?.State == OutboxState.Sent);
            for (var i = 0; i < 30; i++) await StepAsync(clock, TimeSpan.FromMinutes(1));
            Assert.Single(smtp.Received);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task An_agents_status_change_emails_the_owner_through_the_outbox_with_the_change()
    {
        await using var smtp = await LocalSmtpServer.StartAsync();
        using var app = new HelpdeskApp(Smtp(smtp.Port));
        var chat = new TestChat(app.Get<TurnProcessor>());
        await IntakeConversationTests.AnswerAll(chat, email: "budi@example.com").Send("yes");
        var number = chat.Ticket!.Number;
        await smtp.WaitForAsync(m => m.Message.Subject?.Contains(number, StringComparison.Ordinal) == true, TimeSpan.FromSeconds(30));

        await app.Get<TicketUpdates>().ApplyAsync(number, new TicketPatch(Status: TicketStatus.Resolved), "joko", TestContext.Current.CancellationToken);

        var update = await smtp.WaitForAsync(m => m.Message.TextBody?.Contains("resolved", StringComparison.OrdinalIgnoreCase) == true, TimeSpan.FromSeconds(30));
        Assert.Contains(number, update.Message.Subject, StringComparison.Ordinal);
        // The server has it; the worker marks the entry sent just after.
        await WaitUntilAsync(async () => (await EntriesAsync(app)) is { Count: 2 } all && all.All(e => e.State == OutboxState.Sent));
        var entries = await EntriesAsync(app);
        Assert.Equal(entries.Select(e => e.Id + "@example.com").Order(), smtp.Received.Select(m => m.Message.MessageId).Order());
    }

    /// <summary>The app's outbox as stored (SQLite), read beside the worker without leasing anything.</summary>
    private static async Task<IReadOnlyList<OutboxEntry>> EntriesAsync(HelpdeskApp app)
    {
        await using var connection = await app.Get<SqliteDatabase>().OpenAsync(CancellationToken.None);
        await using var select = SqliteDatabase.Command(connection, "SELECT Id FROM Outbox");
        var ids = new List<string>();
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) ids.Add(reader.GetString(0));
        }
        var store = app.Get<IOutboxStore>();
        var entries = new List<OutboxEntry>();
        foreach (var id in ids) entries.Add((await store.FindAsync(id))!);
        return entries;
    }

    /// <summary>Moves the fake clock on and lets the worker run what came due.</summary>
    private static async Task StepAsync(FakeTimeProvider clock, TimeSpan by)
    {
        clock.Advance(by);
        await Task.Delay(25);
    }

    /// <summary>Advances the clock in small steps until <paramref name="found"/> has something (at most <paramref name="fakeLimit"/> of fake time).</summary>
    private static async Task<T> AdvanceUntilAsync<T>(FakeTimeProvider clock, Func<T?> found, TimeSpan fakeLimit) where T : class
    {
        var start = clock.GetUtcNow();
        var realDeadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (found() is { } value) return value;
            if (clock.GetUtcNow() - start > fakeLimit || DateTime.UtcNow > realDeadline)
            {
                throw new Xunit.Sdk.XunitException($"Nothing arrived within {fakeLimit} of the app's time.");
            }
            await StepAsync(clock, TimeSpan.FromSeconds(2));
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException("The outbox did not get there in time.");
            await Task.Delay(50);
        }
    }
}
