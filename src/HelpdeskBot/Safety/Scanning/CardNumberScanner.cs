using System.Buffers;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// Finds payment card numbers: 13–19 digits, whole or in groups of any size joined by spaces, dashes, dots or
/// underscores (mixed, repeated), or spaced out digit by digit, that pass the Luhn checksum and fall in an
/// issuer's range. Hand-written and linear: every character is read once while grouping, and a candidate window
/// spans at most 19 digits.
/// </summary>
internal static class CardNumberScanner
{
    public const int MinDigits = 13;
    public const int MaxDigits = 19;

    // After normalisation a separator is at most " - " or "--": longer gaps join numbers that are not one number.
    private const int MaxSeparator = 3;

    // Groups of any size and arrangement. A run of only one- and two-digit groups ("4 1 1 1 …", "41 11 11 …")
    // counts only as a whole with one kind of separator, so a list of small numbers never becomes a card.
    private const int SmallGroup = 2;

    internal readonly record struct DigitGroup(int Start, int Length, char Separator, int SeparatorLength, bool InAmount = false)
    {
        public int End => Start + Length;
    }

    public static void Scan(string text, ref List<SecretSpan>? found)
    {
        var span = text.AsSpan();
        DigitGroup[]? groups = null;
        try
        {
            var i = 0;
            while (i < span.Length)
            {
                var next = span[i..].IndexOfAnyInRange('0', '9');
                if (next < 0)
                {
                    break;
                }

                var count = ReadGroups(span, i + next, ref groups, out var runEnd);
                ScanRun(text, groups!.AsSpan(0, count), ref found);
                i = runEnd;
            }
        }
        finally
        {
            if (groups is not null)
            {
                ArrayPool<DigitGroup>.Shared.Return(groups);
            }
        }
    }

    /// <summary>Reads a run of digit groups joined by short separators; each group remembers the separator before it.</summary>
    internal static int ReadGroups(ReadOnlySpan<char> text, int start, ref DigitGroup[]? groups, out int runEnd)
    {
        groups ??= ArrayPool<DigitGroup>.Shared.Rent(16);
        var count = 0;
        var pos = start;
        var separator = '\0';
        var separatorLength = 0;
        while (true)
        {
            var groupStart = pos;
            while (pos < text.Length && char.IsAsciiDigit(text[pos]))
            {
                pos++;
            }

            if (count == groups.Length)
            {
                var bigger = ArrayPool<DigitGroup>.Shared.Rent(groups.Length * 2);
                groups.AsSpan().CopyTo(bigger);
                ArrayPool<DigitGroup>.Shared.Return(groups);
                groups = bigger;
            }

            groups[count++] = new DigitGroup(groupStart, pos - groupStart, separator, separatorLength);
            var k = pos;
            while (k < text.Length && k - pos < MaxSeparator && IsSeparator(text[k]))
            {
                k++;
            }

            if (k > pos && k < text.Length && char.IsAsciiDigit(text[k]))
            {
                separator = text[pos];
                separatorLength = k - pos;
                pos = k;
                continue;
            }

            runEnd = pos;
            MarkAmounts(groups.AsSpan(0, count));
            return count;
        }
    }

    /// <summary>
    /// Marks the groups of thousands-formatted amounts: "4.500.000", "1.234.567.890.123.456", "4,500,000" — a group of
    /// 1–3 digits, then two or more groups of exactly 3, each after a single dot (or each after a single comma). A card number neither is nor overlaps one.
    /// </summary>
    private static void MarkAmounts(Span<DigitGroup> groups)
    {
        var k = 0;
        while (k < groups.Length)
        {
            var last = k;
            while (last + 1 < groups.Length && groups[last + 1].Separator is '.' or ',' && groups[last + 1].SeparatorLength == 1
                && (last == k || groups[last + 1].Separator == groups[k + 1].Separator))
            {
                last++;
            }

            var thousands = last - k >= 2 && groups[k].Length <= 3;
            for (var g = k + 1; thousands && g <= last; g++)
            {
                thousands = groups[g].Length == 3;
            }

            for (var g = k; thousands && g <= last; g++)
            {
                groups[g] = groups[g] with { InAmount = true };
            }

            k = last + 1;
        }
    }

    // "5372/6516/7612/2202": a slash separates a card's groups as a dash does (fourth round); so does any mark typed
    // between them, "4111~1111~…", "…|…", "…*…" (twelfth trial). A window still needs one separator throughout, the checksum
    // and an issuer's range, and a comma's thousands are an amount (MarkAmounts).
    private static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '_' or '/' or '\u00A0' or '~' or '|' or ',' or '*' or '+' or ':' or '=' or '\\'
        // "6011🔹5589🔹0279🔹1467" (sixteenth round): an emoji, or a symbol with its variation selector, between the groups.
        || (c > '\u2000' && (char.IsSurrogate(c) || c is >= '\uFE00' and <= '\uFE0F' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol));

    /// <summary>Left to right, takes the longest window of groups that is a card number, then continues after it.</summary>
    private static void ScanRun(string text, ReadOnlySpan<DigitGroup> groups, ref List<SecretSpan>? found)
    {
        Span<byte> digits = stackalloc byte[MaxDigits];
        bool? named = null;
        var i = 0;
        while (i < groups.Length)
        {
            var best = -1;
            var total = 0;
            var hasBigGroup = false;
            for (var j = i; j < groups.Length; j++)
            {
                total += groups[j].Length;
                if (total > MaxDigits)
                {
                    break;
                }

                // Only small groups so far: a card only as the whole run (WholeIfSpacedOut); no need to check others.
                hasBigGroup |= groups[j].Length > SmallGroup;
                if (total >= MinDigits && (hasBigGroup || (i == 0 && j == groups.Length - 1)))
                {
                    var window = groups[i..(j + 1)];
                    var typedLikeACard = i == 0 && TypedLikeACard(window);
                    if (IsCardNumber(text, window, digits[..total], typedLikeACard && (named ??= CardContext.NamedAsCard(text, groups[0].Start)))
                        || (typedLikeACard && IsCardOutsideTheTable(text, window, digits[..total], ref named)))
                    {
                        best = j;
                    }
                }
            }

            if (best < 0 || !WholeIfSpacedOut(groups, i, best) || LooksLikeAnAmount(groups, i, best))
            {
                i++;
                continue;
            }

            if (!IsSomethingElse(text, groups, i, best))
            {
                SecretSpan.Add(ref found, groups[i].Start, groups[best].End, SecretKind.Card);
                if (CardContext.CvvAfterExpiry(text, groups[best].End, out var cvvStart, out var cvvEnd)
                    || CardContext.CvvNamedAfter(text, groups[best].End, out cvvStart, out cvvEnd))
                {
                    SecretSpan.Add(ref found, cvvStart, cvvEnd, SecretKind.Cvv);
                }
            }

            i = best + 1;
        }
    }

    /// <summary>A window of only small groups ("4 1 1 1 …", "41 11 11 …") counts as a whole run with one separator, not as part of a list.</summary>
    internal static bool WholeIfSpacedOut(ReadOnlySpan<DigitGroup> groups, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (groups[k].Length > SmallGroup)
            {
                return true;
            }
        }

        if (first != 0 || last != groups.Length - 1)
        {
            return last == first;
        }

        // "4 9 1 7 - 6 1 0 0 - …": digit by digit, with another separator between blocks of four.
        var digitByDigit = true;
        for (var k = first; k <= last; k++)
        {
            digitByDigit &= groups[k].Length == 1;
        }

        for (var k = first + 1; k <= last; k++)
        {
            var same = groups[k].SeparatorLength == 1 && groups[k].Separator == groups[first + 1].Separator;
            if (!same && !(digitByDigit && (k - first) % 4 == 0 && groups[first + 1].SeparatorLength == 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A window that takes in any part of a thousands-formatted amount is an amount, not a card.</summary>
    internal static bool LooksLikeAnAmount(ReadOnlySpan<DigitGroup> groups, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (groups[k].InAmount)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Digits typed the way a card is printed: one block, groups of four (the last may be shorter), or Amex's 4-6-5. Only
    /// a number so typed and named as a card is taken with a checksum that fails.
    /// </summary>
    private static bool TypedLikeACard(ReadOnlySpan<DigitGroup> window)
    {
        if (window.Length == 1)
        {
            return true;
        }

        if (window.Length == 3 && window[0].Length == 4 && window[1].Length == 6 && window[2].Length == 5)
        {
            return true;
        }

        for (var k = 0; k < window.Length; k++)
        {
            if (window[k].Length != 4 && !(k == window.Length - 1 && window[k].Length < 4) || k > 0 && window[k].SeparatorLength > 1)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCardNumber(string text, ReadOnlySpan<DigitGroup> window, Span<byte> digits, bool namedAsCard = false)
    {
        var n = 0;
        foreach (var group in window)
        {
            for (var k = 0; k < group.Length; k++)
            {
                digits[n++] = (byte)(text[group.Start + k] - '0');
            }
        }

        return HasIssuerRange(Prefix4(digits), digits.Length) && (PassesLuhn(digits) || namedAsCard);
    }

    /// <summary>
    /// "nomor di depan kartu 2966 5583 3495 5635", "I typed 2805 9056 6440 0952 … exp 10/27": a number that passes Luhn and is
    /// typed as a card is printed, but whose first digits are in no range of <see cref="HasIssuerRange"/> (new ranges, a
    /// regional scheme, a first digit that banks and payment networks use: 2 to 6), when the text says it is a card: named
    /// so just before it, or an expiry after it in its sentence (the twelfth round's missed cards). <paramref name="digits"/>
    /// holds the window's digits, filled by <see cref="IsCardNumber"/>.
    /// </summary>
    private static bool IsCardOutsideTheTable(string text, ReadOnlySpan<DigitGroup> window, ReadOnlySpan<byte> digits, ref bool? named) =>
        digits[0] is >= 2 and <= 6 && !HasIssuerRange(Prefix4(digits), digits.Length) && PassesLuhn(digits)
        && ((named ??= CardContext.NamedAsCard(text, window[0].Start)) || CardContext.ExpiryInSentenceAfter(text, window[^1].End)
            || CardContext.ReadOffTheFront(text, window[0].Start));

    internal static int Prefix4(ReadOnlySpan<byte> d) => (d[0] * 1000) + (d[1] * 100) + (d[2] * 10) + d[3];

    internal static bool PassesLuhn(ReadOnlySpan<byte> digits) => LuhnSum(digits, lastDoubled: false) % 10 == 0;

    /// <summary>The Luhn sum of <paramref name="digits"/>, doubling from the last digit when <paramref name="lastDoubled"/>.</summary>
    internal static int LuhnSum(ReadOnlySpan<byte> digits, bool lastDoubled)
    {
        var sum = 0;
        var doubled = lastDoubled;
        for (var k = digits.Length - 1; k >= 0; k--)
        {
            var d = digits[k];
            if (doubled)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubled = !doubled;
        }

        return sum;
    }

    /// <summary>
    /// Issuer ranges by the first four digits and the length. Numbers starting 0, 1, 7, 8 or 9 are never cards here,
    /// which already rules out Indonesian phone numbers (08…), most NIKs, account and tracking numbers.
    /// </summary>
    internal static bool HasIssuerRange(int p4, int length)
    {
        var p2 = p4 / 100;
        var p3 = p4 / 10;
        return (p4 / 1000) switch
        {
            // Visa
            4 => length is 13 or 16 or 19,

            // Mastercard 51–55; Maestro and domestic debit schemes on 50, 56–59
            5 => p2 is >= 51 and <= 55 ? length == 16 : length >= 16,

            // Mastercard 2221–2720; Mir 2200–2204
            2 => (p4 is >= 2221 and <= 2720 && length == 16) || (p4 is >= 2200 and <= 2204 && length >= 16),

            // Amex 34/37 (15); Diners 300–305, 3095, 36, 38, 39 (14–19); JCB 3528–3589 (16–19)
            3 => (p2 is 34 or 37 && length == 15)
                 || ((p3 is >= 300 and <= 305 || p4 == 3095 || p2 is 36 or 38 or 39) && length >= 14)
                 || (p4 is >= 3528 and <= 3589 && length >= 16),

            // Discover (6011, 644–649, 65), UnionPay (62), Maestro, RuPay and Indonesian GPN debit cards (6019…, 6032…)
            6 => length >= 16,

            _ => false,
        };
    }

    /// <summary>Valid-looking digits that the text itself says are something else: an id, a phone number, a NIK, an amount.</summary>
    internal static bool IsSomethingElse(string text, ReadOnlySpan<DigitGroup> groups, int first, int last)
    {
        var start = groups[first].Start;
        var end = groups[last].End;

        if (first == 0 && start > 0 && StuckToSomethingBefore(text, start))
        {
            return true;
        }

        // "4111…abc" is part of a longer code; "4111…nya" is a suffix, "4111…exp09/27" an expiry.
        if (last == groups.Length - 1 && end < text.Length && char.IsLetter(text[end]) && !CardContext.LettersMayFollow(text, end))
        {
            return true;
        }

        return CardContext.SaysNotACard(text, start, end, strongSignal: CardContext.ExpiryOrCvvFollows(text, end));
    }

    /// <summary>"TRX4111…", "+62 …", "INV-4111…", "INV#4111…", "a/4111…", "Rp 4111…".</summary>
    internal static bool StuckToSomethingBefore(string text, int start)
    {
        var before = text[start - 1];
        if (char.IsLetter(before) || before == '+')
        {
            return true;
        }

        if (before is '-' or '_' or '/' or '#' && start > 1 && char.IsLetterOrDigit(text[start - 2]))
        {
            return true;
        }

        return FollowsCurrency(text, start);
    }

    private static bool FollowsCurrency(string text, int start)
    {
        var k = start;
        var gap = 0;
        while (k > 0 && text[k - 1] == ' ' && gap < 2)
        {
            k--;
            gap++;
        }

        var before = text.AsSpan(0, k);
        if (before.EndsWith("$") || before.EndsWith("€") || before.EndsWith("£"))
        {
            return true;
        }

        foreach (var currency in (ReadOnlySpan<string>)["rp", "rp.", "idr", "usd", "sgd", "eur"])
        {
            if (before.EndsWith(currency, StringComparison.OrdinalIgnoreCase)
                && (before.Length == currency.Length || !char.IsLetter(before[^(currency.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }
}
