using System.Buffers;
using System.Globalization;
using System.Text;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// Chat text in the one form the scanners read: Unicode compatibility forms folded (full-width digits and letters,
/// ligatures, circled and other scripts' digits), invisible format characters and combining marks dropped,
/// Cyrillic and Greek letters that look Latin folded to Latin, every dash to '-', every whitespace run to one space.
/// Each character remembers the range of the original it came from, so a secret found here is redacted there.
/// Most chat is printable ASCII with single spaces; it is used as it is, with no copy and no map.
/// </summary>
internal readonly struct ChatText : IDisposable
{
    // Per character of Text: where it came from in the original, [start, end). Null when Text is the original.
    private readonly int[]? _starts;
    private readonly int[]? _ends;

    private ChatText(string original, string text, int[]? starts, int[]? ends)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    public string Original { get; }

    public string Text { get; }

    public static ChatText Of(string original)
    {
        var span = original.AsSpan();
        if (!span.ContainsAnyExceptInRange(' ', '~') && !span.Contains("  ", StringComparison.Ordinal) && !span.Contains(" |", StringComparison.Ordinal) && !span.Contains("| ", StringComparison.Ordinal) && !HasLetterOForZero(span))
        {
            return new ChatText(original, original, null, null);
        }

        var builder = new Builder(original.Length);
        var i = 0;
        while (i < original.Length)
        {
            var c = original[i];
            if (c < 0x80)
            {
                if (char.IsWhiteSpace(c))
                {
                    builder.Space(i, i + 1);
                }
                else if (c == '|' && ((i > 0 && original[i - 1] == ' ') || (i + 1 < original.Length && original[i + 1] == ' ')))
                {
                    // "method=sms | code=290417 | status=FAILED" (the eighteenth round): a pipe between spaces separates a log line's fields as a space would
                    // (not "admin|Gudang2026", a name and its password).
                    builder.Space(i, i + 1);
                }
                else if (!char.IsControl(c))
                {
                    builder.Append(IsLetterOForZero(span, i) ? '0' : c, i, i + 1);
                }

                i++;
                continue;
            }

            // "4532•0151•1225•1209", "4532·0151·…" (the fifteenth user trial: how banking apps and password managers print a card
            // copied from them): a middle dot or bullet between digits separates digit groups as a full stop would.
            if (IsMiddleDot(c) && i > 0 && char.IsAsciiDigit(original[i - 1]) && i + 1 < original.Length && char.IsAsciiDigit(original[i + 1]))
            {
                builder.Append('.', i, i + 1);
                i++;
                continue;
            }

            // A lone surrogate is no character at all: dropped like the invisible ones, so it cannot split a secret.
            if (Rune.DecodeFromUtf16(span[i..], out var rune, out var length) == System.Buffers.OperationStatus.Done)
            {
                Fold(ref builder, rune, i, i + length);
            }

            i += length;
        }

        var text = new string(builder.Chars.AsSpan(0, builder.Count));
        var (starts, ends) = builder.TakeMap();
        return new ChatText(original, text, starts, ends);
    }

    /// <summary>
    /// "6O11-2454-3337-9836", "9o3177" (the ninth user trial): the letter O typed for a zero between two digits is read as
    /// the zero, so a card or a PIN typed that way is one.
    /// </summary>
    private static bool IsMiddleDot(char c) => c is '•' or '·' or '∙' or '・' or '‧' or '･' or '⋅';

    private static bool IsLetterOForZero(ReadOnlySpan<char> text, int i)
    {
        if (text[i] is not ('o' or 'O') || !((i > 0 && char.IsAsciiDigit(text[i - 1])) || (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            return false;
        }

        // "3O1O", "99O3": in a word of digits and O's alone, with two digits or more ("CO2", "O2" and "1O" are no numbers).
        var start = i;
        while (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        var end = i + 1;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        var digits = 0;
        foreach (var c in text[start..end])
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not ('o' or 'O'))
            {
                return false;
            }
        }

        return digits >= 2;
    }

    private static bool HasLetterOForZero(ReadOnlySpan<char> text)
    {
        // From the digits, which chat has far fewer of than O's.
        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOfAnyInRange('0', '9');
            if (at < 0)
            {
                return false;
            }

            var digit = from + at;
            if ((digit > 0 && IsLetterOForZero(text, digit - 1)) || (digit + 1 < text.Length && IsLetterOForZero(text, digit + 1)))
            {
                return true;
            }

            from = digit + 1;
        }

        return false;
    }

    /// <summary>The original range of the characters [<paramref name="start"/>, <paramref name="end"/>) of <see cref="Text"/>.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (_starts is null)
        {
            return (start, end);
        }

        return end <= start ? (_starts[start], _starts[start]) : (_starts[start], _ends![end - 1]);
    }

    public void Dispose()
    {
        if (_starts is not null)
        {
            ArrayPool<int>.Shared.Return(_starts);
            ArrayPool<int>.Shared.Return(_ends!);
        }
    }

    private static void Fold(ref Builder builder, Rune rune, int start, int end)
    {
        var category = Rune.GetUnicodeCategory(rune);
        switch (category)
        {
            // Zero-width spaces and joiners, soft hyphens, direction marks, variation selectors, combining accents.
            case UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Control:
                return;
            case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                builder.Space(start, end);
                return;
            case UnicodeCategory.DashPunctuation:
                builder.Append('-', start, end);
                return;
            case UnicodeCategory.DecimalDigitNumber:
                builder.Append((char)('0' + (int)Rune.GetNumericValue(rune)), start, end);
                return;
        }

        // Letters that render as blanks (Hangul fillers, the Braille blank) are spaces in disguise.
        if (rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800)
        {
            builder.Space(start, end);
            return;
        }

        if (rune.Value == 0x2212)
        {
            builder.Append('-', start, end);
            return;
        }

        // Full-width ASCII is the common case of a compatibility form; no need to ask the normaliser.
        if (rune.Value is >= 0xFF01 and <= 0xFF5E)
        {
            builder.Append((char)(rune.Value - 0xFEE0), start, end);
            return;
        }

        // Beyond the basic plane only the mathematical letters and digits (𝐩𝐚𝐬𝐬, 𝟒) fold to ASCII; emoji and the rest stay.
        if (rune.Value > 0xFFFF && rune.Value is < 0x1D400 or > 0x1D7FF)
        {
            Span<char> pair = stackalloc char[2];
            builder.Append(pair[..rune.EncodeToUtf16(pair)], start, end);
            return;
        }

        if (LookAlikes.TryFold(rune.Value, out var latin))
        {
            builder.Append(latin, start, end);
            return;
        }

        Span<char> source = stackalloc char[2];
        var length = rune.EncodeToUtf16(source);

        // NFKD of one code point is at most 18 characters.
        Span<char> decomposed = stackalloc char[32];
        if (!source[..length].TryNormalize(decomposed, out var written, NormalizationForm.FormKD))
        {
            builder.Append(source[..length], start, end);
            return;
        }

        foreach (var c in decomposed[..written])
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c == ' ')
            {
                builder.Space(start, end);
            }
            else if (LookAlikes.TryFold(c, out latin))
            {
                builder.Append(latin, start, end);
            }
            else
            {
                builder.Append(c, start, end);
            }
        }
    }

    private struct Builder(int capacity)
    {
        public char[] Chars = ArrayPool<char>.Shared.Rent(capacity + 16);
        private int[] _starts = ArrayPool<int>.Shared.Rent(capacity + 16);
        private int[] _ends = ArrayPool<int>.Shared.Rent(capacity + 16);

        public int Count { get; private set; }

        public void Append(char c, int start, int end)
        {
            if (Count == Chars.Length)
            {
                Grow();
            }

            Chars[Count] = c;
            _starts[Count] = start;
            _ends[Count] = end;
            Count++;
        }

        public void Append(ReadOnlySpan<char> chars, int start, int end)
        {
            foreach (var c in chars)
            {
                Append(c, start, end);
            }
        }

        /// <summary>A whitespace run becomes one space that covers the whole run.</summary>
        public void Space(int start, int end)
        {
            if (Count > 0 && Chars[Count - 1] == ' ')
            {
                _ends[Count - 1] = end;
                return;
            }

            Append(' ', start, end);
        }

        public (int[] Starts, int[] Ends) TakeMap()
        {
            ArrayPool<char>.Shared.Return(Chars);
            Chars = [];
            return (_starts, _ends);
        }

        private void Grow()
        {
            Chars = Bigger(Chars);
            _starts = Bigger(_starts);
            _ends = Bigger(_ends);
        }

        private static T[] Bigger<T>(T[] array)
        {
            var bigger = ArrayPool<T>.Shared.Rent(array.Length * 2);
            array.AsSpan().CopyTo(bigger);
            ArrayPool<T>.Shared.Return(array);
            return bigger;
        }
    }
}
