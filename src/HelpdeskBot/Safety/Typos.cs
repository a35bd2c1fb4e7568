namespace HelpdeskBot.Safety;

/// <summary>A value typed with one slip: the guard's corrected secrets ("8812, bukan 8821") and a mistyped ticket number.</summary>
public static class Typos
{
    /// <summary>Whether two values of one length differ by one character changed or by two neighbours swapped.</summary>
    public static bool OneSlipApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length || a.SequenceEqual(b))
        {
            return false;
        }

        var first = 0;
        while (a[first] == b[first])
        {
            first++;
        }

        var last = a.Length - 1;
        while (a[last] == b[last])
        {
            last--;
        }

        return first == last || (last == first + 1 && a[first] == b[last] && a[last] == b[first]);
    }
}
