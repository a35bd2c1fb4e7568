using System.Text;
using HelpdeskBot.Safety.Scanning;

namespace HelpdeskBot.Safety;

/// <summary>Replaces each secret value with a placeholder that says what was there, keeping the rest of the text.</summary>
internal static class Redaction
{
    private static readonly string[] Placeholders = Enum.GetValues<SecretKind>().Select(Placeholder).ToArray();

    public static string Placeholder(SecretKind kind) => kind switch
    {
        SecretKind.Card => "[card number removed]",
        SecretKind.Password => "[password removed]",
        SecretKind.Pin => "[PIN removed]",
        SecretKind.Otp => "[code removed]",
        SecretKind.Cvv => "[CVV removed]",
        _ => "[removed]",
    };

    /// <summary>Whether a placeholder starts at <paramref name="pos"/>, so that scanning a redacted text again finds nothing.</summary>
    public static bool IsPlaceholderAt(string text, int pos) =>
        // Asked of nearly every word: the bracket first, where it can be inlined.
        pos >= 0 && pos < text.Length && text[pos] == '[' && StartsPlaceholder(text, pos);

    private static bool StartsPlaceholder(string text, int pos)
    {
        foreach (var placeholder in Placeholders)
        {
            if (text.AsSpan(pos).StartsWith(placeholder, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly int LongestPlaceholder = Placeholders.Max(p => p.Length);

    /// <summary>
    /// Whether <paramref name="pos"/> lies inside a placeholder ("number" in "[card number removed]"): a rescan reads the
    /// guard's own words, and they are no value and no second spelling of one ("Number: [card number removed]").
    /// Bounded by the longest placeholder.
    /// </summary>
    public static bool Covers(string text, int pos)
    {
        var from = Math.Max(0, pos - LongestPlaceholder);
        for (var open = Math.Min(pos, text.Length - 1); open >= from; open--)
        {
            if (text[open] == ']' && open < pos)
            {
                return false;
            }

            if (text[open] == '[')
            {
                return IsPlaceholderAt(text, open) && text.AsSpan(open, Math.Min(LongestPlaceholder, text.Length - open)).IndexOf(']') is var close
                       && open + close > pos;
            }
        }

        return false;
    }

    /// <summary>
    /// What the redaction of <paramref name="original"/> removed, read back by aligning the two texts: the text between
    /// placeholders is the original's own, so what stands where a placeholder stands is the value it replaced. Two
    /// placeholders with nothing between read as one value of the first's kind. Held in memory only, to find earlier
    /// copies of the same values; never stored.
    /// </summary>
    public static List<(SecretKind Kind, string Value)> Removed(string original, string redacted)
    {
        var removed = new List<(SecretKind, string)>();
        var at = 0;
        var r = 0;
        while (NextPlaceholder(redacted, r) is { } found)
        {
            var literal = redacted.AsSpan(r, found.At - r);
            if (!original.AsSpan(at).StartsWith(literal, StringComparison.Ordinal)) break;
            at += literal.Length;
            // What follows the placeholder, up to the next one with text between (or the end), marks where the value ends.
            var after = found.At + Placeholder(found.Kind).Length;
            var next = NextPlaceholder(redacted, after);
            while (next is { } adjacent && adjacent.At == after)
            {
                after = adjacent.At + Placeholder(adjacent.Kind).Length;
                next = NextPlaceholder(redacted, after);
            }
            var following = redacted.AsSpan(after, (next?.At ?? redacted.Length) - after);
            var end = next is null
                ? (original.AsSpan(at).EndsWith(following, StringComparison.Ordinal) ? original.Length - following.Length : -1)
                : original.AsSpan(at + 1).IndexOf(following, StringComparison.Ordinal) is var i and >= 0 ? at + 1 + i : -1;
            if (end <= at) break;
            removed.Add((found.Kind, original[at..end]));
            at = end;
            r = after;
        }
        return removed;
    }

    private static (int At, SecretKind Kind)? NextPlaceholder(string text, int from)
    {
        for (var i = text.IndexOf('[', from); i >= 0; i = text.IndexOf('[', i + 1))
        {
            foreach (var kind in Enum.GetValues<SecretKind>())
            {
                if (text.AsSpan(i).StartsWith(Placeholder(kind), StringComparison.Ordinal)) return (i, kind);
            }
        }
        return null;
    }

    public static ScanResult Apply(string text, List<SecretSpan> spans)
    {
        // Both scanners report left to right; together they are sorted once, by position and otherwise in the order
        // they were found (the card scanner runs first; a login code is a one-time code before it is a password).
        // Overlaps (a password that is also a card number) merge into one placeholder, and both kinds are reported.
        spans = InOrder(spans);

        var kinds = new List<SecretKind>(2);
        var redacted = new StringBuilder(text.Length);
        var copied = 0;
        var i = 0;
        while (i < spans.Count)
        {
            var first = spans[i];
            var end = first.End;
            AddKind(kinds, first.Kind);
            i++;
            while (i < spans.Count && spans[i].Start < end)
            {
                end = Math.Max(end, spans[i].End);
                AddKind(kinds, spans[i].Kind);
                i++;
            }

            redacted.Append(text, copied, first.Start - copied).Append(Placeholder(first.Kind));
            copied = end;
        }

        redacted.Append(text, copied, text.Length - copied);
        return new ScanResult(kinds, redacted.ToString());
    }

    /// <summary>The spans by start and otherwise in the order found; most lists are in that order already and are kept as they are.</summary>
    private static List<SecretSpan> InOrder(List<SecretSpan> spans)
    {
        var sorted = true;
        for (var i = 1; i < spans.Count && sorted; i++)
        {
            sorted = spans[i - 1].Start <= spans[i].Start;
        }

        if (sorted)
        {
            return spans;
        }

        // (start, order found) is unique per span: an unstable sort by it is the stable sort by start.
        var keys = new (int Start, int Order)[spans.Count];
        var items = spans.ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (items[i].Start, i);
        }

        Array.Sort(keys, items);
        return [.. items];
    }

    private static void AddKind(List<SecretKind> kinds, SecretKind kind)
    {
        if (!kinds.Contains(kind))
        {
            kinds.Add(kind);
        }
    }
}
