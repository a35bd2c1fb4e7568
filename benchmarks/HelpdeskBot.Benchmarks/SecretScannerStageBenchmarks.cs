using BenchmarkDotNet.Attributes;
using HelpdeskBot.Safety.Scanning;

namespace HelpdeskBot.Benchmarks;

/// <summary>
/// Where the guard's time goes: each stage of one scan, over the typical chat set of
/// <see cref="SecretScannerBenchmarks"/>, on text already normalised (except <see cref="Normalise"/>). The stages'
/// sum is about one <see cref="SecretScannerBenchmarks.TypicalChatMessages"/> without its rescans; <see cref="Credentials"/>
/// holds <see cref="GoogleCodes"/>, <see cref="Unnamed"/>, <see cref="Strong"/> and <see cref="MachineEntry"/> (each with
/// the word split, <see cref="Words"/>) and the keyword walk. Profile with this before optimising one. Run:
/// <c>dotnet run -c Release --project benchmarks/HelpdeskBot.Benchmarks -- --filter *SecretScannerStage* --job short</c>.
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
    public int SpelledNumbers() => Each(static (string text, ref List<SecretSpan>? spans) => SpelledNumberReader.Scan(text, ref spans));

    [Benchmark]
    public int Credentials() => Each(static (string text, ref List<SecretSpan>? spans) => CredentialScanner.Scan(text, ref spans, out _));

    [Benchmark]
    public int DigitByDigit() => Each(static (string text, ref List<SecretSpan>? spans) => DigitByDigitReader.Scan(text, ref spans));

    [Benchmark]
    public int Pairs() => Each(static (string text, ref List<SecretSpan>? spans) => CredentialPairReader.Scan(text, ref spans));

    [Benchmark]
    public int GoogleCodes() => Each(static (string text, ref List<SecretSpan>? spans) => DigitCodeReader.ScanGoogleCodes(text, ref spans));

    [Benchmark]
    public int Words() => EachWithWords(static (string _, MessageWords _, ref List<SecretSpan>? _) => { });

    [Benchmark]
    public int Unnamed() => EachWithWords(UnnamedValueReader.Scan);

    [Benchmark]
    public int Strong() => EachWithWords(NearbyValueReader.ScanStrong);

    [Benchmark]
    public int MachineEntry() => EachWithWords(NearbyValueReader.ScanMachineEntry);

    [Benchmark]
    public int CountedDigits() => EachWithWords(NearbyValueReader.ScanCountedDigits);

    private delegate void WordsStage(string text, MessageWords words, ref List<SecretSpan>? spans);

    /// <summary>A stage that reads the message's words, split once per message as <see cref="CredentialScanner"/> does.</summary>
    private int EachWithWords(WordsStage stage) => Each((string text, ref List<SecretSpan>? spans) =>
    {
        using var words = MessageWords.Of(text);
        stage(text, words, ref spans);
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
