namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// Matches one keyword at a word start, the way people actually type it: any case; digits and symbols for letters
/// after the first (p@ssw0rd, pa55word, passw0rd); spaced out letter by letter (p a s s w o r d, P.I.N., o-t-p);
/// and, in words of seven letters or more, one letter missing, added, changed or swapped (pasword, passwrod,
/// verfikasi). Every path reads at most a few characters past the keyword's length.
/// </summary>
internal static class KeywordMatcher
{
    public const int MinTypoLength = 7;

    // The longest keyword word a typo is tolerated in ("authentication"), plus a suffix.
    private const int MaxTypoWord = 14 + 4;
    private const int MaxJoint = 3;

    /// <summary>How many characters longer than a keyword's word a typo of it may be typed (a suffix).</summary>
    public const int TypoLonger = 4;

    /// <summary>Where the keyword starting at <paramref name="pos"/> ends, typed word by word, or -1.</summary>
    public static int MatchWords(string text, int pos, CredentialKeyword keyword)
    {
        var end = MatchFirstWord(text, pos, keyword.Words[0]);
        return end < 0 ? -1 : MatchRest(text, end, keyword);
    }

    /// <summary>Where a keyword's first word starting at <paramref name="pos"/> ends, exactly or with a typo, or -1.</summary>
    public static int MatchFirstWord(string text, int pos, string word)
    {
        var end = MatchWord(text, pos, word);
        return end < 0 && word.Length >= MinTypoLength ? MatchTypo(text, pos, word) : end;
    }

    /// <summary>Where the keyword whose first word ends at <paramref name="pos"/> ends, its other words typed after it, or -1.</summary>
    public static int MatchRest(string text, int pos, CredentialKeyword keyword)
    {
        for (var w = 1; w < keyword.Words.Length; w++)
        {
            var joint = 0;
            while (pos < text.Length && joint < MaxJoint && text[pos] is ' ' or '-' or '_' or '\u00A0')
            {
                pos++;
                joint++;
            }

            var word = keyword.Words[w];
            var end = MatchWord(text, pos, word);
            if (end < 0 && word.Length >= MinTypoLength)
            {
                end = MatchTypo(text, pos, word);
            }

            if (end < 0)
            {
                return -1;
            }

            pos = end;
        }

        return pos;
    }

    private static int MatchWord(string text, int pos, string word)
    {
        if (pos + word.Length > text.Length)
        {
            return -1;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (!Same(text[pos + k], word[k]))
            {
                return -1;
            }
        }

        return pos + word.Length;
    }

    /// <summary>"p a s s w o r d", "P.I.N.", "o-t-p": one separator, the same each time, between every letter.</summary>
    public static int MatchSpaced(string text, int pos, string letters)
    {
        if (pos + 2 >= text.Length || text[pos + 1] is not (' ' or '.' or '-' or '_' or '*') || !Same(text[pos], letters[0]))
        {
            return -1;
        }

        var separator = text[pos + 1];
        var p = pos + 1;
        for (var k = 1; k < letters.Length; k++)
        {
            if (p + 1 >= text.Length || text[p] != separator || !Same(text[p + 1], letters[k]))
            {
                return -1;
            }

            p += 2;
        }

        if (separator == '.' && p < text.Length && text[p] == '.')
        {
            p++;
        }

        // "p a s s i o n" is not "pass" spaced out: the letters go on.
        if (p + 1 < text.Length && text[p] == separator && char.IsLetter(text[p + 1]) && (p + 2 == text.Length || !char.IsLetterOrDigit(text[p + 2])))
        {
            return -1;
        }

        return p;
    }

    /// <summary>
    /// The length of the word at <paramref name="pos"/> (letters and characters standing for them, at most one more than
    /// the longest word a typo is tolerated in), or 0 when no keyword a typo is tolerated in is about that long.
    /// </summary>
    public static int TypoWordLength(string text, int pos)
    {
        var end = pos;
        while (end < text.Length && end - pos <= MaxTypoWord && (char.IsLetter(text[end]) || IsLeetChar(text[end])))
        {
            end++;
        }

        return end - pos is >= MinTypoLength - 1 and <= MaxTypoWord ? end - pos : 0;
    }

    /// <summary>
    /// With the first letter right, one edit leaves the second letter in place, or the third, or one of them moved by one:
    /// most words that merely start alike ("printer", "password") are ruled out here, before the word is read.
    /// </summary>
    public static bool MayBeTypo(string text, int pos, string word) =>
        pos + 2 < text.Length && Same(text[pos], word[0])
        && (Same(text[pos + 1], word[1]) || Same(text[pos + 2], word[2]) || Same(text[pos + 2], word[1]) || Same(text[pos + 1], word[2]));

    /// <summary>One edit away (Damerau): the word typed with a letter missing, extra, wrong or two letters swapped.</summary>
    private static int MatchTypo(string text, int pos, string word)
    {
        if (!MayBeTypo(text, pos, word))
        {
            return -1;
        }

        // A word shorter than the keyword less one letter ends before this character: most words are told so here,
        // before they are read.
        var shortest = pos + word.Length - 2;
        if (shortest >= text.Length || !(char.IsLetter(text[shortest]) || IsLeetChar(text[shortest])))
        {
            return -1;
        }

        var end = pos;
        while (end < text.Length && end - pos <= word.Length + TypoLonger && (char.IsLetter(text[end]) || IsLeetChar(text[end])))
        {
            end++;
        }

        // The typed word must be about as long as the keyword, give or take a letter and a suffix.
        if (end - pos < word.Length - 1 || end - pos > word.Length + TypoLonger || !Same(text[pos], word[0]))
        {
            return -1;
        }

        // The whole word, or the word without an Indonesian or plural suffix ("paswordnya", "passwrds").
        var typed = text.AsSpan(pos, end - pos);
        foreach (var suffix in (ReadOnlySpan<string>)["", "nya", "ku", "mu", "s"])
        {
            if (typed.Length > suffix.Length && typed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && WithinOneEdit(typed[..^suffix.Length], word))
            {
                return end - suffix.Length;
            }
        }

        return -1;
    }

    internal static bool WithinOneEdit(ReadOnlySpan<char> typed, string word)
    {
        var diff = typed.Length - word.Length;
        if (diff is < -1 or > 1 || typed.Length < MinTypoLength - 1)
        {
            return false;
        }

        var i = 0;
        while (i < typed.Length && i < word.Length && Same(typed[i], word[i]))
        {
            i++;
        }

        if (i == typed.Length && i == word.Length)
        {
            return true;
        }

        return diff switch
        {
            // one letter changed, or two neighbours swapped
            0 => Rest(typed[(i + 1)..], word.AsSpan(i + 1))
                 || (i + 1 < typed.Length && Same(typed[i], word[i + 1]) && Same(typed[i + 1], word[i]) && Rest(typed[(i + 2)..], word.AsSpan(i + 2))),

            // one letter extra
            1 => Rest(typed[(i + 1)..], word.AsSpan(i)),

            // one letter missing
            _ => Rest(typed[i..], word.AsSpan(i + 1)),
        };
    }

    private static bool Rest(ReadOnlySpan<char> typed, ReadOnlySpan<char> word)
    {
        if (typed.Length != word.Length)
        {
            return false;
        }

        for (var k = 0; k < typed.Length; k++)
        {
            if (!Same(typed[k], word[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A typed character against a keyword's lowercase character, digits and symbols standing for letters.</summary>
    public static bool Same(char typed, char expected) =>
        typed == expected
        // An ASCII letter stands for no other letter (Leet reads digits and symbols): its lowercase form is enough.
        || (char.IsAsciiLetter(typed) ? (char)(typed | 0x20) == expected : char.ToLowerInvariant(typed) == expected || Leet(typed, expected));

    private static bool Leet(char typed, char expected) => typed switch
    {
        '0' => expected == 'o',
        '@' or '4' => expected == 'a',
        '$' or '5' => expected == 's',
        '1' or '|' => expected is 'i' or 'l',
        '!' => expected == 'i',
        '3' => expected == 'e',
        '7' => expected == 't',
        _ => false,
    };

    private static bool IsLeetChar(char c) => c is '0' or '@' or '4' or '$' or '5' or '1' or '|' or '!' or '3' or '7';
}
