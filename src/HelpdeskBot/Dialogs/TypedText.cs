using System.Text;

namespace HelpdeskBot.Dialogs;

/// <summary>Text as people type it into chat, made comparable: the engine's and every feature's word lists are matched on it.</summary>
public static class TypedText
{
    /// <summary>The text's words, normalised (lower case, single spaces), without the punctuation and quotes at their ends.</summary>
    public static List<string> Words(string? text) =>
        [.. Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '!', '?', ':', ';', '"', '\'')).Where(w => w.Length > 0)];

    /// <summary>Lower case, single spaces, no surrounding punctuation (the way people type into chat).</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text.Trim())
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c == '’' ? '\'' : c);
        }
        var s = sb.ToString().TrimEnd('.', '!', ',', ';', ':', ' ');
        return s.Length == 0 ? sb.ToString() : s.TrimStart('/');
    }

    /// <summary>
    /// A word with its held letters let go ("skipp", "yaa", "lewatii", "okeee" → "skip", "ya", "lewati", "oke"): every run of
    /// one letter is one letter.
    /// </summary>
    public static string Squeeze(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (sb.Length == 0 || sb[^1] != c || !char.IsLetter(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Whether a typed word is <paramref name="word"/> with one slip — a letter missing, added or changed, or two side by side
    /// swapped ("slesai", "lewatii", "emial", "creat") — for words of four letters or more, where a slip rarely makes another.
    /// </summary>
    /// <remarks>The guard's <c>Safety.Typos</c> reads slips in values of one length; the engine may not lean on a feature, so this one stands alone.</remarks>
    public static bool OneSlipFrom(string typed, string word)
    {
        if (word.Length < 4 || typed.Length < 3 || Math.Abs(typed.Length - word.Length) > 1 || typed == word) return false;
        var shorter = typed.Length <= word.Length ? typed : word;
        var longer = typed.Length <= word.Length ? word : typed;
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i]) i++;
        // One missing from the shorter; or one changed, or two neighbours swapped.
        if (shorter.Length < longer.Length) return shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
        return shorter.AsSpan(i + 1).SequenceEqual(longer.AsSpan(i + 1))
            || i + 1 < shorter.Length && shorter[i] == longer[i + 1] && shorter[i + 1] == longer[i] && shorter.AsSpan(i + 2).SequenceEqual(longer.AsSpan(i + 2));
    }

    /// <summary>True when <paramref name="phrase"/> stands in <paramref name="normalized"/> as whole words.</summary>
    public static bool ContainsPhrase(string normalized, string phrase)
    {
        var at = 0;
        while ((at = normalized.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + phrase.Length;
            var startOk = at == 0 || !char.IsLetterOrDigit(normalized[at - 1]);
            var endOk = end == normalized.Length || !char.IsLetterOrDigit(normalized[end]);
            if (startOk && endOk) return true;
            at = end;
        }
        return false;
    }
}
