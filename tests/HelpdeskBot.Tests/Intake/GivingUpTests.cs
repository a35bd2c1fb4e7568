using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Intake;

/// <summary>
/// Giving up in the middle of an interview, the way the fifth trial's users did: after a complaint ("ugh this is too many
/// questions. forget it, I'll just use the app" was read as a time), and in Indonesian ("gk jadi lapor deh kak" was kept as
/// what changed). Each cancels, and "undo" still brings the interview back.
/// </summary>
public sealed class GivingUpTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat(string locale) => new(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    [Fact]
    public async Task Giving_up_after_a_complaint_cancels_the_report()
    {
        var chat = NewChat("en-US");
        await chat.Send("report a problem").Send("budi_s88").Send("Mobile app").AssertField("occurredAt")
            .Send("ugh this is too many questions. forget it, I'll just use the app").AssertSays("I've stopped").AssertField("menu");
        Assert.Empty((await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default)).Stack);
    }

    [Fact]
    public async Task Not_going_ahead_in_indonesian_cancels_and_undo_brings_it_back()
    {
        var chat = NewChat("id-ID");
        await chat.Send("lapor masalah").Send("budi_s88").Send("aplikasi").AssertField("occurredAt")
            .Send("gk jadi lapor deh kak").AssertField("menu")
            .Send("undo").AssertField("occurredAt");
    }

    /// <summary>
    /// The tenth trial: "eh ga jadi deh kak, nanti aja" was read as a time, and "none, I changed my mind, don't bother" at the
    /// summary was asked "yes or no?" again.
    /// </summary>
    [Fact]
    public async Task Giving_up_with_particles_or_at_the_summary_cancels()
    {
        var chat = NewChat("id-ID");
        await chat.Send("lapor masalah").Send("budi_s88").Send("aplikasi").AssertField("occurredAt")
            .Send("eh ga jadi deh kak, nanti aja").AssertField("menu");

        var summary = NewChat("en-US");
        await IntakeConversationTests.AnswerAll(summary).Send("none, I changed my mind, don't bother").AssertField("menu");
        Assert.Null(summary.Ticket);
    }

    /// <summary>The sixth trial: "wait no, I do want to report it…" right after a cancel started a new report with that as its story.</summary>
    [Theory]
    [InlineData("en-US", "report a problem", "budi_s88", "hmm actually nevermind, cancel", "wait no, I do want to report it. it still hasnt arrived")]
    [InlineData("id-ID", "lapor masalah", "budi_s88", "gk jadi deh", "eh tetap lapor aja kak, msh blm masuk")]
    public async Task Wanting_the_report_after_all_right_after_a_cancel_brings_it_back(string locale, string start, string id, string cancel, string back)
    {
        var chat = NewChat(locale);
        await chat.Send(start).Send(id).AssertField("service").Send(cancel).AssertField("menu").Send(back).AssertField("service");
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        Assert.Equal(id, Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<HelpdeskBot.Intake.IntakeValues>>(state.Stack[0].State).Values.UserId);
    }

    [Theory]
    [InlineData("transfernya gk jadi kak, saldo kepotong")]
    [InlineData("never mind that, it was actually yesterday at 2pm")]
    public void A_problem_or_a_correction_is_no_giving_up(string text) => Assert.False(HelpdeskBot.Bot.Understanding.IntentReader.GivesUp(text));

    public void Dispose() => app.Dispose();
}
