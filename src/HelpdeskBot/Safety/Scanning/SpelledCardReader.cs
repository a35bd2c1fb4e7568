namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// A card number read out in words (the sixth trial: "four five three two zero one five one one two eight three zero
/// three six six", "empat satu satu satu, satu satu satu satu, …"): a run of 13–19 digit words whose digits pass the
/// Luhn check in an issuer's range. No other number that long is spelled out in a chat and passes both.
/// </summary>
internal static class SpelledCardReader
{
    private const int LeastWords = 13;

    // A run needs a word and a separator per digit: shorter texts are passed over without a look.
    private const int LeastLength = (LeastWords * 3) + (LeastWords - 1);

    public static void Scan(string text, ref List<SecretSpan>? found)
    {
        if (text.Length < LeastLength || text.AsSpan().Count(' ') + text.AsSpan().Count('-') + text.AsSpan().Count(',') < LeastWords - 1)
        {
            return;
        }

        Span<byte> digits = stackalloc byte[CardNumberScanner.MaxDigits];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            var count = SpelledDigits.ReadRun(text, i, digits, out var end);
            if (count is >= LeastWords and <= CardNumberScanner.MaxDigits)
            {
                var number = digits[..count];
                if (CardNumberScanner.HasIssuerRange(CardNumberScanner.Prefix4(number), count) && CardNumberScanner.PassesLuhn(number))
                {
                    SecretSpan.Add(ref found, i, end, SecretKind.Card);
                }
            }

            // Past the run, or past the word that was no digit.
            i = count > 0 ? end : i + 1;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }
        }
    }
}
