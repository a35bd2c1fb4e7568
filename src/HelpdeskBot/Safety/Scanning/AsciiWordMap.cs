namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// Words of ASCII letters, digits and symbols, each with a value, looked up ignoring ASCII case: for an ASCII word the
/// same answer as a dictionary compared with <see cref="StringComparer.OrdinalIgnoreCase"/>, from one hash of the
/// word as typed (no lowered copy) and an open-addressed table. Built once; read by any number of threads.
/// </summary>
internal sealed class AsciiWordMap<TValue>
    where TValue : struct
{
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;

    public AsciiWordMap(IEnumerable<(string Word, TValue Value)> entries)
    {
        var list = entries.ToList();
        if (list.Any(entry => entry.Word.Length == 0 || entry.Word.Any(c => c >= 128)))
        {
            throw new ArgumentException("Only non-empty ASCII words.", nameof(entries));
        }

        var size = 16;
        while (size < list.Count * 4)
        {
            size *= 2;
        }

        _keys = new string?[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (word, value) in list)
        {
            var key = Folded(word);
            var slot = Hash(key) & _mask;
            while (_keys[slot] is { } taken)
            {
                if (taken == key)
                {
                    throw new ArgumentException($"\"{word}\" is in the list twice, ignoring case.", nameof(entries));
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
        }
    }

    /// <summary>The value of <paramref name="word"/>, ignoring ASCII case; <paramref name="word"/> must be ASCII.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        var slot = Hash(word) & _mask;
        while (_keys[slot] is { } key)
        {
            if (key.Length == word.Length && EqualsFolded(word, key))
            {
                value = _values[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        value = default;
        return false;
    }

    private static string Folded(string word) => string.Create(word.Length, word, static (chars, w) =>
    {
        for (var k = 0; k < w.Length; k++)
        {
            chars[k] = Fold(w[k]);
        }
    });

    private static char Fold(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = (uint)word.Length;
        foreach (var c in word)
        {
            hash = (hash * 31) + Fold(c);
        }

        return (int)(hash ^ (hash >> 15));
    }

    private static bool EqualsFolded(ReadOnlySpan<char> typed, string key)
    {
        for (var k = 0; k < typed.Length; k++)
        {
            if (Fold(typed[k]) != key[k])
            {
                return false;
            }
        }

        return true;
    }
}
