namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// Values told after a word about them rather than right after their keyword (the eighteenth round): a password in quotes a
/// few words on ("itu pw punya suami sy, "persibmaung"", "sandine akun bank sing anyar "gethuk_lindri5""), a password that is
/// a personal date or number said to be one ("my password is literally my birthday 14031992", "sandinya tgl jadian
/// 17082019"), and a second code after the first ("first code 442918 expired, second one is 550371", "set the new one to
/// 7144"). Each reads a bounded number of characters or words, within one sentence.
/// </summary>
internal static class DescribedValueReader
{
    /// <summary>How far after a keyword a quoted value or a personal number may stand.</summary>
    private const int Reach = 64;

    private const int MaxWordsBetween = 7;

    /// <summary>Quoted words that are what a screen says, not a value typed ("password "salah"", "the "Forgot password" link").</summary>
    private static readonly string[] ScreenWords =
    [
        "incorrect", "invalid", "wrong", "error", "expired", "failed", "salah", "gagal", "tidak", "submit", "login", "masuk", "lupa", "forgot",
        "reset", "show", "hide", "ok", "oke", "next", "lanjut", "kirim", "send", "change", "ubah", "ganti", "password", "sandi", "save", "simpan",
    ];

    /// <summary>Words right before a quote that link it to the keyword: a verb of being, whose it is, new or old.</summary>
    private static readonly string[] QuoteLinks =
    [
        "is", "was", "be", "adalah", "itu", "yaitu", "jadi", "nya", "sy", "saya", "aku", "ku", "gw", "gue", "dia", "anyar", "baru", "lama",
        "mbiyen", "dulu", "new", "old", "mine", "hers", "his",
    ];

    /// <summary>Words that may stand between a password's keyword and the words that say it is a personal date or number.</summary>
    private static readonly string[] NumberFillers =
    [
        "is", "was", "literally", "just", "basically", "simply", "actually", "my", "our", "his", "her", "the", "a", "of", "day", "we", "sy", "saya",
        "aku", "ku", "gw", "nya", "adalah", "itu", "tgl", "tanggal", "no", "nomor", "nomer", "lama", "old", "wife's", "husband's", "mum's",
        "mom's", "dad's", "son's", "daughter's", "istri", "suami", "anak", "ibu", "bapak", "pake", "pakai", "juga", "cuma", "hanya", "only",
    ];

    /// <summary>Words that say the value is a date or number of the user's life, so a date or digits after them are the value.</summary>
    private static readonly string[] PersonalNumbers =
    [
        "birthday", "birthdate", "born", "anniversary", "wedding", "met", "lahir", "lahire", "ultah", "jadian", "nikah", "pernikahan",
        "hp", "phone", "handphone", "plat", "plate",
    ];

    /// <summary>Words that open a second value of the same kind ("second one is", "the new one to", "yg baru").</summary>
    private static readonly string[] Another = ["new", "second", "other", "next", "latest", "correct", "right", "real", "actual"];

    /// <summary>A password in quotes within a few words of its keyword, in the same sentence, linked to it by the word before the quote.</summary>
    public static bool TryQuoted(string text, int keywordEnd, out int start, out int end)
    {
        start = end = 0;
        var limit = SentenceEnd(text, keywordEnd, Reach);
        var words = 0;
        for (var k = keywordEnd; k < limit; k++)
        {
            var c = text[k];
            if (char.IsWhiteSpace(c) && k > keywordEnd && !char.IsWhiteSpace(text[k - 1]) && ++words > MaxWordsBetween)
            {
                return false;
            }

            if (c is not ('"' or '“' or '”'))
            {
                continue;
            }

            // The word before the quote links it to the keyword ("… is "marmalade"", "punya suami sy, "…"", "sing anyar "…""); not
            // "the password field says "required"", "password salah terus, user "budi_88"".
            if (ChatToken.ReadBackward(text, k) is not { Kind: ChatTokenKind.Word } before || !ChatWords.IsAny(before.Core(text), QuoteLinks))
            {
                return false;
            }

            var close = text.AsSpan(k + 1, Math.Min(text.Length, k + 42) - k - 1).IndexOfAny('"', '”');
            if (close < 4)
            {
                return false;
            }

            var value = text.AsSpan(k + 1, close);
            if (value.ContainsAny(' ', '\t', '@') || !Shapes.HasLetter(value) || value.Contains("://", StringComparison.Ordinal) || ChatWords.IsAny(value, ScreenWords))
            {
                return false;
            }

            start = k + 1;
            end = k + 1 + close;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A password said to be a personal date or number, with that date or number after the words that say so, and nothing but
    /// such words and fillers ("is", "literally", "my") between it and its keyword.
    /// </summary>
    public static bool TryPersonalNumber(string text, int keywordEnd, out int start, out int end)
    {
        start = end = 0;
        var limit = SentenceEnd(text, keywordEnd, Reach);
        var told = false;
        var pos = keywordEnd;
        for (var words = 0; words <= MaxWordsBetween && pos < limit; words++)
        {
            var token = ChatToken.ReadForward(text, pos);
            if (token.Kind == ChatTokenKind.None || token.Start >= limit)
            {
                return false;
            }

            pos = token.End;
            if (token.Kind != ChatTokenKind.Word)
            {
                continue;
            }

            var core = token.Core(text);
            if (told && core.Length >= 6 && char.IsAsciiDigit(core[0]) && !core.ContainsAnyExcept("0123456789/.-"))
            {
                start = token.CoreStart;
                end = token.CoreEnd;
                return true;
            }

            if (ChatWords.IsAny(core, PersonalNumbers))
            {
                told = true;
            }
            else if (!ChatWords.IsAny(core, NumberFillers))
            {
                // "password salah terus, no hp sy 0812…": other words between, the number is not said to be the password.
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// After a PIN or code keyword, a second value of its kind: "(the) second/new/other one is|was|to|: 550371", "yg baru 4471".
    /// </summary>
    public static void ScanAnotherOne(string text, CredentialClass cls, int after, ref List<SecretSpan>? found)
    {
        var limit = Math.Min(text.Length, after + (2 * Reach));
        for (var at = text.IndexOf(" one ", after, limit - after, StringComparison.OrdinalIgnoreCase); at >= 0 && at < limit;
             at = text.IndexOf(" one ", at + 1, limit - at - 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = ChatToken.ReadBackward(text, at);
            if (before.Kind != ChatTokenKind.Word || !ChatWords.IsAny(before.Core(text), Another))
            {
                continue;
            }

            var link = ChatToken.ReadForward(text, at + 5);
            var valueAt = link.Kind == ChatTokenKind.Colon ? link.End
                : link.Kind == ChatTokenKind.Word && ChatWords.IsAny(link.Core(text), "is", "was", "to", "=") ? link.End : -1;
            while (valueAt >= 0 && valueAt < text.Length && text[valueAt] == ' ')
            {
                valueAt++;
            }

            if (valueAt >= 0 && valueAt < text.Length && char.IsAsciiDigit(text[valueAt]) && DigitCodeReader.TryDigitValue(text, cls, valueAt, out var end, out _))
            {
                SecretSpan.Add(ref found, valueAt, end, cls == CredentialClass.Pin ? SecretKind.Pin : SecretKind.Otp);
            }
        }
    }

    /// <summary>Where the sentence that goes on at <paramref name="from"/> ends, looking at most <paramref name="reach"/> characters on.</summary>
    private static int SentenceEnd(string text, int from, int reach)
    {
        var limit = Math.Min(text.Length, from + reach);
        for (var k = from; k < limit; k++)
        {
            if (CredentialScanner.EndsSentence(text, k))
            {
                return k;
            }
        }

        return limit;
    }
}
