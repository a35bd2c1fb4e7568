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
    public const string HeldBack2File = "heldback2.tsv";

    /// <summary>The second round's hand-written messages, scored unseen before the scanner changed, then added to the tuning part.</summary>
    public const string NewLinesFile = "newlines.tsv";

    /// <summary>The third round's hand-written messages from a tester's findings, scored unseen, then added to the tuning part.</summary>
    public const string NewLines3File = "newlines3.tsv";

    /// <summary>The fourth round's hand-written messages, written without reading the scanner, scored unseen, then added to the tuning part.</summary>
    public const string NewLines4File = "newlines4.tsv";

    /// <summary>The fifth round's messages from an independent writer who never read the scanner, scored unseen, then added to the tuning part.</summary>
    public const string NewLines5File = "newlines5.tsv";

    /// <summary>The sixth round's messages from another independent writer, scored unseen, then added to the tuning part.</summary>
    public const string NewLines6File = "newlines6.tsv";

    /// <summary>The seventh round's messages from another independent writer, scored unseen, then added to the tuning part.</summary>
    public const string NewLines7File = "newlines7.tsv";

    /// <summary>The eighth round's messages from another independent writer, scored unseen, then added to the tuning part.</summary>
    public const string NewLines8File = "newlines8.tsv";

    /// <summary>The ninth round's messages from another independent writer, scored unseen, then added to the tuning part.</summary>
    public const string NewLines9File = "newlines9.tsv";

    /// <summary>The tenth round's messages from another independent writer, scored unseen, then added to the tuning part.</summary>
    public const string NewLines10File = "newlines10.tsv";

    /// <summary>The eleventh round's messages from another independent writer, scored unseen, then added to the tuning part.</summary>
    public const string NewLines11File = "newlines11.tsv";

    /// <summary>The twelfth round's messages from another independent writer, scored unseen, then added to the tuning part.</summary>
    public const string NewLines12File = "newlines12.tsv";

    /// <summary>The thirteenth round's messages from another independent writer, scored unseen, then added to the tuning part.</summary>
    public const string NewLines13File = "newlines13.tsv";

    /// <summary>The fourteenth round's messages from another independent writer, scored unseen, then added to the tuning part.</summary>
    public const string NewLines14File = "newlines14.tsv";
    public const string NewLines15File = "newlines15.tsv";

    /// <summary>The sixteenth round's messages, scored unseen; kept apart from the tuning part (two of its clean lines are still refused).</summary>
    public const string NewLines16File = "newlines16.tsv";

    /// <summary>The seventeenth round's messages, scored unseen; kept apart from the tuning part, as the sixteenth's are.</summary>
    public const string NewLines17File = "newlines17.tsv";

    /// <summary>The eighteenth round's messages, scored unseen; kept apart from the tuning part, as the sixteenth's are.</summary>
    public const string NewLines18File = "newlines18.tsv";

    public static IReadOnlyList<LabelledMessage> Tuning() => LabelledCorpus.Load(PathOf(TuningFile));

    public static IReadOnlyList<LabelledMessage>? HeldBack() => LoadIfThere(HeldBackFile);

    public static IReadOnlyList<LabelledMessage>? HeldBack2() => LoadIfThere(HeldBack2File);

    public static IReadOnlyList<LabelledMessage> NewLines() => LabelledCorpus.Load(PathOf(NewLinesFile));

    public static IReadOnlyList<LabelledMessage> NewLines3() => LabelledCorpus.Load(PathOf(NewLines3File));

    public static IReadOnlyList<LabelledMessage> NewLines4() => LabelledCorpus.Load(PathOf(NewLines4File));

    public static IReadOnlyList<LabelledMessage> NewLines5() => LabelledCorpus.Load(PathOf(NewLines5File));

    public static IReadOnlyList<LabelledMessage> NewLines6() => LabelledCorpus.Load(PathOf(NewLines6File));

    public static IReadOnlyList<LabelledMessage> NewLines7() => LabelledCorpus.Load(PathOf(NewLines7File));

    public static IReadOnlyList<LabelledMessage> NewLines8() => LabelledCorpus.Load(PathOf(NewLines8File));

    public static IReadOnlyList<LabelledMessage> NewLines9() => LabelledCorpus.Load(PathOf(NewLines9File));

    public static IReadOnlyList<LabelledMessage> NewLines10() => LabelledCorpus.Load(PathOf(NewLines10File));

    public static IReadOnlyList<LabelledMessage> NewLines11() => LabelledCorpus.Load(PathOf(NewLines11File));

    public static IReadOnlyList<LabelledMessage> NewLines12() => LabelledCorpus.Load(PathOf(NewLines12File));

    public static IReadOnlyList<LabelledMessage> NewLines13() => LabelledCorpus.Load(PathOf(NewLines13File));

    public static IReadOnlyList<LabelledMessage> NewLines14() => LabelledCorpus.Load(PathOf(NewLines14File));

    public static IReadOnlyList<LabelledMessage> NewLines15() => LabelledCorpus.Load(PathOf(NewLines15File));

    public static IReadOnlyList<LabelledMessage> NewLines16() => LabelledCorpus.Load(PathOf(NewLines16File));

    public static IReadOnlyList<LabelledMessage> NewLines17() => LabelledCorpus.Load(PathOf(NewLines17File));

    public static IReadOnlyList<LabelledMessage> NewLines18() => LabelledCorpus.Load(PathOf(NewLines18File));

    private static IReadOnlyList<LabelledMessage>? LoadIfThere(string file) =>
        File.Exists(PathOf(file)) ? LabelledCorpus.Load(PathOf(file)) : null;

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Safety", file);
}
