using System.Collections.Frozen;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// Passwords told the way one reads them out to somebody, not typed as one word (seventh round): in pieces ("it's
/// capital M, then onkey, then 77, then an exclamation mark"), or as words with the spaces talked about ("I typed MyDog
/// Max 2010 with spaces", "passwordnya pake spasi \"aku cinta kamu\""). The caller hands over one sentence that talks of
/// letter case and pieces, or of spaces; each reader walks its words once.
/// </summary>
internal static class DictatedValueReader
{
    // "then 77, then an exclamation mark": the pieces' joints.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Joints = ChatWords.Lookup(
        "then", "terus", "trus", "lalu", "abis", "habis", "followed");

    // A piece that is a symbol named in words: "an exclamation mark", "tanda seru", "underscore".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SymbolNames = ChatWords.Lookup(
        "exclamation", "hash", "hashtag", "underscore", "dollar", "asterisk", "star", "ampersand", "percent", "dot", "period",
        "seru", "pagar", "titik", "bintang", "garis", "strip", "dash", "hyphen", "at");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CaseWords = ChatWords.Lookup(
        "capital", "capitals", "uppercase", "lowercase", "small", "big", "kapital", "besar", "kecil");

    // "with spaces", "pake spasi": what joins the value to the talk of spaces.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WithWords = ChatWords.Lookup(
        "with", "pake", "pakai", "dengan", "dgn", "ada");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EntryVerbs = ChatWords.Lookup(
        "typed", "type", "entered", "enter", "put", "tried", "ketik", "ketiknya", "ngetik", "diketik", "masukin", "coba", "nyoba", "input");

    // Words that make a run of words a description rather than a value: "I typed my name with spaces".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = ChatWords.Lookup(
        "my", "the", "a", "an", "it", "this", "that", "your", "his", "her", "nya", "sy", "saya", "aku", "itu", "ini", "them", "everything");

    private const int MaxPieceWords = 3;
    private const int MaxSpacedWords = 5;
    private const int MaxQuotedWords = 6;

    /// <summary>
    /// "capital M, then onkey, then 77, then an exclamation mark": from the first word of case to the end of the last
    /// piece, when two or more joints lead to pieces and one of them is digits or a symbol named in words.
    /// </summary>
    public static bool TryPieces(string text, ReadOnlySpan<SentenceWord> words, out int start, out int end)
    {
        start = end = -1;
        Span<char> buffer = stackalloc char[24];
        var joints = 0;
        var typed = false;
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].Lower(text, buffer);
            if (start < 0)
            {
                // "capital M", "huruf besar M": a case word and the letter it is said of; "the capital letters button" is not.
                start = CaseWords.Contains(lower) && i + 1 < words.Length && words[i + 1].CoreEnd - words[i + 1].CoreStart == 1
                        && char.IsLetter(text[words[i + 1].CoreStart]) ? words[i].CoreStart : -1;
                continue;
            }

            if (!Joints.Contains(lower))
            {
                continue;
            }

            joints++;
            // The piece: up to three words after the joint, to the end of its clause.
            for (var k = i + 1; k < words.Length && k <= i + MaxPieceWords; k++)
            {
                var piece = text.AsSpan(words[k].CoreStart, words[k].CoreEnd - words[k].CoreStart);
                typed |= Shapes.IsAllDigits(piece) || SymbolNames.Contains(words[k].Lower(text, buffer));
                end = words[k].CoreEnd;
                if (words[k].CoreEnd < words[k].End)
                {
                    break;
                }
            }
        }

        return start >= 0 && joints >= 2 && typed && end > start;
    }

    /// <summary>
    /// "I typed MyDog Max 2010 with spaces": the words between a verb of typing and "with spaces", two to five of them,
    /// one with a digit or a capital inside; "passwordnya pake spasi \"aku cinta kamu\"": a quotation right after the
    /// word for spaces, in a sentence about a password (<paramref name="passwordContext"/>; "the error says pake spasi
    /// \"tidak boleh\"" quotes the screen). <paramref name="space"/> is where the word for spaces is.
    /// </summary>
    public static bool TrySpaced(string text, ReadOnlySpan<SentenceWord> words, int space, bool passwordContext, out int start, out int end)
    {
        start = end = -1;
        Span<char> buffer = stackalloc char[24];
        // "pw nya ada spasinya kak, \"ikan bakar 2020\"": a word of address may stand between (eleventh round).
        var quote = space + 1;
        if (quote + 1 < words.Length && ChatWords.Classify(text.AsSpan(words[quote].CoreStart, words[quote].CoreEnd - words[quote].CoreStart)).HasAny(WordFlags.Particle))
        {
            quote++;
        }

        if (quote < words.Length && Opens(text, words[quote]))
        {
            // The guard's own placeholder, on a rescan, is no quotation.
            if (!passwordContext || Redaction.Covers(text, words[quote].CoreStart))
            {
                return false;
            }

            for (var k = quote; k < words.Length && k <= quote + MaxQuotedWords - 1; k++)
            {
                if (Closes(text, words[k]))
                {
                    start = words[quote].CoreStart;
                    end = words[k].CoreEnd;
                    return end > start;
                }
            }

            return false;
        }

        if (space < 3 || !WithWords.Contains(words[space - 1].Lower(text, buffer)))
        {
            return false;
        }

        var shaped = false;
        for (var k = space - 2; k >= 0 && k >= space - 1 - MaxSpacedWords; k--)
        {
            var lower = words[k].Lower(text, buffer);
            if (EntryVerbs.Contains(lower))
            {
                start = words[k + 1].CoreStart;
                end = words[space - 2].CoreEnd;
                return space - 1 - (k + 1) >= 2 && shaped;
            }

            var core = text.AsSpan(words[k].CoreStart, words[k].CoreEnd - words[k].CoreStart);
            if (Determiners.Contains(lower) || core.IsEmpty || (words[k].CoreEnd < words[k].End && k != space - 2))
            {
                return false;
            }

            shaped |= core.ContainsAnyInRange('0', '9') || (core.Length > 1 && core[1..].ContainsAnyInRange('A', 'Z'));
        }

        return false;
    }

    /// <summary>
    /// Thirteenth round: a password read out after its keyword, letter by letter and in words — "my password is capital t i g e r
    /// underscore one two three", "password saya huruf besar m e l a t i terus satu dua tiga", "passwordnya rahasia garis
    /// bawah kita terus angka tiga". From <paramref name="start"/>: single letters, digits said or typed, symbols named, words
    /// joined by a named symbol, the case said of them and the joints between; where that ends, or -1. It is a value when
    /// it spells three letters or joins two words, says a case, a symbol or a digit, and holds five characters or more.
    /// </summary>
    public static int DictationEnd(string text, int start)
    {
        const int MinCharacters = 5;
        Span<char> buffer = stackalloc char[24];
        int characters = 0, letters = 0, joinedWords = 0, end = -1;
        bool told = false, afterSymbol = false;
        var pos = start;
        for (var step = 0; step < 32; step++)
        {
            while (pos < text.Length && text[pos] == ' ')
            {
                pos++;
            }

            var wordEnd = pos;
            while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd == pos)
            {
                break;
            }

            var word = SentenceWord.Of(text, pos, wordEnd);
            var core = text.AsSpan(word.CoreStart, word.CoreEnd - word.CoreStart);
            var lower = word.Lower(text, buffer);
            var next = wordEnd;
            var symbol = SymbolNames.Contains(lower) || lower is "bawah" or "tanda" or "mark";
            if (step == 1 && joinedWords == 1 && !symbol)
            {
                // A first word counts only joined to the next by a symbol: "needs capital letters A B C" is no value.
                return -1;
            }

            if (core.Length == 1 && char.IsLetterOrDigit(core[0]))
            {
                characters++;
                letters += char.IsLetter(core[0]) ? 1 : 0;
                told |= char.IsDigit(core[0]);
                end = word.CoreEnd;
                afterSymbol = false;
            }
            else if (core.Length is >= 2 and <= 8 && Shapes.IsAllDigits(core))
            {
                characters += core.Length;
                told = true;
                end = word.CoreEnd;
                afterSymbol = false;
            }
            else if (SpelledDigits.Read(text, word.CoreStart, out var spelledEnd) is var spelled and > 0)
            {
                characters += spelled;
                told = true;
                end = spelledEnd;
                next = spelledEnd;
                afterSymbol = false;
            }
            else if (symbol)
            {
                characters += lower is "bawah" or "tanda" or "mark" ? 0 : 1;
                told = true;
                end = word.CoreEnd;
                afterSymbol = true;
            }
            else if (CaseWords.Contains(lower) || lower is "huruf" or "letter" or "letters" or "angka" or "number")
            {
                told |= CaseWords.Contains(lower);
            }
            else if (Joints.Contains(lower) || lower is "and" or "dan" or "plus")
            {
                afterSymbol = false;
            }
            else if (afterSymbol && ChatWords.Classify(core).HasAny(WordFlags.TopLevelDomain))
            {
                // "bank dot com": an address read out.
                return -1;
            }
            else if (afterSymbol && core.Length is >= 2 and <= 15 && !core.ContainsAnyExcept(Letters))
            {
                // "rahasia garis bawah kita": a word joined to the one before by a named symbol.
                characters += core.Length;
                joinedWords++;
                end = word.CoreEnd;
                afterSymbol = false;
            }
            else if (step == 0 && core.Length is >= 2 and <= 15 && !core.ContainsAnyExcept(Letters) && !ChatWords.Classify(core).HasAny(WordFlags.Stop))
            {
                // The first word, if a symbol joins another to it.
                characters += core.Length;
                joinedWords++;
                end = word.CoreEnd;
            }
            else
            {
                break;
            }

            pos = next;
            if (word.CoreEnd < word.End && next == wordEnd)
            {
                break;
            }
        }

        return (letters >= 3 || joinedWords >= 2) && told && characters >= MinCharacters ? end : -1;
    }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static bool Opens(string text, SentenceWord word) => word.CoreStart > word.Start && text[word.Start] is '"' or '“' or '\'';

    private static bool Closes(string text, SentenceWord word) =>
        word.CoreEnd < word.End && text.AsSpan(word.CoreEnd, word.End - word.CoreEnd).ContainsAny("\"”'");

}
