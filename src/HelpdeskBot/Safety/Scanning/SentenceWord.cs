namespace HelpdeskBot.Safety.Scanning;

/// <summary>A word of a sentence: the raw token and its core without surrounding punctuation.</summary>
internal readonly record struct SentenceWord(int Start, int End, int CoreStart, int CoreEnd)
{
    /// <summary>The word between <paramref name="start"/> and <paramref name="end"/>, its core without opening quotes or brackets and closing punctuation.</summary>
    public static SentenceWord Of(string text, int start, int end)
    {
        var coreStart = start;
        var coreEnd = end;
        while (coreStart < coreEnd && text[coreStart] is '(' or '"' or '\'' or '[' or '“' or '‘')
        {
            coreStart++;
        }

        while (coreEnd > coreStart && text[coreEnd - 1] is ',' or '.' or ';' or ':' or '!' or '?' or ')' or '"' or '\'' or ']' or '”' or '’')
        {
            coreEnd--;
        }

        return new SentenceWord(start, end, coreStart, coreEnd);
    }

    /// <summary>The word without its punctuation, lowered into <paramref name="buffer"/>; empty when it does not fit.</summary>
    public ReadOnlySpan<char> Lower(string text, Span<char> buffer)
    {
        var core = text.AsSpan(CoreStart, CoreEnd - CoreStart);
        if (core.Length > buffer.Length) return [];
        core.ToLowerInvariant(buffer);
        return buffer[..core.Length];
    }
}
