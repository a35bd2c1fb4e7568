namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// Numbers read out in words. A card (the sixth trial: "four five three two zero one five one one two eight three zero
/// three six six", "empat satu satu satu, satu satu satu satu, …"): a run of 13–19 digit words whose digits pass the Luhn
/// check in an issuer's range — no other number that long is spelled out in a chat and passes both; also read out in
/// pairs or mixed with digit groups (the ninth trial: "forty seven eighty eight …", "empat puluh tujuh, …", "4788 seven
/// zero one five 1507 79 26", see <see cref="SpelledDigits.ReadNumber"/>). A code or PIN (the
/// eighth trial: "it was five five one two zero nine", "td sy sempet ketik lima lima satu dua nol sembilan"): a run of
/// 6–8 digit words, which nobody types for anything else; a PIN when the message names one, else a one-time code. Shorter
/// runs ("one two three") and runs of 9–12 (a phone number read out) need the words around them, which the keyword
/// readers have.
/// </summary>
internal static class SpelledNumberReader
{
    private const int LeastCardWords = 13;
    private const int LeastCodeWords = 6;
    private const int MostCodeWords = 8;

    // A run needs a word and a separator per digit: shorter texts are passed over without a look.
    private const int LeastLength = (LeastCodeWords * 3) + (LeastCodeWords - 1);

    public static void Scan(string text, ref List<SecretSpan>? found)
    {
        if (text.Length < LeastLength || text.AsSpan().Count(' ') + text.AsSpan().Count('-') + text.AsSpan().Count(',') < LeastCodeWords - 1)
        {
            return;
        }

        Span<byte> digits = stackalloc byte[CardNumberScanner.MaxDigits];
        var i = 0;
        while (i < text.Length)
        {
            if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                i++;
                continue;
            }

            // "4788 seven zero one five 1507 79 26" (the ninth user trial): digit groups and words in one card.
            if (char.IsAsciiDigit(text[i]))
            {
                if (WordFollowsDigits(text, i) && ReadsCard(text, i, digits, out var cardEnd))
                {
                    SecretSpan.Add(ref found, i, cardEnd, SecretKind.Card);
                    i = cardEnd;
                }

                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                continue;
            }

            if (!char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }

            // Most words cannot start a number's name: passed over by their first two letters, without a look-up.
            if (i + 1 >= text.Length || !SpelledDigits.MayStartNumber(text[i], text[i + 1]))
            {
                while (i < text.Length && char.IsAsciiLetter(text[i]))
                {
                    i++;
                }

                continue;
            }

            // A card read out in digits or in pairs ("forty seven eighty eight …", "empat puluh tujuh, …"): the next word must
            // be able to start a number too, which most words beginning like one ("the", "for", "sent") are not followed by.
            if (NextMayStartNumber(text, i) && SpelledDigits.IsNumberName(text, i) && ReadsCard(text, i, digits, out var spelledEnd))
            {
                SecretSpan.Add(ref found, i, spelledEnd, SecretKind.Card);
                i = spelledEnd;
                continue;
            }

            if (!SpelledDigits.MayStart(text[i], text[i + 1]))
            {
                while (i < text.Length && char.IsAsciiLetter(text[i]))
                {
                    i++;
                }

                continue;
            }

            var count = SpelledDigits.ReadRun(text, i, digits, out var end);
            if (count is >= LeastCodeWords and <= MostCodeWords && !NamedOtherwiseBefore(text, i))
            {
                SecretSpan.Add(ref found, i, end, NamesPin(text) ? SecretKind.Pin : SecretKind.Otp);
            }

            // Past the run, or past the word that was no digit.
            i = count > 0 ? end : i + 1;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }
        }
    }

    /// <summary>Whether the word after the one at <paramref name="pos"/> (past a short separator) may start a number's name or is digits.</summary>
    private static bool NextMayStartNumber(string text, int pos)
    {
        var k = pos;
        while (k < text.Length && char.IsAsciiLetter(text[k]))
        {
            k++;
        }

        var gap = k;
        k = SpelledDigits.SkipSeparator(text, k);
        return k > gap && k < text.Length
            && (char.IsAsciiDigit(text[k]) || (k + 1 < text.Length && SpelledDigits.MayStartNumber(text[k], text[k + 1])));
    }

    /// <summary>Whether a letter follows the digit group at <paramref name="pos"/> past a short separator: digits alone are the card scanner's.</summary>
    private static bool WordFollowsDigits(string text, int pos)
    {
        var k = pos;
        while (k < text.Length && (char.IsAsciiDigit(text[k]) || (text[k] is ' ' or '-' or '.' && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1]))))
        {
            k++;
        }

        var gap = k;
        k = SpelledDigits.SkipSeparator(text, k);
        return k > gap && k + 1 < text.Length && SpelledDigits.MayStartNumber(text[k], text[k + 1]);
    }

    /// <summary>
    /// Whether a card's number starts at <paramref name="pos"/> with at least one number said as a word: 13–19 digits in
    /// all, in an issuer's range and passing Luhn.
    /// </summary>
    private static bool ReadsCard(string text, int pos, Span<byte> digits, out int end)
    {
        var count = SpelledDigits.ReadNumber(text, pos, digits, out end, out var named);
        if (!named || count is < CardNumberScanner.MinDigits or > CardNumberScanner.MaxDigits)
        {
            return false;
        }

        var number = digits[..count];
        return CardNumberScanner.HasIssuerRange(CardNumberScanner.Prefix4(number), count) && CardNumberScanner.PassesLuhn(number);
    }

    // Words that say what else a number read out is: "my order number is four four one nine two zero three seven".
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherNumbers = ChatWords.Lookup(
        "order", "pesanan", "resi", "tracking", "invoice", "phone", "hp", "telp", "telepon", "wa", "whatsapp", "rekening", "account",
        "postcode", "zip", "ref", "reference", "nik", "ktp", "npwp", "imei", "serial", "booking", "member", "customer", "pelanggan");

    /// <summary>Whether one of the three words before <paramref name="pos"/> names another kind of number (sixteenth round, a false positive).</summary>
    private static bool NamedOtherwiseBefore(string text, int pos) => ChatWords.NamedBefore(text, pos, 3, OtherNumbers);

    /// <summary>Whether the message names a PIN ("pin", "pinnya", "mpin") as a word of its own.</summary>
    private static bool NamesPin(string text)
    {
        for (var at = text.IndexOf("pin", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("pin", at + 3, StringComparison.OrdinalIgnoreCase))
        {
            var start = at > 0 && (text[at - 1] | 0x20) == 'm' ? at - 1 : at;
            var end = at + 3;
            while (end < text.Length && char.IsAsciiLetter(text[end]) && end - at < 6)
            {
                end++;
            }

            if ((start == 0 || !char.IsLetter(text[start - 1])) && (end == at + 3 || text.AsSpan(at + 3, end - at - 3).Equals("nya", StringComparison.OrdinalIgnoreCase)
                || text.AsSpan(at + 3, end - at - 3).Equals("ku", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
