using HelpdeskBot.Dialogs;
using HelpdeskBot.Intake.OccurredAt;

namespace HelpdeskBot.Intake;

/// <summary>When it happened, in the user's own time zone (<see cref="UserClock"/>). A time in the future is refused.</summary>
public sealed class OccurredAtPrompt(UserClock clock) : Prompt("intake.occurredAt")
{
    protected override Task<Recognition> RecognizeAsync(DialogContext dc, PromptOptions prompt)
    {
        var (userNow, zone) = clock.Of(dc.Turn.Activity, dc.Turn.Language);
        var parsed = OccurredAtParser.Parse(dc.Turn.Text, userNow, zone, UserClock.MonthFirst(dc.Turn));
        if (parsed is null) return Task.FromResult(FieldTextPrompt.ElsewhereOr(dc, clock, Message.Of("Intake.occurredAt.Retry")));
        if (OccurredAtParser.IsInFuture(parsed, clock.UtcNow)) return Task.FromResult(Recognition.Fail(Message.Of("Intake.occurredAt.Future")));
        return Task.FromResult(Recognition.Of(new OccurredAtAnswer(dc.Turn.Text, parsed.Utc)));
    }
}
