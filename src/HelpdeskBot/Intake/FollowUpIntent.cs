using HelpdeskBot.Bot;
using HelpdeskBot.Bot.Understanding;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Intake.Extraction;
using HelpdeskBot.Tickets;

namespace HelpdeskBot.Intake;

/// <summary>
/// A question about what happens next, asked where a report was just made ("When will I get my money back?", "kapan
/// diproses kak?"): it goes on that ticket for the team to answer, and the user is told so with the ticket's status —
/// rather than starting a report of the question. A question that says something is wrong with another service than the ticket's is read as usual.
/// </summary>
public sealed class FollowUpIntent(TicketService tickets, TicketReplies replies, UserClock clock, IntentModel intents, TimeProvider time) : IIntent
{
    public string Id => "followUp";
    public int Order => 27;
    public Choice? MenuChoice => null;
    public bool Interrupts => false;
    public bool Matches(string text) => false;

    /// <summary>The ticket a turn's claim found, so that starting on it does not look it up again.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Turns.TurnContext, Ticket> claimed = [];

    public async Task<bool> ClaimsAsync(DialogContext dc)
    {
        if (await TicketAskedAboutAsync(dc) is not { } ticket) return false;
        claimed.AddOrUpdate(dc.Turn, ticket);
        return true;
    }

    public async Task<DialogTurnStatus> StartAsync(DialogContext dc)
    {
        var turn = dc.Turn;
        var ticket = claimed.TryGetValue(turn, out var found) ? found : await TicketAskedAboutAsync(dc);
        if (ticket is null) return DialogTurnStatus.Complete;
        var waiting = ticket.Status == TicketStatus.WaitingForUser;
        var afterChat = turn.State.HandedBack?.TicketNumber == ticket.Number;
        turn.State.HandedBack = null;
        var updated = await tickets.AddInfoAsync(ticket.Number, turn.Text, [], "user", turn.ActivityKey, turn.CancellationToken);
        if (afterChat)
        {
            turn.Send(Message.Of("FollowUp.AfterChat", updated.Number), new Activities.HelpdeskChannelData { Ticket = replies.Info(updated) });
            return DialogTurnStatus.Complete;
        }
        if (!waiting && AddInfoIntent.OpensWithOneMoreThing(turn.Text))
        {
            replies.SendAdded(turn, updated);
            return DialogTurnStatus.Complete;
        }
        turn.Send(Message.Of(waiting ? "FollowUp.Answered" : "FollowUp.Added", updated.Number), new Activities.HelpdeskChannelData { Ticket = replies.Info(updated) });
        replies.SendStatus(turn, [updated]);
        return DialogTurnStatus.Complete;
    }

    /// <summary>
    /// The team asked the user something on a ticket of this conversation (it waits for them): what they write next is
    /// their answer, unless it is plainly something else (a greeting, a status question, a request for a person, help,
    /// cancel) or says something is wrong with another service. The ticket is the one that waits, not the newest. The seventh trial's "ok did that, still says it didn't work" started a new
    /// report, and the ticket waited on.
    /// </summary>
    private async Task<Ticket?> AnsweredAsync(Turns.TurnContext turn, string text)
    {
        var ticket = await tickets.WaitingInAsync(TicketService.OwnerOf(turn.Activity), turn.Activity.Conversation?.Id ?? "", turn.CancellationToken);
        if (ticket is null || intents.Read(text).Intent is "greeting" or "status" or "agent" or "help" or "cancel" or "addInfo") return null;
        // "chrome versi 131 gan, di hp jg chrome" (the tenth trial) answers "which browser?" and names the website: only a
        // message that says something is wrong with another service is a new report.
        return AboutTicket(turn, text, ticket) ? ticket : null;
    }

    /// <summary>Whether the text may be about the ticket: it names no other service, or says nothing is wrong with the one it names.</summary>
    private bool AboutTicket(Turns.TurnContext turn, string text, Ticket ticket) =>
        FreeTextReader.Read(text, clock.ReadingContext(turn)).Service is not { } named || named == ticket.Fields.Service
        || !FollowUpQuestion.SaysSomethingIsWrong(text);

    /// <summary>How long after a person's chat ended the user's words are still taken to be for its ticket.</summary>
    private static readonly TimeSpan AfterChatWindow = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The person's chat just ended with a ticket: the user's first words after it are for that ticket, unless they are plainly
    /// something else or say something is wrong with another service (as an answer to the team's question is read).
    /// </summary>
    private async Task<Ticket?> AfterChatAsync(Turns.TurnContext turn, string text)
    {
        if (turn.State.HandedBack is not { } back) return null;
        if (time.GetUtcNow() - back.At > AfterChatWindow)
        {
            turn.State.HandedBack = null;
            return null;
        }
        var ticket = await tickets.GetOwnAsync(TicketService.OwnerOf(turn.Activity), back.TicketNumber, turn.CancellationToken);
        if (ticket is not { IsOpen: true } || intents.Read(text).Intent is "greeting" or "status" or "agent" or "help" or "cancel") return null;
        return AboutTicket(turn, text, ticket) ? ticket : null;
    }

    private async Task<Ticket?> TicketAskedAboutAsync(DialogContext dc)
    {
        var turn = dc.Turn;
        var text = turn.Text;
        if (turn.State.Handoff is not null || StatusIntent.NumberIn(TypedText.Normalize(text)) is not null) return null;
        if (await AfterChatAsync(turn, text) is { } chatTicket) return chatTicket;
        // "one more thing, the app also crashes on the history tab" goes on the app's ticket; "satu lagi, transfer … gagal" is
        // a second problem when the ticket is about something else (the twelfth trial).
        var oneMore = AddInfoIntent.OpensWithOneMoreThing(text);
        if (!oneMore && !FollowUpQuestion.AsksWhatNext(text)) return await AnsweredAsync(turn, text);
        var ticket = await tickets.NewestOpenInAsync(TicketService.OwnerOf(turn.Activity), turn.Activity.Conversation?.Id ?? "", turn.CancellationToken);
        if (ticket is null) return null;
        // "when will I get my money back?" after an app ticket is still about it; "when will email be fixed, I can't send" is not.
        return AboutTicket(turn, text, ticket) ? ticket : null;
    }
}
