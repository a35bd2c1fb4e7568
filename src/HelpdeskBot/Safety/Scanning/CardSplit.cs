using System.Buffers;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// A card number typed over two or more messages ("4111 1111" / "1111 1111"). A message that ends with digits that
/// could open a card number leaves a <see cref="CardStart"/>: their count, the lengths their first digits allow, and
/// their Luhn sums mod 10 for either parity of what follows — no digit. The next message's leading digits complete
/// a card when the lengths fit and the Luhn sum of the whole comes to zero.
/// </summary>
internal static class CardSplit
{
    // Fewer digits than this, next to words, are a count or an amount, not the start of a card.
    private const int MinStartDigits = 6;

    // A message that is nothing but digits may hold fewer: "4111" / "1111 1111 1111".
    private const int MinStartDigitsAlone = 4;

    // The rest must be at least one digit; a whole card in one message is the card scanner's.
    private const int MaxStartDigits = CardNumberScanner.MaxDigits - 1;

    // How far into the next message its digits may start ("sisanya 1111 1111", "the rest: …").
    private const int MaxLead = 24;

    public static CardStart? Trailing(string text) => Trailing(text, out _, out _);

    /// <summary>
    /// The digits a message ended with that opened a card the next message completed ("td sy cek 4532 0151"), as typed;
    /// null when it ends with none that could. The turn takes them back from wherever they were kept.
    /// </summary>
    public static string? TrailingDigits(string text) => Trailing(text, out var start, out var end) is null ? null : text[start..end];

    private static CardStart? Trailing(string text, out int runStart, out int runEnd)
    {
        runStart = runEnd = 0;
        var k = text.Length;
        var trail = 0;
        while (k > 0 && trail < 4 && text[k - 1] is ' ' or '.' or ',' or '-' or ';' or ':' or ')')
        {
            k--;
            trail++;
        }

        if (k == 0 || !char.IsAsciiDigit(text[k - 1]))
        {
            return null;
        }

        runEnd = k;
        var digits = 0;
        var p = k;
        while (p > 0)
        {
            if (char.IsAsciiDigit(text[p - 1]))
            {
                p--;
                if (++digits > MaxStartDigits)
                {
                    return null;
                }

                continue;
            }

            var q = p;
            while (q > 0 && p - q < 3 && text[q - 1] is ' ' or '-' or '.' or '_')
            {
                q--;
            }

            if (q < p && q > 0 && char.IsAsciiDigit(text[q - 1]))
            {
                p = q;
                continue;
            }

            break;
        }

        runStart = p;
        var alone = text.AsSpan(0, runStart).IsWhiteSpace();
        if (digits < (alone ? MinStartDigitsAlone : MinStartDigits))
        {
            return null;
        }

        if (runStart > 0 && (CardNumberScanner.StuckToSomethingBefore(text, runStart) || CardContext.SaysNotACard(text, runStart, runEnd, strongSignal: false)))
        {
            return null;
        }

        Span<byte> d = stackalloc byte[MaxStartDigits];
        if (!ReadShapedDigits(text, runStart, runEnd, d, out var n) || n != digits)
        {
            return null;
        }

        var lengths = LengthsAfter(CardNumberScanner.Prefix4(d), n, 0x7F);
        return lengths == 0
            ? null
            : new CardStart(n, lengths, CardNumberScanner.LuhnSum(d[..n], lastDoubled: false) % 10, CardNumberScanner.LuhnSum(d[..n], lastDoubled: true) % 10);
    }

    /// <summary>
    /// Whether the digits that open <paramref name="text"/> complete the card <paramref name="start"/> began. When they
    /// do not, but the message is only digits and the number may still go on, <paramref name="continued"/> carries it.
    /// </summary>
    public static bool TryComplete(string text, CardStart start, ref List<SecretSpan>? found, out CardStart? continued)
    {
        continued = null;
        var first = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (first < 0)
        {
            return false;
        }

        if (first <= MaxLead && (first == 0 || !CardNumberScanner.StuckToSomethingBefore(text, first)) && TryCompleteAt(text, first, start, ref found, out continued))
        {
            return true;
        }

        // Further in, digits said to be the rest: "Transaction failed, code TXN_504. and remaining card digits are 0612 7744".
        for (var at = NextRun(text, first); at >= 0; at = NextRun(text, at))
        {
            if (SaidToBeTheRest(text, at) && !CardNumberScanner.StuckToSomethingBefore(text, at) && TryCompleteAt(text, at, start, ref found, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the next run of digits after the one at <paramref name="at"/> starts, or -1.</summary>
    private static int NextRun(string text, int at)
    {
        while (at < text.Length && char.IsAsciiDigit(text[at]))
        {
            at++;
        }

        var next = text.AsSpan(at).IndexOfAnyInRange('0', '9');
        return next < 0 ? -1 : at + next;
    }

    // Words that say the digits after them continue something: "the rest", "remaining card digits", "sisanya", "8 digit terakhir".
    private static readonly System.Collections.Frozen.FrozenSet<string> RestWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["rest", "remaining", "remainder", "sisa", "sisanya", "belakang", "belakangnya", "terakhir", "lanjutan", "lanjutannya", "continued",
            "second", "kedua", "next", "berikutnya", "last"], StringComparer.Ordinal);

    private const int RestWithin = 4;

    /// <summary>Whether one of the few words before <paramref name="at"/> says the digits are the rest of something.</summary>
    private static bool SaidToBeTheRest(string text, int at)
    {
        var words = 0;
        var pos = at;
        while (words < RestWithin)
        {
            while (pos > 0 && !char.IsLetter(text[pos - 1]))
            {
                if (char.IsAsciiDigit(text[pos - 1]) || text[pos - 1] is '.' or '!' or '?')
                {
                    return false;
                }

                pos--;
            }

            var end = pos;
            while (pos > 0 && char.IsLetter(text[pos - 1]))
            {
                pos--;
            }

            if (end == pos)
            {
                return false;
            }

            words++;
            if (RestWords.Contains(text[pos..end].ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryCompleteAt(string text, int first, CardStart start, ref List<SecretSpan>? found, out CardStart? continued)
    {
        continued = null;
        CardNumberScanner.DigitGroup[]? rented = null;
        try
        {
            var count = CardNumberScanner.ReadGroups(text, first, ref rented, out var runEnd);
            var groups = rented.AsSpan(0, count);
            Span<byte> rest = stackalloc byte[CardNumberScanner.MaxDigits];
            var n = 0;
            var best = -1;
            for (var j = 0; j < count; j++)
            {
                if (start.Digits + n + groups[j].Length > CardNumberScanner.MaxDigits)
                {
                    break;
                }

                for (var k = 0; k < groups[j].Length; k++)
                {
                    rest[n++] = (byte)(text[groups[j].Start + k] - '0');
                }

                var total = start.Digits + n;
                if (total >= CardNumberScanner.MinDigits && (start.Lengths & (1 << (total - CardNumberScanner.MinDigits))) != 0
                    && CardNumberScanner.WholeIfSpacedOut(groups, 0, j) && !CardNumberScanner.LooksLikeAnAmount(groups, 0, j)
                    && ((n % 2 == 0 ? start.LuhnIfEven : start.LuhnIfOdd) + CardNumberScanner.LuhnSum(rest[..n], lastDoubled: false)) % 10 == 0)
                {
                    best = j;
                }
            }

            if (best >= 0)
            {
                var end = groups[best].End;
                if (best == count - 1 && end < text.Length && char.IsLetter(text[end]) && !CardContext.LettersMayFollow(text, end))
                {
                    return false;
                }

                SecretSpan.Add(ref found, groups[0].Start, end, SecretKind.Card);
                return true;
            }

            if (n > 0 && runEnd == groups[count - 1].End && text.AsSpan(0, first).IsWhiteSpace() && text.AsSpan(runEnd).IsWhiteSpace()
                && start.Digits + n <= MaxStartDigits && n == Digits(groups))
            {
                continued = Extend(start, rest[..n]);
            }

            return false;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<CardNumberScanner.DigitGroup>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The start <paramref name="start"/> followed by <paramref name="more"/> digits, as one longer start.</summary>
    private static CardStart? Extend(CardStart start, ReadOnlySpan<byte> more)
    {
        var digits = start.Digits + more.Length;
        var lengths = start.Lengths & LengthsAbove(digits);
        if (lengths == 0)
        {
            return null;
        }

        var even = more.Length % 2 == 0;
        return new CardStart(
            digits,
            lengths,
            ((even ? start.LuhnIfEven : start.LuhnIfOdd) + CardNumberScanner.LuhnSum(more, lastDoubled: false)) % 10,
            ((even ? start.LuhnIfOdd : start.LuhnIfEven) + CardNumberScanner.LuhnSum(more, lastDoubled: true)) % 10);
    }

    private static int LengthsAfter(int prefix4, int digits, int allowed)
    {
        var lengths = 0;
        for (var length = CardNumberScanner.MinDigits; length <= CardNumberScanner.MaxDigits; length++)
        {
            if (length > digits && CardNumberScanner.HasIssuerRange(prefix4, length))
            {
                lengths |= 1 << (length - CardNumberScanner.MinDigits);
            }
        }

        return lengths & allowed;
    }

    private static int LengthsAbove(int digits)
    {
        var lengths = 0;
        for (var length = Math.Max(digits + 1, CardNumberScanner.MinDigits); length <= CardNumberScanner.MaxDigits; length++)
        {
            lengths |= 1 << (length - CardNumberScanner.MinDigits);
        }

        return lengths;
    }

    /// <summary>The digits of a run shaped like (part of) a card number: not an amount, and small groups only as a whole run.</summary>
    private static bool ReadShapedDigits(string text, int start, int end, Span<byte> digits, out int n)
    {
        n = 0;
        CardNumberScanner.DigitGroup[]? rented = null;
        try
        {
            var count = CardNumberScanner.ReadGroups(text.AsSpan(0, end), start, ref rented, out var runEnd);
            var groups = rented.AsSpan(0, count);
            if (runEnd != end || CardNumberScanner.LooksLikeAnAmount(groups, 0, count - 1) || !CardNumberScanner.WholeIfSpacedOut(groups, 0, count - 1))
            {
                return false;
            }

            for (var j = 0; j < count; j++)
            {
                foreach (var c in text.AsSpan(groups[j].Start, groups[j].Length))
                {
                    if (n == digits.Length)
                    {
                        return false;
                    }

                    digits[n++] = (byte)(c - '0');
                }
            }

            return true;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<CardNumberScanner.DigitGroup>.Shared.Return(rented);
            }
        }
    }

    private static int Digits(ReadOnlySpan<CardNumberScanner.DigitGroup> groups)
    {
        var n = 0;
        foreach (var group in groups)
        {
            n += group.Length;
        }

        return n;
    }
}
