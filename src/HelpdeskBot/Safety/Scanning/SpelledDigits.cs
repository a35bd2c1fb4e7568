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

    // Numbers from ten to ninety-nine by name, which people read a card out in ("forty seven eighty eight …", "empat puluh
    // tujuh, delapan puluh delapan, …", the ninth user trial): the teens whole, the tens with or without a unit after them.
    private static readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> Teens = new Dictionary<string, byte>
    {
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["sepuluh"] = 10, ["sebelas"] = 11,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> Tens = new Dictionary<string, byte>
    {
        ["twenty"] = 2, ["thirty"] = 3, ["forty"] = 4, ["fourty"] = 4, ["fifty"] = 5, ["sixty"] = 6, ["seventy"] = 7, ["eighty"] = 8, ["ninety"] = 9,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Every name of a number from zero to ninety-nine (what a card read out in pairs is made of).
    private static readonly string[] NumberNameList =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "nol", "kosong", "satu", "dua", "tiga", "empat", "lima",
        "enam", "tujuh", "delapan", "sembilan", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety", "sepuluh", "sebelas",
    ];

    // One look-up rules a word out before it is read as a number.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberNames =
        NumberNameList.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The first two letters of every digit's name, one bit per pair of ASCII letters (case folded).
    private static readonly ulong[] FirstPairs = FirstPairsOf([.. Values.Dictionary.Keys]);

    // And of every number's name, with the Indonesian tens' words that follow a unit ("empat puluh", "lima belas").
    private static readonly ulong[] NumberPairs = FirstPairsOf([.. NumberNameList, "puluh", "belas"]);

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
    public static bool MayStart(char first, char second) => HasPair(FirstPairs, first, second);

    /// <summary>Whether a word starting with these two characters could name a number from zero to ninety-nine (or be "puluh", "belas").</summary>
    public static bool MayStartNumber(char first, char second) => HasPair(NumberPairs, first, second);

    private static bool HasPair(ulong[] bits, char first, char second)
    {
        if (!char.IsAsciiLetter(first) || !char.IsAsciiLetter(second))
        {
            return false;
        }

        var pair = (((first | 0x20) - 'a') * 26) + ((second | 0x20) - 'a');
        return (bits[pair / 64] & (1UL << (pair % 64))) != 0;
    }

    /// <summary>Whether the word at <paramref name="pos"/> names a number from zero to ninety-nine.</summary>
    public static bool IsNumberName(string text, int pos) => NumberNames.Contains(WordAt(text, pos));

    /// <summary>Past the separator after a number or a word: up to three spaces, commas, dashes or dots, or a mark said as a word.</summary>
    public static int SkipSeparator(string text, int k)
    {
        var gap = k;
        while (k < text.Length && k - gap < 3 && text[k] is ' ' or ',' or '-' or '.')
        {
            k++;
        }

        // Voice typing writes the marks out: "five three zero seven space one five one two", "… comma seven two nine eight".
        if (k > gap && text[k - 1] == ' ' && SpokenSeparator(text, k) is > 0 and var length && k + length + 2 < text.Length && text[k + length] == ' '
            && (char.IsAsciiDigit(text[k + length + 1]) || MayStartNumber(text[k + length + 1], text[k + length + 2])))
        {
            return SkipSeparator(text, k + length);
        }

        return k;
    }

    private static readonly string[] SpokenSeparators = ["space", "comma", "dash", "hyphen", "spasi", "koma", "strip", "setrip"];

    /// <summary>The length of a separator said as a word at <paramref name="k"/> ("space", "koma"), or 0.</summary>
    private static int SpokenSeparator(string text, int k)
    {
        if (k >= text.Length || (text[k] | 0x20) is not ('s' or 'c' or 'd' or 'h' or 'k'))
        {
            return 0;
        }

        foreach (var word in SpokenSeparators)
        {
            if (string.Compare(text, k, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// A number read out in any mix of digit groups and number names from zero to ninety-nine, joined by spaces, commas,
    /// dashes or dots: "forty seven eighty eight seventy fifteen …", "empat puluh tujuh, delapan puluh delapan, …",
    /// "4788 seven zero one five 1507 79 26". Writes its digits into <paramref name="digits"/> (stopping when it is full)
    /// and returns how many there are (more than the buffer holds when the run is longer), with whether any was a word
    /// and where the run ends. No allocation.
    /// </summary>
    public static int ReadNumber(string text, int pos, Span<byte> digits, out int end, out bool named)
    {
        var count = 0;
        named = false;
        end = pos;
        var k = pos;
        while (k < text.Length && count <= digits.Length)
        {
            var start = k;
            if (char.IsAsciiDigit(text[k]))
            {
                while (k < text.Length && char.IsAsciiDigit(text[k]))
                {
                    Put(digits, ref count, (byte)(text[k] - '0'));
                    k++;
                }

                if (k < text.Length && char.IsAsciiLetter(text[k]))
                {
                    return count - (k - start);
                }
            }
            else
            {
                var next = NumberWord(text, k, digits, ref count, first: count == 0);
                if (next == k)
                {
                    return count;
                }

                named = true;
                k = next;
            }

            end = k;
            k = SkipSeparator(text, k);
        }

        return count;
    }

    private static void Put(Span<byte> digits, ref int count, byte digit)
    {
        if (count < digits.Length)
        {
            digits[count] = digit;
        }

        count++;
    }

    /// <summary>One number name (with the word after it that completes it: "forty seven", "empat puluh tujuh", "lima belas"); returns where it ends, or <paramref name="k"/> when none starts there.</summary>
    private static int NumberWord(string text, int k, Span<byte> digits, ref int count, bool first)
    {
        var word = WordAt(text, k);
        if (word.IsEmpty || (k + word.Length < text.Length && char.IsAsciiDigit(text[k + word.Length])))
        {
            return k;
        }

        var after = k + word.Length;
        if (Teens.TryGetValue(word, out var teen))
        {
            Put(digits, ref count, (byte)(teen / 10));
            Put(digits, ref count, (byte)(teen % 10));
            return after;
        }

        if (Tens.TryGetValue(word, out var ten))
        {
            Put(digits, ref count, ten);
            var unitAt = SkipSpace(text, after);
            var unit = WordAt(text, unitAt);
            if (Values.TryGetValue(unit, out var u) && u > 0 && !unit.Equals("oh", StringComparison.OrdinalIgnoreCase))
            {
                Put(digits, ref count, u);
                return unitAt + unit.Length;
            }

            Put(digits, ref count, 0);
            return after;
        }

        if (!Values.TryGetValue(word, out var digit) || (first && word.Equals("oh", StringComparison.OrdinalIgnoreCase)))
        {
            return k;
        }

        // "empat puluh tujuh", "tujuh puluh", "lima belas": an Indonesian unit before its ten.
        var nextAt = SkipSpace(text, after);
        var next = WordAt(text, nextAt);
        if (digit > 0 && next.Equals("belas", StringComparison.OrdinalIgnoreCase))
        {
            Put(digits, ref count, 1);
            Put(digits, ref count, digit);
            return nextAt + next.Length;
        }

        if (digit > 0 && next.Equals("puluh", StringComparison.OrdinalIgnoreCase))
        {
            Put(digits, ref count, digit);
            var unitAt = SkipSpace(text, nextAt + next.Length);
            var unit = WordAt(text, unitAt);
            if (Values.TryGetValue(unit, out var u) && u > 0 && !WordAt(text, SkipSpace(text, unitAt + unit.Length)).Equals("puluh", StringComparison.OrdinalIgnoreCase)
                && !WordAt(text, SkipSpace(text, unitAt + unit.Length)).Equals("belas", StringComparison.OrdinalIgnoreCase))
            {
                Put(digits, ref count, u);
                return unitAt + unit.Length;
            }

            Put(digits, ref count, 0);
            return nextAt + next.Length;
        }

        Put(digits, ref count, digit);
        return after;
    }

    private static ReadOnlySpan<char> WordAt(string text, int k)
    {
        var start = k;
        while (k < text.Length && k - start < 10 && char.IsAsciiLetter(text[k]))
        {
            k++;
        }

        return k < text.Length && char.IsAsciiLetter(text[k]) ? default : text.AsSpan(start, k - start);
    }

    // "eighty eight", and hyphenated as it is written out: "eighty-eight" (the fourteenth user trial).
    private static int SkipSpace(string text, int k) => k < text.Length && text[k] is ' ' or '-' ? k + 1 : k;

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
    /// How many digit words (one to <paramref name="most"/>) end the text at <paramref name="end"/>, separated by spaces: "… the
    /// code was seven four nine" ends on three. <paramref name="start"/> is where the first of them begins; 0 when more
    /// than <paramref name="most"/> or none do.
    /// </summary>
    public static int TrailingRun(string text, int end, int most, out int start)
    {
        start = end;
        var count = 0;
        var k = end;
        while (k > 0)
        {
            var wordEnd = k;
            while (k > 0 && char.IsAsciiLetter(text[k - 1]))
            {
                k--;
            }

            var word = text.AsSpan(k, wordEnd - k);
            if (k == wordEnd || (k > 0 && char.IsLetterOrDigit(text[k - 1])) || !MayBeDigit(word) || !Values.TryGetValue(word, out _)
                || word.Equals("oh", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            if (++count > most)
            {
                return 0;
            }

            start = k;
            while (k > 0 && text[k - 1] is ' ' or ',' or '-')
            {
                k--;
            }
        }

        return count;
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
