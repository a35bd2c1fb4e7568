using HelpdeskBot.Safety.Evaluation;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// The guard's labelled corpora: <c>corpus.tsv</c>, the tuning part written alongside the scanner, and
/// <c>heldback.tsv</c>, written independently by a different method and added only after the scanner was frozen
/// (absent until then, so the build never depends on it).
/// </summary>
internal static class Corpus
{
    public const string TuningFile = "corpus.tsv";
    public const string HeldBackFile = "heldback.tsv";

    public static IReadOnlyList<LabelledMessage> Tuning() => LabelledCorpus.Load(PathOf(TuningFile));

    public static IReadOnlyList<LabelledMessage>? HeldBack() =>
        File.Exists(PathOf(HeldBackFile)) ? LabelledCorpus.Load(PathOf(HeldBackFile)) : null;

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Safety", file);
}
