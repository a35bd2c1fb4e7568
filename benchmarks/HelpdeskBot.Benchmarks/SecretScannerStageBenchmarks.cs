using BenchmarkDotNet.Attributes;
using HelpdeskBot.Safety.Scanning;

namespace HelpdeskBot.Benchmarks;

/// <summary>
/// Where the guard's time goes: each stage of one scan, over the typical chat set of
/// <see cref="SecretScannerBenchmarks"/>, on text already normalised (except <see cref="Normalise"/>). The stages'
/// sum is about one <see cref="SecretScannerBenchmarks.TypicalChatMessages"/>; profile with this before optimising one.
/// </summary>
[MemoryDiagnoser]
public class SecretScannerStageBenchmarks
{
    private readonly string[] _normalised = [.. SecretScannerBenchmarks.TypicalChat.Select(m =>
    {
        using var chat = ChatText.Of(m);
        return chat.Text.ToString();
    })];

    [Benchmark]
    public int Normalise()
    {
        var length = 0;
        foreach (var message in SecretScannerBenchmarks.TypicalChat)
        {
            using var chat = ChatText.Of(message);
            length += chat.Text.Length;
        }

        return length;
    }

    [Benchmark]
    public int Cards() => Each(static (string text, ref List<SecretSpan>? spans) => CardNumberScanner.Scan(text, ref spans));

    [Benchmark]
    public int CardGroups() => Each(static (string text, ref List<SecretSpan>? spans) => CardGroupsByWords.Scan(text, ref spans));

    [Benchmark]
    public int SpelledCards() => Each(static (string text, ref List<SecretSpan>? spans) => SpelledCardReader.Scan(text, ref spans));

    [Benchmark]
    public int Credentials() => Each(static (string text, ref List<SecretSpan>? spans) => CredentialScanner.Scan(text, ref spans, out _));

    [Benchmark]
    public int DigitByDigit() => Each(static (string text, ref List<SecretSpan>? spans) => DigitByDigitReader.Scan(text, ref spans));

    [Benchmark]
    public int Pairs() => Each(static (string text, ref List<SecretSpan>? spans) => CredentialPairReader.Scan(text, ref spans));

    [Benchmark]
    public int GoogleCodes() => Each(static (string text, ref List<SecretSpan>? spans) => DigitCodeReader.ScanGoogleCodes(text, ref spans));

    [Benchmark]
    public int Words() => Each(static (string text, ref List<SecretSpan>? spans) =>
    {
        using var words = MessageWords.Of(text);
    });

    [Benchmark]
    public int Unnamed() => Each(static (string text, ref List<SecretSpan>? spans) =>
    {
        using var words = MessageWords.Of(text);
        UnnamedValueReader.Scan(text, words, ref spans);
    });

    [Benchmark]
    public int Strong() => Each(static (string text, ref List<SecretSpan>? spans) =>
    {
        using var words = MessageWords.Of(text);
        NearbyValueReader.ScanStrong(text, words, ref spans);
    });

    [Benchmark]
    public int MachineEntry() => Each(static (string text, ref List<SecretSpan>? spans) =>
    {
        using var words = MessageWords.Of(text);
        NearbyValueReader.ScanMachineEntry(text, words, ref spans);
    });

    private delegate void Stage(string text, ref List<SecretSpan>? spans);

    private int Each(Stage stage)
    {
        var found = 0;
        foreach (var text in _normalised)
        {
            List<SecretSpan>? spans = null;
            stage(text, ref spans);
            found += spans?.Count ?? 0;
        }

        return found;
    }
}
