namespace HelpdeskBot.Safety.Scanning;

internal enum ChatTokenKind
{
    /// <summary>End of text, too much whitespace, or a token too long to be a value: the search stops.</summary>
    None,
    Word,
    Colon,
    Equals,
    Dash,
}

/// <summary>
/// One token of chat text after (or before) a keyword. <see cref="Core"/> is the word without the punctuation
/// around it, for lookups; <see cref="RedactStart"/>..<see cref="RedactEnd"/> is what a value's redaction covers
/// (the core plus a trailing "!", which is often part of a password).
/// </summary>
internal readonly record struct ChatToken(
    ChatTokenKind Kind, int Start, int End, int CoreStart, int CoreEnd, int RedactEnd, bool ClauseEnd, bool Quoted)
{
    // Every read is bounded, so scanning stays linear however hostile the text.
    public const int MaxLength = 128;
    private const int MaxGap = 16;
    private const int MaxQuoted = 64;
    private const int MaxArrowShaft = 4;

    public int RedactStart => CoreStart;

    public ReadOnlySpan<char> Core(string text) => text.AsSpan(CoreStart, CoreEnd - CoreStart);

    /// <summary>Reads the token starting at or after <paramref name="pos"/>.</summary>
    public static ChatToken ReadForward(string text, int pos)
    {
        var gap = 0;
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            if (++gap > MaxGap)
            {
                return default;
            }

            pos++;
        }

        if (pos >= text.Length)
        {
            return default;
        }

        var c = text[pos];

        // An arrow links like a colon: "password -> Batik2021!", "PIN → 1234".
        if (c is '→' or '⇒' or '➡' or '➜' or '⟶')
        {
            return new ChatToken(ChatTokenKind.Colon, pos, pos + 1, pos, pos, pos, false, false);
        }

        // "->", "=>", "--->", "==>": a few dashes or equals signs, then '>'.
        if (c is '-' or '=')
        {
            var head = pos;
            while (head < text.Length && head - pos < MaxArrowShaft && text[head] is '-' or '=')
            {
                head++;
            }

            if (head < text.Length && text[head] == '>')
            {
                return new ChatToken(ChatTokenKind.Colon, pos, head + 1, pos, pos, pos, false, false);
            }
        }

        switch (c)
        {
            case ':' or '：':
                return new ChatToken(ChatTokenKind.Colon, pos, pos + 1, pos, pos, pos, false, false);
            case '=':
                return new ChatToken(ChatTokenKind.Equals, pos, pos + 1, pos, pos, pos, false, false);
            case '-' or '–' or '—' when pos + 1 == text.Length || char.IsWhiteSpace(text[pos + 1]):
                return new ChatToken(ChatTokenKind.Dash, pos, pos + 1, pos, pos, pos, false, false);
        }

        if (IsOpeningQuote(c) && TryReadQuoted(text, pos, out var quoted))
        {
            return quoted;
        }

        var end = pos;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            if (end - pos >= MaxLength)
            {
                return default;
            }

            end++;
        }

        // "budi_s88:" is a word followed by a colon; the next read returns the colon.
        if (end - pos > 1 && text[end - 1] is ':' or '=' or '：')
        {
            end--;
        }

        return Word(text, pos, end);
    }

    /// <summary>Reads the token that ends before <paramref name="pos"/>.</summary>
    public static ChatToken ReadBackward(string text, int pos)
    {
        var gap = 0;
        while (pos > 0 && char.IsWhiteSpace(text[pos - 1]))
        {
            if (++gap > MaxGap)
            {
                return default;
            }

            pos--;
        }

        if (pos == 0)
        {
            return default;
        }

        var start = pos;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            if (pos - start >= MaxLength)
            {
                return default;
            }

            start--;
        }

        return Word(text, start, pos);
    }

    private static ChatToken Word(string text, int start, int end)
    {
        var coreStart = start;
        var coreEnd = end;
        while (coreStart < coreEnd && IsLeadingPunctuation(text[coreStart]))
        {
            coreStart++;
        }

        var clauseEnd = false;
        while (coreEnd > coreStart && IsTrailingPunctuation(text[coreEnd - 1]))
        {
            clauseEnd |= IsClausePunctuation(text[coreEnd - 1]);
            coreEnd--;
        }

        var redactEnd = coreEnd;
        while (redactEnd < end && text[redactEnd] == '!')
        {
            redactEnd++;
        }

        return new ChatToken(ChatTokenKind.Word, start, end, coreStart, coreEnd, redactEnd, clauseEnd, false);
    }

    private static bool TryReadQuoted(string text, int open, out ChatToken token)
    {
        var limit = Math.Min(text.Length, open + 1 + MaxQuoted);
        for (var k = open + 1; k < limit; k++)
        {
            if (text[k] == '\n')
            {
                break;
            }

            if (IsClosingQuote(text[k]) && k > open + 1)
            {
                // "the 'password' field and the 'user' field": quotes around words, not around a value.
                if (char.IsWhiteSpace(text[open + 1]) || char.IsWhiteSpace(text[k - 1]))
                {
                    break;
                }

                var end = k + 1;
                var clauseEnd = end < text.Length && IsClausePunctuation(text[end]);
                token = new ChatToken(ChatTokenKind.Word, open, end, open + 1, k, k, clauseEnd, true);
                return true;
            }
        }

        token = default;
        return false;
    }

    public static bool IsClausePunctuation(char c) => c is '.' or ',' or ';' or '!' or '?' or '…';

    private static bool IsLeadingPunctuation(char c) => c is '(' or '[' or '{' or '<' or '"' or '\'' or '“' or '‘' or '«';

    private static bool IsTrailingPunctuation(char c) =>
        IsClausePunctuation(c) || c is ')' or ']' or '}' or '>' or '"' or '\'' or '”' or '’' or '»';

    private static bool IsOpeningQuote(char c) => c is '"' or '\'' or '`' or '“' or '‘' or '«';

    private static bool IsClosingQuote(char c) => c is '"' or '\'' or '`' or '”' or '’' or '»';
}
