namespace HelpdeskBot.Tests.Safety;

/// <summary>Builds card-shaped numbers with a chosen Luhn outcome, keeping the separators given.</summary>
internal static class TestCards
{
    /// <summary>Appends the check digit that makes <paramref name="withoutCheckDigit"/> pass Luhn.</summary>
    public static string Valid(string withoutCheckDigit) => withoutCheckDigit + CheckDigit(withoutCheckDigit);

    /// <summary>Appends a digit that makes the number fail Luhn.</summary>
    public static string Invalid(string withoutCheckDigit) => withoutCheckDigit + ((CheckDigit(withoutCheckDigit) + 1) % 10);

    private static int CheckDigit(string partial)
    {
        var digits = partial.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        for (var check = 0; check < 10; check++)
        {
            var sum = 0;
            var doubled = false;
            foreach (var d in digits.Append(check).Reverse())
            {
                var v = doubled ? d * 2 : d;
                sum += v > 9 ? v - 9 : v;
                doubled = !doubled;
            }

            if (sum % 10 == 0)
            {
                return check;
            }
        }

        throw new InvalidOperationException("unreachable");
    }
}
