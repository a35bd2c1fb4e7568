using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Intake.Extraction;

/// <summary>Where and when the user is, for reading times ("this morning") and the services they can name.</summary>
/// <param name="MonthFirst">Numeric dates are month-first ("12/05" is 5 December): English written from a US locale.</param>
public sealed record ReadingContext(DateTimeOffset UserNow, TimeZoneInfo? Zone, ServiceNames Services, bool MonthFirst = false);

/// <summary>
/// Reads intake answers from free text, English and Indonesian: the user id, the service, when it happened, the
/// exact error, an email address, what was expected, what was tried, and what changed before. Each finder fills its
/// field only when the text says it plainly (a cue word and a value of the right shape); when in doubt it leaves the
/// field to its question, because a wrong answer filled in silently is worse than a question. One pass per finder over
/// the words, so the work is linear in the length of the message.
/// </summary>
public static class FreeTextReader
{
    /// <summary>Longer messages are read only this far: the answers people type come first, pasted logs after.</summary>
    public const int MaxReadLength = 4000;

    public static FreeTextReading Read(string text, ReadingContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (text.Length > MaxReadLength) text = text[..MaxReadLength];
        var words = ChatWords.Split(text);
        if (words.Count == 0) return FreeTextReading.Empty;

        var email = EmailFinder.Find(text, words);
        var history = ClauseFinder.History(text, words);
        // A time inside "since the update yesterday" dates the change, not the problem: it is left to the question.
        var time = TimeFinder.Find(text, words, context, history is { } h ? (h.From, h.To) : null);
        var attempts = ClauseFinder.AttemptsSpan(text, words);
        return new FreeTextReading
        {
            UserId = UserIdFinder.Find(text, words, email),
            // What was tried or changed ("udh ganti password", "after I changed my password") names the service only
            // when nothing else in the message does.
            Service = context.Services.Find(words, [.. new[] { history is { } c ? (c.From, c.To) : default, attempts is { } a ? (a.From, a.To) : default }.Where(s => s.To > s.From)]),
            OccurredAtText = time?.Text,
            OccurredAtUtc = time?.Utc,
            ErrorMessage = ErrorFinder.Find(text, words),
            Email = email?.Address,
            Expected = ClauseFinder.Expected(text, words),
            Attempts = attempts?.Text,
            History = history?.Text,
            Steps = ClauseFinder.Steps(text, words),
        };
    }
}

/// <summary>An email address in a message, and whether the user called it their login rather than their contact.</summary>
internal sealed record FoundEmail(string Address, int WordIndex);

internal static class EmailFinder
{
    public static FoundEmail? Find(string text, IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = text[words[i].Start..words[i].End].TrimEnd('.', '-', '_');
            if (word.Contains('@', StringComparison.Ordinal) && EmailPrompt.IsValid(word, out var address)) return new FoundEmail(address, i);
        }
        return null;
    }
}
