using System.Globalization;
using System.Text;
using HelpdeskBot.Safety;
using Xunit.Abstractions;

namespace HelpdeskBot.Tests.Safety;

public sealed class SecretCorpusTests(ITestOutputHelper output)
{
    private readonly SecretScanner _scanner = new();

    [Fact]
    public void Corpus_is_large_and_bilingual_with_hard_negatives()
    {
        var rows = Corpus.Load();

        Assert.True(rows.Count >= 300, $"{rows.Count} messages");
        Assert.True(rows.Count(r => r.IsNegative) >= 150);
        foreach (var kind in Enum.GetValues<SecretKind>())
        {
            Assert.Contains(rows, r => r.Kinds.Contains(kind));
        }
    }

    /// <summary>
    /// Recall counts each expected (message, kind) pair; the false-positive rate counts messages labelled
    /// <c>none</c> in which anything was found.
    /// </summary>
    [Fact]
    public void Corpus_recall_is_at_least_99_percent_and_false_positives_at_most_2_percent()
    {
        var rows = Corpus.Load();
        int expected = 0, found = 0, negatives = 0, falsePositives = 0, extraKinds = 0, exact = 0;
        var problems = new StringBuilder();
        foreach (var row in rows)
        {
            var result = _scanner.Scan(row.Message);
            if (row.IsNegative)
            {
                negatives++;
                if (result.Found)
                {
                    falsePositives++;
                    problems.AppendLine(CultureInfo.InvariantCulture, $"  false positive (line {row.Line}) [{string.Join(',', result.Kinds)}]: {row.Message} => {result.Redacted}");
                }
                else
                {
                    exact++;
                }

                continue;
            }

            foreach (var kind in row.Kinds)
            {
                expected++;
                if (result.Kinds.Contains(kind))
                {
                    found++;
                }
                else
                {
                    problems.AppendLine(CultureInfo.InvariantCulture, $"  missed {kind} (line {row.Line}): {row.Message} => {result.Redacted}");
                }
            }

            var extra = result.Kinds.Except(row.Kinds).ToArray();
            extraKinds += extra.Length;
            if (extra.Length > 0)
            {
                problems.AppendLine(CultureInfo.InvariantCulture, $"  extra {string.Join(',', extra)} (line {row.Line}): {row.Message} => {result.Redacted}");
            }

            if (extra.Length == 0 && row.Kinds.All(result.Kinds.Contains))
            {
                exact++;
            }
        }

        var recall = (double)found / expected;
        var falsePositiveRate = (double)falsePositives / negatives;
        var report = string.Create(CultureInfo.InvariantCulture, $"""
            Secret corpus: {rows.Count} messages, {rows.Count - negatives} with secrets ({expected} kind labels), {negatives} without.
              recall:              {recall:P2} ({found}/{expected})
              false-positive rate: {falsePositiveRate:P2} ({falsePositives}/{negatives})
              extra kinds on messages with secrets: {extraKinds}
              messages classified exactly: {exact}/{rows.Count}
            {problems}
            """);
        output.WriteLine(report);
        Console.WriteLine(report);

        Assert.True(recall >= 0.99, report);
        Assert.True(falsePositiveRate <= 0.02, report);
    }

    [Fact]
    public void Redacted_corpus_messages_hold_no_secret()
    {
        foreach (var row in Corpus.Load().Where(r => !r.IsNegative))
        {
            var redacted = _scanner.Scan(row.Message).Redacted;
            var again = _scanner.Scan(redacted);
            Assert.False(again.Found, $"line {row.Line}: '{redacted}' still holds {string.Join(',', again.Kinds)}");
        }
    }
}
