using BenchmarkDotNet.Attributes;
using HelpdeskBot.Bot.Understanding;
using HelpdeskBot.Intake;
using HelpdeskBot.Intake.Extraction;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Benchmarks;

/// <summary>
/// Reading one first message: its intent (command phrases, then the local model) and the intake answers it states
/// (target: under 200 µs median), and the same on 100 KB of text (read up to its first 4,000 characters; linear).
/// Run: <c>dotnet run -c Release --project benchmarks/HelpdeskBot.Benchmarks -- --filter *Understanding* --job short</c>
/// </summary>
[MemoryDiagnoser]
public class UnderstandingBenchmarks
{
    private static readonly string[] Messages =
    [
        "Hi, I can't log in to the mobile app since this morning around 8, it says 'Invalid session (E401)'. My username is budi88. I already reinstalled the app.",
        "kak transfer ke BCA gagal kemarin jam 3 sore, muncul \"Transaksi gagal (kode 51)\" tapi saldo sy udah kepotong. username sy siti.rahma",
        "any update on my ticket?",
        "gmn tiket sy",
    ];

    private readonly string hostile = string.Concat(Enumerable.Repeat("since the update 'error' when I pay tp udah coba restart jam 3 ", 1700))[..100_000];
    private IntentReader reader = null!;
    private ReadingContext context = null!;

    [Params(0, 1, 2, 3)]
    public int Message { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = Options.Create(new UnderstandingOptions());
        var model = new IntentModel(options, new Environment());
        model.WarmUp();
        reader = new IntentReader(model, [], options);
        context = new ReadingContext(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)), null, new ServiceNames(IntakeOptions.DefaultServices));
    }

    [Benchmark]
    public int IntentAndFields()
    {
        var text = Messages[Message];
        return (reader.Read(text).Intent?.Length ?? 0) + FreeTextReader.Read(text, context).Fields.Count;
    }

    [Benchmark]
    public int HundredKilobytes() => (reader.Read(hostile).Intent?.Length ?? 0) + FreeTextReader.Read(hostile, context).Fields.Count;

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "HelpdeskBot";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
