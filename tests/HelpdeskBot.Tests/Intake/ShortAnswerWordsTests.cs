using HelpdeskBot.Dialogs;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Intake;

/// <summary>
/// A yes, a no or a skip as people type them in chat: the word wrapped in particles, forms of address and politeness
/// ("yes po", "yaudah buat aja", "skip then", "no po"). The trial had the summary refuse "ok yes" and "all correct po, thank
/// you", and the screenshot question refuse "skip then". A yes with anything else in it ("yes but the time is wrong") is
/// still no yes, and "no, cancel" at the summary calls the report off.
/// </summary>
public sealed class ShortAnswerWordsTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat(string locale = "en-US") => new(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    [Theory]
    [InlineData("ok yes")]
    [InlineData("yaudah buat aja")]
    [InlineData("ya cepet")]
    [InlineData("yes po")]
    [InlineData("all correct po, thank you")]
    [InlineData("iya kak, makasih")]
    [InlineData("ye kak")]
    [InlineData("nggih kak")]
    public async Task A_yes_in_fillers_at_the_summary_makes_the_ticket(string yes) =>
        await IntakeConversationTests.AnswerAll(NewChat(), email: null).AssertField("confirm").Send(yes)
            .Check(c => Assert.NotNull(c.Ticket));

    [Theory]
    [InlineData("yes but the time is wrong")]
    [InlineData("is it correct?")]
    [InlineData("not correct")]
    [InlineData("thank you")]
    public void What_is_not_a_plain_yes(string text) => Assert.False(PromptWords.IsYes(text));

    [Theory]
    [InlineData("no, cancel")]
    [InlineData("gak jadi deh")]
    public async Task Calling_it_off_at_the_summary_cancels(string text) =>
        await IntakeConversationTests.AnswerAll(NewChat(), email: null).AssertField("confirm").Send(text)
            .Check(c => Assert.Null(c.Ticket)).AssertField("menu");

    [Theory]
    [InlineData("skip then")]
    [InlineData("no po")]
    [InlineData("I don't know how to do a screenshot, sorry")]
    [InlineData("gak bisa ss kak")]
    public async Task A_skip_in_fillers_or_not_knowing_how_moves_past_the_screenshot_question(string skip) =>
        await NewChat().Send("my transfer to BCA failed yesterday at 5pm, it said \"Transaction failed\". my username is dewi_k")
            .Send("the money should arrive").Send("I pressed send in the transfer menu").Send("nothing changed, I tried again")
            .AssertField("evidence").Send(skip).AssertField("confirm");

    [Theory]
    [InlineData("skip then", true)]
    [InlineData("no po", true)]
    [InlineData("ga ada min", true)]
    [InlineData("just now", false)]
    [InlineData("thank you", false)]
    public void Skip_words_read_through_their_fillers(string text, bool skip) => Assert.Equal(skip, PromptWords.IsSkip(text));

    public void Dispose() => app.Dispose();
}
