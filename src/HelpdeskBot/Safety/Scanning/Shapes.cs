using System.Buffers;
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

    /// <summary>"0x800CCC0E", "0X80070005" (the fifteenth user trial): a hexadecimal number as error codes print it, never a password.</summary>
    public static bool IsHexNumber(ReadOnlySpan<char> word) =>
        word.Length is >= 4 and <= 18 && word[0] == '0' && word[1] is 'x' or 'X' && !word[2..].ContainsAnyExcept("0123456789abcdefABCDEF");

    /// <summary>
    /// "APP_ENV=production", "reason=WRONG_PASSWORD", "user=budi.s", "Database=crm;Authentication=Active" (the seventeenth round's
    /// pasted configs and logs): settings, each a name and its value, where no name is a credential's. A "password=…" or
    /// "API_TOKEN=…" is not one of these: its value is read as a credential's elsewhere.
    /// </summary>
    public static bool IsSetting(ReadOnlySpan<char> word)
    {
        var equals = word.IndexOf('=');
        if (equals < 2 || !char.IsAsciiLetter(word[0]))
        {
            return false;
        }

        foreach (var part in word.Split(';'))
        {
            var setting = word[part];
            var at = setting.IndexOf('=');
            if (at < 0)
            {
                continue;
            }

            var name = setting[..at];
            if (name.IsEmpty || name.ContainsAnyExcept(SettingName) || NamesCredential(name))
            {
                return false;
            }
        }

        return true;
    }

    // A token the guard already redacted part of ("CHECKOUT_DEFAULT_CVC=[CVV removed]" read again): what is left is no value.
    private static readonly SearchValues<string> PlaceholderHeads = SearchValues.Create(["[card", "[CVV", "[PIN", "[code", "[password", "[removed"], StringComparison.Ordinal);

    public static bool HoldsPlaceholder(ReadOnlySpan<char> word) => word.ContainsAny(PlaceholderHeads);

    private static readonly SearchValues<char> SettingName = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-");

    private static readonly SearchValues<string> CredentialStems = SearchValues.Create(
        ["pass", "pwd", "pw", "secret", "token", "key", "pin", "cvc", "cvv", "otp", "auth", "sandi", "sid", "session", "cookie", "jwt", "bearer", "code"],
        StringComparison.OrdinalIgnoreCase);

    private static bool NamesCredential(ReadOnlySpan<char> name) => name.ContainsAny(CredentialStems) && !name.Equals("Authentication", StringComparison.OrdinalIgnoreCase);

    /// <summary>"com.shop.pay.CardValidator.validate(CardValidator.java:88)": a stack trace's frame, not a password.</summary>
    public static bool IsCodeFrame(ReadOnlySpan<char> word)
    {
        var open = word.IndexOf('(');
        return open > 0 && word[..open].Contains('.') && (word.Contains(".java:", StringComparison.Ordinal) || word.Contains(".kt:", StringComparison.Ordinal)
            || word.Contains(".cs:", StringComparison.Ordinal) || word.Contains("Native Method", StringComparison.Ordinal) || word.EndsWith("()"));
    }

    /// <summary>
    /// "E401", "ERR-403", "AUTH_01": how apps print an error's code — one to four capitals, a dash or underscore or
    /// nothing, then two to five digits.
    /// </summary>
    public static bool IsErrorCode(ReadOnlySpan<char> word)
    {
        var letters = 0;
        while (letters < word.Length && char.IsAsciiLetterUpper(word[letters]))
        {
            letters++;
        }

        var rest = word[letters..];
        if (!rest.IsEmpty && rest[0] is '-' or '_')
        {
            rest = rest[1..];
        }

        return letters is >= 1 and <= 4 && rest.Length is >= 2 and <= 5 && IsAllDigits(rest);
    }

    /// <summary>
    /// "TRX88123", "INV20240042": two to five capitals straight before four digits or more, as systems number what they
    /// print ("transaction IDs TRX88123, TRX88124, TRX88125", twelfth round).
    /// </summary>
    public static bool IsNumberedCode(ReadOnlySpan<char> word)
    {
        var letters = 0;
        while (letters < word.Length && char.IsAsciiLetterUpper(word[letters]))
        {
            letters++;
        }

        return letters is >= 2 and <= 5 && word.Length - letters >= 4 && IsAllDigits(word[letters..]);
    }

    /// <summary>
    /// "7K2M-99QA-LL0P", "X9TQ-44BR-PLM2": how systems print a transaction or order id — three or more groups of one length
    /// (three to six capitals and digits), joined by dashes, with a letter and a digit somewhere (thirteenth trial: two such
    /// ids side by side were removed as two spellings of a password before the agent read them).
    /// </summary>
    public static bool IsPrintedId(ReadOnlySpan<char> word)
    {
        var group = word.IndexOf('-');
        if (group is < 3 or > 6 || (word.Length + 1) % (group + 1) != 0 || (word.Length + 1) / (group + 1) < 3)
        {
            return false;
        }

        bool letter = false, digit = false;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if ((k + 1) % (group + 1) == 0)
            {
                if (c != '-')
                {
                    return false;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                letter = true;
            }
            else
            {
                return false;
            }
        }

        return letter && digit;
    }

    /// <summary>
    /// "TXN-99812", "INV-2024-0042", "ORD_5521": how systems print a reference — one to five capitals, then groups of
    /// digits, each after a dash, underscore or slash.
    /// </summary>
    public static bool IsReference(ReadOnlySpan<char> word)
    {
        var letters = 0;
        while (letters < word.Length && char.IsAsciiLetterUpper(word[letters]))
        {
            letters++;
        }

        if (letters is < 1 or > 5 || letters == word.Length)
        {
            return false;
        }

        var rest = word[letters..];
        while (!rest.IsEmpty)
        {
            if (rest[0] is not ('-' or '_' or '/'))
            {
                return false;
            }

            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            if (digits == 1)
            {
                return false;
            }

            rest = rest[digits..];
        }

        return true;
    }

    /// <summary>"pelan2", "masing2": Indonesian chat writes a doubled word with a 2 ("passwordnya pelan2 tetep salah").</summary>
    private const int MaxDoubledLength = 10;

    /// <summary>
    /// Digits read out with separators, as people type a code or PIN from a screen or letter: one digit at a time ("6 1 6 1",
    /// "5-5-1-9", "9 0 2 4 1 7") or two groups of three ("294-117", "035 771"). Returns where the value ends and how many
    /// digits it has, or false when the text at <paramref name="start"/> is anything else (a longer number's groups, a date).
    /// </summary>
    public static bool IsSeparatedDigits(string text, int start, out int end, out int digits)
    {
        end = start;
        digits = 0;
        // Not from the middle of a run: "0 2 4 1 7" inside "9 0 2 4 1 7".
        if (start > 1 && text[start - 1] is ' ' or '-' && char.IsAsciiDigit(text[start - 2]))
        {
            return false;
        }

        Span<int> groups = stackalloc int[8];
        var count = 0;
        var i = start;
        while (i < text.Length && count < groups.Length)
        {
            var run = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                run++;
                i++;
            }

            if (run == 0)
            {
                break;
            }

            groups[count++] = run;
            digits += run;
            end = i;
            if (i + 1 < text.Length && text[i] is ' ' or '-' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        // What follows must end the value: "6 1 6 1 and", "294-117,"; not "5-5-1-9b" or a further group.
        if (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            return false;
        }

        var singles = count >= 4 && !groups[..count].ContainsAnyExcept(1);
        var triples = count == 2 && groups[0] == 3 && groups[1] == 3;
        // Eighth round: a six-digit code read out in pairs ("55 31 90", "09 88 21").
        var pairs = count == 3 && !groups[..count].ContainsAnyExcept(2);
        return (singles && digits <= 8) || triples || pairs;
    }

    public static bool IsDoubled(ReadOnlySpan<char> word)
    {
        // A doubled word is a short common one ("tiba2", "berkali2", "berminggu2"); "ayamgeprek2" is a chosen value.
        if (word.Length is < 4 or > MaxDoubledLength || word[^1] != '2')
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

    /// <summary>
    /// "******", "xxxx", "•••": the password hidden, not given. "${DB_PASSWORD}", "$DB_PASS", "%DB_PASS%", "{{password}}"
    /// (thirteenth round, a config line pasted): a name that stands for it in a file, not the value either.
    /// </summary>
    public static bool IsMasked(ReadOnlySpan<char> word) =>
        (word.Length >= 2 && !word.ContainsAnyExcept("*•●·xX#._-")) || IsVariable(word);

    private static bool IsVariable(ReadOnlySpan<char> word) =>
        word.Length >= 3
        && (word.StartsWith("${") || word.StartsWith("$(") || word.StartsWith("{{") || (word[0] == '%' && word[^1] == '%')
            || (word[0] == '$' && char.IsAsciiLetterUpper(word[1]) && !word[1..].ContainsAnyExcept(VariableName)));

    private static readonly SearchValues<char> VariableName = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

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
