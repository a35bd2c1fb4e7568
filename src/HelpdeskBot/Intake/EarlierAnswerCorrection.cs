using HelpdeskBot.Dialogs;
using HelpdeskBot.Intake.Extraction;

namespace HelpdeskBot.Intake;

/// <summary>
/// A correction of an earlier answer typed to the next question: "oh wait, sorry, it was yesterday not today. same time",
/// "eh salah, username sy dewi_k". It opens with words that take something back and holds a new value, of the shape its
/// question checks, for an answer already given. The trial kept such a message as the open question's answer and the old
/// time stayed; it is applied to the earlier answer, and the open question is asked again.
/// </summary>
public static class EarlierAnswerCorrection
{
    /// <summary>How a message that takes something back opens, as its first one or two words.</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "oh wait", "wait", "sorry", "oops", "whoops", "actually", "correction", "my bad", "eh salah", "salah", "bentar", "eh bentar", "maaf",
        "ralat", "koreksi", "eh sori", "sori", "sorry salah", "maaf salah", "eh maaf", "oh sorry", "wait no", "no wait",
    };

    /// <summary>The answers a value's shape identifies without their question: a time, an id, an address, a service.</summary>
    private static readonly string[] Correctable = ["occurredAt", "userId", "email", "service"];

    /// <summary>"same time", "jam yang sama": only the day was wrong.</summary>
    private static readonly string[] SameTime = ["same time", "the same time", "jam yang sama", "jam yg sama", "jamnya sama", "jam sama", "waktu yang sama", "waktunya sama"];

    private const int MaxWords = 20;

    /// <summary>The values with the earlier answers the text corrects, and which; null when it corrects none.</summary>
    public static (IntakeValues Values, IReadOnlyList<string> Fields)? Read(string text, IntakeValues values, string asked, FreeTextReading reading, TimeZoneInfo? zone)
    {
        if (!OpensAsCorrection(TypedText.Words(text))) return null;
        var changed = values;
        var fields = new List<string>();
        foreach (var id in Correctable.Where(id => id != asked && reading.Fields.Contains(id)))
        {
            if (IntakeField.Find(id) is not { } field || field.Show(values) is null) continue;
            var value = field.Read(reading);
            if (value is null) continue;
            if (id == "occurredAt")
            {
                if (KeepTimeOfDay(text, values, reading, zone) is not ({ } at, var said)) continue;
                changed = field.Apply(changed, new OccurredAtAnswer(said, at));
            }
            else changed = field.Apply(changed, new TextAnswer(value));
            if (field.Show(changed) != field.Show(values)) fields.Add(id);
        }
        return fields.Count == 0 ? null : (changed with { Prefilled = [.. changed.Prefilled.Except(fields)] }, fields);
    }

    /// <summary>
    /// For a question that checks its answer (the service, the user id, the time): a message it would refuse, or read as
    /// answering other questions, that corrects an earlier answer instead ("eh salah, username sy dewi_k" typed to the
    /// service question) goes to the interview as typed, which applies the correction and asks again.
    /// </summary>
    public static Recognition Unless(Recognition recognition, DialogContext dc, string asked, UserClock clock)
    {
        if (recognition.Answer is not (null or ElsewhereAnswer) || !OpensAsCorrection(TypedText.Words(dc.Turn.Text))
            || dc.Find<WaterfallState<IntakeValues>>() is not { Values: var values })
        {
            return recognition;
        }
        var text = dc.Turn.Text;
        var reading = FreeTextReader.Read(text, clock.ReadingContext(dc.Turn));
        return Read(text, values, asked, reading, clock.Of(dc.Turn.Activity, dc.Turn.Language).Zone) is null ? recognition : Recognition.Of(new TextAnswer(text));
    }

    /// <summary>
    /// "i expected to withdraw my pesos like usual. oh wait its actually since dec 4 not 3" (the eleventh trial kept it all as
    /// what was expected): an answer whose closing sentences open as a correction, split there. Null when it has none.
    /// </summary>
    public static (string Answer, string Correction)? InLastSentence(string text, string asked)
    {
        // An id, an address, a service or a time is one value: a sentence after it is no part of the answer to split off.
        if (Correctable.Contains(asked)) return null;
        var trimmed = text.TrimEnd();
        for (var i = trimmed.Length - 2; i > 0; i--)
        {
            if (trimmed[i] is not ('.' or '!' or '?' or '\n') || !char.IsWhiteSpace(trimmed[i + 1])) continue;
            var answer = trimmed[..(i + 1)].Trim();
            var correction = trimmed[(i + 1)..].Trim();
            // "… Oh wait, sorry, it was yesterday not today. same time": the correction may run over its own sentences.
            if (answer.Any(char.IsLetterOrDigit) && OpensAsCorrection(TypedText.Words(correction))) return (answer, correction);
        }
        return null;
    }

    private static bool OpensAsCorrection(List<string> words) =>
        words.Count is > 0 and <= MaxWords && (Openers.Contains(words[0]) || words.Count > 1 && Openers.Contains(words[0] + " " + words[1]));

    /// <summary>"yesterday … same time": the new day at the time of day said before.</summary>
    private static (DateTimeOffset? Utc, string Text) KeepTimeOfDay(string text, IntakeValues values, FreeTextReading reading, TimeZoneInfo? zone)
    {
        var said = reading.OccurredAtText!;
        var normalized = TypedText.Normalize(text);
        if (!SameTime.Any(p => TypedText.ContainsPhrase(normalized, p)) || values.OccurredAtUtc is not { } before || reading.OccurredAtUtc is not { } after) return (reading.OccurredAtUtc, said);
        var zoneNow = zone ?? TimeZoneInfo.Utc;
        var oldLocal = TimeZoneInfo.ConvertTime(before, zoneNow);
        var newLocal = TimeZoneInfo.ConvertTime(after, zoneNow);
        var local = newLocal.Date + oldLocal.TimeOfDay;
        var utc = new DateTimeOffset(local, zoneNow.GetUtcOffset(local)).ToUniversalTime();
        return (utc, said + ", " + oldLocal.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}
