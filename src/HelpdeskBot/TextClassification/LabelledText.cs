namespace HelpdeskBot.TextClassification;

/// <summary>One labelled line of a training file: a category, an intent, whatever the classifier learns.</summary>
internal sealed record LabelledText(string Label, string Language, string Text);

/// <summary>
/// Reads a training file: <c>label TAB language TAB text</c> per line. Blank lines, lines starting with <c>#</c>
/// and a header line (<c>label TAB language TAB text</c>, the first column named anything) are skipped.
/// </summary>
internal static class TrainingFile
{
    public static IReadOnlyList<LabelledText> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The training file '{path}' does not exist.", path);
        }

        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    public static IReadOnlyList<LabelledText> Parse(TextReader reader, string name)
    {
        var examples = new List<LabelledText>();
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
                throw new FormatException($"{name}:{lineNumber}: expected 'label<TAB>language<TAB>text'.");
            }

            var (label, language, text) = (parts[0].Trim(), parts[1].Trim(), parts[2].Trim());
            if (examples.Count == 0 && language.Equals("language", StringComparison.OrdinalIgnoreCase)
                && text.Equals("text", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            examples.Add(new LabelledText(label, language.ToLowerInvariant(), text));
        }

        return examples;
    }
}
