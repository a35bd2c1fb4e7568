using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Tests.Intake;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Tickets;

/// <summary>
/// The eleventh trial: after a ticket, "can u make a separate ticket for the wallet thing tho" was asked what to add to that
/// ticket, and "no i said a NEW ticket, for the missing wallet money" was then added to it. Another ticket is a new report.
/// </summary>
public sealed class SeparateTicketTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    [Theory]
    [InlineData("en-US", "could you open another ticket for the refund problem please")]
    [InlineData("id-ID", "kak bikin tiket terpisah ya buat yg saldo ilang")]
    public async Task Asking_for_another_ticket_after_one_starts_a_new_report(string locale, string text)
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };
        await IntakeConversationTests.AnswerAll(chat).Send("yes");
        var number = chat.Ticket!.Number;

        // The message says what the problem is: it is the new report's first answer, and the interview goes on from there.
        await chat.Send(text).AssertField("occurredAt");

        var ticket = await app.Get<ITicketStore>().GetAsync(number);
        Assert.DoesNotContain(ticket!.Events, e => e.Kind == TicketEventKind.CommentAdded);
    }

    [Theory]
    [InlineData("en-US", "no, I want a separate ticket for that", "haven't added that")]
    [InlineData("id-ID", "bukan kak, tiket lain aja", "tidak saya tambahkan")]
    public async Task Asked_what_to_add_a_request_for_another_ticket_adds_nothing(string locale, string answer, string said)
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };
        await IntakeConversationTests.AnswerAll(chat).Send("yes");
        var number = chat.Ticket!.Number;

        await chat.Send($"add info {number}").AssertField("comment").Send(answer).AssertSays(said);

        var ticket = await app.Get<ITicketStore>().GetAsync(number);
        Assert.DoesNotContain(ticket!.Events, e => e.Kind == TicketEventKind.CommentAdded);
    }

    [Theory]
    [InlineData("en-US", "what about my other ticket?")]
    [InlineData("id-ID", "cek tiket lain sy dong kak")]
    public async Task Asking_about_another_ticket_one_has_starts_no_report(string locale, string text)
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };
        await IntakeConversationTests.AnswerAll(chat).Send("yes");

        await chat.Send(text).Check(c => Assert.DoesNotContain(c.Contract?.Field, new[] { "userId", "service", "occurredAt", "description" }));
    }

    public void Dispose() => app.Dispose();
}
