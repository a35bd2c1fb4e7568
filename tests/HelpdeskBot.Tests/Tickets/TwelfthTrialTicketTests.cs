using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Tests.Intake;
using HelpdeskBot.Tickets;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Tickets;

/// <summary>
/// What the twelfth user trial found after a ticket, in other words than the trial's: a second, different problem opened
/// with "one more thing" went onto the last ticket as a comment; "why was it closed, the money isn't back" right after the
/// agent closed the ticket started a new report of the protest.
/// </summary>
public sealed class TwelfthTrialTicketTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat(string locale) => new(app.Get<TurnProcessor>(), userId: "sari") { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    /// <summary>A chat that has just made a ticket about the mobile app.</summary>
    private async Task<(TestChat Chat, string Number)> AfterTicketAsync(string locale)
    {
        var chat = NewChat(locale);
        await IntakeConversationTests.AnswerAll(chat).Send("yes").AssertSays("HD-");
        return (chat, chat.Ticket!.Number);
    }

    private async Task<Ticket> StoredAsync(string number) => (await app.Get<ITicketStore>().GetAsync(number))!;

    private static bool Commented(Ticket ticket) => ticket.Events.Any(e => e.Kind == TicketEventKind.CommentAdded && e.By == "user");

    [Theory]
    [InlineData("id-ID", "oh iya kak satu lagi, transfer ke rekening adik sy tadi jam 10 gagal tapi saldo sy kepotong 150rb")]
    [InlineData("en-US", "oh one more thing, my transfer to my landlord failed this morning but the money was taken from my balance")]
    public async Task A_second_problem_with_another_service_after_a_ticket_starts_a_new_report(string locale, string text)
    {
        var (chat, number) = await AfterTicketAsync(locale);

        await chat.Send(text).AssertNotSays(number);

        Assert.NotNull(chat.Contract?.Field);
        Assert.False(Commented(await StoredAsync(number)));
    }

    [Fact]
    public async Task One_more_thing_about_the_same_service_still_goes_on_the_ticket()
    {
        var (chat, number) = await AfterTicketAsync("en-US");

        await chat.Send("one more thing, the app also closes when I open the history tab").AssertSays(number);

        Assert.True(Commented(await StoredAsync(number)));
    }

    [Theory]
    [InlineData("id-ID", TicketStatus.Closed, "lho kok ditutup, kan uangnya blm balik kak")]
    [InlineData("id-ID", TicketStatus.Resolved, "kenapa tiketnya diselesaikan? aplikasinya masih nutup sendiri")]
    [InlineData("en-US", TicketStatus.Closed, "why did you close it?? my refund never came")]
    public async Task A_protest_right_after_the_agent_closed_the_ticket_reopens_it(string locale, TicketStatus closedAs, string protest)
    {
        var (chat, number) = await AfterTicketAsync(locale);
        await app.Get<TicketUpdates>().ApplyAsync(number, new TicketPatch(Status: closedAs), "siti", default);

        await chat.Send(protest).AssertSays(number);

        var ticket = await StoredAsync(number);
        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.Contains(ticket.Events, e => e.Kind == TicketEventKind.CommentAdded && e.By == "user" && e.Text == protest);
    }

    [Theory]
    [InlineData("en-US", "thanks, all good now")]
    [InlineData("en-US", "I can't log in to the website since this morning")]
    [InlineData("id-ID", "kak kok email sy ga bisa kirim lampiran ya dari tadi")]
    [InlineData("id-ID", "udah lah tutup aja tiketnya, makasih")]
    [InlineData("en-US", "why does the app keep getting closed by itself when I open it")]
    public async Task Thanks_or_another_problem_after_the_close_leaves_the_ticket_closed(string locale, string text)
    {
        var (chat, number) = await AfterTicketAsync(locale);
        await app.Get<TicketUpdates>().ApplyAsync(number, new TicketPatch(Status: TicketStatus.Closed), "siti", default);

        await chat.Send(text);

        Assert.Equal(TicketStatus.Closed, (await StoredAsync(number)).Status);
    }

    /// <summary>
    /// The fourteenth trial, the next day in a new chat: "you marked it fixed but it crashed again this morning" started a new
    /// report. The team's close, and the problem back, reopen the user's ticket closed most recently.
    /// </summary>
    [Theory]
    [InlineData("en-US", "hello, me again. you guys marked it resolved yesterday but the app closes again when I pay")]
    [InlineData("id-ID", "kak tiket sy kmrn ditutup katanya udah beres, tp aplikasinya nutup sendiri lagi pas bayar")]
    public async Task The_problem_back_after_the_team_closed_it_reopens_the_ticket_from_another_chat(string locale, string text)
    {
        var (_, number) = await AfterTicketAsync(locale);
        await app.Get<TicketUpdates>().ApplyAsync(number, new TicketPatch(Status: TicketStatus.Resolved), "siti", default);

        var nextDay = NewChat(locale);
        await nextDay.Send(text).AssertSays(number);

        Assert.Equal(TicketStatus.Open, (await StoredAsync(number)).Status);
    }

    /// <summary>The fourteenth trial: "HD-… — Waiting for you" in a new chat, and the agent's question nowhere in it.</summary>
    [Theory]
    [InlineData("en-US", "any update on my ticket?", "The team asked: “Which invoice number was it?”")]
    [InlineData("id-ID", "gmn tiket sy kak", "Tim kami bertanya: “Which invoice number was it?”")]
    public async Task A_ticket_waiting_for_the_user_shows_what_the_team_asked(string locale, string ask, string shown)
    {
        var (_, number) = await AfterTicketAsync(locale);
        await app.Get<TicketUpdates>().ApplyAsync(number, new TicketPatch(Status: TicketStatus.WaitingForUser, Comment: "Which invoice number was it?"), "siti", default);

        await NewChat(locale).Send(ask).AssertSays(number).AssertSays(shown);
    }

    /// <summary>
    /// The fifteenth trial, in a new tab: "hi again, what was the fix for mum's medicare thing? I closed the tab" reopened the
    /// resolved ticket, and the status never showed the note the agent resolved it with.
    /// </summary>
    [Theory]
    [InlineData("en-US", "hi again, what was the fix for my login problem? I closed the tab", "Last from the team: “We reset your session, please log in again.”")]
    [InlineData("id-ID", "kak tiket sy kmrn solusinya apa ya? td sy tutup tabnya", "Catatan terakhir dari tim: “We reset your session, please log in again.”")]
    public async Task Asking_what_the_fix_was_shows_the_teams_note_and_reopens_nothing(string locale, string ask, string shown)
    {
        var (_, number) = await AfterTicketAsync(locale);
        await app.Get<TicketUpdates>().ApplyAsync(number, new TicketPatch(Status: TicketStatus.Resolved, Comment: "We reset your session, please log in again."), "siti", default);

        await NewChat(locale).Send(ask).AssertSays(number).AssertSays(shown);

        Assert.Equal(TicketStatus.Resolved, (await StoredAsync(number)).Status);
    }

    /// <summary>
    /// The fifteenth trial: a reply to a resolved ticket started a new report, and in it "still fails, please reopen HD-…" was
    /// refused twice as a time. Asked in the middle of a report, the ticket opens again and the report goes on it.
    /// </summary>
    [Theory]
    [InlineData("en-US", "report a problem", "still fails, please reopen {0}", "opened ticket {0} again")]
    [InlineData("id-ID", "lapor masalah", "masih gagal kak, tolong buka lagi {0}", "tiket {0} saya buka kembali")]
    public async Task Asked_to_reopen_a_closed_ticket_during_a_report_reopens_it_with_the_report(string locale, string start, string ask, string said)
    {
        var (_, number) = await AfterTicketAsync(locale);
        await app.Get<TicketUpdates>().ApplyAsync(number, new TicketPatch(Status: TicketStatus.Resolved, Comment: "Fixed on our side."), "siti", default);

        var chat = NewChat(locale);
        await chat.Send(start).AssertField("userId").Send("budi_s88").AssertField("service")
            .Send(string.Format(System.Globalization.CultureInfo.InvariantCulture, ask, number))
            .AssertSays(string.Format(System.Globalization.CultureInfo.InvariantCulture, said, number));

        var stored = await StoredAsync(number);
        Assert.Equal(TicketStatus.Open, stored.Status);
        Assert.Contains(stored.Events, e => e.Kind == TicketEventKind.CommentAdded && e.Text!.Contains("budi_s88", StringComparison.Ordinal));
        Assert.Null(chat.Contract?.Field);
    }

    public void Dispose() => app.Dispose();
}
