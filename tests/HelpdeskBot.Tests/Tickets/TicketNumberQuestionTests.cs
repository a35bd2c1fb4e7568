using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Tests.Intake;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Tickets;

/// <summary>
/// "sorry what was my ticket number again?" after a ticket is a question for the ticket, not something to add to it: the
/// trial got "What would you like to add to HD-…?", and the next message went on the ticket. Asking for the number shows
/// the ticket; and to "what would you like to add?", "nothing, I just wanted the number" adds nothing.
/// </summary>
public sealed class TicketNumberQuestionTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat(string locale) => new(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    private async Task<IReadOnlyList<TicketEvent>> CommentsAsync(string number) =>
        [.. (await app.Get<ITicketStore>().GetAsync(number))!.Events.Where(e => e.Kind == TicketEventKind.CommentAdded)];

    [Theory]
    [InlineData("en-US", "sorry what was my ticket number again?")]
    [InlineData("en-US", "do I have a ticket number for this?")]
    [InlineData("id-ID", "nomor tiket sy td apa ya? lupa")]
    [InlineData("id-ID", "ok. nomor tiketnya brp?")]
    public async Task Asking_for_the_number_shows_the_ticket(string locale, string question)
    {
        var chat = NewChat(locale);
        await IntakeConversationTests.AnswerAll(chat, email: null).Send("yes").Check(c => Assert.NotNull(c.Ticket));
        var number = chat.Ticket!.Number;
        await chat.Send(question).Check(c => Assert.Equal(number, Assert.Single(c.Tickets!).Number)).AssertNotSays("add to")
            .Check(c => Assert.NotEqual("comment", c.Contract?.Field))
            .Send("thanks");
        Assert.Empty(await CommentsAsync(number));
    }

    /// <summary>The sixth trial: "hd a9wzrmx?", the prefix typed as a word of its own, was not read as the number.</summary>
    [Fact]
    public async Task A_number_typed_with_a_space_after_its_prefix_is_read()
    {
        var chat = NewChat("en-US");
        await IntakeConversationTests.AnswerAll(chat, email: null).Send("yes");
        var number = chat.Ticket!.Number;
        await chat.Send("hi").Send("hd " + number[3..].ToLowerInvariant() + "?")
            .Check(c => Assert.True(c.Tickets is { Count: 1 } t && t[0].Number == number, string.Join(" | ", c.Replies.Select(r => r.Text))));
    }

    [Theory]
    [InlineData("en-US", "nothing, I just wanted the number")]
    [InlineData("id-ID", "hah? sy cm nanya")]
    [InlineData("en-US", "what is my ticket number?")]
    // The sixth trial: "that's all" went on the ticket as a comment.
    [InlineData("id-ID", "udh itu aja kak")]
    [InlineData("en-US", "that's all, thanks")]
    [InlineData("en-US", "no")]
    public async Task Nothing_to_add_adds_nothing_and_shows_the_ticket(string locale, string reply)
    {
        var chat = NewChat(locale);
        await IntakeConversationTests.AnswerAll(chat, email: null).Send("yes");
        var number = chat.Ticket!.Number;
        await chat.Send("add info").AssertField("comment")
            .Send(reply).Check(c => Assert.NotNull(c.Tickets)).Check(c => Assert.NotEqual("comment", c.Contract?.Field));
        Assert.Empty(await CommentsAsync(number));
    }

    [Fact]
    public async Task Something_to_add_is_still_added() =>
        await IntakeConversationTests.AnswerAll(NewChat("en-US"), email: null).Send("yes").Send("add info").AssertField("comment")
            .Send("no, the amount was 500k not 50k").AssertSays("added that");

    public void Dispose() => app.Dispose();
}
