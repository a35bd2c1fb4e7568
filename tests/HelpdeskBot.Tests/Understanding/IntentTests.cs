using System.Globalization;
using HelpdeskBot.Bot.Understanding;
using HelpdeskBot.Tests.Infrastructure;

namespace HelpdeskBot.Tests.Understanding;

/// <summary>
/// What people want, read from their first message as the running bot reads it (command phrases, then the model,
/// unsure below the threshold — an unsure reading counts as wrong). The held-back part was never trained or tuned on;
/// the tuning part, which the shipped model trains on, is scored by 5-fold cross-validation instead.
/// </summary>
public sealed class IntentTests(ITestOutputHelper output)
{
    private const double MinReportStarts = 0.97;

    /// <summary>
    /// The first held-back part, measured after the reader was frozen, several times (README): after the seventh round
    /// English 95.0%, Indonesian 95.0% (the issue asks 95% for each), reports started 98.4% and 100%; after the eighth English 95.0%,
    /// Indonesian 96.0%; after the ninth (with the fourth user trial's fixes) English 96.0%, Indonesian 98.0%. The second, written scene by scene
    /// and first run after the second round was frozen. The assertions hold each line rather than the bar it misses.
    /// </summary>
    [Theory]
    [InlineData("heldback", 0.955, MinReportStarts)]
    // Measured first after the second round (README): English 95.4%, Indonesian 92.8%; reports started 97.0%, 95.7%.
    // After the third writer's messages joined the training, Indonesian 91.9% (one message); after the seventh round
    // English 94.4%, Indonesian 94.6%; unchanged by the eighth; after the ninth English 97.2%, Indonesian 95.5%, reports started
    // 97.0% and 97.1% (the issue's bars, met on this part for the first time).
    [InlineData("heldback2", 0.95, 0.965)]
    public void Held_back_parts_hold_their_measured_accuracy_per_language(string part, double minAccuracy, double minReportStarts)
    {
        using var app = new HelpdeskApp();
        var reader = app.Get<IntentReader>();
        var rows = UnderstandingCorpus.Load(part);
        foreach (var language in new[] { "en", "id" })
        {
            var (accuracy, reportStarts) = Score(reader, [.. rows.Where(r => r.Language == language)], language, printMisses: false);
            Assert.True(accuracy >= minAccuracy, $"{language}: intent accuracy {accuracy:P1}");
            Assert.True(reportStarts >= minReportStarts, $"{language}: reports started {reportStarts:P1}");
        }
    }

    [Fact]
    public void Tuning_part_by_five_fold_cross_validation()
    {
        var training = File.ReadAllLines(IntentModel.DefaultTrainingFile);
        var tuning = UnderstandingCorpus.Load("tuning");
        var tuningTexts = tuning.Select(r => r.Text).ToHashSet(StringComparer.Ordinal);
        var own = training.Where(l => !(l.Split('\t') is [_, _, var text] && tuningTexts.Contains(text))).ToList();
        var folds = 5;
        var predicted = new List<(CorpusMessage Row, string? Intent)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var test = tuning.Where((_, i) => i % folds == fold).ToList();
            var train = own.Concat(tuning.Where((r, i) => i % folds != fold && r.Intent != "none").Select(r => $"{r.Intent}\t{r.Language}\t{r.Text}")).ToList();
            var file = Path.Combine(Path.GetTempPath(), "helpdesk-tests", $"intents-fold-{fold}-{Guid.NewGuid():N}.tsv");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllLines(file, train);
            using var app = new HelpdeskApp(new() { ["Helpdesk:Understanding:TrainingFile"] = file });
            var reader = app.Get<IntentReader>();
            predicted.AddRange(test.Select(r => (r, reader.Read(r.Text).Intent)));
            File.Delete(file);
        }
        foreach (var language in new[] { "en", "id" })
        {
            var rows = predicted.Where(p => p.Row.Language == language).ToList();
            var accuracy = (double)rows.Count(p => UnderstandingCorpus.ReadRight(p.Row.Intent, p.Intent)) / rows.Count;
            var reports = rows.Where(p => p.Row.Intent == "report").ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{language}: intent accuracy {accuracy:P1} ({rows.Count} messages), reports started {(double)reports.Count(p => p.Intent == "report") / reports.Count:P1} ({reports.Count})"));
            foreach (var miss in rows.Where(p => !UnderstandingCorpus.ReadRight(p.Row.Intent, p.Intent))) output.WriteLine($"  {miss.Row.Intent} -> {miss.Intent ?? "unsure"}: {miss.Row.Text}");
        }
        var overall = (double)predicted.Count(p => UnderstandingCorpus.ReadRight(p.Row.Intent, p.Intent)) / predicted.Count;
        Assert.True(overall >= 0.85, $"cross-validated intent accuracy {overall:P1}");
    }

    private (double Accuracy, double ReportStarts) Score(IntentReader reader, IReadOnlyList<CorpusMessage> rows, string language, bool printMisses)
    {
        var readings = rows.Select(r => (Row: r, Intent: reader.Read(r.Text).Intent)).ToList();
        var accuracy = (double)readings.Count(p => UnderstandingCorpus.ReadRight(p.Row.Intent, p.Intent)) / readings.Count;
        var reports = readings.Where(p => p.Row.Intent == "report").ToList();
        var starts = (double)reports.Count(p => p.Intent == "report") / reports.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{language}: intent accuracy {accuracy:P1} ({readings.Count} messages), reports started {starts:P1} ({reports.Count}), unsure {readings.Count(p => p.Intent is null)}"));
        foreach (var intent in readings.GroupBy(p => p.Row.Intent).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {intent.Key,-9} {intent.Count(p => UnderstandingCorpus.ReadRight(p.Row.Intent, p.Intent))}/{intent.Count()}"));
        }
        if (printMisses)
        {
            foreach (var miss in readings.Where(p => !UnderstandingCorpus.ReadRight(p.Row.Intent, p.Intent))) output.WriteLine($"  {miss.Row.Intent} -> {miss.Intent ?? "unsure"}: {miss.Row.Text}");
        }
        return (accuracy, starts);
    }
}
