using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace HelpdeskBot.TextClassification;

/// <summary>One held-out example and what the model, trained without it, predicted.</summary>
internal sealed record HeldOutPrediction(LabelledText Example, string Predicted, double Confidence, IReadOnlyList<string> Top)
{
    public bool Correct => Predicted == Example.Label;

    public bool InTop => Top.Contains(Example.Label);
}

/// <summary>Accuracy of a group of held-out predictions.</summary>
internal sealed record AccuracyLine(string Group, int Correct, int Total)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Group,-12} {Accuracy,7:P1}  ({Correct}/{Total})");
}

/// <summary>
/// What a confidence threshold would do: the share of texts where the user is asked, the accuracy of the texts that
/// are not asked about, and how often the right label is among the three offered when the user is asked.
/// </summary>
internal sealed record ThresholdLine(double Threshold, double AskedShare, double AccuracyAbove, double OfferedBelow);

/// <summary>The result of a stratified k-fold cross-validation: every example predicted by a model that never saw it.</summary>
internal sealed class CrossValidationReport(int folds, IReadOnlyList<HeldOutPrediction> predictions, TimeSpan meanTrainingTime)
{
    public int Folds { get; } = folds;
    public IReadOnlyList<HeldOutPrediction> Predictions { get; } = predictions;
    public TimeSpan MeanTrainingTime { get; } = meanTrainingTime;

    public AccuracyLine Overall => Line("overall", Predictions);

    public IReadOnlyList<AccuracyLine> ByLanguage =>
        Predictions.GroupBy(p => p.Example.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Line(g.Key, g)).ToList();

    public IReadOnlyList<AccuracyLine> ByLabel =>
        Predictions.GroupBy(p => p.Example.Label).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Line(g.Key, g)).ToList();

    public IReadOnlyList<ThresholdLine> Thresholds(params double[] thresholds) =>
        thresholds.Select(t =>
        {
            var above = Predictions.Where(p => p.Confidence >= t).ToList();
            var below = Predictions.Where(p => p.Confidence < t).ToList();
            return new ThresholdLine(
                t,
                (double)below.Count / Predictions.Count,
                above.Count == 0 ? 0 : (double)above.Count(p => p.Correct) / above.Count,
                below.Count == 0 ? 1 : (double)below.Count(p => p.InTop) / below.Count);
        }).ToList();

    public string Format(double threshold, string labelName = "label")
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Folds}-fold cross-validation, {Predictions.Count} examples, mean training time {MeanTrainingTime.TotalMilliseconds:F0} ms per fold");
        text.AppendLine(Overall.ToString());
        foreach (var line in ByLanguage)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  language {line}");
        }

        foreach (var line in ByLabel)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {labelName} {line}");
        }

        text.AppendLine("  threshold  asks user  accuracy when not asked  right one offered when asked");
        foreach (var line in Thresholds(0.3, 0.4, 0.5, 0.6, 0.7, 0.8))
        {
            var marker = Math.Abs(line.Threshold - threshold) < 1e-9 ? " <- configured" : "";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {line.Threshold,9:F2}  {line.AskedShare,9:P1}  {line.AccuracyAbove,23:P1}  {line.OfferedBelow,28:P1}{marker}");
        }

        return text.ToString();
    }

    private static AccuracyLine Line(string group, IEnumerable<HeldOutPrediction> predictions)
    {
        var list = predictions as IReadOnlyCollection<HeldOutPrediction> ?? predictions.ToList();
        return new AccuracyLine(group, list.Count(p => p.Correct), list.Count);
    }
}

internal static class CrossValidation
{
    /// <summary>
    /// Stratified by (label, language), so every fold holds each label in each language in proportion;
    /// deterministic for a given seed.
    /// </summary>
    public static CrossValidationReport Run(IReadOnlyList<LabelledText> examples, int folds = 5, int seed = 1, TextClassifierSettings? settings = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var random = new Random(seed);
        var foldOf = new int[examples.Count];
        foreach (var stratum in Enumerable.Range(0, examples.Count).GroupBy(i => (examples[i].Label, examples[i].Language)))
        {
            var shuffled = stratum.OrderBy(_ => random.Next()).ToList();
            for (var k = 0; k < shuffled.Count; k++)
            {
                foldOf[shuffled[k]] = k % folds;
            }
        }

        var predictions = new List<HeldOutPrediction>(examples.Count);
        var training = TimeSpan.Zero;
        for (var fold = 0; fold < folds; fold++)
        {
            var train = examples.Where((_, i) => foldOf[i] != fold).ToList();
            var stopwatch = Stopwatch.StartNew();
            using var model = TextClassifier.Train(train, settings, seed);
            training += stopwatch.Elapsed;
            for (var i = 0; i < examples.Count; i++)
            {
                if (foldOf[i] == fold)
                {
                    var prediction = model.Predict(examples[i].Text);
                    predictions.Add(new HeldOutPrediction(
                        examples[i], prediction.Label, prediction.Score, prediction.Top.Select(t => t.Label).ToList()));
                }
            }
        }

        return new CrossValidationReport(folds, predictions, training / folds);
    }
}
