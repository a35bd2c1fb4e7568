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
