using System.Buffers;

namespace HelpdeskBot.Safety;

/// <summary>
/// Finds payment card numbers: 13–19 digits, written whole or in groups joined by one space, dash or dot, that
/// pass the Luhn checksum and fall in an issuer's range. Hand-written and linear: every character is read once
/// while grouping, and a candidate window spans at most 19 digits.
/// </summary>
internal static class CardNumberScanner
{
    private const int MinDigits = 13;
    private const int MaxDigits = 19;

    // A multi-group number is written in groups of 3+ digits (4-4-4-4, 4-6-5, 4-4-4-4-3); only the last group
    // may be shorter (4-4-4-1 for 13-digit Visa, 4-4-4-2 for Diners). Lists of small numbers never qualify.
    private const int MinInnerGroup = 3;

    // How far around a number to look for the words that say what it is ("NIK saya ...", "... itu NIK saya").
    private const int ContextBefore = 40;
    private const int ContextAfter = 24;

    private readonly record struct DigitGroup(int Start, int Length, char Separator);

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

    /// <summary>Reads a run of digit groups joined by single separators; each group remembers the separator before it.</summary>
    private static int ReadGroups(ReadOnlySpan<char> text, int start, ref DigitGroup[]? groups, out int runEnd)
    {
        groups ??= ArrayPool<DigitGroup>.Shared.Rent(16);
        var count = 0;
        var pos = start;
        var separator = '\0';
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

            groups[count++] = new DigitGroup(groupStart, pos - groupStart, separator);
            if (pos + 1 < text.Length && IsSeparator(text[pos]) && char.IsAsciiDigit(text[pos + 1]))
            {
                separator = text[pos] == '\u00A0' ? ' ' : text[pos];
                pos++;
                continue;
            }

            runEnd = pos;
            return count;
        }
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '\u00A0';

    /// <summary>Left to right, takes the longest window of groups that is a card number, then continues after it.</summary>
    private static void ScanRun(string text, ReadOnlySpan<DigitGroup> groups, ref List<SecretSpan>? found)
    {
        Span<byte> digits = stackalloc byte[MaxDigits];
        var i = 0;
        while (i < groups.Length)
        {
            var best = -1;
            var total = 0;
            for (var j = i; j < groups.Length; j++)
            {
                if (j > i && (groups[j].Separator != groups[i + 1].Separator || groups[j - 1].Length < MinInnerGroup))
                {
                    break;
                }

                total += groups[j].Length;
                if (total > MaxDigits)
                {
                    break;
                }

                if (total >= MinDigits && IsCardNumber(text, groups[i..(j + 1)], digits[..total]))
                {
                    best = j;
                }
            }

            if (best < 0)
            {
                i++;
                continue;
            }

            var window = groups[i..(best + 1)];
            if (!IsSomethingElse(text, groups, i, best))
            {
                SecretSpan.Add(ref found, window[0].Start, window[^1].Start + window[^1].Length, SecretKind.Card);
            }

            i = best + 1;
        }
    }

    private static bool IsCardNumber(string text, ReadOnlySpan<DigitGroup> window, Span<byte> digits)
    {
        var n = 0;
        foreach (var group in window)
        {
            for (var k = 0; k < group.Length; k++)
            {
                digits[n++] = (byte)(text[group.Start + k] - '0');
            }
        }

        return HasIssuerRange(digits) && PassesLuhn(digits);
    }

    internal static bool PassesLuhn(ReadOnlySpan<byte> digits)
    {
        var sum = 0;
        var doubled = false;
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

        return sum % 10 == 0;
    }

    /// <summary>
    /// Issuer ranges by leading digits and length. Numbers starting 0, 1, 7, 8 or 9 are never cards here, which
    /// already rules out Indonesian phone numbers (08…), most NIKs, account and tracking numbers.
    /// </summary>
    internal static bool HasIssuerRange(ReadOnlySpan<byte> d)
    {
        var length = d.Length;
        var p2 = (d[0] * 10) + d[1];
        var p3 = (p2 * 10) + d[2];
        var p4 = (p3 * 10) + d[3];
        return d[0] switch
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
    private static bool IsSomethingElse(string text, ReadOnlySpan<DigitGroup> groups, int first, int last)
    {
        var start = groups[first].Start;
        var end = groups[last].Start + groups[last].Length;

        if (first == 0 && start > 0)
        {
            var before = text[start - 1];

            // "TRX4111…", "+62 …", "INV-4111…", "ORD_4111…", "a/4111…"
            if (char.IsLetter(before) || before == '+')
            {
                return true;
            }

            if (before is '-' or '_' or '/' && start > 1 && char.IsLetterOrDigit(text[start - 2]))
            {
                return true;
            }

            if (FollowsCurrency(text, start))
            {
                return true;
            }
        }

        // "4111…abc" is part of a longer code; Indonesian "-nya"/"nya" is just a suffix.
        if (last == groups.Length - 1 && end < text.Length && char.IsLetter(text[end]) && !IsNyaSuffix(text, end))
        {
            return true;
        }

        // Thousands grouping: "1.234.567.890.123.456"
        if (last > first && groups[first + 1].Separator == '.' && groups[first].Length <= 3)
        {
            var thousands = true;
            for (var k = first + 1; k <= last; k++)
            {
                thousands &= groups[k].Length == 3;
            }

            if (thousands)
            {
                return true;
            }
        }

        return CardContext.SaysNotACard(text, start, end, ContextBefore, ContextAfter);
    }

    private static bool IsNyaSuffix(string text, int pos)
    {
        var rest = text.AsSpan(pos);
        return rest.StartsWith("nya", StringComparison.OrdinalIgnoreCase) && (rest.Length == 3 || !char.IsLetter(rest[3]));
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
