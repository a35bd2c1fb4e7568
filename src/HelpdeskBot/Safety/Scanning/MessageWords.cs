using System.Buffers;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// The words of the text one scan reads, split at whitespace once and shared by the sentence readers (each of them
/// split the text again, and that was the largest cost left on typical chat). Holds offsets only, in a rented array:
/// nothing of the text itself outlives the scan.
/// </summary>
internal readonly struct MessageWords : IDisposable
{
    /// <summary>How many words the readers that walk a whole message look at, at most.</summary>
    public const int MostRead = 256;

    private readonly SentenceWord[] _words;

    private MessageWords(SentenceWord[] words, int count, int readable)
    {
        _words = words;
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

    public SentenceWord this[int index] => _words[index];

    public static MessageWords Of(string text)
    {
        // A word and the space after it take two characters at least.
        var words = ArrayPool<SentenceWord>.Shared.Rent(text.Length / 2 + 1);
        var count = 0;
        var readable = -1;
        var pos = 0;
        while (pos < text.Length)
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos]))
            {
                pos++;
            }

            if (pos >= text.Length)
            {
                break;
            }

            var start = pos;
            while (pos < text.Length && !char.IsWhiteSpace(text[pos]))
            {
                pos++;
            }

            if (readable < 0 && pos - start > ChatToken.MaxLength)
            {
                readable = count;
            }

            words[count++] = SentenceWord.Of(text, start, pos);
        }

        return new MessageWords(words, count, Math.Min(MostRead, readable < 0 ? count : readable));
    }

    public void Dispose() => ArrayPool<SentenceWord>.Shared.Return(_words);
}
