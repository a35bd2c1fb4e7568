using BenchmarkDotNet.Attributes;
using HelpdeskBot.Categorization;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.TextClassification;

namespace HelpdeskBot.Benchmarks;

/// <summary>
/// One prediction of the local categoriser (target: under 100 µs), the priority rules, and the costs paid once per
/// start: training on the shipped examples (no cache yet) and loading the cached model.
/// Run: <c>dotnet run -c Release --project benchmarks/HelpdeskBot.Benchmarks -- --filter *Categorizer* --job short</c>
/// </summary>
[MemoryDiagnoser]
public class CategorizerBenchmarks
{
    // What the intake passes: description, expected result, error message and steps, joined.
    private const string ProblemText =
        "Saya top up 200rb lewat BCA mobile tapi saldo gak nambah, padahal rekening udah kepotong. " +
        "Harusnya saldo langsung masuk. Error: \"Transaksi sedang diproses\". " +
        "Buka aplikasi, pilih top up, pilih BCA virtual account, bayar di BCA mobile.";

    private readonly PriorityRules rules = new();
    private IReadOnlyList<LabelledText> examples = [];
    private TextClassifier model = null!;
    private string cacheFile = "";

    [GlobalSetup]
    public void Setup()
    {
        examples = TrainingFile.Load(LocalCategoryModel.DefaultTrainingFile);
        model = TextClassifier.Train(examples);
        cacheFile = Path.Combine(Path.GetTempPath(), $"helpdesk-categorizer-benchmark-{Environment.ProcessId}.zip");
        model.Save(cacheFile);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        model.Dispose();
        File.Delete(cacheFile);
    }

    [Benchmark]
    public string PredictOne() => model.Predict(ProblemText).Label;

    [Benchmark]
    public TicketPriority AssessPriority() => rules.Assess("transaction", ProblemText);

    [Benchmark]
    public int Train()
    {
        using var trained = TextClassifier.Train(examples);
        return trained.Labels.Count;
    }

    [Benchmark]
    public int LoadCached()
    {
        using var loaded = TextClassifier.Load(cacheFile, TextClassifierSettings.Default);
        return loaded.Labels.Count;
    }
}
