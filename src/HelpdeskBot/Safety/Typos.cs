namespace HelpdeskBot.Safety;

/// <summary>
/// A value typed with one slip: the guard's corrected secrets ("8812, bukan 8821"), a mistyped ticket number, and the words
/// of the bot's buttons typed by hand ("slesai", "emial").
/// </summary>
public static class Typos
{
    /// <summary>Whether two values of one length differ by one character changed or by two neighbours swapped.</summary>
    public static bool OneSlipApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => a.Length == b.Length && OneSlipFrom(a, b);

    /// <summary>
    /// Whether <paramref name="typed"/> is <paramref name="word"/> with one slip: a character changed, added or missing, or two
    /// neighbours swapped. Not when they are the same.
    /// </summary>
    public static bool OneSlipFrom(ReadOnlySpan<char> typed, ReadOnlySpan<char> word)
    {
        if (Math.Abs(typed.Length - word.Length) > 1 || typed.SequenceEqual(word))
        {
            return false;
        }

        var shorter = typed.Length <= word.Length ? typed : word;
        var longer = typed.Length <= word.Length ? word : typed;
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i])
        {
            i++;
        }

        if (shorter.Length < longer.Length)
        {
            // One missing from the shorter.
            return shorter[i..].SequenceEqual(longer[(i + 1)..]);
        }

        // One changed, or two neighbours swapped.
        return shorter[(i + 1)..].SequenceEqual(longer[(i + 1)..])
            || (i + 1 < shorter.Length && shorter[i] == longer[i + 1] && shorter[i + 1] == longer[i] && shorter[(i + 2)..].SequenceEqual(longer[(i + 2)..]));
    }
}
