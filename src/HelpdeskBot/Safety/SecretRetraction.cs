namespace HelpdeskBot.Safety;

/// <summary>
/// A message that says an earlier one held a secret the guard did not see: "oops that was my password", "wait, that's
/// my actual PIN lol", "eh itu password aku", "aduh barusan ga sengaja ketik pin atm sy". It names a kind of secret at the
/// end of its clause (not "that was my password reset email"), points back at what was said (that, this, itu, tadi,
/// barusan, by mistake, ga sengaja …), is short, and denies nothing ("that's not my password", "bukan pin"). Read only when
/// the guard found no secret in it, so it holds no value itself.
/// </summary>
public static class SecretRetraction
{
    private const int MaxWords = 16;

    /// <summary>The words that name a kind of secret, one or two words long.</summary>
    private static readonly Dictionary<string, SecretKind> Kinds = new(StringComparer.Ordinal)
    {
        ["password"] = SecretKind.Password, ["passwd"] = SecretKind.Password, ["pwd"] = SecretKind.Password, ["pw"] = SecretKind.Password,
        ["pass"] = SecretKind.Password, ["passcode"] = SecretKind.Password, ["passphrase"] = SecretKind.Password, ["sandi"] = SecretKind.Password,
        ["katasandi"] = SecretKind.Password, ["kata sandi"] = SecretKind.Password, ["sandiku"] = SecretKind.Password, ["sandinya"] = SecretKind.Password,
        ["passwordku"] = SecretKind.Password, ["passwordnya"] = SecretKind.Password, ["pwku"] = SecretKind.Password, ["pwnya"] = SecretKind.Password,
        ["creds"] = SecretKind.Password, ["credentials"] = SecretKind.Password,
        ["pin"] = SecretKind.Pin, ["mpin"] = SecretKind.Pin, ["pinku"] = SecretKind.Pin, ["pinnya"] = SecretKind.Pin, ["pin atm"] = SecretKind.Pin,
        ["otp"] = SecretKind.Otp, ["otpnya"] = SecretKind.Otp, ["kode otp"] = SecretKind.Otp,
        // Words are split at hyphens too, so "one-time code" is "one time" followed by "code" (an allowed word after it).
        ["otp code"] = SecretKind.Otp, ["kode otpnya"] = SecretKind.Otp, ["one time"] = SecretKind.Otp, ["2fa code"] = SecretKind.Otp, ["sms code"] = SecretKind.Otp,
        ["verification code"] = SecretKind.Otp, ["kode verifikasi"] = SecretKind.Otp, ["kode sms"] = SecretKind.Otp,
        ["cvv"] = SecretKind.Cvv, ["cvc"] = SecretKind.Cvv, ["cvvnya"] = SecretKind.Cvv,
        ["card number"] = SecretKind.Card, ["nomor kartu"] = SecretKind.Card, ["no kartu"] = SecretKind.Card, ["nomer kartu"] = SecretKind.Card,
    };

    /// <summary>Words that point back at a message already sent.</summary>
    private static readonly HashSet<string> Back = new(StringComparer.Ordinal)
    {
        "that", "thats", "that's", "this", "itu", "tadi", "td", "barusan", "tuh", "accidentally", "mistake", "mistakenly", "sengaja",
        "kekirim", "keketik", "above", "atas", "here", "there", "chat", "sini", "disini",
    };

    /// <summary>
    /// Verbs of sending or typing: they point back only beside a word above ("sorry I typed my PIN there by mistake"); alone
    /// they tell what was done ("opened the app, typed my email and new password, tapped Login", the sixth trial).
    /// </summary>
    private static readonly HashSet<string> Sending = new(StringComparer.Ordinal)
    {
        "kirim", "ketik", "typed", "sent", "gave", "pasted",
    };

    /// <summary>What people say when they notice a mistake: beside a verb of sending, it points back ("oops I pasted my password").</summary>
    private static readonly HashSet<string> Oops = new(StringComparer.Ordinal)
    {
        "oops", "whoops", "omg", "sorry", "maaf", "sori", "aduh", "astaga", "waduh", "ups", "shit", "damn", "crap", "duh",
    };

    /// <summary>Words that may follow the kind's name at the end of such a message.</summary>
    private static readonly HashSet<string> After = new(StringComparer.Ordinal)
    {
        "lol", "haha", "hahaha", "wkwk", "wkwkwk", "oops", "sorry", "pls", "please", "plz", "delete", "remove", "it", "hapus", "dong", "tolong",
        // "oops that was my password actually, not a username": said as people add it.
        "actually", "really", "tho", "though", "honestly", "literally", "ok", "okay", "sebenernya", "sebenarnya",
        "btw", "by", "mistake", "accidentally", "kak", "min", "gan", "sis", "bro", "just", "now", "asli", "beneran", "yg", "yang", "ya", "yah",
        "aduh", "astaga", "maaf", "sori", "sy", "saya", "aku", "gue", "gw", "ku", "too", "juga", "jg", "there", "lho", "loh", "deh", "nih",
        "hapusin", "dihapus", "tadi", "td", "barusan", "for", "my", "the", "bank", "account", "email", "atm", "real", "actual", "ga", "gak",
        "sengaja", "tidak", "nggak", "ngga", "akun", "nya", "aja", "saja", "code", "kode", "wait", "bca", "mandiri", "bri", "bni", "gmail", "wifi", "kartu", "card", "debit", "credit",
        // The tenth user trial: whose PIN it is ("itu pin dompet digital sy"), and where it was typed ("my password with the id earlier").
        "dompet", "digital", "wallet", "ewallet", "e-wallet", "mbanking", "banking", "mobile", "app", "aplikasi", "hp", "phone",
        "gopay", "ovo", "dana", "shopeepay", "linkaja", "with", "id", "earlier", "previously", "before", "above",
    };

    /// <summary>Words that deny or ask rather than take back.</summary>
    private static readonly HashSet<string> Denials = new(StringComparer.Ordinal)
    {
        "not", "isn't", "isnt", "wasn't", "wasnt", "bukan", "never", "no", "forgot", "lupa", "reset", "change", "changed", "ganti",
        "expired", "didn't", "didnt", "doesn't", "doesnt", "tdk", "tidak", "ga", "gak", "gk", "nggak", "ngga", "blm", "belum", "what", "why", "how", "apa", "kenapa", "gimana",
        "problem", "issue", "masalah", "error",
        // Receiving is no sending: "td sy dpt sms kode otp nya" (the seventh trial) tells of a code that came, not of one typed here.
        "dpt", "dapet", "dapat", "got", "get", "received", "receive", "terima", "nerima", "diterima", "dikirim", "dikirimin",
    };

    /// <summary>
    /// The kind of secret the message says an earlier one held, or null. Read clause by clause: "oops wait that was my
    /// password, not my username. my username is kenji.m" takes back in its first clause.
    /// </summary>
    public static SecretKind? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300) return null;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('.' or ',' or ';' or '!' or '?' or '\n')) continue;
            // A clause that asks ("is that my password?") takes nothing back.
            if (i > start && !(i < text.Length && text[i] == '?') && ReadClause(text[start..i]) is { } kind) return kind;
            start = i + 1;
        }
        return null;
    }

    private static SecretKind? ReadClause(string clause)
    {
        var words = Words(clause);
        if (words.Count is 0 or > MaxWords) return null;
        if (PointsAtArrivedCode(words)) return SecretKind.Otp;
        if (!words.Any(Back.Contains) && !(words.Any(Sending.Contains) && words.Any(Oops.Contains))) return null;
        for (var i = 0; i < words.Count; i++)
        {
            var two = i + 1 < words.Count && Kinds.TryGetValue(words[i] + " " + words[i + 1], out var pair) ? pair : (SecretKind?)null;
            var kind = two ?? (Kinds.TryGetValue(words[i], out var one) ? one : null);
            if (kind is null) continue;
            var end = two is null ? i + 1 : i + 2;
            // "that was my password reset link": the kind names something else. "ga sengaja" (by mistake) denies nothing.
            if (!words.Skip(end).All(After.Contains)) continue;
            if (words.Take(i).Where((w, at) => Denials.Contains(w) && words[at + 1] != "sengaja").Any()) return null;
            return kind;
        }
        return null;
    }

    /// <summary>
    /// "itu kode yg masuk td subuh", "that's the code that came this morning": the message before is named a code that
    /// arrived — a pointer, the code, then who or what brought it. (Receiving alone, "td sy dpt sms kode otp nya", tells of
    /// a code and takes nothing back.)
    /// </summary>
    private static bool PointsAtArrivedCode(List<string> words)
    {
        var k = 0;
        while (k < words.Count && k < 2 && (Oops.Contains(words[k]) || words[k] is "eh" or "oh" or "wait" or "btw" or "bentar")) k++;
        if (k >= words.Count || words[k] is not ("itu" or "tuh" or "that" or "that's" or "thats" or "this")) return false;
        k++;
        while (k < words.Count && words[k] is "is" or "was" or "the" or "adalah" or "tu") k++;
        if (k + 2 >= words.Count || words[k] is not ("kode" or "kodenya" or "code" or "otp" or "otpnya")) return false;
        if (words[k + 1] is not ("yg" or "yang" or "that" or "which" or "i" or "sy" or "saya" or "aku")) return false;
        var verb = k + 2 + (words[k + 2] is "just" or "baru" or "barusan" or "td" or "tadi" ? 1 : 0);
        // Said to the end by when or from where it came: "…that came this morning", "…yg masuk td subuh dr bank".
        return verb < words.Count && ArrivalVerbs.Contains(words[verb]) && words.Skip(verb + 1).All(w => After.Contains(w) || ArrivalTrail.Contains(w));
    }

    private static readonly HashSet<string> ArrivalVerbs = new(StringComparer.Ordinal)
    {
        "masuk", "dikirim", "came", "arrived", "got", "received", "dapet", "dpt", "dapat", "terima", "diterima", "sent", "nyampe", "sampai", "sampe",
    };

    private static readonly HashSet<string> ArrivalTrail = new(StringComparer.Ordinal)
    {
        "in", "this", "morning", "afternoon", "evening", "today", "earlier", "from", "via", "by", "sms", "text", "wa", "whatsapp", "subuh", "pagi",
        "siang", "sore", "malam", "malem", "dr", "dari", "lewat", "hp", "phone", "just",
    };

    /// <summary>
    /// The values in a message shaped like the kind taken back: for a password a word of six or more characters with a
    /// letter and a digit or symbol, or six to sixteen digits (a date written as one); for a PIN, code or CVV a run of 3–8 digits, also typed in groups or one by one
    /// ("7 3 9 1 0 4", "55 31 90"); for a card 13–19 digits in groups. Empty when none is.
    /// </summary>
    public static IReadOnlyList<string> Values(string text, SecretKind kind)
    {
        var found = new List<string>();
        // What the guard already removed is no value: "[password removed]" is not a word with a symbol in it.
        text = Enum.GetValues<SecretKind>().Aggregate(text, (t, k) => t.Replace(Redaction.Placeholder(k), " ", StringComparison.Ordinal));
        if (kind == SecretKind.Password)
        {
            foreach (var token in text.Split([' ', '\t', '\n', ',', ';', '"', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            {
                var value = token.TrimEnd('.', '!', '?', ':');
                if (value.Length >= 6 && value.Any(char.IsLetter) && value.Any(c => !char.IsLetter(c)) && !value.Contains('@') && !value.Contains("://", StringComparison.Ordinal)) found.Add(value);
                // "14031952", "21/06/2015" (the fifteenth user trial: a birthday typed as the password): digits alone are a password too.
                else if (value.Count(char.IsAsciiDigit) is >= 6 and <= 16 && value.All(c => char.IsAsciiDigit(c) || c is '/' or '.' or '-') && char.IsAsciiDigit(value[0])) found.Add(value);
            }
            return found;
        }
        var (least, most) = kind == SecretKind.Card ? (13, 19) : (3, 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
            var end = i;
            var last = i;
            var digits = 0;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is ' ' or '-' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))
            {
                if (char.IsAsciiDigit(text[end])) { digits++; last = end + 1; }
                end++;
            }
            if (digits >= least && digits <= most && (last == text.Length || !char.IsLetter(text[last]))) found.Add(text[i..last]);
            i = end;
        }
        return found;
    }

    /// <summary>The values the guard removed from a message (its text as typed, and as redacted), to find earlier copies of them.</summary>
    public static IReadOnlyList<(SecretKind Kind, string Value)> Removed(string original, string redacted) => Redaction.Removed(original, redacted);

    /// <summary>The digits a message ended with that opened a card number the next message completed, as typed; or null.</summary>
    public static string? CardOpening(string text) => Scanning.CardSplit.TrailingDigits(text);

    /// <summary>
    /// The last <paramref name="digits"/> digits a message ended with, as typed ("kodenya 73" → "73", "… tadi 5 5 8" → "5 5 8"),
    /// when it ends with exactly that many after a space; or null.
    /// </summary>
    public static string? TrailingDigits(string text, int digits)
    {
        var end = text.AsSpan().TrimEnd().Length;
        var start = end;
        var counted = 0;
        while (start > 0 && counted < digits)
        {
            if (char.IsAsciiDigit(text[start - 1])) counted++;
            else if (text[start - 1] != ' ') break;
            start--;
        }
        return counted == digits && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) ? text[start..end].Trim() : null;
    }

    /// <summary>What stands in the log for a value taken back, as the guard's own redaction writes it.</summary>
    public static string Placeholder(SecretKind kind) => Redaction.Placeholder(kind);

    /// <summary>Lowercase words of letters, digits and inner apostrophes.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' && start >= 0);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].Replace('’', '\'').TrimEnd('\'').ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }
}
