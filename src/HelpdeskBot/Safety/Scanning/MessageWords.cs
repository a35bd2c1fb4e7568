using System.Buffers;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// The words of the text one scan reads, split at whitespace once and shared by the sentence readers (each of them
/// split the text again, and that was the largest cost left on typical chat), with what every reader asks of a word
/// first (<see cref="WordFacts"/>), found while it is split. Holds offsets and facts only, in rented arrays (the last
/// ones kept by the thread for its next scan): nothing of the text itself outlives the scan.
/// </summary>
internal readonly struct MessageWords : IDisposable
{
    /// <summary>How many words the readers that walk a whole message look at, at most.</summary>
    public const int MostRead = 256;

    private readonly SentenceWord[] _words;
    private readonly WordFacts[] _facts;

    private MessageWords(SentenceWord[] words, WordFacts[] facts, int count, int readable)
    {
        _words = words;
        _facts = facts;
        Count = count;
        Readable = readable;
    }

    public int Count { get; }

    /// <summary>
    /// How many words from the start are read by a walk over the whole message: up to <see cref="MostRead"/>, stopping at
    /// the first word longer than a token can be (<see cref="ChatToken.MaxLength"/>), where such a walk has always stopped.
    /// </summary>
    public int Readable { get; }

    public ReadOnlySpan<SentenceWord> All => _words.AsSpan(0, Count);

    /// <summary>What is known of each word of <see cref="All"/>, by the same index.</summary>
    public ReadOnlySpan<WordFacts> Facts => _facts.AsSpan(0, Count);

    public SentenceWord this[int index] => _words[index];

    // Per ASCII character: whether it is whitespace or a letter (as char.IsWhiteSpace and char.IsLetter say), so the
    // split asks one table per character.
    private const byte Space = 1;
    private const byte Letter = 2;

    private static readonly byte[] AsciiKinds = [.. Enumerable.Range(0, 128)
        .Select(c => char.IsWhiteSpace((char)c) ? Space : char.IsLetter((char)c) ? Letter : (byte)0)];

    // The arrays of the last scan on this thread, kept for the next (up to this many words): most scans need no rent.
    private const int MostKept = 1024;

    [ThreadStatic]
    private static SentenceWord[]? t_spareWords;

    [ThreadStatic]
    private static WordFacts[]? t_spareFacts;

    public static MessageWords Of(string text)
    {
        // A word and the space after it take two characters at least.
        var words = Take(ref t_spareWords, text.Length / 2 + 1);
        var facts = Take(ref t_spareFacts, text.Length / 2 + 1);
        var count = 0;
        var readable = -1;
        var pos = 0;
        while (pos < text.Length)
        {
            while (pos < text.Length && IsSpace(text[pos]))
            {
                pos++;
            }

            if (pos >= text.Length)
            {
                break;
            }

            var start = pos;
            var any = '\0';
            var notLetters = 0;
            while (pos < text.Length)
            {
                var c = text[pos];
                if (c < 128)
                {
                    var kind = AsciiKinds[c];
                    if (kind == Space)
                    {
                        break;
                    }

                    notLetters += kind == Letter ? 0 : 1;
                }
                else
                {
                    if (char.IsWhiteSpace(c))
                    {
                        break;
                    }

                    notLetters += char.IsLetter(c) ? 0 : 1;
                }

                any |= c;
                pos++;
            }

            if (readable < 0 && pos - start > ChatToken.MaxLength)
            {
                readable = count;
            }

            var word = SentenceWord.Of(text, start, pos);
            facts[count] = (any < 128 ? WordFacts.Ascii : WordFacts.None) | (IsPlain(text, word, notLetters) ? WordFacts.Plain : WordFacts.None);
            words[count++] = word;
        }

        return new MessageWords(words, facts, count, Math.Min(MostRead, readable < 0 ? count : readable));
    }

    private static bool IsSpace(char c) => c < 128 ? AsciiKinds[c] == Space : char.IsWhiteSpace(c);

    /// <summary>
    /// Letters alone in the core, and after it only what a value read from the core leaves off (see
    /// <see cref="WordFacts.Plain"/>). What SentenceWord.Of trims around the core is punctuation, no letter: the core is
    /// letters alone when the word holds no other characters than those.
    /// </summary>
    private static bool IsPlain(string text, SentenceWord word, int notLetters)
    {
        if (notLetters != (word.CoreStart - word.Start) + (word.End - word.CoreEnd))
        {
            return false;
        }

        for (var k = word.CoreEnd; k < word.End; k++)
        {
            if (text[k] is not (',' or ';' or ':' or '.' or '?' or ')' or '"' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    private static T[] Take<T>(ref T[]? spare, int length)
    {
        var kept = spare;
        if (kept is not null && kept.Length >= length)
        {
            spare = null;
            return kept;
        }

        return ArrayPool<T>.Shared.Rent(length);
    }

    private static void Keep<T>(ref T[]? spare, T[] array)
    {
        if (array.Length <= MostKept && (spare is null || spare.Length < array.Length))
        {
            if (spare is not null)
            {
                ArrayPool<T>.Shared.Return(spare);
            }

            spare = array;
        }
        else
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }

    public void Dispose()
    {
        Keep(ref t_spareWords, _words);
        Keep(ref t_spareFacts, _facts);
    }
}

/// <summary>What is known of a word of <see cref="MessageWords"/> from splitting the message.</summary>
[Flags]
internal enum WordFacts : byte
{
    None = 0,

    /// <summary>Every character of the word is ASCII.</summary>
    Ascii = 1,

    /// <summary>
    /// The core is letters alone and nothing but ",;:.?)\"'" follows it: a value read from the core to the end of the
    /// word, less those characters, is letters alone — no digit, no symbol, no password shape (most words of chat).
    /// </summary>
    Plain = 2,
}
