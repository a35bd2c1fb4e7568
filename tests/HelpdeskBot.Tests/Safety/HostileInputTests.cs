using System.Diagnostics;
using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// A hostile 100 KB message must not stall a turn. The bound here is a generous sanity check against
/// quadratic behaviour; real speed is measured by SecretScannerBenchmarks.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly TimeSpan SanityBound = TimeSpan.FromSeconds(2);

    private readonly SecretScanner _scanner = new();

    [Theory]
    [MemberData(nameof(HostileInput.All), MemberType = typeof(HostileInput))]
    public void Scans_100_KB_of_hostile_text_without_stalling(string name, string text)
    {
        _scanner.Scan("warm up PIN 4821 4111 1111 1111 1111");

        var clock = Stopwatch.StartNew();
        var result = _scanner.Scan(text);
        clock.Stop();

        Assert.True(clock.Elapsed < SanityBound, $"{name}: {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.False(_scanner.Scan(result.Redacted).Found, $"{name}: the redacted text still holds a secret");
    }

    /// <summary>
    /// A keyword right after a quote or a bracket once threw (the token before it had no characters to read as digits):
    /// every credential word, behind every kind of punctuation, is scanned without an exception and without a finding.
    /// </summary>
    [Theory]
    [InlineData("\"kode OTP\" in the english version of the app isn't translated")]
    [InlineData("'PIN' field is greyed out")]
    [InlineData("(password) label overlaps the button")]
    [InlineData("[CVV] tooltip missing")]
    [InlineData("«kata sandi» tidak diterjemahkan")]
    [InlineData("\"OTP\"")]
    public void A_keyword_behind_punctuation_is_read_without_a_crash(string text)
    {
        var result = _scanner.Scan(text);

        Assert.False(result.Found, text);
        Assert.Equal(text, result.Redacted);
    }

    /// <summary>The second look of a turn, with something awaited from the previous message, is bounded the same way.</summary>
    [Theory]
    [MemberData(nameof(HostileInput.All), MemberType = typeof(HostileInput))]
    public void Scans_100_KB_of_hostile_text_after_a_dangling_keyword_or_card_start_without_stalling(string name, string text)
    {
        var memory = new GuardMemory { Awaiting = AwaitedSecret.Password, CardStart = new CardStart(8, 0b1001001, 3, 7) };
        _scanner.ScanAfter("warm up 1111 1111", memory);

        var clock = Stopwatch.StartNew();
        _scanner.ScanAfter(text, memory);
        clock.Stop();

        Assert.True(clock.Elapsed < SanityBound, $"{name}: {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void Every_card_in_a_long_run_of_cards_is_removed()
    {
        var text = string.Concat(Enumerable.Repeat("4111 1111 1111 1111 ", 5000));

        var result = _scanner.Scan(text);

        Assert.DoesNotContain("1111", result.Redacted, StringComparison.Ordinal);
    }
}
