using System.Collections.Frozen;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// Digits spelled as words, English and Indonesian: "one two three four", "satu dua tiga empat lima enam",
/// "nine-eight-seven". A PIN, code or CVV read aloud into a chat is as secret as its digits.
/// </summary>
internal static class SpelledDigits
{
    // A run longer than any code is counted no further: it is not a code either way.
    private const int MaxWords = 9;

    private static readonly FrozenSet<string> Words = new[]
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "nol", "kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> Values = new Dictionary<string, byte>
    {
        ["zero"] = 0, ["oh"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["nol"] = 0, ["kosong"] = 0, ["satu"] = 1, ["dua"] = 2, ["tiga"] = 3, ["empat"] = 4, ["lima"] = 5, ["enam"] = 6,
        ["tujuh"] = 7, ["delapan"] = 8, ["sembilan"] = 9,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The first two letters of every digit's name, one bit per pair of ASCII letters (case folded).
    private static readonly ulong[] FirstPairs = FirstPairsOf(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "oh",
        "nol", "kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]);

    private static ulong[] FirstPairsOf(IEnumerable<string> names)
    {
        var bits = new ulong[(26 * 26 / 64) + 1];
        foreach (var name in names)
        {
            var pair = ((name[0] - 'a') * 26) + (name[1] - 'a');
            bits[pair / 64] |= 1UL << (pair % 64);
        }

        return bits;
    }

    /// <summary>Whether a word starting with these two characters could be a digit's name: one bit test, before the word is read.</summary>
    public static bool MayStart(char first, char second)
    {
        if (!char.IsAsciiLetter(first) || !char.IsAsciiLetter(second))
        {
            return false;
        }

        var pair = (((first | 0x20) - 'a') * 26) + ((second | 0x20) - 'a');
        return (FirstPairs[pair / 64] & (1UL << (pair % 64))) != 0;
    }

    /// <summary>
    /// Whether a word could be a digit's name, by its first letter and length alone (most words are ruled out before
    /// they are looked up): z, o, t, f, s, e, n, k, d, l and two to eight letters.
    /// </summary>
    private static bool MayBeDigit(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 8 && (word[0] | 0x20) is 'z' or 'o' or 't' or 'f' or 's' or 'e' or 'n' or 'k' or 'd' or 'l';

    /// <summary>
    /// The run of digit words that starts at <paramref name="pos"/> (a word's first letter), joined by spaces, commas or
    /// dashes: how many there are, their digits written into <paramref name="digits"/> as far as it goes, and where the
    /// last one ends. No allocation: it is asked of long messages' words.
    /// </summary>
    public static int ReadRun(string text, int pos, Span<byte> digits, out int end)
    {
        var count = 0;
        end = pos;
        var k = pos;
        while (true)
        {
            var wordStart = k;
            while (k < text.Length && char.IsAsciiLetter(text[k]))
            {
                k++;
            }

            var word = text.AsSpan(wordStart, k - wordStart);
            if (k == wordStart || (k < text.Length && char.IsDigit(text[k])) || !MayBeDigit(word) || !Values.TryGetValue(word, out var digit)
                || (count == 0 && word.Equals("oh", StringComparison.OrdinalIgnoreCase)))
            {
                return count;
            }

            if (count < digits.Length)
            {
                digits[count] = digit;
            }

            count++;
            end = k;
            var gap = k;
            while (k < text.Length && k - gap < 3 && text[k] is ' ' or ',' or '-')
            {
                k++;
            }
        }
    }

    /// <summary>
    /// How many digit words run from <paramref name="pos"/>, joined by spaces, commas or dashes; <paramref name="end"/>
    /// is the end of the last one. Reads at most <see cref="MaxWords"/> + 1 words.
    /// </summary>
    public static int Read(string text, int pos, out int end)
    {
        end = pos;
        var count = 0;
        var k = pos;
        while (count <= MaxWords)
        {
            var start = k;
            while (k < text.Length && k - start < 8 && char.IsAsciiLetter(text[k]))
            {
                k++;
            }

            // "two oh four": "oh" is a zero only inside a run, never the start of one ("oh one more thing").
            if (k == start || (k < text.Length && char.IsLetterOrDigit(text[k]))
                || !Lookup.Contains(text.AsSpan(start, k - start)) && !(count > 0 && text.AsSpan(start, k - start).Equals("oh", StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }

            count++;
            end = k;
            while (k < text.Length && k - end < 3 && text[k] is ' ' or ',' or '-')
            {
                k++;
            }
        }

        return count;
    }
}
