using HelpdeskBot.Bot;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Tickets;

namespace HelpdeskBot.Intake;

/// <summary>
/// A screenshot sent at any question of the interview, before the one that asks for it (the thirteenth trial's user
/// attached the photo of the error one question early and got only "send failed"): the files are kept for the ticket, the
/// user is told, and the question is asked again — or answered by the words sent with the files.
/// </summary>
public sealed class EarlyEvidence(EvidenceChecker checker) : ITurnGate
{
    public async Task<bool> TryHandleAsync(DialogContext dc)
    {
        var turn = dc.Turn;
        // Not where a question takes the files itself: the screenshot question, or the comment of information added to a ticket.
        if (turn.State.Handoff is not null || turn.Activity.Attachments is not { Count: > 0 } attachments || !dc.IsActive
            || dc.ActiveFrame.State is ITakesFiles or IAsksQuestion { Options.Field: "comment" } || dc.Find<WaterfallState<IntakeValues>>() is null)
        {
            return false;
        }
        var files = await checker.AcceptAsync(turn, attachments);
        dc.Update<WaterfallState<IntakeValues>>(state =>
            state with { Values = state.Values with { Evidence = [.. state.Values.Evidence, .. files.Where(f => state.Values.Evidence.All(e => e.Id != f.Id))] } });
        foreach (var file in files) turn.Send(Message.Of("Intake.evidence.KeptForReport", file.Name));
        if (!string.IsNullOrWhiteSpace(turn.Text)) return false;
        await dc.RepromptAsync();
        return true;
    }
}
