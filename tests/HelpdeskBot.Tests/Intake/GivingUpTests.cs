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

    [Theory]
    [InlineData("transfernya gk jadi kak, saldo kepotong")]
    [InlineData("never mind that, it was actually yesterday at 2pm")]
    public void A_problem_or_a_correction_is_no_giving_up(string text) => Assert.False(HelpdeskBot.Bot.Understanding.IntentReader.GivesUp(text));

    public void Dispose() => app.Dispose();
}
