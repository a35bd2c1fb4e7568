namespace HelpdeskBot.Safety.Scanning;

internal enum Shape
{
    Plain,
    MixedCase,
    Strong,
}

/// <summary>What a token looks like: a password, a masked value, an address.</summary>
internal static class Shapes
{
    /// <summary>
    /// Strong: looks like a password (letters with digits, 4+ digits, or symbols). MixedCase: "BlueSky". Plain:
    /// an ordinary word, a date or a version.
    /// </summary>
    public static Shape Of(ReadOnlySpan<char> word)
    {
        bool digit = false, letter = false, symbol = false, lower = false, upperInside = false;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (char.IsLetter(c))
            {
                letter = true;
                lower |= char.IsLower(c);
                upperInside |= k > 0 && char.IsUpper(c);
            }
            else if (c is not ('-' or '\'' or '’' or '.' or '/' or ':' or ','))
            {
                symbol = true;
            }
        }

        if (word.Length >= 4 && ((digit && (letter || symbol)) || (symbol && letter) || IsAllDigits(word)))
        {
            return Shape.Strong;
        }

        return upperInside && lower ? Shape.MixedCase : Shape.Plain;
    }

    /// <summary>"pelan2", "masing2": Indonesian chat writes a doubled word with a 2 ("passwordnya pelan2 tetep salah").</summary>
    public static bool IsDoubled(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word[^1] != '2')
        {
            return false;
        }

        foreach (var c in word[..^1])
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Letters, with at most inner hyphens or apostrophes ("m-banking", "it's"): a word, not a code or a number.</summary>
    public static bool IsWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '’' or '.'))
            {
                return false;
            }
        }

        return !word.IsEmpty;
    }

    public static bool IsAllDigits(ReadOnlySpan<char> word) => !word.IsEmpty && !word.ContainsAnyExceptInRange('0', '9');

    public static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"******", "xxxx", "•••": the password hidden, not given.</summary>
    public static bool IsMasked(ReadOnlySpan<char> word) =>
        word.Length >= 2 && !word.ContainsAnyExcept("*•●·xX#._-");

    /// <summary>An e-mail address, URL or domain names an account or a site, not a secret.</summary>
    public static bool IsAddress(ReadOnlySpan<char> word)
    {
        if (word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var at = word.IndexOf('@');
        if (at > 0 && word[(at + 1)..].Contains('.'))
        {
            return true;
        }

        var dot = word.LastIndexOf('.');
        return dot > 0 && at < 0 && ChatWords.Classify(word[(dot + 1)..]).HasAny(WordFlags.TopLevelDomain) && !word.ContainsAnyInRange('0', '9');
    }
}
