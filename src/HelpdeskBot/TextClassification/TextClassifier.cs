using System.Diagnostics;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace HelpdeskBot.TextClassification;

/// <summary>The settings of the local pipeline; part of the cache key, so changing them retrains.</summary>
internal sealed record TextClassifierSettings(int WordNgramLength, int CharNgramLength, bool CharAllLengths, bool TfIdf, float L2Regularization)
{
    /// <summary>
    /// Chosen by 5-fold cross-validation on the shipped examples (see Categorization/README.md): TF-IDF weighting gained
    /// two to three points over term frequency; character trigrams alone were as accurate as all lengths up to four
    /// (93.1-93.3% either way) at about 60% of the prediction time; L2 between 0.003 and 0.03 made no difference.
    /// </summary>
    public static TextClassifierSettings Default { get; } =
        new(WordNgramLength: 2, CharNgramLength: 3, CharAllLengths: false, TfIdf: true, L2Regularization: 0.01f);

    public string Signature => FormattableString.Invariant(
        $"v2-w{WordNgramLength}-c{CharNgramLength}{(CharAllLengths ? "a" : "")}{(TfIdf ? "-tfidf" : "")}-l2{L2Regularization:R}");
}

/// <summary>
/// A trained ML.NET text classifier: text featurisation (word and character n-grams) and L-BFGS maximum entropy.
/// Thread-safe: predictions borrow a <see cref="PredictionEngine{TSrc,TDst}"/> (which is not) from a pool.
/// </summary>
internal sealed class TextClassifier : IDisposable
{
    /// <summary>
    /// Longer texts are cut: what a text is about shows in its first paragraphs, and featurising pasted logs of many
    /// kilobytes would cost milliseconds per prediction.
    /// </summary>
    internal const int MaxTextLength = 4000;

    private readonly MLContext context;
    private readonly ITransformer transformer;
    private readonly DataViewSchema inputSchema;
    private readonly ObjectPool<Predictor> pool;

    private TextClassifier(MLContext context, ITransformer transformer, DataViewSchema inputSchema, TextClassifierSettings settings)
    {
        Settings = settings;
        this.context = context;
        this.transformer = transformer;
        this.inputSchema = inputSchema;
        // Retains up to two engines per core; a burst beyond that creates engines that are dropped (and disposed) on return.
        pool = new DefaultObjectPoolProvider { MaximumRetained = Environment.ProcessorCount * 2 }
            .Create(new PredictorPolicy(context, transformer));

        // Reading the label names needs an engine; take it from the pool so the first prediction is warm.
        var predictor = pool.Get();
        try
        {
            Labels = predictor.Labels;
        }
        finally
        {
            pool.Return(predictor);
        }
    }

    public TextClassifierSettings Settings { get; }

    /// <summary>The labels the model knows, in the order of its score vector.</summary>
    public IReadOnlyList<string> Labels { get; }

    public static TextClassifier Train(IReadOnlyList<LabelledText> examples, TextClassifierSettings? settings = null, int seed = 1)
    {
        settings ??= TextClassifierSettings.Default;
        if (examples.Select(e => e.Label).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new InvalidOperationException("The training file needs examples of at least two categories.");
        }

        var context = new MLContext(seed);
        var data = context.Data.LoadFromEnumerable(examples.Select(e => new ModelInput
        {
            Text = e.Text,
            Label = e.Label,
        }));
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            // No stop-word removal: the lists are per language and the texts mix English and Indonesian.
            WordFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = settings.WordNgramLength,
                UseAllLengths = true,
                Weighting = settings.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf,
            },
            CharFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = settings.CharNgramLength,
                UseAllLengths = settings.CharAllLengths,
                Weighting = settings.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf,
            },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };

        // L1 = 0 and a small L2: with the defaults (L1 = L2 = 1) the weights of a few hundred short texts are
        // regularised to nothing and every text gets the majority class.
        var pipeline = context.Transforms.Conversion.MapValueToKey("Label", nameof(ModelInput.Label))
            .Append(context.Transforms.Text.FeaturizeText("Features", featurizer, nameof(ModelInput.Text)))
            .Append(context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                L1Regularization = 0,
                L2Regularization = settings.L2Regularization,
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
            }));

        var transformer = pipeline.Fit(data);
        return new TextClassifier(context, transformer, data.Schema, settings);
    }

    /// <summary>Loads a saved model; <paramref name="settings"/> must be those it was trained with (the cache key holds them).</summary>
    public static TextClassifier Load(string path, TextClassifierSettings settings)
    {
        var context = new MLContext(seed: 1);
        using var stream = File.OpenRead(path);
        var transformer = context.Model.Load(stream, out var inputSchema);
        return new TextClassifier(context, transformer, inputSchema, settings);
    }

    /// <summary>Writes the model atomically, so a concurrent reader never sees half a file.</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using (var stream = File.Create(temporary))
        {
            context.Model.Save(transformer, inputSchema, stream);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public TextPrediction Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        var predictor = pool.Get();
        try
        {
            return predictor.Predict(text);
        }
        finally
        {
            pool.Return(predictor);
        }
    }

    public void Dispose() => (pool as IDisposable)?.Dispose();

    internal sealed class ModelInput
    {
        public string Text { get; set; } = "";

        /// <summary>Only read in training; the label mapping is part of the saved pipeline, so predictions pass "".</summary>
        public string Label { get; set; } = "";
    }

    internal sealed class ModelOutput
    {
        [ColumnName("Score")]
        public float[] Score { get; set; } = [];
    }

    /// <summary>A prediction engine with its own input and output buffers: one per concurrent caller.</summary>
    private sealed class Predictor : IDisposable
    {
        private readonly PredictionEngine<ModelInput, ModelOutput> engine;
        private readonly ModelInput input = new();
        private ModelOutput output = new();

        public Predictor(MLContext context, ITransformer transformer)
        {
            engine = context.Model.CreatePredictionEngine<ModelInput, ModelOutput>(transformer);
            VBuffer<ReadOnlyMemory<char>> names = default;
            engine.OutputSchema["Score"].GetSlotNames(ref names);
            Labels = names.DenseValues().Select(n => n.ToString()).ToArray();
        }

        public string[] Labels { get; }

        public TextPrediction Predict(string text)
        {
            input.Text = text;
            engine.Predict(input, ref output);
            var scores = output.Score;
            Debug.Assert(scores.Length == Labels.Length);

            // Best three by a partial selection; the vector has one slot per label (a handful).
            Span<int> best = [-1, -1, -1];
            for (var i = 0; i < scores.Length; i++)
            {
                for (var rank = 0; rank < best.Length; rank++)
                {
                    if (best[rank] < 0 || scores[i] > scores[best[rank]])
                    {
                        for (var move = best.Length - 1; move > rank; move--)
                        {
                            best[move] = best[move - 1];
                        }

                        best[rank] = i;
                        break;
                    }
                }
            }

            var top = new List<LabelScore>(3);
            foreach (var index in best)
            {
                if (index >= 0)
                {
                    top.Add(new LabelScore(Labels[index], scores[index]));
                }
            }

            return new TextPrediction(top[0].Label, top[0].Score, top);
        }

        public void Dispose() => engine.Dispose();
    }

    private sealed class PredictorPolicy(MLContext context, ITransformer transformer) : PooledObjectPolicy<Predictor>
    {
        public override Predictor Create() => new(context, transformer);

        public override bool Return(Predictor obj) => true;
    }
}
