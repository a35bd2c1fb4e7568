namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// Fifth round: a card number read out group by group with a word between ("4786 then 5797 then 5432 then 3199",
/// "4226 2385 terus 7341 5219", "4635 2056 trus lanjutannya 9414 1417"). Groups of 3–6 digits joined by spaces or by joining
/// words are put together;
/// 13–19 digits that pass Luhn in an issuer range are a card. Linear: one pass over the words.
/// </summary>
internal static class CardGroupsByWords
{
    private const int MaxGroups = 8;
    private const int MinCardDigits = 13;

    // Up to this length the digits are counted in one plain pass; a longer text is searched digit by digit, vectorised,
    // and no further than the thirteenth.
    private const int ShortText = 512;

    /// <summary>How many digits the text holds, or <see cref="MinCardDigits"/> when it holds that many or more.</summary>
    private static int CountDigits(string text)
    {
        var count = 0;
        if (text.Length <= ShortText)
        {
            // A chat message: one pass, no call per digit.
            foreach (var c in text)
            {
                count += char.IsAsciiDigit(c) ? 1 : 0;
            }

            return Math.Min(count, MinCardDigits);
        }

        var rest = text.AsSpan();
        while (count < MinCardDigits && rest.IndexOfAnyInRange('0', '9') is var at and >= 0)
        {
            count++;
            rest = rest[(at + 1)..];
        }

        return count;
    }

    public static void Scan(string text, ref List<SecretSpan>? found)
    {
        // A card has 13 digits or more; most messages have fewer in all, and are ruled out by a vectorised count.
        if (CountDigits(text) < MinCardDigits)
        {
            return;
        }

        Span<(int Start, int End)> groups = stackalloc (int, int)[MaxGroups];
        var count = 0;
        // A joining word stood between two of the groups; one stands after the last group so far.
        var joined = false;
        var joining = false;
        // Other words since the last group, and whether one of them says the rest of the number follows.
        var gap = 0;
        var restSaid = false;
        var pos = 0;
        while (pos < text.Length)
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos]))
            {
                pos++;
            }

            var start = pos;
            while (pos < text.Length && !char.IsWhiteSpace(text[pos]))
            {
                pos++;
            }

            if (pos == start)
            {
                break;
            }

            var end = pos;
            while (end > start && text[end - 1] is ',' or '.' or ';' or '!' or '?' or ':')
            {
                end--;
            }

            var word = text.AsSpan(start, end - start);
            if (word.Length is >= 3 and <= 6 && Shapes.IsAllDigits(word) && count < MaxGroups)
            {
                if (gap > 0 && !restSaid)
                {
                    Check(text, groups[..count], joined, ref found);
                    count = 0;
                    joined = false;
                    joining = false;
                }

                joined |= count > 0 && joining;
                groups[count++] = (start, end);
                gap = 0;
                restSaid = false;
                joining = false;
                continue;
            }

            if (count > 0 && IsJoiner(word) && pos - start <= 12)
            {
                joining = true;
                restSaid |= gap > 0 && SaysRest(word);
                continue;
            }

            // "First half is 4139 1291. Second half is 6924 0747.", "4156 0239 ... bentar kepotong, sisanya 5142 5343" (the
            // seventeenth round): a few other words between the halves, one of them saying the rest follows.
            if (count > 0 && gap < MaxGapWords)
            {
                gap++;
                if (SaysRest(word))
                {
                    restSaid = true;
                    joining = true;
                }

                continue;
            }

            Check(text, groups[..count], joined, ref found);
            count = 0;
            joined = false;
            joining = false;
            gap = 0;
            restSaid = false;
        }

        Check(text, groups[..count], joined, ref found);
    }

    private const int MaxGapWords = 5;

    private static bool SaysRest(ReadOnlySpan<char> word) =>
        word.Equals("half", StringComparison.OrdinalIgnoreCase) || word.Equals("rest", StringComparison.OrdinalIgnoreCase)
        || word.Equals("sisanya", StringComparison.OrdinalIgnoreCase) || word.Equals("lanjutannya", StringComparison.OrdinalIgnoreCase)
        || word.Equals("belakangnya", StringComparison.OrdinalIgnoreCase) || word.Equals("setengahnya", StringComparison.OrdinalIgnoreCase)
        || word.Equals("remaining", StringComparison.OrdinalIgnoreCase) || word.Equals("sisa", StringComparison.OrdinalIgnoreCase);

    private static bool IsJoiner(ReadOnlySpan<char> word) =>
        word.Equals("then", StringComparison.OrdinalIgnoreCase) || word.Equals("terus", StringComparison.OrdinalIgnoreCase)
        || word.Equals("trus", StringComparison.OrdinalIgnoreCase) || word.Equals("lalu", StringComparison.OrdinalIgnoreCase)
        || word.Equals("trs", StringComparison.OrdinalIgnoreCase) || word.Equals("abis", StringComparison.OrdinalIgnoreCase)
        || word.Equals("habis", StringComparison.OrdinalIgnoreCase) || word.Equals("abistu", StringComparison.OrdinalIgnoreCase)
        || word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("dan", StringComparison.OrdinalIgnoreCase)
        || word.Equals("next", StringComparison.OrdinalIgnoreCase) || word.Equals("lanjut", StringComparison.OrdinalIgnoreCase)
        || word.Equals("sama", StringComparison.OrdinalIgnoreCase) || word is "," or "-" or "/" or "+" or "&"
        // Sixteenth round: "depannya 4635 2056 trus lanjutannya 9414 1417", "… then the rest 9414 1417".
        || word.Equals("lanjutannya", StringComparison.OrdinalIgnoreCase) || word.Equals("sisanya", StringComparison.OrdinalIgnoreCase)
        || word.Equals("belakangnya", StringComparison.OrdinalIgnoreCase) || word.Equals("selanjutnya", StringComparison.OrdinalIgnoreCase)
        || word.Equals("kemudian", StringComparison.OrdinalIgnoreCase) || word.Equals("rest", StringComparison.OrdinalIgnoreCase)
        || word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("followed", StringComparison.OrdinalIgnoreCase)
        || word.Equals("by", StringComparison.OrdinalIgnoreCase);

    private static void Check(string text, ReadOnlySpan<(int Start, int End)> groups, bool joined, ref List<SecretSpan>? found)
    {
        // Groups joined by spaces alone are the card scanner's; only a joining word makes a run this reader's.
        if (!joined || groups.Length < 2)
        {
            return;
        }

        Span<byte> digits = stackalloc byte[19];
        var n = 0;
        foreach (var (start, end) in groups)
        {
            if (n + (end - start) > 19)
            {
                return;
            }

            foreach (var c in text.AsSpan(start, end - start))
            {
                digits[n++] = (byte)(c - '0');
            }
        }

        if (n is < 13 or > 19 || !CardNumberScanner.PassesLuhn(digits[..n]) || !CardNumberScanner.HasIssuerRange(CardNumberScanner.Prefix4(digits), n))
        {
            return;
        }

        foreach (var span in found ?? [])
        {
            if (span.Start < groups[^1].End && groups[0].Start < span.End)
            {
                return;
            }
        }

        SecretSpan.Add(ref found, groups[0].Start, groups[^1].End, SecretKind.Card);
    }
}
