using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Intake;

/// <summary>
/// Checks a typed answer to "which service?": a service may be any name, but a short answer that is only a time
/// ("yesterday at 3pm", "tadi pagi") answers another question, and is asked again rather than kept as the service.
/// </summary>
public static class ServiceAnswer
{
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "ago", "last", "since", "am", "pm", "at", "around",
        "about", "this", "just", "now", "kemarin", "kemaren", "kmrn", "tadi", "td", "semalam", "semalem", "pagi", "siang", "sore", "malam",
        "malem", "lalu", "jam", "sekitar", "barusan", "sejak", "hari", "ini", "minggu", "week", "days", "hours", "minutes", "menit",
    };

    public static Message? Check(string text)
    {
        if (text.Length < 2) return Message.Of("Intake.service.Retry");
        // "ok", "iya", "gatau": agreeing or not knowing names no service; the buttons do.
        if (PromptWords.IsYes(text) || PromptWords.IsNo(text) || UserIdAnswer.SaysNotKnown(text)) return Message.Of("Intake.service.Retry");
        // "iya bkin aja", "ok thanks": an answer to another question, led by its yes or no (a service named in it was already taken).
        var first = TypedText.Normalize(text).Split(' ', 2)[0].Trim(',', '.', '!');
        if (PromptWords.IsYes(first) || PromptWords.IsNo(first)) return Message.Of("Intake.service.Retry");
        // "kak btw cs nya buka jam brp ya?", "can we do them separately?": a question names no service (one that does, "the app?",
        // was taken before this check); it is asked again (the fifth trial kept such questions as the service).
        if (text.TrimEnd().EndsWith('?')) return Message.Of("Intake.service.Retry");
        // Every word a time word or a clock time ("3pm", "15:00", "jam 8"), and at least one of them a word for a time.
        return OnlyTime(text) ? Message.Of("Intake.service.Retry") : null;
    }

    /// <summary>"yesterday around 3pm", "tadi pagi": every word a time word or a clock time — an answer to another question.</summary>
    public static bool OnlyTime(string text)
    {
        var words = TypedText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '!', '?')).Where(w => w.Length > 0).ToList();
        return words.Count > 0 && words.All(w => TimeWords.Contains(w) || IsClock(w)) && words.Any(w => TimeWords.Contains(w) && w is not ("at" or "about" or "around" or "this" or "ini" or "just"));
    }

    private static bool IsClock(string word)
    {
        // "3pm", "11an" ("around 11", the fourteenth trial's "semalem jam 11an" was kept as the user id).
        var core = word.EndsWith("am", StringComparison.Ordinal) || word.EndsWith("pm", StringComparison.Ordinal) || word.EndsWith("an", StringComparison.Ordinal) ? word[..^2] : word;
        return core.Length is > 0 and <= 5 && core.All(c => char.IsAsciiDigit(c) || c is ':' or '.');
    }
}
