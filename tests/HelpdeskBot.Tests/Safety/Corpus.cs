using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>One labelled message of Safety/corpus.tsv: the kinds a scan must find (none for a hard negative).</summary>
internal sealed record CorpusRow(int Line, IReadOnlyList<SecretKind> Kinds, string Message)
{
    public bool IsNegative => Kinds.Count == 0;
}

internal static class Corpus
{
    public static IReadOnlyList<CorpusRow> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Safety", "corpus.tsv");
        var rows = new List<CorpusRow>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab < 0)
            {
                throw new FormatException($"corpus.tsv line {number} has no tab between the labels and the message.");
            }

            var labels = line[..tab];
            var kinds = labels == "none"
                ? []
                : labels.Split(',').Select(label => Enum.Parse<SecretKind>(label.Trim(), ignoreCase: true)).ToArray();
            rows.Add(new CorpusRow(number, kinds, line[(tab + 1)..]));
        }

        return rows;
    }
}
