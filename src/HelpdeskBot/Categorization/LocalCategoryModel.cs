using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using HelpdeskBot.TextClassification;
using Microsoft.Extensions.Logging;

namespace HelpdeskBot.Categorization;

/// <summary>Where the local model reads its examples and keeps its trained cache.</summary>
internal sealed record LocalModelLocations(string TrainingFile, string CacheDirectory);

/// <summary>What a training run did.</summary>
internal sealed record TrainingReport(int Examples, IReadOnlyList<string> Categories, IReadOnlyList<string> Languages, TimeSpan TrainingTime, string CacheFile);

/// <summary>
/// The local model, shared by the whole app: loaded from the cache file in the data directory when one matches the
/// training file, otherwise trained on first use and cached. The cache file's name holds a hash of the training file
/// and the pipeline settings, so editing either retrains, and several instances sharing a data directory agree.
/// </summary>
internal sealed partial class LocalCategoryModel(
    LocalModelLocations locations,
    CategoryCatalog catalog,
    ILogger<LocalCategoryModel> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private TextClassifier? current;

    /// <summary>The shipped examples, copied next to the app.</summary>
    public static string DefaultTrainingFile => Path.Combine(AppContext.BaseDirectory, "Categorization", "training.tsv");

    public TextClassifierSettings Settings { get; init; } = TextClassifierSettings.Default;

    /// <summary>Whether the model is loaded or trained and in hand (readiness reports it).</summary>
    public bool IsLoaded => Volatile.Read(ref current) is not null;

    public async ValueTask<TextClassifier> GetAsync(CancellationToken cancellationToken = default)
    {
        var model = Volatile.Read(ref current);
        if (model is not null)
        {
            return model;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is null)
            {
                Volatile.Write(ref current, LoadOrTrain());
            }

            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Trains from the training file whatever the cache holds, rewrites the cache, and serves the new model.</summary>
    public async Task<TrainingReport> RetrainAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var (examples, cacheFile) = ReadExamples();
            var (model, report) = TrainAndCache(examples, cacheFile);
            // The previous model is left to the collector: a prediction may still hold one of its engines.
            Volatile.Write(ref current, model);
            return report;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The examples of the configured training file, checked against the catalog.</summary>
    public IReadOnlyList<LabelledText> LoadExamples() => ReadExamples().Examples;

    public void Dispose()
    {
        current?.Dispose();
        gate.Dispose();
    }

    private TextClassifier LoadOrTrain()
    {
        var (examples, cacheFile) = ReadExamples();
        if (File.Exists(cacheFile))
        {
            try
            {
                var loaded = TextClassifier.Load(cacheFile, Settings);
                LogLoaded(cacheFile);
                return loaded;
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException or FormatException or InvalidDataException)
            {
                LogCacheUnreadable(exception, cacheFile);
            }
        }

        return TrainAndCache(examples, cacheFile).Model;
    }

    private (TextClassifier Model, TrainingReport Report) TrainAndCache(IReadOnlyList<LabelledText> examples, string cacheFile)
    {
        var stopwatch = Stopwatch.StartNew();
        var model = TextClassifier.Train(examples, Settings);
        var elapsed = stopwatch.Elapsed;
        try
        {
            model.Save(cacheFile);
            DeleteStaleCaches(cacheFile);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only data directory costs a retrain per start, not the categoriser.
            LogCacheNotWritten(exception, cacheFile);
        }

        LogTrained(examples.Count, (long)elapsed.TotalMilliseconds, cacheFile);
        var report = new TrainingReport(
            examples.Count,
            examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            examples.Select(e => e.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            elapsed,
            cacheFile);
        return (model, report);
    }

    private (IReadOnlyList<LabelledText> Examples, string CacheFile) ReadExamples()
    {
        var bytes = File.Exists(locations.TrainingFile)
            ? File.ReadAllBytes(locations.TrainingFile)
            : throw new FileNotFoundException(
                $"The categorisation training file '{locations.TrainingFile}' does not exist (Helpdesk:Categorization:TrainingFile).",
                locations.TrainingFile);

        using var reader = new StreamReader(new MemoryStream(bytes));
        var parsed = TrainingFile.Parse(reader, locations.TrainingFile);
        var unknown = parsed.Select(e => e.Label).Where(c => !catalog.Contains(c)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The training file '{locations.TrainingFile}' has categories that Helpdesk:Categorization:Categories does not list: {string.Join(", ", unknown)}.");
        }

        // The model answers with the catalog's spelling of each id, which is what tickets store.
        var examples = parsed.Select(e => e with { Label = catalog.Normalize(e.Label)! }).ToList();

        foreach (var missing in catalog.Categories.Select(c => c.Id).Where(id => !examples.Any(e => e.Label.Equals(id, StringComparison.OrdinalIgnoreCase))))
        {
            LogCategoryWithoutExamples(missing);
        }

        var hash = SHA256.HashData([.. bytes, .. Encoding.UTF8.GetBytes(Settings.Signature)]);
        var cacheFile = Path.Combine(locations.CacheDirectory, $"model-{Convert.ToHexStringLower(hash)[..16]}.zip");
        return (examples, cacheFile);
    }

    private void DeleteStaleCaches(string keep)
    {
        foreach (var file in Directory.EnumerateFiles(locations.CacheDirectory, "model-*.zip"))
        {
            if (!string.Equals(Path.GetFullPath(file), Path.GetFullPath(keep), StringComparison.Ordinal))
            {
                File.Delete(file);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the categorisation model from {CacheFile}.")]
    private partial void LogLoaded(string cacheFile);

    [LoggerMessage(Level = LogLevel.Information, Message = "Trained the categorisation model on {Examples} examples in {Milliseconds} ms; cached at {CacheFile}.")]
    private partial void LogTrained(int examples, long milliseconds, string cacheFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The cached categorisation model {CacheFile} could not be read; retraining.")]
    private partial void LogCacheUnreadable(Exception exception, string cacheFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The categorisation model could not be cached at {CacheFile}; it will be trained again on the next start.")]
    private partial void LogCacheNotWritten(Exception exception, string cacheFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Category {Category} has no training examples; the local model will never choose it.")]
    private partial void LogCategoryWithoutExamples(string category);
}

/// <summary>The local ML.NET model behind <see cref="ICategorizer"/>.</summary>
internal sealed class LocalCategorizer(LocalCategoryModel model) : ICategorizer
{
    public async Task<CategoryPrediction> CategorizeAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trained = await model.GetAsync(cancellationToken);
        var prediction = trained.Predict(text);
        return new CategoryPrediction(prediction.Label, prediction.Score,
            [.. prediction.Top.Select(t => new CategoryScore(t.Label, t.Score))], CategoryPrediction.LocalSource);
    }
}
