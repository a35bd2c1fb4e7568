namespace HelpdeskBot.Categorization;

/// <summary>One labelled line of the training file.</summary>
internal sealed record TrainingExample(string Category, string Language, string Text);

/// <summary>
/// Reads the training file: <c>category TAB language TAB text</c> per line. Blank lines, lines starting with <c>#</c>
/// and a header line (<c>category TAB language TAB text</c>) are skipped.
/// </summary>
internal static class TrainingFile
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Categorization", "training.tsv");

    public static IReadOnlyList<TrainingExample> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The categorisation training file '{path}' does not exist.", path);
        }

        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    public static IReadOnlyList<TrainingExample> Parse(TextReader reader, string name)
    {
        var examples = new List<TrainingExample>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t', 3);
            if (parts.Length != 3 || parts.Any(string.IsNullOrWhiteSpace))
            {
                throw new FormatException($"{name}:{lineNumber}: expected 'category<TAB>language<TAB>text'.");
            }

            var (category, language, text) = (parts[0].Trim(), parts[1].Trim(), parts[2].Trim());
            if (examples.Count == 0 && category.Equals("category", StringComparison.OrdinalIgnoreCase)
                && language.Equals("language", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            examples.Add(new TrainingExample(category, language.ToLowerInvariant(), text));
        }

        return examples;
    }
}
