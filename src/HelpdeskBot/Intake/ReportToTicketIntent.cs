using HelpdeskBot.Bot;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Tickets;

namespace HelpdeskBot.Intake;

/// <summary>
/// "add info to HD-…", "no no, this is for the same thing, add to HD-…" typed during an interview (the thirteenth trial: taken
/// as the user id, then as the service): the report under way belongs to that ticket. What the interview has so far goes on
/// the ticket as the user's comment, with what they just wrote, and the interview stops. Outside an interview adding is
/// <see cref="AddInfoIntent"/>'s. "still fails, please reopen HD-…" (the fifteenth trial: taken as the time, then as the time
/// again) does the same to a ticket the team closed, and opens it again.
/// </summary>
public sealed class ReportToTicketIntent(TicketService tickets, TicketReplies replies) : IIntent
{
    /// <summary>Words that send something to a ticket named in the same message.</summary>
    private static readonly string[] AddingTo =
    [
        "add info", "add information", "add to", "add it to", "add this to", "add that to", "put it on", "put this on", "put it in", "same thing as",
        "tambah info", "tambah informasi", "tambahkan ke", "tambahin ke", "masukin ke", "masukkan ke", "gabung ke", "gabungin ke", "sama dengan",
        "sama kayak", "sama kyk",
    ];

    public string Id => "reportToTicket";
    public int Order => 24;
    public Choice? MenuChoice => null;
    public bool Interrupts => true;

    /// <summary>Never a command outside an interview: there, adding to a ticket is <see cref="AddInfoIntent"/>'s.</summary>
    public bool Matches(string text) => false;

    /// <summary>
    /// During a report, not at its question whether to add it to a similar ticket (whose "Add to HD-…" button is that
    /// question's answer), a ticket number with words of adding to it.
    /// </summary>
    public bool InterruptsWith(DialogContext dc, string text)
    {
        if (dc.Find<WaterfallState<IntakeValues>>() is null || dc.ActiveFrame.State is IAsksQuestion { Options.Field: "duplicate" }) return false;
        var normalized = TypedText.Normalize(text);
        return StatusIntent.NumberIn(normalized) is not null && (AddingTo.Any(p => TypedText.ContainsPhrase(normalized, p)) || CloseOrReopenIntent.AsksToReopen(normalized));
    }

    public async Task<DialogTurnStatus> StartAsync(DialogContext dc)
    {
        var turn = dc.Turn;
        if (dc.Find<WaterfallState<IntakeValues>>()?.Values is not { } draft) return DialogTurnStatus.Complete;
        var number = StatusIntent.NumberIn(TypedText.Normalize(turn.Text));
        var ticket = await tickets.GetOwnAsync(TicketService.OwnerOf(turn.Activity), number, turn.CancellationToken);
        var reopen = ticket is { IsOpen: false } && CloseOrReopenIntent.AsksToReopen(TypedText.Normalize(turn.Text));
        if (reopen)
        {
            ticket = await tickets.SetStatusByUserAsync(ticket!.Number, Data.Tickets.TicketStatus.Open, null, turn.ActivityKey + ":reopen", turn.CancellationToken);
        }
        if (ticket is null || !ticket.IsOpen)
        {
            turn.Send(ticket is null ? Message.Of("Status.NotFound", number?.ToUpperInvariant() ?? "") : Message.Of("AddInfo.Closed", ticket.Number));
            await dc.RepromptAsync();
            return DialogTurnStatus.Waiting;
        }
        var told = IntakeField.All.Select(f => (Field: f, Value: f.Show(draft))).Where(a => !string.IsNullOrWhiteSpace(a.Value))
            .Select(a => $"{turn.Render(a.Field.Label)}: {a.Value}");
        var added = await tickets.AddInfoAsync(ticket.Number, string.Join("\n", [turn.Text, .. told]), [], "user", turn.ActivityKey, turn.CancellationToken);
        dc.CancelAll();
        turn.Send(Message.Of(reopen ? "Ticket.ReopenedWithReport" : "AddInfo.ReportMoved", added.Number), new Activities.HelpdeskChannelData { Ticket = replies.Info(added) });
        return DialogTurnStatus.Complete;
    }
}
