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

        var digits = new byte[CardNumberScanner.MaxDigits];
        foreach (var (start, end, count) in SpelledDigits.LongRuns(text, digits, LeastWords))
        {
            var number = digits.AsSpan(0, count);
            if (CardNumberScanner.HasIssuerRange(CardNumberScanner.Prefix4(number), count) && CardNumberScanner.PassesLuhn(number))
            {
                SecretSpan.Add(ref found, start, end, SecretKind.Card);
            }
        }
    }
}
