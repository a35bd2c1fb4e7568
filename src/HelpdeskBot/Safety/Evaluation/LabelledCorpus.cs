namespace HelpdeskBot.Safety.Evaluation;

/// <summary>One labelled chat message: the kinds of secret it holds (none for a clean message) and its language.</summary>
public sealed record LabelledMessage(int Line, IReadOnlyList<SecretKind> Kinds, string Language, string Text)
{
    public bool IsClean => Kinds.Count == 0;
}

/// <summary>
/// Reads a labelled corpus: <c>kinds TAB lang TAB message</c> per line, where kinds is <c>none</c> or a comma list of
/// <c>card,password,pin,otp,cvv</c> and lang is <c>en</c> or <c>id</c>; lines starting with <c>#</c> are comments.
/// A malformed line is an error, not a skipped row, so a broken corpus cannot quietly shrink.
/// </summary>
public static class LabelledCorpus
{
    public static readonly IReadOnlyList<string> Languages = ["en", "id"];

    public static IReadOnlyList<LabelledMessage> Load(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    public static IReadOnlyList<LabelledMessage> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<LabelledMessage>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t', 3);
            if (parts.Length != 3 || parts[2].Length == 0)
            {
                throw new FormatException($"{name} line {number}: expected kinds<TAB>lang<TAB>message.");
            }

            var language = parts[1];
            if (!Languages.Contains(language))
            {
                throw new FormatException($"{name} line {number}: language '{language}' is not en or id.");
            }

            rows.Add(new LabelledMessage(number, ParseKinds(parts[0], name, number), language, parts[2]));
        }

        return rows;
    }

    private static SecretKind[] ParseKinds(string labels, string name, int number)
    {
        if (labels == "none")
        {
            return [];
        }

        var kinds = new List<SecretKind>();
        foreach (var label in labels.Split(','))
        {
            // The contract's names only ("card", "otp"), not the enum's other spellings ("Card", "3").
            var kind = Enum.GetValues<SecretKind>().FirstOrDefault(k => ActivityGuard.Name(k) == label.Trim(), (SecretKind)(-1));
            if (kind == (SecretKind)(-1) || kinds.Contains(kind))
            {
                throw new FormatException($"{name} line {number}: '{label}' is not one of none, card, password, pin, otp, cvv (or is repeated).");
            }

            kinds.Add(kind);
        }

        return [.. kinds];
    }
}
