using System.Collections.Frozen;

namespace HelpdeskBot.Safety;

/// <summary>
/// The words around a card-shaped number that say what it really is. A 16-digit NIK (Indonesian identity number)
/// can pass Luhn and land in an issuer range by chance; the text around it says "NIK" or "KTP". The nearest
/// telling word before the number decides ("NIK saya …, kartu 4111…" is still a card); with none before, a
/// word just after can say it ("… itu NIK saya").
/// </summary>
internal static class CardContext
{
    // Single words; phrases are recognised by their telling word ("kartu keluarga", "kartu tanda penduduk",
    // "nomor induk", "virtual account", "no. seri").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCard = Lookup(
        "nik", "ktp", "penduduk", "kependudukan", "kk", "keluarga", "induk", "npwp", "imei", "meid", "imsi", "iccid",
        "serial", "s/n", "sn", "seri", "token", "pln", "listrik", "kwh", "voucher", "virtual", "va", "rekening", "rek",
        "resi", "awb", "tracking", "isbn", "nip", "bpjs", "polis");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Card = Lookup(
        "card", "kartu", "kartunya", "cc", "visa", "mastercard", "amex", "american", "jcb", "discover", "unionpay",
        "diners", "debit", "kredit", "credit");

    public static bool SaysNotACard(string text, int start, int end, int before, int after)
    {
        var from = Math.Max(0, start - before);
        var pos = start;
        while (PreviousWord(text, from, ref pos, out var word))
        {
            if (NotCard.Contains(word))
            {
                return true;
            }

            if (Card.Contains(word))
            {
                return false;
            }
        }

        var to = Math.Min(text.Length, end + after);
        pos = end;
        while (NextWord(text, to, ref pos, out var word))
        {
            if (NotCard.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word (letters, and "s/n") that ends at or before <paramref name="pos"/>, not starting before <paramref name="from"/>.</summary>
    private static bool PreviousWord(string text, int from, ref int pos, out ReadOnlySpan<char> word)
    {
        while (pos > from && !char.IsLetter(text[pos - 1]))
        {
            pos--;
        }

        var end = pos;
        while (pos > from && IsWordChar(text, pos - 1))
        {
            pos--;
        }

        // A word cut by the window's edge is not the word it looks like ("teknik" is not "nik").
        if (pos == from && pos > 0 && char.IsLetter(text[pos - 1]))
        {
            word = default;
            return false;
        }

        word = text.AsSpan(pos, end - pos);
        return end > pos;
    }

    private static bool NextWord(string text, int to, ref int pos, out ReadOnlySpan<char> word)
    {
        while (pos < to && !char.IsLetter(text[pos]))
        {
            pos++;
        }

        var start = pos;
        while (pos < to && IsWordChar(text, pos))
        {
            pos++;
        }

        word = text.AsSpan(start, pos - start);
        return pos > start && (pos < to || pos == text.Length || !char.IsLetter(text[pos]));
    }

    private static bool IsWordChar(string text, int i) =>
        char.IsLetter(text[i])
        || (text[i] == '/' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]));

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
