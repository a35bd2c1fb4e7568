using System.Globalization;
using HelpdeskBot.TextClassification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Categorization;

/// <summary>
/// <c>HelpdeskBot train</c>: retrains the local model from the configured training file, rewrites the cache in the
/// data directory, and prints the number of examples, the training time and a 5-fold cross-validated accuracy.
/// A running app picks up the new model on its next start (the cache file's name follows the training file).
/// </summary>
public static class TrainCommand
{
    public const int Folds = 5;

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var model = services.GetRequiredService<LocalCategoryModel>();
        var locations = services.GetRequiredService<LocalModelLocations>();
        var threshold = services.GetRequiredService<IOptions<CategorizationOptions>>().Value.ConfidenceThreshold;
        TrainingReport report;
        try
        {
            report = await model.RetrainAsync(ct);
        }
        catch (Exception exception) when (exception is FileNotFoundException or FormatException or InvalidOperationException)
        {
            await output.WriteLineAsync($"Training failed: {exception.Message}".AsMemory(), ct);
            return 1;
        }

        var invariant = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(invariant,
            $"Training file: {locations.TrainingFile}").AsMemory(), ct);
        await output.WriteLineAsync(string.Create(invariant,
            $"Examples: {report.Examples} ({string.Join(", ", report.Categories)}; languages {string.Join(", ", report.Languages)})").AsMemory(), ct);
        await output.WriteLineAsync(string.Create(invariant,
            $"Training time: {report.TrainingTime.TotalMilliseconds:F0} ms").AsMemory(), ct);
        await output.WriteLineAsync(string.Create(invariant, $"Cache: {report.CacheFile}").AsMemory(), ct);

        var examples = model.LoadExamples();
        CrossValidationReport validation;
        try
        {
            validation = await Task.Run(() => CrossValidation.Run(examples, Folds, seed: 1, model.Settings), ct);
        }
        catch (InvalidOperationException)
        {
            await output.WriteLineAsync($"{Folds}-fold accuracy: not measured, too few examples per category.".AsMemory(), ct);
            return 0;
        }

        await output.WriteLineAsync(string.Create(invariant,
            $"{Folds}-fold accuracy: {validation.Overall.Accuracy:P1}").AsMemory(), ct);
        await output.WriteAsync(validation.Format(threshold, "category").AsMemory(), ct);
        await output.FlushAsync(ct);
        return 0;
    }
}
