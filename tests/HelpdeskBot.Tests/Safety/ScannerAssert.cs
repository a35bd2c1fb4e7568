using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>What a phrasing test asserts of one message: refused as the kind with this exact redacted text, or let through.</summary>
internal static class ScannerAssert
{
    private static readonly SecretScanner Scanner = new();

    public static void Found(string text, SecretKind kind, string redacted)
    {
        var result = Scanner.Scan(text);
        Assert.Contains(kind, result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    public static void Clean(string text)
    {
        var result = Scanner.Scan(text);
        Assert.False(result.Found, $"'{text}' was refused as {string.Join(", ", result.Kinds)}: {result.Redacted}");
    }

    /// <summary>
    /// That <paramref name="digits"/> do not stand as a number of their own in <paramref name="text"/> (a log, a state, a stored
    /// record): a timestamp's "…57.3404532+00:00" holds "0453" inside other digits, which is no copy of a value typed.
    /// </summary>
    public static void HoldsNoNumber(string digits, string text)
    {
        for (var at = text.IndexOf(digits, StringComparison.Ordinal); at >= 0; at = text.IndexOf(digits, at + 1, StringComparison.Ordinal))
        {
            var end = at + digits.Length;
            Assert.False((at == 0 || !char.IsAsciiDigit(text[at - 1])) && (end == text.Length || !char.IsAsciiDigit(text[end])),
                $"'{digits}' stands in: …{text[Math.Max(0, at - 60)..Math.Min(text.Length, end + 60)]}…");
        }
    }
}
