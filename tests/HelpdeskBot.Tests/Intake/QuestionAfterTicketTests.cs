using HelpdeskBot.Activities;
using HelpdeskBot.Bot.Understanding;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Intake;

/// <summary>
/// A question about what happens next, asked right after a ticket: it goes on that ticket for the team, and the user is
/// told so with its status — it does not start a report of the question (found by trying the bot as a user).
/// </summary>
public sealed class QuestionAfterTicketTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat(string locale = "en-US") => new(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    [Theory]
    [InlineData("en-US", "When will I get my money back?")]
    [InlineData("en-US", "ok thanks. how long will this take")]
    [InlineData("en-US", "is someone going to call me?")]
    [InlineData("id-ID", "kapan diproses kak?")]
    [InlineData("id-ID", "terus gimana kak, sy harus nunggu brp lama?")]
    [InlineData("id-ID", "uang sy kapan balik ya")]
    public async Task A_question_about_what_happens_next_goes_on_the_ticket_just_made(string locale, string question)
    {
        var chat = NewChat(locale);
        await IntakeConversationTests.AnswerAll(chat).Send(locale == "en-US" ? "yes" : "ya");
        var number = chat.Ticket!.Number;
        await chat.Send(question).AssertSays(number)
            .Check(c => Assert.DoesNotContain(c.Replies, r => HelpdeskChannelData.From(r)?.Field is "userId" or "service" or "description" or "occurredAt"))
            .AssertField("menu");
        var ticket = await app.Get<ITicketStore>().GetAsync(number);
        Assert.Contains(ticket!.Events, e => e.Kind == TicketEventKind.CommentAdded && e.Text == question && e.By == "user");
        Assert.Single(ticket.Events, e => e.Kind == TicketEventKind.CommentAdded);
    }

    [Fact]
    public async Task Without_a_ticket_in_the_conversation_the_same_question_is_read_as_usual()
    {
        var chat = NewChat();
        await chat.Send("hi").Send("When will I get my money back?").Check(c => Assert.DoesNotContain(c.Replies, r => r.Text?.Contains("HD-", StringComparison.Ordinal) == true));
        Assert.Empty(await app.Get<ITicketStore>().ListByOwnerAsync(new TicketOwner("test", "user-1"), default));
    }

    [Fact]
    public async Task A_new_problem_with_another_service_asked_as_a_question_starts_a_report()
    {
        var chat = NewChat();
        await IntakeConversationTests.AnswerAll(chat).Send("yes");
        var number = chat.Ticket!.Number;
        // A new report: its first question (the id is the first ticket's, so that is not it).
        await chat.Send("when will email be fixed? I can't send anything since this morning").Check(c => Assert.Contains(c.Replies, r => HelpdeskChannelData.From(r)?.Step == 1));
        var ticket = await app.Get<ITicketStore>().GetAsync(number);
        Assert.DoesNotContain(ticket!.Events, e => e.Kind == TicketEventKind.CommentAdded);
    }

    [Fact]
    public async Task Asking_for_a_person_is_never_taken_for_a_follow_up()
    {
        var chat = NewChat();
        await IntakeConversationTests.AnswerAll(chat).Send("yes");
        var number = chat.Ticket!.Number;
        await chat.Send("talk to a person");
        var ticket = await app.Get<ITicketStore>().GetAsync(number);
        Assert.DoesNotContain(ticket!.Events, e => e.Kind == TicketEventKind.CommentAdded);
    }

    [Theory]
    [InlineData("When will I get my money back?", true)]
    [InlineData("how long does it usually take", true)]
    [InlineData("kapan diproses?", true)]
    [InlineData("trus gmn?", true)]
    [InlineData("why can't I log in?", false)]
    [InlineData("the app crashes when I pay", false)]
    [InlineData("I tried to get a refund on the website and it says error 500 and nothing happens at all, what a mess, fix it please", false)]
    public void What_asks_what_happens_next(string text, bool asks) => Assert.Equal(asks, FollowUpQuestion.AsksWhatNext(text));

    public void Dispose() => app.Dispose();
}
