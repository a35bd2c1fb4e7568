using System.Collections.Frozen;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// A PIN, one-time code or CVV read out digit by digit later in the sentence that names it: "pdhl pin sy bener kok 2 8 0 6
/// 1 9", "the otp they sent me was like 4 8 2 9 1 7". Digits typed one by one are a value being told, and within a few
/// words of the word that names it, with nothing between that names another number (an order, a phone, an amount), they are
/// that value. Linear: each keyword looks at most <see cref="Reach"/> words ahead.
/// </summary>
internal static class DigitByDigitReader
{
    private static readonly FrozenDictionary<string, SecretKind> Keywords = new Dictionary<string, SecretKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["pin"] = SecretKind.Pin, ["pinnya"] = SecretKind.Pin, ["pinny"] = SecretKind.Pin, ["pinku"] = SecretKind.Pin, ["mpin"] = SecretKind.Pin,
        ["otp"] = SecretKind.Otp, ["otpnya"] = SecretKind.Otp, ["otpny"] = SecretKind.Otp, ["otpku"] = SecretKind.Otp,
        ["cvv"] = SecretKind.Cvv, ["cvc"] = SecretKind.Cvv, ["cvv2"] = SecretKind.Cvv, ["cvvnya"] = SecretKind.Cvv,
        ["passcode"] = SecretKind.Pin,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, SecretKind>.AlternateLookup<ReadOnlySpan<char>> KeywordLookup = Keywords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words between the keyword and the digits that say the digits are another number.
    private static readonly FrozenSet<string> Blockers = FrozenSet.ToFrozenSet(
        ["order", "pesanan", "resi", "hp", "phone", "wa", "whatsapp", "telp", "telepon", "tlp", "rek", "rekening", "account", "no", "nomor", "nmr",
            "number", "id", "tiket", "ticket", "rp", "idr", "amount", "harga", "saldo", "balance", "times", "kali", "x", "kode", "code", "hari", "days",
            "jam", "menit", "minutes", "tanggal", "tgl", "date", "ref", "invoice", "trx", "transaksi", "transaction", "step", "steps", "langkah",
            "point", "points", "poin", "items", "item"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockerLookup = Blockers.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int Reach = 8;

    public static void Scan(string text, ref List<SecretSpan>? found)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i - start is >= 3 and <= 8 && KeywordLookup.TryGetValue(text.AsSpan(start, i - start), out var kind))
            {
                ReadAfter(text, i, kind, ref found);
            }
        }
    }

    /// <summary>Whether a digit told alone ("1 9 8 7") follows within two spaces.</summary>
    private static bool DigitsRightAfter(string text, int pos)
    {
        var k = pos;
        while (k < text.Length && k - pos < 2 && text[k] == ' ')
        {
            k++;
        }

        return k + 2 < text.Length && char.IsAsciiDigit(text[k]) && text[k + 1] is ' ' or '-' && char.IsAsciiDigit(text[k + 2]);
    }

    /// <summary>The first digits read out one by one within <see cref="Reach"/> words after a keyword, in its sentence.</summary>
    private static void ReadAfter(string text, int pos, SecretKind kind, ref List<SecretSpan>? found)
    {
        for (var words = 0; words <= Reach && pos < text.Length; words++)
        {
            while (pos < text.Length && !char.IsLetterOrDigit(text[pos]))
            {
                // "perlu pin atm sy gk kak? 1 9 8 7" (the sixth trial): digits told one by one right after a question about
                // the PIN are its value; any other sentence end ends the search.
                if (text[pos] is '.' or '!' or '\n' || text[pos] == '?' && !DigitsRightAfter(text, pos + 1))
                {
                    return;
                }

                pos++;
            }

            if (pos >= text.Length)
            {
                return;
            }

            if (char.IsAsciiDigit(text[pos]))
            {
                // "PIN nya kan 6 angka: 3, 0, 9, 1, 8, 4" (the sixth trial): how many digits it has is a size, not the value.
                if (SizeAt(text, pos, out var afterSize))
                {
                    pos = afterSize;
                    continue;
                }

                // Only digits told one by one: "2 8 0 6 1 9", "4-8-2-9", "4, 4, 0, 1"; a number typed whole is the other readers'.
                if (pos + 1 < text.Length && text[pos + 1] is ' ' or '-' && Shapes.IsSeparatedDigits(text, pos, out var end, out var digits)
                    && digits is >= 4 and <= 8 && OneByOne(text, pos, end) && !UnitFollows(text, end)
                    || CommaSeparated(text, pos, out end) && !UnitFollows(text, end))
                {
                    SecretSpan.Add(ref found, pos, end, kind);
                }

                return;
            }

            var start = pos;
            while (pos < text.Length && char.IsLetterOrDigit(text[pos]))
            {
                pos++;
            }

            if (BlockerLookup.Contains(text.AsSpan(start, pos - start)))
            {
                return;
            }
        }
    }

    /// <summary>"3, 0, 9, 1, 8, 4", "2,8,0,6": four to eight single digits joined by commas.</summary>
    private static bool CommaSeparated(string text, int pos, out int end)
    {
        end = pos;
        var digits = 0;
        var k = pos;
        while (k < text.Length && char.IsAsciiDigit(text[k]) && (k + 1 == text.Length || !char.IsAsciiDigit(text[k + 1])))
        {
            digits++;
            end = k + 1;
            if (end >= text.Length || text[end] != ',' || digits > 8)
            {
                break;
            }

            k = end + 1;
            if (k < text.Length && text[k] == ' ')
            {
                k++;
            }
        }

        return digits is >= 4 and <= 8;
    }

    /// <summary>"6 angka", "4 digits", "6-digit": a count of digits, and where the words after it start.</summary>
    private static bool SizeAt(string text, int pos, out int after)
    {
        after = pos;
        var k = pos;
        while (k < text.Length && char.IsAsciiDigit(text[k]))
        {
            k++;
        }

        if (k - pos > 1 || k >= text.Length || text[k] is not (' ' or '-'))
        {
            return false;
        }

        var start = k + 1;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(start, end - start);
        if (!(word.Equals("angka", StringComparison.OrdinalIgnoreCase) || word.Equals("digit", StringComparison.OrdinalIgnoreCase)
            || word.Equals("digits", StringComparison.OrdinalIgnoreCase) || word.Equals("dijit", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        after = end;
        return true;
    }

    // Words after digits that make them a count or a measure: "5 4 3 2 1 stars", "1 2 3 4 kali".
    private static readonly FrozenSet<string> Units = FrozenSet.ToFrozenSet(
        ["stars", "star", "bintang", "times", "kali", "x", "hari", "days", "jam", "hours", "menit", "minutes", "orang", "people", "items", "item",
            "rb", "ribu", "rupiah", "k", "points", "poin", "steps", "langkah", "km", "kg", "gb", "mb"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool UnitFollows(string text, int end)
    {
        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }

        var start = end;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > start && UnitLookup.Contains(text.AsSpan(start, end - start));
    }

    private static bool OneByOne(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsAsciiDigit(text[k]) && k + 1 < end && char.IsAsciiDigit(text[k + 1]))
            {
                return false;
            }
        }

        return true;
    }
}
