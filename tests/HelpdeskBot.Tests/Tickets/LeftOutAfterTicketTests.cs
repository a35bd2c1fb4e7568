using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Tests.Intake;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Tickets;

/// <summary>
/// Something left out, said right after the ticket the way the fifth trial's user said it ("also I forget to say, the
/// transfer was at 8:15 …" started a new report): it goes on the ticket.
/// </summary>
public sealed class LeftOutAfterTicketTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    [Theory]
    [InlineData("en-US", "also I forget to say, the transfer was at 8:15 and my friend name is Rudi Hartono")]
    [InlineData("id-ID", "td lupa bilang kak, transfernya jam 8.15 ke rekening Rudi Hartono")]
    public async Task What_was_left_out_goes_on_the_ticket(string locale, string text)
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };
        await IntakeConversationTests.AnswerAll(chat).Send("yes");
        var number = chat.Ticket!.Number;
        await chat.Send(text).AssertSays(number);
        var ticket = await app.Get<ITicketStore>().GetAsync(number);
        Assert.Contains(ticket!.Events, e => e.Kind == TicketEventKind.CommentAdded && e.Text!.Contains("Rudi Hartono", StringComparison.Ordinal));
        Assert.Single(await app.Get<ITicketStore>().ListByOwnerAsync(ticket.Owner));
    }

    public void Dispose() => app.Dispose();
}
