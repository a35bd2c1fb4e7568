using System.Globalization;
using System.Text;
using System.Text.Json;
using HelpdeskBot.Intake.Extraction;

namespace HelpdeskBot.Tests.Understanding;

/// <summary>One labelled first message: its language, intent, text and the answers it states (field → value).</summary>
public sealed record CorpusMessage(int Line, string Language, string Intent, string Text, IReadOnlyDictionary<string, string> Fields);

/// <summary>
/// The understanding corpus (Understanding/Corpus): <c>tuning.tsv</c>, which the intent model trains on and the finders
/// were developed against, and <c>heldback.tsv</c>, written apart by another writer and only ever measured.
/// </summary>
public static class UnderstandingCorpus
{
    public static readonly string[] ScoredFields = ["service", "occurredAt", "errorMessage", "userId", "email", "expected", "attempts", "history"];

    /// <summary>
    /// Whether the reader did what the labelled intent asks. A message labelled <c>none</c> wants nothing the bot does
    /// ("do you sell gift cards", "wkwkwk"): it is read right when it starts nothing — unsure (choices offered), a greeting
    /// or help (the menu) — and wrong when it starts a report, a status answer, a handoff, add-info or a cancel.
    /// </summary>
    public static bool ReadRight(string labelled, string? read) =>
        labelled == "none" ? read is null or "greeting" or "help" : read == labelled;

    public static string PathOf(string part) => Path.Combine(AppContext.BaseDirectory, "Understanding", "Corpus", part + ".tsv");

    public static IReadOnlyList<CorpusMessage> Load(string part)
    {
        var rows = new List<CorpusMessage>();
        var number = 0;
        foreach (var line in File.ReadLines(PathOf(part)))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length != 4) throw new FormatException($"{part}.tsv:{number}: expected 4 columns.");
            var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(cells[3]) ?? [];
            rows.Add(new CorpusMessage(number, cells[0], cells[1], cells[2], fields));
        }
        return rows;
    }

    /// <summary>The same moment for every message, so "yesterday" means the same day on every run.</summary>
    public static ReadingContext Context { get; } = new(
        new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.FromHours(7)),
        TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta"),
        new ServiceNames(HelpdeskBot.Intake.IntakeOptions.DefaultServices));

    public static string? ValueOf(FreeTextReading reading, string field) => HelpdeskBot.Intake.FieldTextPrompt.ValueOf(reading, field);

    /// <summary>
    /// Whether a found value is the labelled one. Services, ids and addresses must be equal (ignoring case); an error
    /// may add or drop the words around it ("code 51" for "51"); a time or a clause must share most of its words.
    /// </summary>
    public static bool Same(string field, string expected, string found)
    {
        var a = Words(expected);
        var b = Words(found);
        switch (field)
        {
            case "service" or "userId" or "email":
                return string.Join(' ', a) == string.Join(' ', b);
            case "errorMessage":
                var x = string.Join(' ', a);
                var y = string.Join(' ', b);
                return x.Length > 0 && y.Length > 0 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal));
            default:
                var shared = a.Intersect(b).Count();
                return shared > 0 && (shared == a.Distinct().Count() || shared == b.Distinct().Count() || (double)shared / a.Union(b).Count() >= 0.5);
        }
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '@' or '.' && current.Length > 0) current.Append(c);
            else if (current.Length > 0) { words.Add(current.ToString().TrimEnd('.')); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString().TrimEnd('.'));
        return words;
    }

    /// <summary>Precision and recall of each field over the report messages of one language (or all).</summary>
    public static IReadOnlyList<FieldScore> ScoreFields(IReadOnlyList<CorpusMessage> rows, StringBuilder? misses = null)
    {
        var scores = new List<FieldScore>();
        var readings = rows.Select(r => (Row: r, Reading: FreeTextReader.Read(r.Text, Context))).ToList();
        foreach (var field in ScoredFields)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var (row, reading) in readings)
            {
                var found = ValueOf(reading, field);
                row.Fields.TryGetValue(field, out var expected);
                if (found is not null && expected is not null && Same(field, expected, found)) tp++;
                else
                {
                    if (found is not null) fp++;
                    if (expected is not null) fn++;
                    if (found is not null || expected is not null)
                    {
                        misses?.AppendLine(CultureInfo.InvariantCulture, $"  {field,-12} line {row.Line}: expected [{expected}] found [{found}] in: {row.Text}");
                    }
                }
            }
            scores.Add(new FieldScore(field, tp, fp, fn));
        }
        return scores;
    }
}

public sealed record FieldScore(string Field, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public int Labelled => TruePositives + FalseNegatives;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Field,-12} precision {Precision,6:P1} ({TruePositives}/{TruePositives + FalsePositives})  recall {Recall,6:P1} ({TruePositives}/{Labelled})");
}
