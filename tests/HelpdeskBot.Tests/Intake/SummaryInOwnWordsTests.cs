using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Intake;

/// <summary>
/// The summary answered in people's words (the fifth trial): a yes with more said after it, and the address for the
/// confirmation given inside a sentence, were both answered with "Please say yes".
/// </summary>
public sealed class SummaryInOwnWordsTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat(string locale = "en-US") => new(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    [Fact]
    public async Task A_yes_with_more_said_after_it_creates_the_ticket()
    {
        var chat = NewChat();
        await IntakeConversationTests.AnswerAll(chat).AssertField("confirm")
            .Send("yes please, its urgent, 500 thousand is a lot for me")
            .Check(c => Assert.NotNull(c.Ticket));
    }

    [Fact]
    public async Task A_yes_taken_back_in_the_same_message_creates_nothing()
    {
        var chat = NewChat();
        await IntakeConversationTests.AnswerAll(chat).AssertField("confirm")
            .Send("yes, but wait the time is not right").AssertField("confirm")
            .Check(c => Assert.Null(c.Ticket));
    }

    [Fact]
    public async Task An_address_inside_a_sentence_is_the_address_for_the_confirmation()
    {
        var chat = NewChat();
        await IntakeConversationTests.AnswerAll(chat, email: null).AssertField("confirm")
            .Send("sure, send it to rina.ayu99@gmail.com").AssertField("confirm").AssertSays("rina.ayu99@gmail.com")
            .Check(c => Assert.Null(c.Ticket));
    }

    /// <summary>Found using the bot as a person: "gak usah" to the summary's email offer cancelled the whole report.</summary>
    [Theory]
    [InlineData("id-ID", "gak usah kak")]
    [InlineData("en-US", "no need")]
    public async Task Declining_the_email_keeps_the_report_and_asks_only_to_create_it(string locale, string text)
    {
        var chat = NewChat(locale);
        await IntakeConversationTests.AnswerAll(chat, email: null).AssertField("confirm")
            .Send(text).AssertField("confirm")
            .Send(locale == "en-US" ? "yes" : "ya").Check(c => Assert.NotNull(c.Ticket));
    }

    [Fact]
    public async Task Calling_it_off_at_the_summary_still_cancels()
    {
        var chat = NewChat("id-ID");
        await IntakeConversationTests.AnswerAll(chat).AssertField("confirm").Send("gak jadi deh").AssertField("menu")
            .Check(c => Assert.Null(c.Ticket));
    }

    public void Dispose() => app.Dispose();
}
