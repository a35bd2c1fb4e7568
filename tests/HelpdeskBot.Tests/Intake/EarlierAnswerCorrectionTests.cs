using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Intake;

/// <summary>
/// A correction of an earlier answer typed to the next question. The trial: "oh wait, sorry, it was yesterday not today.
/// same time" typed to the description question was kept as the description, and the time stayed today. It changes the
/// time (the new day at the time said before), and the open question is asked again.
/// </summary>
public sealed class EarlierAnswerCorrectionTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat(string locale) => new(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    private async Task<HelpdeskBot.Intake.IntakeValues> ValuesAsync(TestChat chat)
    {
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        return Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<HelpdeskBot.Intake.IntakeValues>>(state.Stack[0].State).Values;
    }

    [Fact]
    public async Task A_day_corrected_at_the_next_question_changes_the_time_and_asks_again()
    {
        var chat = NewChat("en-US");
        await chat.Send("report a problem").Send("budi_s88").Send("Mobile app").AssertField("occurredAt").Send("today at 00:00").AssertField("description");
        var before = (await ValuesAsync(chat)).OccurredAtUtc!.Value;
        await chat.Send("oh wait, sorry, it was yesterday not today. same time").AssertSays("Changed").AssertField("description");
        var values = await ValuesAsync(chat);
        Assert.Null(values.Description);
        Assert.Equal(before.AddDays(-1), values.OccurredAtUtc);
    }

    /// <summary>The eleventh trial: "i expected to withdraw … like usual. oh wait its actually since dec 4 not 3" kept it all as the expectation.</summary>
    [Theory]
    [InlineData("en-US", "The payment screen should open. Oh wait, sorry, it was yesterday not today. same time", "The payment screen should open.")]
    [InlineData("id-ID", "harusnya bisa bayar kayak biasa. eh salah, kejadiannya kemarin bukan hari ini, jam yang sama", "harusnya bisa bayar kayak biasa.")]
    public async Task A_correction_in_the_last_sentence_of_an_answer_changes_the_earlier_answer_and_keeps_the_rest(string locale, string answer, string kept)
    {
        var chat = NewChat(locale);
        await chat.Send(locale == "en-US" ? "report a problem" : "lapor masalah").Send("budi_s88").Send(locale == "en-US" ? "Mobile app" : "aplikasi")
            .AssertField("occurredAt").Send(locale == "en-US" ? "today at 00:00" : "hari ini jam 00:00").AssertField("description")
            .Send(locale == "en-US" ? "The app closes on the payment screen" : "aplikasinya ketutup pas mau bayar").AssertField("expected");
        var before = (await ValuesAsync(chat)).OccurredAtUtc!.Value;

        await chat.Send(answer).AssertSays(locale == "en-US" ? "Changed" : "Diubah").Check(c => Assert.NotEqual("expected", c.Contract?.Field));

        var values = await ValuesAsync(chat);
        Assert.Equal(kept, values.Expected);
        Assert.Equal(before.AddDays(-1), values.OccurredAtUtc);
    }

    [Fact]
    public async Task An_id_corrected_at_the_next_question_changes_it()
    {
        var chat = NewChat("id-ID");
        await chat.Send("lapor masalah").Send("budi_s88").Send("aplikasi").Send("2 jam yg lalu").AssertField("description")
            .Send("eh salah, username sy dewi_k").AssertField("description");
        Assert.Equal("dewi_k", (await ValuesAsync(chat)).UserId);
    }

    [Fact]
    public async Task An_id_corrected_at_the_service_question_is_not_refused_by_its_check()
    {
        // The fourth trial: the service question checks its answer, and refused the correction before it was read.
        var chat = NewChat("id-ID");
        await chat.Send("lapor masalah").Send("budi_s88").AssertField("service")
            .Send("eh salah, username sy dewi_k").AssertSays("Diubah").AssertField("service");
        Assert.Equal("dewi_k", (await ValuesAsync(chat)).UserId);
        Assert.Null((await ValuesAsync(chat)).Service);
    }

    [Fact]
    public async Task An_id_corrected_at_the_time_question_changes_it_and_asks_the_time_again()
    {
        var chat = NewChat("en-US");
        await chat.Send("report a problem").Send("budi_s88").Send("Mobile app").AssertField("occurredAt")
            .Send("oops sorry, my username is dewi_k").AssertSays("Changed").AssertField("occurredAt");
        Assert.Equal("dewi_k", (await ValuesAsync(chat)).UserId);
    }

    [Fact]
    public async Task An_answer_its_check_refuses_that_corrects_nothing_is_still_refused()
    {
        var chat = NewChat("en-US");
        await chat.Send("report a problem").AssertField("userId").Send("sorry, what?").AssertField("userId");
        Assert.Null((await ValuesAsync(chat)).UserId);
    }

    [Fact]
    public async Task An_answer_that_opens_with_sorry_is_still_an_answer()
    {
        var chat = NewChat("en-US");
        await chat.Send("report a problem").Send("budi_s88").Send("Mobile app").Send("today at 00:00").AssertField("description")
            .Send("sorry, the app closes when I open the payment screen").AssertField("expected");
    }

    /// <summary>The sixth trial: "today 7am" typed to the service question was thrown away, and the time asked for later.</summary>
    [Fact]
    public async Task A_time_typed_to_the_service_question_is_kept_for_its_own_question()
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { Locale = "en-US", LocalTimezone = "Asia/Jakarta" };
        await chat.Send("report a problem").Send("budi_s88").AssertField("service").Send("yesterday 3pm").AssertField("service")
            .Send("Website").Check(c => Assert.NotEqual("occurredAt", c.Contract?.Field));
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        var values = Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<HelpdeskBot.Intake.IntakeValues>>(state.Stack[0].State).Values;
        Assert.Equal("yesterday 3pm", values.OccurredAtText);
        Assert.Equal("Website", values.Service);
    }

    /// <summary>The sixth trial kept "I told you, 7am today" as the time and "TuneIn+ like I wrote" as the service.</summary>
    [Theory]
    [InlineData("I told you, 7am today", "7am today")]
    [InlineData("TuneIn+ like I wrote", "TuneIn+")]
    [InlineData("instagram kak, kan td udh sy bilang", "instagram kak")]
    [InlineData("yesterday around 9 - like I said", "yesterday around 9")]
    [InlineData("I said the app crashes when I pay", "I said the app crashes when I pay")]
    [InlineData("budi_s88", "budi_s88")]
    // The seventh trial: "i told you already, disney plus" was kept as the service, "kan udh sy bilang BCA mobile" refused.
    [InlineData("told you already, the prime video app", "the prime video app")]
    [InlineData("kan udh gw bilang jenius", "jenius")]
    [InlineData("udah dibilang tadi pagi jam 7", "tadi pagi jam 7")]
    // The eighth trial: "kan udh sy tulis di atas, putu.ari" was kept as the id with "di atas,".
    [InlineData("kan udh sy tulis di atas, putu.ari", "putu.ari")]
    [InlineData("as I wrote above, sophie_l", "sophie_l")]
    public void A_reminder_that_it_was_said_before_is_no_part_of_the_answer(string text, string answer) =>
        Assert.Equal(answer, HelpdeskBot.Intake.AlreadySaid.Without(text));

    [Fact]
    public async Task A_time_given_again_with_a_reminder_keeps_only_the_time()
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { Locale = "en-US", LocalTimezone = "Asia/Jakarta" };
        await chat.Send("report a problem").Send("budi_s88").Send("Website").AssertField("occurredAt").Send("I told you, 2 hours ago").AssertField("description");
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        Assert.Equal("2 hours ago", Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<HelpdeskBot.Intake.IntakeValues>>(state.Stack[0].State).Values.OccurredAtText);
    }

    public void Dispose() => app.Dispose();
}
