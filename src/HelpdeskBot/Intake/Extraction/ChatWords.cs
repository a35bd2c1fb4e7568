namespace HelpdeskBot.Intake.Extraction;

/// <summary>One word of a message: where it stands in the original text, and its lower-case form.</summary>
internal readonly record struct Word(int Start, int End, string Lower, bool ClauseBreakBefore, bool PauseBefore = false);

/// <summary>
/// Splits a message into words in one pass: runs of letters and digits, with the inner characters ids, addresses,
/// codes and versions use (<c>. _ - @ / :</c>) kept when a letter or digit follows, and a tag's <c>#</c> before digits. Sentence punctuation, line breaks
/// and quotes between two words mark a clause break, so a finder can stop a clause where the writer did.
/// </summary>
internal static class ChatWords
{
    public static List<Word> Split(string text)
    {
        var words = new List<Word>();
        var breakPending = false;
        var pausePending = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            // "__kenji": a handle may open with underscores too.
            if (!char.IsLetterOrDigit(c) && !(c == '_' && i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] == '_')))
            {
                if (c is '.' or '!' or '?' or ';' or '\n' or '\r' or '(' or ')' or '[' or ']') breakPending = true;
                if (c is ',' or '-' or '–' or '—' or '"' or '“' or '”') pausePending = true;
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1])
                || text[i] is '.' or '_' or '-' or '@' or '/' or ':' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                // "ayuwdy_" (the fourteenth trial lost it): a handle may end on underscores.
                || text[i] == '_'
                // "rafa.knight#4432": a tag's number belongs to the name.
                || text[i] == '#' && i > start && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                i++;
            }
            words.Add(new Word(start, i, text[start..i].ToLowerInvariant().Replace('’', '\''), breakPending, breakPending || pausePending));
            breakPending = false;
            pausePending = false;
        }
        return words;
    }

    /// <summary>"no problem", "no issues", "without a problem", "tanpa masalah", "ga masalah": what went fine, at word <paramref name="at"/>.</summary>
    public static bool SaysNoProblem(IReadOnlyList<Word> words, int at)
    {
        if (at + 1 >= words.Count) return false;
        var (word, next) = (words[at].Lower, words[at + 1].Lower);
        if (word == "without" && next is "a" or "any" && at + 2 < words.Count) next = words[at + 2].Lower;
        return word is "no" or "without" && next is "problem" or "problems" or "issue" or "issues" or "trouble"
            || word is "tanpa" or "ga" or "gak" or "gk" or "nggak" or "tidak" or "tdk" && next is "masalah" or "kendala";
    }

    /// <summary>The original text of words [from, to), as the user wrote it.</summary>
    public static string Text(string text, IReadOnlyList<Word> words, int from, int to) =>
        text[words[from].Start..words[to - 1].End];
}

/// <summary>
/// Phrases of one or more words, looked up by their first word, so finding every phrase in a message costs one
/// dictionary look-up per word whatever the number of phrases.
/// </summary>
internal sealed class PhraseSet
{
    private readonly Dictionary<string, string[][]> byFirstWord;

    public PhraseSet(params string[] phrases)
    {
        byFirstWord = phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.Ordinal);
    }

    public bool Contains(string word) => byFirstWord.TryGetValue(word, out var phrases) && phrases.Any(p => p.Length == 1);

    /// <summary>The number of words of the longest phrase that starts at <paramref name="at"/>, or 0.</summary>
    public int Match(IReadOnlyList<Word> words, int at)
    {
        if (at < 0 || at >= words.Count || !byFirstWord.TryGetValue(words[at].Lower, out var phrases)) return 0;
        foreach (var phrase in phrases)
        {
            if (Spells(words, at, phrase)) return phrase.Length;
        }
        return 0;
    }

    private static bool Spells(IReadOnlyList<Word> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count) return false;
        for (var k = 1; k < phrase.Length; k++)
        {
            if (words[at + k].ClauseBreakBefore || words[at + k].Lower != phrase[k]) return false;
        }
        return true;
    }
}
