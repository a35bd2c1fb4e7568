using System.Globalization;
using System.Text;

namespace HelpdeskBot.Safety.Evaluation;

/// <summary>Found / expected labels, and clean messages in which something was found, for one slice of a corpus.</summary>
public sealed record Tally(int Expected, int Found, int Clean, int FalsePositives)
{
    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

    public double FalsePositiveRate => Clean == 0 ? 0 : (double)FalsePositives / Clean;

    public static Tally operator +(Tally a, Tally b) =>
        new(a.Expected + b.Expected, a.Found + b.Found, a.Clean + b.Clean, a.FalsePositives + b.FalsePositives);
}

/// <summary>
/// How the guard scores on a labelled corpus. Recall counts each expected (message, kind) label; a false positive is
/// a clean message in which anything was found (per class: in which that kind was found). A kind found in a message
/// with secrets that its labels do not name is an extra kind, listed but not a false positive: the message is refused
/// either way.
/// </summary>
public sealed record CorpusScore(
    string Name,
    int Messages,
    Tally All,
    IReadOnlyDictionary<string, int> Languages,
    IReadOnlyDictionary<string, Tally> ByLanguage,
    IReadOnlyDictionary<(SecretKind Kind, string Language), Tally> ByClassAndLanguage,
    int ExtraKinds,
    IReadOnlyList<string> Problems)
{
    public int MissedCards => ByClassAndLanguage.Where(p => p.Key.Kind == SecretKind.Card).Sum(p => p.Value.Expected - p.Value.Found);

    public Tally Class(SecretKind kind) =>
        ByClassAndLanguage.Where(p => p.Key.Kind == kind).Select(p => p.Value).Aggregate(new Tally(0, 0, 0, 0), (a, b) => a + b);

    public string Format(bool withProblems)
    {
        var text = new StringBuilder();
        var clean = All.Clean;
        var languages = string.Join(", ", LabelledCorpus.Languages.Select(l => Invariant($"{l} {Languages.GetValueOrDefault(l)}")));
        text.AppendLine(Invariant($"{Name}: {Messages} messages, {Messages - clean} with secrets ({All.Expected} labels), {clean} clean ({Percent(clean, Messages)}); {languages}"));
        text.AppendLine(Invariant($"  recall {Rate(All.Found, All.Expected)}   false positives {Rate(All.FalsePositives, clean)}   missed card numbers {MissedCards}   extra kinds {ExtraKinds}"));
        text.AppendLine(Invariant($"  {"",-9}{"recall en",-20}{"recall id",-20}{"recall",-20}{"false pos en",-20}{"false pos id",-20}{"false pos",-20}").TrimEnd());
        foreach (var kind in Enum.GetValues<SecretKind>())
        {
            text.Append(Invariant($"  {ActivityGuard.Name(kind),-9}"));
            Row(text, lang => ByClassAndLanguage.GetValueOrDefault((kind, lang), new Tally(0, 0, 0, 0)), Class(kind));
        }

        text.Append(Invariant($"  {"all",-9}"));
        Row(text, lang => ByLanguage.GetValueOrDefault(lang, new Tally(0, 0, 0, 0)), All);
        if (withProblems)
        {
            foreach (var problem in Problems)
            {
                text.AppendLine(problem);
            }
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, Func<string, Tally> byLanguage, Tally all)
    {
        foreach (var lang in LabelledCorpus.Languages)
        {
            var t = byLanguage(lang);
            text.Append(Invariant($"{Rate(t.Found, t.Expected),-20}"));
        }

        text.Append(Invariant($"{Rate(all.Found, all.Expected),-20}"));
        foreach (var lang in LabelledCorpus.Languages)
        {
            var t = byLanguage(lang);
            text.Append(Invariant($"{Rate(t.FalsePositives, t.Clean),-20}"));
        }

        text.AppendLine(Rate(all.FalsePositives, all.Clean));
    }

    private static string Rate(int part, int whole) => whole == 0 ? "-" : Invariant($"{Percent(part, whole)} ({part}/{whole})");

    private static string Percent(int part, int whole) => ((double)part / whole).ToString("P2", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

public static class CorpusEvaluation
{
    public static CorpusScore Evaluate(string name, IReadOnlyList<LabelledMessage> rows, SecretScanner scanner)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(scanner);

        var byLanguage = new Dictionary<string, Tally>();
        var byClass = new Dictionary<(SecretKind, string), Tally>();
        var problems = new List<string>();
        var extraKinds = 0;
        void Add<TKey>(Dictionary<TKey, Tally> tallies, TKey key, Tally tally) where TKey : notnull =>
            tallies[key] = tallies.GetValueOrDefault(key, new Tally(0, 0, 0, 0)) + tally;

        foreach (var lang in LabelledCorpus.Languages)
        {
            byLanguage[lang] = new Tally(0, 0, 0, 0);
            foreach (var kind in Enum.GetValues<SecretKind>())
            {
                byClass[(kind, lang)] = new Tally(0, 0, 0, 0);
            }
        }

        foreach (var row in rows)
        {
            var result = scanner.Scan(row.Text);
            if (row.IsClean)
            {
                var fp = result.Found ? 1 : 0;
                Add(byLanguage, row.Language, new Tally(0, 0, 1, fp));
                foreach (var kind in Enum.GetValues<SecretKind>())
                {
                    Add(byClass, (kind, row.Language), new Tally(0, 0, 1, result.Kinds.Contains(kind) ? 1 : 0));
                }

                if (result.Found)
                {
                    problems.Add(Invariant($"  false positive [{Names(result.Kinds)}] line {row.Line}: {row.Text}  =>  {result.Redacted}"));
                }

                continue;
            }

            foreach (var kind in row.Kinds)
            {
                var found = result.Kinds.Contains(kind) ? 1 : 0;
                Add(byLanguage, row.Language, new Tally(1, found, 0, 0));
                Add(byClass, (kind, row.Language), new Tally(1, found, 0, 0));
                if (found == 0)
                {
                    problems.Add(Invariant($"  missed {ActivityGuard.Name(kind)} line {row.Line}: {row.Text}  =>  {result.Redacted}"));
                }
            }

            var extra = result.Kinds.Except(row.Kinds).ToArray();
            extraKinds += extra.Length;
            if (extra.Length > 0)
            {
                problems.Add(Invariant($"  extra [{Names(extra)}] line {row.Line}: {row.Text}  =>  {result.Redacted}"));
            }
        }

        var all = byLanguage.Values.Aggregate(new Tally(0, 0, 0, 0), (a, b) => a + b);
        var languages = LabelledCorpus.Languages.ToDictionary(l => l, l => rows.Count(r => r.Language == l));
        return new CorpusScore(name, rows.Count, all, languages, byLanguage, byClass, extraKinds, problems);
    }

    private static string Names(IEnumerable<SecretKind> kinds) => string.Join(',', kinds.Select(ActivityGuard.Name));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
