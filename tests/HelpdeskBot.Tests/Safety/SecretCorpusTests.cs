using HelpdeskBot.Safety;
using HelpdeskBot.Safety.Evaluation;
using Xunit.Abstractions;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// The guard measured on labelled chat messages. The same numbers come from
/// <c>dotnet run --project src/HelpdeskBot -- scan --evaluate tests/HelpdeskBot.Tests/Safety/corpus.tsv tests/HelpdeskBot.Tests/Safety/heldback.tsv</c>.
/// </summary>
public sealed class SecretCorpusTests(ITestOutputHelper output)
{
    private readonly SecretScanner _scanner = new();

    [Fact]
    public void Tuning_corpus_is_large_bilingual_and_at_least_40_percent_hard_negatives()
    {
        var rows = Corpus.Tuning();

        Assert.True(rows.Count >= 1050, $"{rows.Count} messages");
        Assert.True(rows.Count(r => r.IsClean) >= rows.Count * 0.4, $"{rows.Count(r => r.IsClean)} clean of {rows.Count}");
        foreach (var lang in LabelledCorpus.Languages)
        {
            Assert.True(rows.Count(r => r.Language == lang && r.IsClean) >= 100, $"clean {lang}");
            foreach (var kind in Enum.GetValues<SecretKind>())
            {
                Assert.True(rows.Count(r => r.Language == lang && r.Kinds.Contains(kind)) >= 10, $"{kind} in {lang}");
            }
        }

        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct().Count());
    }

    [Fact]
    public void Tuning_corpus_recall_is_at_least_98_percent_with_at_most_1_percent_false_positives()
    {
        var score = Evaluate(Corpus.TuningFile, Corpus.Tuning());

        // 99.81% before the second round's 631 hand-written messages joined it; 98.37% with them, after the round's changes.
        Assert.True(score.All.Recall >= 0.98, score.Format(withProblems: true));
        Assert.True(score.All.FalsePositiveRate <= 0.01, score.Format(withProblems: true));
        Assert.True(score.MissedCards == 0, score.Format(withProblems: true));
    }

    /// <summary>
    /// On messages the scanner was never tuned on (a separate generator's, frozen before the scanner changed), measured
    /// once after the scanner was frozen: recall 80.75%, false positives 0%, one card missed. Issue 13 asks 99% recall
    /// and no missed card; this test holds the line where the guard stands (a guard that starts missing more, or
    /// refusing clean messages, fails it) and prints no message, so the part stays unseen by whoever tunes next.
    /// </summary>
    [Fact]
    public void Held_back_corpus_holds_its_measured_recall_with_no_false_positives()
    {
        var rows = Corpus.HeldBack() ?? throw new Xunit.Sdk.XunitException($"{Corpus.HeldBackFile} is missing.");

        var score = Evaluate(Corpus.HeldBackFile, rows);

        Assert.True(score.All.Recall >= 0.80, score.Format(withProblems: false));
        Assert.True(score.All.FalsePositiveRate <= 0.01, score.Format(withProblems: false));
        Assert.True(score.MissedCards <= 1, score.Format(withProblems: false));
    }

    [Fact]
    public void Redacted_corpus_messages_hold_no_secret()
    {
        foreach (var row in Corpus.Tuning().Concat(Corpus.HeldBack() ?? []).Where(r => !r.IsClean))
        {
            var redacted = _scanner.Scan(row.Text).Redacted;
            var again = _scanner.Scan(redacted);
            Assert.False(again.Found, $"line {row.Line}: '{redacted}' still holds {string.Join(',', again.Kinds)}");
        }
    }

    private CorpusScore Evaluate(string name, IReadOnlyList<LabelledMessage> rows)
    {
        var score = CorpusEvaluation.Evaluate(name, rows, _scanner);
        var report = score.Format(withProblems: false);
        output.WriteLine(report);
        Console.WriteLine(report);
        return score;
    }
}
