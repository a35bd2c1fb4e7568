using System.Collections.Concurrent;
using System.Security.Cryptography;
using HelpdeskBot.TextClassification;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Bot.Understanding;

/// <summary>What a message most likely asks for, how sure the model is, and the runners-up.</summary>
public sealed record IntentGuess(string Intent, double Score, IReadOnlyList<string> Alternatives);

/// <summary>
/// The local intent model: an ML.NET text classifier (the categoriser's pipeline) trained on the intent examples at
/// start. Training takes a fraction of a second, so there is no cache file; one trained model per training file is
/// shared by every app in the process (tests start hundreds).
/// </summary>
public sealed class IntentModel(IOptions<UnderstandingOptions> options, IHostEnvironment environment)
{
    public static string DefaultTrainingFile => Path.Combine(AppContext.BaseDirectory, "Bot", "Understanding", "intents.tsv");

    private static readonly ConcurrentDictionary<string, Lazy<TextClassifier>> Trained = new(StringComparer.Ordinal);

    private TextClassifier? model;

    /// <summary>The known intents: report, status, agent, addInfo, help, greeting, cancel.</summary>
    public static readonly IReadOnlyList<string> Intents = ["report", "status", "agent", "addInfo", "help", "greeting", "cancel"];

    public string TrainingFile => string.IsNullOrWhiteSpace(options.Value.TrainingFile)
        ? DefaultTrainingFile
        : Path.GetFullPath(options.Value.TrainingFile, environment.ContentRootPath);

    /// <summary>Whether the model is trained and in hand (readiness reports it).</summary>
    public bool IsLoaded => Volatile.Read(ref model) is not null;

    /// <summary>Trains (or finds the trained model) now, so the first message does not wait for it.</summary>
    public void WarmUp() => Model();

    public IntentGuess Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prediction = Model().Predict(text);
        return new IntentGuess(prediction.Label, prediction.Score, [.. prediction.Top.Skip(1).Select(t => t.Label)]);
    }

    private TextClassifier Model()
    {
        if (Volatile.Read(ref model) is { } ready) return ready;
        var path = TrainingFile;
        var bytes = File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"The intent training file '{path}' does not exist ({UnderstandingOptions.Section}:TrainingFile).", path);
        var key = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var trained = Trained.GetOrAdd(key, _ => new Lazy<TextClassifier>(() => Train(bytes, path))).Value;
        Volatile.Write(ref model, trained);
        return trained;
    }

    internal static IReadOnlyList<LabelledText> Examples(string path)
    {
        using var reader = new StreamReader(path);
        return Check(TextClassification.TrainingFile.Parse(reader, path), path);
    }

    private static TextClassifier Train(byte[] bytes, string path)
    {
        using var reader = new StreamReader(new MemoryStream(bytes));
        return TextClassifier.Train(Check(TextClassification.TrainingFile.Parse(reader, path), path));
    }

    private static IReadOnlyList<LabelledText> Check(IReadOnlyList<LabelledText> examples, string path)
    {
        var unknown = examples.Select(e => e.Label).Where(l => !Intents.Contains(l)).Distinct(StringComparer.Ordinal).ToList();
        return unknown.Count == 0
            ? examples
            : throw new InvalidOperationException($"The intent training file '{path}' has intents the bot does not know: {string.Join(", ", unknown)}.");
    }
}

/// <summary>Trains the intent model while the app starts, before the first message needs it.</summary>
internal sealed class IntentModelWarmUp(IntentModel model) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.Run(model.WarmUp, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
