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
        ScanNamed(text, ref found);
        ScanUnnamed(text, ref found);
    }

    private static void ScanNamed(string text, ref List<SecretSpan>? found)
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

    /// <summary>
    /// "Hers is 2 0 0 4", "yg buat ATM istri sy 1 9 8 8", "the number inside is 4 8 8 1", "5 2 9 9 0 3, buat login akun bank dia"
    /// (the seventeenth round): four to eight digits typed one by one are a value read out to someone — a PIN or a code —
    /// even where no keyword names it. Not a count ("1 2 3 4 kali"), a run counted up or down ("1 2 3 4 5"), nor a number
    /// an earlier word says is another (an order, a phone, an amount). Four digits are a PIN; more, a code unless the words
    /// around say a PIN. One pass over the text's digits.
    /// </summary>
    private static void ScanUnnamed(string text, ref List<SecretSpan>? found)
    {
        // A message of nothing but digits answers something: what the previous message left waiting reads it. (A run holds
        // no letter, so any letter in the text stands outside it.)
        var worded = Shapes.HasLetter(text);
        for (var pos = text.AsSpan().IndexOfAnyInRange('0', '9'); pos >= 0 && pos < text.Length;)
        {
            var start = pos;
            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && start + 1 < text.Length && text[start + 1] is ' ' or '-'
                && Shapes.IsSeparatedDigits(text, start, out var end, out var digits) && digits is >= 4 and <= 8 && OneByOne(text, start, end)
                && !(end + 1 < text.Length && text[end] is ' ' or '-' && char.IsAsciiDigit(text[end + 1]))
                && !UnitFollows(text, end) && !Counted(text, start, end) && !NamedOtherwiseBefore(text, start) && worded)
            {
                // Found already by a reader that knows its name (and so its kind): left as that one read it.
                var (s, e) = (start, end);
                if (found?.Exists(span => span.Start < e && span.End > s) != true)
                {
                    SecretSpan.Add(ref found, start, end, SaysPin(text) ? SecretKind.Pin : SaysCode(text) || digits > 4 ? SecretKind.Otp : SecretKind.Pin);
                }

                pos = end;
            }
            else
            {
                while (pos < text.Length && (char.IsAsciiDigit(text[pos]) || text[pos] is ' ' or '-' && pos + 1 < text.Length && char.IsAsciiDigit(text[pos + 1])))
                {
                    pos++;
                }
            }

            var next = text.AsSpan(pos).IndexOfAnyInRange('0', '9');
            pos = next < 0 ? -1 : pos + next;
        }
    }

    /// <summary>"1 2 3 4 5", "5 4 3 2 1": digits counted up or down, a list's numbering or a rating, not a value.</summary>
    private static bool Counted(string text, int start, int end)
    {
        int? previous = null;
        int? step = null;
        for (var k = start; k < end; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                continue;
            }

            var digit = text[k] - '0';
            if (previous is { } p)
            {
                var d = digit - p;
                if (d is not (1 or -1) || (step is { } s && s != d))
                {
                    return false;
                }

                step = d;
            }

            previous = digit;
        }

        return true;
    }

    /// <summary>One of the words that say another number (an order, a phone, an amount) within the two words before.</summary>
    private static bool NamedOtherwiseBefore(string text, int start) => ChatWords.NamedBefore(text, start, 2, BlockerLookup);

    private static readonly System.Buffers.SearchValues<string> PinWords = System.Buffers.SearchValues.Create(
        ["pin", "atm", "mpin", "debit", "kunci", "lock"], StringComparison.OrdinalIgnoreCase);

    private static bool SaysPin(string text) => text.AsSpan().ContainsAny(PinWords);

    private static readonly System.Buffers.SearchValues<string> CodeWords = System.Buffers.SearchValues.Create(
        ["otp", "code", "kode", "sms", "authenticator", "verif", "token"], StringComparison.OrdinalIgnoreCase);

    private static bool SaysCode(string text) => text.AsSpan().ContainsAny(CodeWords);

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
