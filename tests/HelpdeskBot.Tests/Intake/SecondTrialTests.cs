using HelpdeskBot.Activities;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Intake;

/// <summary>
/// What a second round of trying the bot as users found, each as the conversation that showed it: corrections at the
/// summary that changed the wrong answer (or none, while saying "Changed"), non-answers kept as answers, a time question
/// that never let go of "I don't know", a choice that refused its own words.
/// </summary>
public sealed class SecondTrialTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat(string locale = "en-US") => new(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    private static bool SaysChanged(TestChat chat) => chat.Replies.Any(r => r.Text?.StartsWith("Changed:", StringComparison.Ordinal) == true);

    [Fact]
    public async Task Two_corrections_in_one_message_and_a_value_said_not_to_be_one()
    {
        var chat = NewChat();
        await IntakeConversationTests.AnswerAll(chat)
            // What it is not ("not login", "not the app") is no part of the new value, and the second clause is a correction too.
            .Send("the service is actually the payroll portal, not login. and the time should be yesterday 09:00")
            .AssertSays("Service: payroll portal").AssertSays("When it happened: yesterday 09:00")
            .Send("the service is actually the website, not the app").AssertSays("Service: Website")
            // A piece that names no answer stays with the value before it.
            .Send("what I did just before: opened the invoices and the page went blank").AssertSays("What you did just before: opened the invoices and the page went blank")
            // The same value again changes nothing, and says so.
            .Send("the service is the website").AssertSays("already").Check(c => Assert.False(SaysChanged(c)))
            // A question at the summary is no correction; the answer it gets is one line, not the whole report again.
            .Send("will someone tell me if I paid twice?").AssertField("confirm")
            .Check(c => Assert.Single(c.Replies, r => r.Type == ActivityTypes.Message))
            .Send("yes");
        var ticket = await app.Get<ITicketStore>().GetAsync(chat.Ticket!.Number);
        Assert.Equal("Website", ticket!.Fields.Service);
        Assert.Equal("yesterday 09:00", ticket.Fields.OccurredAtText);
    }

    [Theory]
    // Third trial: the wrong answer said first, then the right one, with no "change" or field name.
    [InlineData("en-US", "it's not about email, it's my ACCOUNT", "Account & login")]
    [InlineData("en-US", "not the app, the website", "Website")]
    [InlineData("id-ID", "bukan email kak, tp akun", "Account & login")]
    public async Task What_it_is_not_then_what_it_is_changes_the_service(string locale, string correction, string service)
    {
        var chat = NewChat(locale);
        await IntakeConversationTests.AnswerAll(chat, email: null).AssertField("confirm").Send(correction).AssertField("confirm")
            .Send(locale == "en-US" ? "yes" : "ya");
        var ticket = await app.Get<ITicketStore>().GetAsync(chat.Ticket!.Number);
        Assert.Equal(service, ticket!.Fields.Service);
    }

    [Theory]
    // Used as a person at review: "it's rina.w" to the id question was kept with its "it's".
    [InlineData("it's rina.w", "rina.w")]
    [InlineData("username: budi_s88", "budi_s88")]
    [InlineData("punya sy dewi_k", "dewi_k")]
    [InlineData("its fine", "its fine")] // no id after the lead-in: kept as typed, for the question's own check
    public void A_short_id_answer_loses_its_lead_in(string typed, string kept) => Assert.Equal(kept, HelpdeskBot.Intake.UserIdAnswer.WithoutLeadIn(typed));

    [Fact]
    public async Task Indonesian_corrections_take_back_an_answer_and_give_the_right_one_after_saying_it_is_wrong()
    {
        var chat = NewChat("id-ID");
        await chat.Send("transfer ke bca gagal kemarin jam 5 sore, muncul \"Transaksi gagal\". username sy dewi_k")
            .Send("harusnya uang masuk").Send("klik kirim di menu transfer").Send("lewati").Send("ga ada min").AssertField("confirm")
            .Send("pesan errornya sbnrnya ga ada, td sy salah isi").AssertSays("Sudah diubah: Pesan error")
            .Send("jamnya jg salah, harusnya jam 6 sore kemarin").AssertSays("Sudah diubah: Waktu kejadian")
            .Send("ganti layanannya jadi aplikasi").AssertSays("Sudah diubah: Layanan")
            .Send("iya bkin aja");
        var ticket = await app.Get<ITicketStore>().GetAsync(chat.Ticket!.Number);
        Assert.Null(ticket!.Fields.ErrorMessage);
        Assert.Equal("jam 6 sore kemarin", ticket.Fields.OccurredAtText);
        Assert.Equal("Mobile app", ticket.Fields.Service);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("iya")]
    [InlineData("gatau")]
    [InlineData("iya bkin aja")]
    public async Task A_yes_or_i_dont_know_names_no_service(string reply) =>
        await NewChat().Send("report a problem").Send("budi_s88").AssertField("service").Send(reply).AssertField("service");

    [Fact]
    public async Task A_time_is_no_user_id() =>
        await NewChat().Send("report a problem").AssertField("userId").Send("yesterday around 3pm").AssertField("userId");

    [Theory]
    // Yesterday's hours, so the answer is in the past whenever the test runs.
    [InlineData("I told you, 9am yesterday", 9)]
    [InlineData("ga inget, pokoknya kemarin jam 8an pagi lah", 8)]
    [InlineData("gatau", null)]
    public async Task The_time_question_takes_a_time_inside_a_sentence_and_an_honest_dont_know(string reply, int? hour)
    {
        var chat = NewChat();
        await chat.Send("report a problem").Send("budi_s88").Send("Website").AssertField("occurredAt").Send(reply).AssertField("description");
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        var values = Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<HelpdeskBot.Intake.IntakeValues>>(state.Stack[0].State).Values;
        Assert.Equal(hour, values.OccurredAtUtc?.ToOffset(TimeSpan.FromHours(7)).Hour);
        Assert.NotNull(values.OccurredAtText);
    }

    [Theory]
    // Third trial: giving up in everyday words was kept as the answer; a cancel can now be taken back at once.
    [InlineData("id-ID", "udh ah batalin aja", "kembalikan")]
    [InlineData("en-US", "meh. never mind… forget it", "wait no")]
    public async Task Giving_up_in_everyday_words_cancels_and_undo_right_after_brings_the_interview_back(string locale, string giveUp, string undo)
    {
        var chat = NewChat(locale);
        await chat.Send("report a problem").Send("budi_s88").AssertField("service");
        await chat.Send(giveUp).AssertField("menu");
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        Assert.Empty(state.Stack);
        await chat.Send(undo).AssertField("service");
        state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        var values = Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<HelpdeskBot.Intake.IntakeValues>>(state.Stack[0].State).Values;
        Assert.Equal("budi_s88", values.UserId);
    }

    [Fact]
    public async Task Undo_only_takes_back_the_cancel_just_made_and_an_answer_that_says_cancel_in_a_sentence_is_kept()
    {
        var chat = NewChat();
        await chat.Send("report a problem").Send("cancel").Send("hi").Send("undo");
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        Assert.Empty(state.Stack);
        await chat.Send("report a problem").Send("budi_s88").Send("Mobile app").Send("2 hours ago")
            .Send("I pressed cancel on the payment and it charged me anyway").AssertField("expected");
    }

    [Theory]
    // Used as a person at review: "no screenshot sorry" to the screenshot question was asked again.
    [InlineData("no screenshot sorry")]
    [InlineData("i don't have one")]
    [InlineData("ga punya ss kak")]
    public async Task Having_no_screenshot_said_in_words_moves_on(string reply)
    {
        var chat = NewChat();
        await chat.Send("The website shows error 500 when I open my invoices, my username is rina_w").Send("2 hours ago")
            .Send("It should list my invoices").Send("I already cleared the cache").AssertField("evidence");
        await chat.Send(reply).Check(c => Assert.NotEqual("evidence", c.Contract?.Field));
    }

    [Fact]
    public async Task Not_knowing_the_error_is_no_error_message()
    {
        var chat = NewChat("id-ID");
        // "2 jam yg lalu", not the trial's "td pagi jam 9an": before 09:00 in Jakarta that time is still ahead and is asked
        // again, and this test is about the error question, at any hour CI runs.
        await chat.Send("kak sy transfer ke rekening BCA 2 jam yg lalu lewat aplikasi, saldo udh kepotong 500rb tp di penerima blm masuk. id sy rina_kw")
            .Send("harusnya langsung masuk kak").AssertField("errorMessage").Send("gatau, baru kali ini").Check(c => Assert.NotEqual("errorMessage", c.Contract?.Field));
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        var values = Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<HelpdeskBot.Intake.IntakeValues>>(state.Stack[0].State).Values;
        Assert.Null(values.ErrorMessage);
    }

    [Fact]
    public async Task A_how_to_question_is_not_made_into_a_report() =>
        await NewChat("id-ID").Send("gmn cara ganti no hp di akun?").Check(c => Assert.NotEqual("userId", c.Contract?.Field));

    [Theory]
    [InlineData("en-US", "forgot to mention - it only happens when sending to external addresses")]
    [InlineData("id-ID", "mau nambahin info, saldo sy udh kepotong 500rb tp transfernya gagal")]
    // Third trial: an interjection before the opener ("eh tambahin dong, …", "oh btw one more thing: …").
    [InlineData("id-ID", "eh tambahin dong, hp sy samsung a52 android 13")]
    [InlineData("en-US", "oh btw one more thing: it also happens on wifi")]
    public async Task Something_left_out_said_after_the_ticket_goes_on_it_not_into_a_new_report(string locale, string text)
    {
        var chat = NewChat(locale);
        await IntakeConversationTests.AnswerAll(chat).Send("yes");
        var number = chat.Ticket!.Number;
        await chat.Send(text).AssertSays(number).Check(c => Assert.NotEqual("userId", c.Contract?.Field));
        var ticket = await app.Get<ITicketStore>().GetAsync(number);
        Assert.Contains(ticket!.Events, e => e.Kind == TicketEventKind.CommentAdded && e.Text == text);
    }

    [Theory]
    [InlineData("I forgot to mention something in my report", false)]
    [InlineData("mau nambahin keterangan di laporan saya", false)]
    [InlineData("tambah info HD-7KQ2M9X: muncul juga di web", true)]
    [InlineData("forgot to mention, it also crashes on my tablet", true)]
    public void What_carries_the_information_and_what_only_asks_to_add_some(string text, bool carries) =>
        Assert.Equal(carries, HelpdeskBot.Tickets.AddInfoIntent.SaysWhatToAdd(text));

    [Fact]
    public async Task Only_what_was_tried_told_to_the_combined_question_is_not_also_what_changed()
    {
        var chat = NewChat();
        await chat.Send("The website shows error 500 when I open my invoices, my username is rina_w").Send("2 hours ago")
            .Send("It should list my invoices").AssertField("history").Send("I already cleared the cache").AssertField("evidence");
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        var values = Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<HelpdeskBot.Intake.IntakeValues>>(state.Stack[0].State).Values;
        Assert.Null(values.History);
        Assert.Equal("I already cleared the cache", values.Attempts);
    }

    [Fact]
    public async Task An_indonesian_chat_shows_the_services_in_indonesian_and_keeps_their_own_names()
    {
        var chat = NewChat("id-ID");
        await chat.Send("mau lapor masalah").Send("dewi_k").AssertField("service")
            .Check(c => Assert.Contains(c.LastReply.SuggestedActions!.Actions, a => a.Title == "Pembayaran"))
            .Send("Pembayaran").AssertField("occurredAt");
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        var values = Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<HelpdeskBot.Intake.IntakeValues>>(state.Stack[0].State).Values;
        Assert.Equal("Payments", values.Service);
    }

    [Fact]
    public async Task A_story_told_to_the_error_question_is_what_they_did_not_the_error()
    {
        var chat = NewChat();
        await chat.Send("my payment to the electricity company went through twice yesterday evening around 7, my account is andi.w")
            .Send("I expected to be charged once").AssertField("errorMessage")
            .Send("I tapped pay, the app froze, so I tapped again").AssertField("errorMessage").AssertSays("What you did just before")
            .Send("none").Check(c => Assert.NotEqual("steps", c.Contract!.Field));
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        var values = Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<HelpdeskBot.Intake.IntakeValues>>(state.Stack[0].State).Values;
        Assert.Null(values.ErrorMessage);
        Assert.Equal("I tapped pay, the app froze, so I tapped again", values.ReproSteps);
    }

    public void Dispose() => app.Dispose();
}
