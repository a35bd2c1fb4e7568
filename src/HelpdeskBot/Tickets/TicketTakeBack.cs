using HelpdeskBot.Bot;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tickets;

/// <summary>
/// A value the user took back leaves the tickets this conversation made: every field and every comment that holds it
/// gets the guard's placeholder instead, as an escalation's answers do (<see cref="RetractedMessage.Scrub"/>) (the fifth trial: an OTP said in passing stayed in the ticket's
/// description after "aduh itu tadi kode otp saya").
/// </summary>
public sealed class TicketTakeBack(TicketService tickets) : ITakeBack
{
    public async Task<Message?> ForgetAsync(TurnContext turn, RetractedMessage message)
    {
        var changed = await tickets.ForgetAsync(TicketService.OwnerOf(turn.Activity), turn.Activity.Conversation?.Id ?? "", message.Scrub, turn.CancellationToken);
        return changed.Count == 0 ? null : Message.Of("Guard.RetractedFromTickets", string.Join(", ", changed));
    }
}
