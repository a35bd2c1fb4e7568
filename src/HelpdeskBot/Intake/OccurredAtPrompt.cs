using HelpdeskBot.Dialogs;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Intake;

/// <summary>
/// When it happened, in the user's own time zone (the activity's <c>localTimezone</c>, else the offset of
/// its <c>localTimestamp</c>, else the configured default). A time in the future is refused.
/// </summary>
public sealed class OccurredAtPrompt(TimeProvider clock, IOptions<IntakeOptions> options) : Prompt("intake.occurredAt")
{
    protected override Task<Recognition> RecognizeAsync(DialogContext dc, PromptOptions prompt)
    {
        var activity = dc.Turn.Activity;
        var zone = FindZone(activity.LocalTimezone) ?? (activity.LocalTimestamp is null ? FindZone(options.Value.DefaultTimeZone) : null);
        var utcNow = clock.GetUtcNow();
        var offset = zone?.GetUtcOffset(utcNow) ?? activity.LocalTimestamp?.Offset ?? TimeSpan.Zero;
        var userNow = utcNow.ToOffset(offset);
        var parsed = OccurredAtParser.Parse(dc.Turn.Text, userNow, zone);
        if (parsed is null) return Task.FromResult(Recognition.Fail(Message.Of("Intake.occurredAt.Retry")));
        if (OccurredAtParser.IsInFuture(parsed, utcNow)) return Task.FromResult(Recognition.Fail(Message.Of("Intake.occurredAt.Future")));
        return Task.FromResult(Recognition.Of(new OccurredAtAnswer(dc.Turn.Text, parsed.Utc)));
    }

    private static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }
}
