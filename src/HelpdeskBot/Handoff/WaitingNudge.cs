using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Handoff;

/// <summary>
/// "hello?", "anyone there?", "P", "masih lama kak?": a short message, while a person is asked for, that asks whether
/// anyone is coming rather than telling them more.
/// </summary>
public static class WaitingNudge
{
    private const int MaxWords = 6;

    private static readonly HashSet<string> Pings = new(StringComparer.Ordinal)
    {
        "p", "ping", "halo", "hallo", "helo", "hello", "hi", "hey", "woi", "woy", "oi", "permisi", "misi", "kak", "min", "admin", "gan",
    };

    private static readonly HashSet<string> Asking = new(StringComparer.Ordinal)
    {
        "anyone", "anybody", "someone", "somebody", "there", "still", "waiting", "wait", "long", "coming", "soon", "yet", "ada", "orang",
        "masih", "lama", "nunggu", "menunggu", "tunggu", "kapan", "mana", "belum", "blm", "respon", "balas", "bales",
    };

    public static bool In(string text)
    {
        var words = TypedText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '!', '?')).Where(w => w.Length > 0).ToList();
        // "??" alone asks too.
        if (words.Count == 0) return text.Contains('?', StringComparison.Ordinal);
        if (words.Count > MaxWords) return false;
        if (words.All(Pings.Contains)) return true;
        return text.Contains('?', StringComparison.Ordinal) && words.Any(Asking.Contains);
    }
}
