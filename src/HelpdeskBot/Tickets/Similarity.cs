using System.Text;

namespace HelpdeskBot.Tickets;

/// <summary>
/// How alike two problem descriptions are: Jaccard similarity of their character trigrams, which forgives
/// typos and word order and works the same in English and Indonesian.
/// </summary>
public static class Similarity
{
    public const double DuplicateThreshold = 0.35;

    public static double Of(string? a, string? b)
    {
        var x = Trigrams(a);
        var y = Trigrams(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        var common = x.Count(y.Contains);
        return (double)common / (x.Count + y.Count - common);
    }

    public static string Normalize(string? text)
    {
        var sb = new StringBuilder();
        var space = true;
        foreach (var c in (text ?? "").ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        return sb.ToString().Trim();
    }

    private static HashSet<string> Trigrams(string? text)
    {
        var s = " " + Normalize(text) + " ";
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= s.Length; i++) set.Add(s.Substring(i, 3));
        return set;
    }
}
