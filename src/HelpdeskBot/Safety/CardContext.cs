namespace HelpdeskBot.Safety;

/// <summary>
/// The words around a card-shaped number that say what it really is. A 16-digit NIK (Indonesian identity number)
/// can pass Luhn and land in an issuer range by chance; the text around it says "NIK" or "KTP". The nearest word
/// before the number decides ("NIK saya …, kartu 4111…" is still a card); with none before, a word just after
/// can say it ("… itu NIK saya").
/// </summary>
internal static class CardContext
{
    private static readonly string[] NotCard =
    [
        "nik", "ktp", "kartu tanda penduduk", "kk", "kartu keluarga", "nomor induk", "kependudukan", "npwp",
        "imei", "meid", "imsi", "iccid", "serial", "s/n", "sn", "no. seri", "nomor seri",
        "token", "virtual account", "va", "rekening", "rek", "account number", "resi", "awb", "tracking",
        "isbn", "nip", "bpjs", "polis",
    ];

    private static readonly string[] Card =
    [
        "card", "kartu", "cc", "visa", "mastercard", "master card", "amex", "american express", "jcb", "discover",
        "unionpay", "diners", "debit", "kredit", "credit",
    ];

    public static bool SaysNotACard(string text, int start, int end, int before, int after)
    {
        var from = Math.Max(0, start - before);
        var (notCardAt, notCardLength) = LastWord(text, from, start, NotCard);
        var (cardAt, cardLength) = LastWord(text, from, start, Card);
        if (notCardAt >= 0 || cardAt >= 0)
        {
            // "kartu keluarga" and "kartu" start at the same place: the longer phrase says what it is.
            return notCardAt > cardAt || (notCardAt == cardAt && notCardLength > cardLength);
        }

        return HasWord(text, end, Math.Min(text.Length, end + after), NotCard);
    }

    private static (int At, int Length) LastWord(string text, int from, int to, string[] words)
    {
        var bestAt = -1;
        var bestLength = 0;
        foreach (var word in words)
        {
            var limit = to;
            while (limit - from >= word.Length)
            {
                var at = text.AsSpan(from, limit - from).LastIndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                at += from;
                if (IsWholeWord(text, at, word.Length))
                {
                    if (at > bestAt || (at == bestAt && word.Length > bestLength))
                    {
                        (bestAt, bestLength) = (at, word.Length);
                    }

                    break;
                }

                limit = at + word.Length - 1;
            }
        }

        return (bestAt, bestLength);
    }

    private static bool HasWord(string text, int from, int to, string[] words)
    {
        foreach (var word in words)
        {
            var next = from;
            while (to - next >= word.Length)
            {
                var at = text.AsSpan(next, to - next).IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                at += next;
                if (IsWholeWord(text, at, word.Length))
                {
                    return true;
                }

                next = at + 1;
            }
        }

        return false;
    }

    private static bool IsWholeWord(string text, int at, int length) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (at + length >= text.Length || !char.IsLetter(text[at + length]));
}
