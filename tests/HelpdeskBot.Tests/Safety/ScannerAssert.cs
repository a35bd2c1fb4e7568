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
}
