using HelpdeskBot.Dialogs;
using HelpdeskBot.Intake.Extraction;
using HelpdeskBot.Intake.OccurredAt;

namespace HelpdeskBot.Intake;

/// <summary>When it happened, in the user's own time zone (<see cref="UserClock"/>). A time in the future is refused.</summary>
public sealed class OccurredAtPrompt(UserClock clock) : Prompt("intake.occurredAt")
{
    protected override Task<Recognition> RecognizeAsync(DialogContext dc, PromptOptions prompt) =>
        Task.FromResult(EarlierAnswerCorrection.Unless(Recognize(dc), dc, IntakeField.OccurredAt.Id, clock));

    private Recognition Recognize(DialogContext dc)
    {
        var (userNow, zone) = clock.Of(dc.Turn.Activity, dc.Turn.Language);
        var parsed = OccurredAtParser.Parse(dc.Turn.Text, userNow, zone, UserClock.MonthFirst(dc.Turn));
        if (parsed is null)
        {
            // "I told you, 9am today", "ga inget, pokoknya minggu ini": the time inside the sentence, as the first message's is read.
            var reading = FreeTextReader.Read(dc.Turn.Text, clock.ReadingContext(dc.Turn));
            if (reading is { OccurredAtText: { } found, OccurredAtUtc: { } utc }) return Recognition.Of(new OccurredAtAnswer(found, utc));
            // "gatau", "I don't remember": an honest answer the agent should read, rather than a question that never lets go.
            if (UserIdAnswer.SaysNotKnown(dc.Turn.Text) && dc.Turn.Text.Length <= 60) return Recognition.Of(new TextAnswer(dc.Turn.Text.Trim()));
            return FieldTextPrompt.ElsewhereOr(dc, clock, Message.Of("Intake.occurredAt.Retry"));
        }
        if (OccurredAtParser.IsInFuture(parsed, clock.UtcNow)) return Recognition.Fail(Message.Of("Intake.occurredAt.Future"));
        return Recognition.Of(new OccurredAtAnswer(AlreadySaid.Without(dc.Turn.Text), parsed.Utc));
    }
}
