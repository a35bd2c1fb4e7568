using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Intake;

/// <summary>
/// What the thirteenth user trial (a helper who never read the code, using the running bot) found, in other words than the
/// trial's: a hurried user's problem lost to "just give me a ticket number"; a call-off at the end of a longer answer; a yes
/// to an older user's "nak"; closing "that ticket" by what it was about; a ticket number with a slip in it.
/// </summary>
public sealed class ThirteenthTrialTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat(string locale = "en-US", string user = "wulan") =>
        new(app.Get<TurnProcessor>(), userId: user) { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    private async Task<Ticket> StoredAsync(string number) => (await app.Get<ITicketStore>().GetAsync(number))!;

    [Theory]
    [InlineData("en-US", "my spotify keeps crashing, just give me a ticket number, no time for 20 questions")]
    [InlineData("id-ID", "gopay ga bisa topup dari pagi, langsung kasih nomor tiket aja kak sy lg buru2")]
    public async Task A_problem_and_a_demand_for_a_ticket_number_starts_the_report_with_the_problem(string locale, string text)
    {
        var chat = NewChat(locale);
        await chat.Send(text).AssertNotSays("don't have any tickets").AssertNotSays("belum punya tiket");
        Assert.NotNull(chat.Contract?.Field);
        Assert.Contains("description", chat.Contract!.Prefilled ?? []);
    }

    [Theory]
    [InlineData("what was my ticket number again? the one for the login error")]
    [InlineData("can you give me my ticket number for the failed transfer")]
    [InlineData("kasih nomor tiket sy yg transfer gagal dong")]
    public async Task Asking_for_the_number_of_a_ticket_made_before_still_shows_the_tickets(string text) =>
        await NewChat().Send(text).Check(c => Assert.Null(c.Contract?.Step));

    [Theory]
    [InlineData("en-US", "why do you need my id for a simple question? ok never mind, cancel")]
    [InlineData("id-ID", "eh gajadi deh kak, kayaknya wifi kantor sy yg lemot")]
    public async Task A_call_off_at_the_end_of_an_answer_stops_the_interview(string locale, string answer) =>
        await NewChat(locale).Send(locale == "en-US" ? "report a problem" : "lapor masalah").AssertField("userId")
            .Send(answer).AssertSays(locale == "en-US" ? "I've stopped" : "saya hentikan")
            .Check(c => Assert.Null(c.Contract?.Field is "userId" ? c.Contract.Field : null));

    [Fact]
    public async Task Yes_to_the_summary_with_an_older_users_form_of_address_creates_the_ticket()
    {
        var chat = NewChat("id-ID");
        await IntakeConversationTests.AnswerAll(chat).Send("iya nak buat aja").AssertSays("HD-");
        Assert.NotNull(chat.Ticket);
    }

    [Fact]
    public async Task Closing_that_ticket_by_what_it_was_about_closes_that_one()
    {
        var first = NewChat();
        await IntakeConversationTests.AnswerAll(first, description: "Spotify premium got downgraded to free after the renewal").Send("yes");
        var spotify = first.Ticket!.Number;
        var second = NewChat();
        await IntakeConversationTests.AnswerAll(second, description: "Yahoo mail is not receiving any emails").Send("yes");
        var yahoo = second.Ticket!.Number;

        await NewChat().Send("spotify is premium again, you can close that ticket thanks").AssertSays(spotify);

        Assert.Equal(TicketStatus.Closed, (await StoredAsync(spotify)).Status);
        Assert.NotEqual(TicketStatus.Closed, (await StoredAsync(yahoo)).Status);
    }

    [Fact]
    public async Task Closing_with_two_open_tickets_and_nothing_to_tell_them_apart_offers_each_as_a_button()
    {
        var numbers = new List<string>();
        foreach (var description in new[] { "Spotify premium got downgraded to free", "Yahoo mail is not receiving any emails" })
        {
            var chat = NewChat();
            await IntakeConversationTests.AnswerAll(chat, description: description).Send("yes");
            numbers.Add(chat.Ticket!.Number);
        }

        var asked = NewChat();
        await asked.Send("please close my ticket, it's fixed");

        // On the last reply: Web Chat shows a message's buttons only while it is the last one (a menu after them hid them).
        var buttons = asked.LastReply.SuggestedActions?.Actions.Select(a => a.Value?.GetString()).ToList() ?? [];
        Assert.Equal(numbers.Select(n => "Close " + n).Order(), buttons.Order());
        foreach (var number in numbers) Assert.NotEqual(TicketStatus.Closed, (await StoredAsync(number)).Status);
    }

    [Fact]
    public async Task A_ticket_number_with_two_characters_swapped_offers_the_users_own_ticket()
    {
        var chat = NewChat();
        await IntakeConversationTests.AnswerAll(chat).Send("yes");
        var number = chat.Ticket!.Number;
        var slipped = number[..^2] + number[^1] + number[^2];
        if (slipped == number) return;

        await NewChat().Send("status " + slipped).AssertSays("Did you mean " + number)
            .Check(c => Assert.Equal(["Show " + number], c.LastReply.SuggestedActions?.Actions.Select(a => a.Title) ?? []));
        // Someone else's ticket is never offered.
        await NewChat(user: "someone-else").Send("status " + slipped).AssertNotSays(number);
    }

    [Theory]
    [InlineData("maksudnya gimana nak? ya harusnya aplikasinya kebuka buat liat saldo", "errorMessage")]
    [InlineData("maksudnya gimana?", "expected")]
    public async Task An_answer_after_asking_what_the_question_means_is_taken(string answer, string next) =>
        await NewChat("id-ID").Send("lapor masalah").AssertField("userId").Send("dimas_k21").Send("aplikasi").Send("tadi pagi")
            .Send("aplikasi nutup sendiri tiap buka menu saldo").AssertField("expected")
            .Send(answer).AssertField(next);

    [Theory]
    [InlineData("en-US", "report a problem", "I have no issue, I am only asking about the return rules. Can you answer that?", "not reporting a problem")]
    [InlineData("id-ID", "lapor masalah", "lho sy ga lapor masalah kak, cuma nanya soal biaya admin", "bukan melaporkan masalah")]
    public async Task Saying_one_only_asks_stops_the_interview_and_says_who_can_answer(string locale, string start, string answer, string said) =>
        await NewChat(locale).Send(start).AssertField("userId").Send(answer).AssertSays(said)
            .Check(c => Assert.NotEqual("service", c.Contract?.Field));

    [Theory]
    [InlineData("no wait, this is the same problem as before, add it to {0}")]
    [InlineData("add info to {0}")]
    public async Task Adding_to_a_ticket_during_an_interview_moves_what_was_told_onto_it(string phrasing)
    {
        var first = NewChat();
        await IntakeConversationTests.AnswerAll(first).Send("yes");
        var number = first.Ticket!.Number;
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, phrasing, number);

        var chat = NewChat();
        await chat.Send("the payment screen closes again when I press pay").Check(c => Assert.NotNull(c.Contract?.Field))
            .Send(text).AssertSays(number).Check(c => Assert.Null(c.Contract?.Step));

        var ticket = await StoredAsync(number);
        var comment = Assert.Single(ticket.Events, e => e.Kind == TicketEventKind.CommentAdded && e.By == "user");
        Assert.Contains("the payment screen closes again when I press pay", comment.Text, StringComparison.Ordinal);
        // The interview is over: the next message is read as at the menu, not as its next answer.
        await chat.Send("thanks").Check(c => Assert.Null(c.Contract?.Step));
    }

    [Fact]
    public async Task How_to_send_a_picture_at_a_question_that_takes_one_is_answered_and_the_question_stays() =>
        await NewChat("id-ID").Send("lapor masalah").AssertField("userId").Send("dimas_k21").Send("aplikasi").Send("tadi pagi")
            .Send("aplikasi nutup sendiri tiap buka menu saldo").Send("harusnya menu saldo kebuka").AssertField("errorMessage")
            .Send("ada tulisan merah tp sy ga ngerti. gimana caranya kirim gambarnya?").AssertSays("menjadi jawaban pertanyaan ini").AssertField("errorMessage");

    [Fact]
    public async Task How_to_send_a_picture_at_another_question_of_a_report_says_it_goes_on_the_ticket() =>
        await NewChat().Send("report a problem").AssertField("userId").Send("how do I send a screenshot?")
            .AssertSays("goes on the ticket with your report").AssertField("userId");

    public void Dispose() => app.Dispose();
}
