using HelpdeskBot.Data.Escalations;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Handoff;

/// <summary>
/// A request for a person, or giving up, at the end of a longer answer. The trial had "scan qris di warung lah. udhlah sy mau
/// ngomong sm orang aja, bot gk guna" and "it literally says contact support so let me talk to support" kept as answers
/// (the message was longer than a request is read, and "gk" in another sentence read as refusing a person), and "forget
/// it, I'll just go to the branch" kept too (giving up was read only in six words). An answer that only mentions support
/// is still an answer.
/// </summary>
public sealed class PersonInALongerAnswerTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat(string locale) => new(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    private static string? HandoffState(TestChat chat) => chat.Replies.Select(WireContract.HandoffState).LastOrDefault(s => s is not null);

    [Theory]
    [InlineData("id-ID", "scan qris di warung lah. udhlah sy mau ngomong sm orang aja, bot gk guna")]
    [InlineData("en-US", "it literally says contact support so let me talk to support")]
    [InlineData("id-ID", "CS ORANG MANA CS")]
    // The eighth trial: a question closed by "gk", and an admin called in directly, were kept as answers.
    [InlineData("id-ID", "bisa sambungin ke orang aja gk kak? sy panik")]
    [InlineData("id-ID", "min tolong hubungin admin aja deh, sy mau refund cepet")]
    [InlineData("en-US", "can you connect me with someone or not?")]
    [InlineData("id-ID", "bisa ngomong sm orang betulan gak sih min, sy udh 4x reset tetep gagal")]
    [InlineData("id-ID", "bisa chat sama cs asli aja ga kak")]
    public async Task A_person_asked_for_in_a_longer_answer_is_a_handoff(string locale, string text)
    {
        await NewChat(locale).Send(locale == "en-US" ? "report a problem" : "lapor masalah").Send("budi_s88").AssertField("service")
            .Send(text).Check(c => Assert.Equal("requested", HandoffState(c)));
        var escalation = Assert.Single(await app.Get<IEscalationStore>().ListAsync(EscalationState.Requested));
        Assert.DoesNotContain(escalation.Answers, a => a.Value == text);
    }

    [Theory]
    [InlineData("en-US", "forget it, I'll just go to the branch")]
    [InlineData("id-ID", "lupain aja, nanti sy ke cabang sendiri")]
    public async Task Giving_up_and_going_elsewhere_cancels(string locale, string text) =>
        await NewChat(locale).Send(locale == "en-US" ? "report a problem" : "lapor masalah").Send("budi_s88").AssertField("service")
            .Send(text).AssertField("menu").Check(c => Assert.Null(HandoffState(c)));

    [Fact]
    public async Task An_answer_that_mentions_support_is_an_answer() =>
        await IntakeAnswers(NewChat("en-US")).Send("Since yesterday's update. I already contacted support by email, they said to wait")
            .AssertField("confirm").Check(c => Assert.Null(HandoffState(c)));

    [Theory]
    [InlineData("never mind that, it was actually yesterday at 2pm")]
    [InlineData("I talked to support at the branch, they could not help")]
    [InlineData("can't connect to the admin panel, is it down or not?")]
    [InlineData("sy gk mau disambungin ke orang, bot aja")]
    [InlineData("sy udh ngobrol sm cs td ga bisa bantu")]
    // The ninth trial: a call to someone's CS already made, a receipt sent in an agent's chat, tell what happened.
    [InlineData("udh telpon cs bank katanya suruh tunggu")]
    [InlineData("already called the agent at the store, no luck")]
    [InlineData("struknya sy kirim di chat agen kemarin")]
    public void What_is_neither(string text)
    {
        Assert.False(HelpdeskBot.Bot.Understanding.IntentReader.GivesUp(text));
        Assert.False(HelpdeskBot.Handoff.PersonRequest.In(text));
    }

    private static TestChat IntakeAnswers(TestChat chat) => chat
        .Send("I want to report a problem").Send("budi_s88").Send("Mobile app").Send("2 hours ago").Send("The app closes on the payment screen")
        .Send("The payment screen should open").Send("Error 502: Bad gateway").Send("Opened the app and tapped Pay").AssertField("history");

    public void Dispose() => app.Dispose();
}
