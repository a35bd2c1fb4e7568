namespace HelpdeskBot.Intake.Extraction;

/// <summary>
/// The exact error the user saw: quoted text next to a word that says it was shown ("it says 'Invalid session
/// (E401)'", "muncul tulisan "Transaksi gagal""), a code after "error", "code", "kode", "HTTP" ("code 51", "HTTP 500",
/// "error 0x800CCC0E"), a hexadecimal code on its own, or the words after "error:" / "it says:" up to the end of the
/// clause. Quoted text with no such word near it (a button's name, "I clicked 'Pay'") is not an error.
/// </summary>
internal static class ErrorFinder
{
    private const int MaxQuoted = 300;

    /// <summary>Words that say something was shown, before (or right after) the quoted text.</summary>
    private static readonly PhraseSet ShownCues = new(
        "error", "errors", "eror", "erorr", "err", "message", "msg", "says", "said", "saying", "say", "shows", "showed", "showing", "show",
        "displays", "displayed", "got", "get", "getting", "gets", "pops up", "popup", "pop up", "pop-up", "appears", "appeared", "notification",
        "alert", "warning", "reads", "read", "text", "muncul", "keluar", "tulisan", "tulisannya", "pesan", "pesannya", "bilang", "katanya",
        "nampilin", "menampilkan", "nampilkan", "keluarnya",
        "notif", "notifnya", "peringatan", "statusnya", "status", "kode", "code", "gagal", "failed", "fails", "ditolak", "declined", "rejected",
        "still", "always", "keeps", "kept", "stuck", "stuck on", "selalu", "tetep", "tetap", "masih", "nyangkut", "fail", "crash", "crashes",
        "crashed", "bounce", "bounces", "bounced", "returns", "returned", "keterangan", "keterangannya", "reason", "alasan", "alasannya",
        "throws", "threw", "gives", "giving", "gave");

    /// <summary>Words right before a code ("error 404", "kode 51", "HTTP 500", "status code 403").</summary>
    private static readonly PhraseSet CodeCues = new(
        "error", "eror", "err", "error code", "errorcode", "code", "kode", "kode error", "kode eror", "http", "http error", "status code",
        "response code", "response", "exit code", "reason code", "rc");

    /// <summary>"error:" or "it says:" followed by the message in plain words, up to the end of the clause.</summary>
    private static readonly PhraseSet MessageCues = new(
        "it says", "it said", "says", "error message", "error msg", "the error is", "error says", "message", "muncul tulisan", "keluar tulisan",
        "tulisannya", "pesannya", "katanya", "muncul pesan", "keluar pesan", "muncul notif", "notifnya", "pesan error", "pesan eror",
        "keterangan", "keterangannya", "reason", "alasan", "alasannya", "description", "status");

    /// <summary>Words after which a run of capitals is what the screen said ("muncul tulisan NIK TIDAK DITEMUKAN").</summary>
    private static readonly PhraseSet CapitalsCues = new(
        "says", "said", "shows", "showed", "displays", "reads", "muncul", "tulisan", "tulisannya", "tulisan nya", "keluar", "katanya", "pesan",
        "pesannya", "notif", "message", "error", "eror", "keterangan");

    /// <summary>Words that say the screen showed what follows, in plain words ("keluar tulisan Akun anda diblokir").</summary>
    private static readonly PhraseSet DisplayCues = new(
        "says", "said", "shows", "showed", "displays", "displayed", "reads", "throws", "threw", "gives", "giving", "gave", "muncul tulisan",
        "keluar tulisan", "ada tulisan", "aya tulisan", "tulisan", "tulisannya", "tulisan nya", "muncul notif", "keluar notif", "notif",
        "notifnya", "muncul pesan", "keluar pesan", "pesan", "pesannya", "muncul popup", "keluar popup", "popup", "pop up", "katanya",
        "message", "error message", "notification", "alert", "banner", "saying", "nampilin", "menampilkan", "nampilkan",
        // "bounces back with 550 5.7.1 Relaying denied", "muncul Perangkat tidak dikenali": the screen's words, capitalised, after it.
        "bounces back with", "bounced back with", "bounces with", "bounced with", "comes back with", "came back with", "fails with", "failed with",
        "returns", "returned", "muncul", "keluar",
        // Ninth writer: "it say Ticket not eligible for renewal", "linknya bilang Link sudah kedaluwarsa", "reason-nya Invalid beneficiary
        // account", "errors out with Payment declined by issuer" — the screen's words, capitalised, after a word that says it showed them.
        "it say", "bilang", "reasonnya", "reason-nya", "reason nya", "alasannya", "errors out with", "errored out with", "error out with",
        // Tenth writer: "keep getting Session expired on the website", "Portal is showing Invalid Student ID for…", "keeps throwing
        // Payment gateway timeout when…", "error File terlalu besar padahal…", "hanya tertulis Gagal memuat data", "muncul keterangan Username…".
        "getting", "keep getting", "keeps getting", "kept getting", "showing", "keeps showing", "throwing", "keeps throwing", "error", "eror",
        "tertulis", "keterangan", "keterangannya", "muncul keterangan",
        // Eleventh writer: "kata nya Email sudah digunakan pdhl …". Twelfth: "it keeps telling me Prescription not found".
        "kata nya", "telling me", "keeps telling me", "tells me");

    /// <summary>Words that end a message written without quotes: what follows talks about it ("…, padahal udah bener").</summary>
    private static readonly HashSet<string> MessageEnds = new(StringComparer.Ordinal)
    {
        "but", "tapi", "tp", "padahal", "pdhl", "even", "though", "although", "when", "whenever", "every", "each", "tiap", "setiap", "pas",
        "waktu", "after", "since", "sejak", "terus", "trus", "abis", "habis", "although", "walaupun", "meskipun", "whereas", "while",
    };

    public static string? Find(string text, IReadOnlyList<Word> words) =>
        Quoted(text, words) ?? Code(text, words) ?? MachineWord(text, words) ?? AfterCue(text, words) ?? Shown(text, words) ?? StatusWithReason(text, words)
        ?? Capitals(text, words);

    /// <summary>"502 Bad Gateway", "503 Service Unavailable dari pagi": an HTTP status and the reason a server writes after it, in capitals.</summary>
    private static string? StatusWithReason(string text, IReadOnlyList<Word> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var lower = words[i].Lower;
            if (!(lower.Length == 3 && lower[0] is '4' or '5' && lower.All(char.IsAsciiDigit)) || words[i + 1].PauseBefore || !IsReasonWord(text, words[i + 1])) continue;
            var to = i + 1;
            while (to < words.Count && to < i + 5 && !words[to].PauseBefore && IsReasonWord(text, words[to])) to++;
            return ChatWords.Text(text, words, i, to);
        }
        return null;
    }

    /// <summary>A reason a server writes: titled letters, not a currency or a unit ("500 USDT", "400 MB", "500 IDR").</summary>
    private static bool IsReasonWord(string text, Word word) =>
        IsTitled(text, word) && word.Lower.All(char.IsAsciiLetter) && word.Lower is not ("usd" or "usdt" or "idr" or "rp" or "eur" or "gbp" or "sgd" or "myr"
            or "btc" or "eth" or "mb" or "gb" or "kb" or "tb" or "ribu" or "rb" or "k" or "points" or "poin" or "pts" or "coins" or "koin" or "gems");

    /// <summary>"ERR_CONNECTION_RESET", "INSUFFICIENT_POINTS": a word in capitals joined by underscores is a program's error name.</summary>
    private static string? MachineWord(string text, IReadOnlyList<Word> words)
    {
        foreach (var word in words)
        {
            var value = text[word.Start..word.End].Trim('.', ',', ':', ')', '(');
            if (value.Length >= 6 && value.Contains('_', StringComparison.Ordinal) && value.Any(char.IsAsciiLetterUpper)
                && value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_') && char.IsAsciiLetter(value[0])) return value;
        }
        return null;
    }

    /// <summary>"harusnya muncul notif pembayaran masuk" (the tenth trial read "pembayaran masuk" as the error): what should have shown is expected, not shown.</summary>
    private static bool ShouldHaveShown(IReadOnlyList<Word> words, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 2 && !words[k + 1].ClauseBreakBefore; k--)
        {
            if (words[k].Lower is "harusnya" or "seharusnya" or "hrsnya" or "mestinya" or "semestinya" or "should" or "supposed" or "expected") return true;
        }
        return false;
    }

    /// <summary>
    /// "keluar tulisan Akun anda diblokir sementara, padahal…", "it says file too large but…", "Mail says Cannot Verify Server
    /// Identity for my work mail": after a word that says the screen showed it, a message written without quotes. It must
    /// start as the screen writes one (a capital or a digit) unless the cue names the text itself ("tulisan", "notif",
    /// "popup"), and it ends with its clause, at a word that talks about it, or where a run of capitalised words stops.
    /// </summary>
    private static string? Shown(string text, IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var cue = DisplayCues.Match(words, i);
            if (cue == 0 || ShouldHaveShown(words, i)) continue;
            var from = i + cue;
            if (from < words.Count && words[from].Lower is "nya" or "kalau" or "kalo" or "that" or "bahwa") from++;
            if (from >= words.Count || words[from].ClauseBreakBefore && !ColonAfter(text, words[from - 1])) continue;
            var first = text[words[from].Start];
            // "keluar tulisan akun diblokir": a verb of showing and a word for the text; "notif aplikasi ga muncul" is about notifications.
            var namesText = cue >= 2 && words[i + cue - 1].Lower is "tulisan" or "nya" or "notif" or "pesan" or "popup"
                || words[i].Lower is "tulisannya" or "pesannya" or "notifnya";
            var capital = char.IsUpper(first) || char.IsAsciiDigit(first);
            if (!capital && !namesText) continue;
            // "it says this is wrong" is the user talking; "says This link has expired", capitalised mid-sentence, is the screen.
            var screenCapital = char.IsUpper(first) && !words[from].PauseBefore && words[from].Lower is not ("i" or "i'm" or "im");
            if (!screenCapital && words[from].Lower is "i" or "i'm" or "im" or "my" or "me" or "you" or "your" or "it" or "its" or "it's" or "this" or "that" or "the" or "saya" or "sy"
                or "aku" or "gw" or "kalau" or "kalo" or "bahwa" or "ada" or "ga" or "gak" or "gk" or "tidak" or "an" or "a") continue;
            // "it says nothing", "says no": the user talking; "says No internet connection": the screen.
            if (words[from].Lower is "nothing" or "no" && !char.IsUpper(first)) continue;
            // "tertulis Rp 1.250.000": an amount, not a message.
            if (words[from].Lower is "rp" or "rp." or "idr" or "usd" or "sgd" or "myr" or "eur" or "gbp" || first is '$' or '£' or '€') continue;
            // "it said 3-5 working days": how long, not what the screen said.
            if (char.IsAsciiDigit(first) && (from + 1 < words.Count && DurationUnits.Contains(words[from + 1].Lower)
                || words[from].Lower is [.. var count, 'x'] && count.All(char.IsAsciiDigit))) continue;
            var titled = IsTitled(text, words[from]);
            var to = from + 1;
            while (to < words.Count && to < from + 10 && !words[to].ClauseBreakBefore && !words[to].PauseBefore && !MessageEnds.Contains(words[to].Lower))
            {
                // "Cannot Verify Server Identity for my work mail": a title-cased message ends at its first small word.
                if (titled && to > from + 1 && !IsTitled(text, words[to])) break;
                // "File type not supported for ordinary PNG files", "Session expired on the website": where or what for is the user's.
                if (to > from + 1 && StartsPlace(words, to)) break;
                titled &= IsTitled(text, words[to]);
                to++;
            }
            if (to - from < 2 || to == from + 10 && to < words.Count && !words[to].ClauseBreakBefore) continue;
            // A screen does not say "I" or "my": a run in small letters that does is the user talking.
            if (!capital && Enumerable.Range(from, to - from).Any(k => Speaker.Contains(words[k].Lower))) continue;
            return ChatWords.Text(text, words, from, to);
        }
        return null;
    }

    /// <summary>
    /// Where the user starts saying where or what for, after the screen's message: an Indonesian preposition ("… di
    /// aplikasi"), or an English one before a determiner ("… on the website", "… for my daughter's ID"); "Policy not
    /// eligible for auto renewal" is the screen's own.
    /// </summary>
    private static bool StartsPlace(IReadOnlyList<Word> words, int at) =>
        words[at].Lower is "di" or "pada" or "untuk" or "utk" or "buat" or "dari" or "dr"
        || words[at].Lower is "for" or "on" or "in" or "at" or "from" && at + 1 < words.Count
            && words[at + 1].Lower is "the" or "my" or "this" or "that" or "a" or "an" or "your" or "our" or "his" or "her" or "their" or "ordinary" or "every" or "any";

    private static readonly HashSet<string> DurationUnits = new(StringComparer.Ordinal)
    {
        "day", "days", "working", "business", "hour", "hours", "hrs", "minute", "minutes", "mins", "week", "weeks", "month", "months",
        "hari", "jam", "menit", "minggu", "bulan", "x24", "kali", "times",
    };

    private static readonly HashSet<string> Speaker = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "my", "me", "we", "our", "saya", "sy", "aku", "gw", "gue", "ku", "kami", "kita",
    };

    private static bool IsTitled(string text, Word word) => char.IsUpper(text[word.Start]);

    /// <summary>
    /// "muncul tulisan AKSES DITOLAK": two or more words in capitals right after a word that says something was shown,
    /// in a message that is not itself written in capitals.
    /// </summary>
    private static string? Capitals(string text, IReadOnlyList<Word> words)
    {
        var shouted = words.Count(w => IsCapitals(text, w));
        if (shouted * 2 >= words.Count) return null;
        for (var i = 0; i < words.Count; i++)
        {
            var cue = CapitalsCues.Match(words, i);
            if (cue == 0) continue;
            var from = i + cue;
            var to = from;
            while (to < words.Count && to < from + 10 && IsCapitals(text, words[to]) && (to == from || !words[to].PauseBefore)) to++;
            if (to - from >= 2) return ChatWords.Text(text, words, from, to);
        }
        return null;
    }

    private static bool IsCapitals(string text, Word word)
    {
        var letters = 0;
        for (var k = word.Start; k < word.End; k++)
        {
            if (char.IsLower(text[k])) return false;
            if (char.IsLetter(text[k])) letters++;
        }
        return letters >= 2;
    }

    private static string? Quoted(string text, IReadOnlyList<Word> words)
    {
        var w = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var close = Closing(text, i);
            if (close is null) continue;
            // Only a bounded window is searched, so a message full of unclosed quotes stays linear.
            var limit = Math.Min(text.Length, i + MaxQuoted + 2);
            var end = close.Value is '-' or '—' ? DashClose(text, i + 1, limit, close.Value) : text.IndexOf(close.Value, i + 1, limit - i - 1);
            // An apostrophe closes a quote only where a word ends ("it's" is not a closing quote).
            while (close == '\'' && end > 0 && end + 1 < limit && char.IsLetter(text[end + 1])) end = text.IndexOf('\'', end + 1, limit - end - 1);
            if (end < 0 || end - i - 1 is < 2 or > MaxQuoted) continue;
            var inner = text[(i + 1)..end].Trim();
            if (!inner.Any(char.IsLetterOrDigit)) continue;
            while (w < words.Count && words[w].End <= i) w++;
            var after = w;
            while (after < words.Count && words[after].Start < end) after++;
            if (CueNear(words, w, after) || (SaysItFailed(words, w, after) && !NotShownBefore(words, w, 2))) return inner.TrimEnd('.', ',', ' ');
            i = end;
        }
        return null;
    }

    /// <summary>The dash that closes a dashed message: one with a space on each side, before the limit; or -1.</summary>
    private static int DashClose(string text, int from, int limit, char dash)
    {
        for (var k = from; k + 1 < limit; k++)
        {
            if (text[k] == dash && text[k - 1] == ' ' && text[k + 1] == ' ') return k;
        }
        return -1;
    }

    /// <summary>The quote that closes one opening at <paramref name="i"/>, or null when no quote opens there.</summary>
    private static char? Closing(string text, int i) => text[i] switch
    {
        '"' => '"',
        '“' => '”',
        '‘' => '’',
        '«' => '»',
        '[' => ']',
        // " - File too large - ": a message set off by dashes, as people paste it.
        '-' or '—' when i > 0 && text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' ' => text[i],
        '`' => '`',
        // A straight apostrophe opens a quote only at the start of a word ("says 'Invalid'", not "can't").
        '\'' when (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) => '\'',
        _ => null,
    };

    /// <summary>Words before a quote that make it what was expected or what was clicked, not what was shown.</summary>
    private static readonly HashSet<string> NotShown = new(StringComparer.Ordinal)
    {
        "should", "supposed", "expected", "expect", "expecting", "harusnya", "seharusnya", "mestinya", "semestinya", "hrsnya", "clicked", "click",
        "tap", "tapped", "press", "pressed", "klik", "diklik", "pencet", "tekan", "tombol", "button", "link", "menu", "tab", "pilih", "chose", "selected",
    };

    /// <summary>Words right after a quote that say it was shown ("'Session expired' appears", "'Gagal' muncul terus").</summary>
    private static readonly HashSet<string> ShownAfter = new(StringComparer.Ordinal)
    {
        "appears", "appeared", "popped", "pops", "shows", "showed", "error", "eror", "message", "muncul", "keluar", "terus", "lagi", "again",
    };

    /// <summary>
    /// Words inside a quote that only a screen writes when something failed: "halamannya tiba2 "Oops! Terjadi kesalahan"",
    /// "loading trs abis itu "Pembayaran gagal, silakan coba lagi"" (the thirteenth writer) — the quote is the error with no
    /// word before it saying it was shown.
    /// </summary>
    private static readonly HashSet<string> FailureWords = new(StringComparer.Ordinal)
    {
        "error", "gagal", "kesalahan", "failed", "failure", "invalid", "denied", "declined", "ditolak", "expired", "kedaluwarsa", "kadaluarsa",
        "oops", "unable", "terdaftar", "ditemukan", "found", "forbidden", "unauthorized", "unavailable", "timeout", "timed",
    };

    /// <summary>Two words or more inside the quote, one of them a <see cref="FailureWords"/> word.</summary>
    private static bool SaysItFailed(IReadOnlyList<Word> words, int firstInside, int firstAfter)
    {
        if (firstAfter - firstInside < 2) return false;
        for (var k = firstInside; k < firstAfter; k++)
        {
            if (FailureWords.Contains(words[k].Lower)) return true;
        }
        return false;
    }

    private static bool NotShownBefore(IReadOnlyList<Word> words, int firstInside, int within = 4)
    {
        for (var k = Math.Max(0, firstInside - within); k < firstInside; k++)
        {
            if (NotShown.Contains(words[k].Lower)) return true;
        }
        return false;
    }

    private static bool CueNear(IReadOnlyList<Word> words, int firstInside, int firstAfter)
    {
        // "it should say 'X'", "I clicked 'Pay'": what was expected or pressed, whatever other cue stands near.
        if (NotShownBefore(words, firstInside)) return false;
        // Within the quote's own sentence: "just says user does not exist. tried 'forgot password' too" — the button tried.
        for (var k = firstInside - 1; k >= 0 && k >= firstInside - 6; k--)
        {
            if (ShownCues.Match(words, k) > 0) return true;
            if (words[k].ClauseBreakBefore) break;
        }
        return firstAfter < words.Count && ShownAfter.Contains(words[firstAfter].Lower);
    }

    private static string? Code(string text, IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var lower = words[i].Lower;
            if (IsHexCode(lower)) return text[words[i].Start..words[i].End];
            // "a 404 page", "500 error": an HTTP status named as such.
            if (lower.Length == 3 && lower[0] is '4' or '5' && lower.All(char.IsAsciiDigit) && i + 1 < words.Count
                && words[i + 1].Lower is "page" or "error" or "eror" or "not" or "halaman") return text[words[i].Start..words[i].End];
            // "the site says 413", "katanya 403": an HTTP status right after a word that says it was shown.
            // "keeps giving E-1023", "throws E401": a code of letters and digits does too.
            if ((lower.Length == 3 && lower[0] is '4' or '5' && lower.All(char.IsAsciiDigit) || LooksLikeCode(lower) && lower.Any(char.IsAsciiLetter) && char.IsAsciiLetter(lower[0]))
                && i > 0 && words[i - 1].Lower is "says" or "said" or "shows" or "showed" or "returns" or "returned" or "katanya" or "muncul" or "dapet" or "got"
                    or "giving" or "gives" or "gave" or "throws" or "threw" or "getting") return text[words[i].Start..words[i].End];
            var cue = CodeCues.Match(words, i);
            if (cue == 0) continue;
            // "promo code STUDENT20", "zone code 4417", "kode voucher": a code of another thing, not an error's.
            if (i > 0 && words[i].Lower is "code" or "kode" && OtherCodes.Contains(words[i - 1].Lower)
                || i + 1 < words.Count && words[i].Lower == "kode" && OtherCodes.Contains(words[i + 1].Lower)) continue;
            var j = i + cue;
            if (j < words.Count && words[j].Lower is ":" or "nya" or "number" or "no") j++;
            if (j >= words.Count || !LooksLikeCode(words[j].Lower)) continue;
            // "HTTP 500" and "code 51" keep their cue; "error E401" is just the code.
            var from = words[i].Lower is "http" or "code" or "kode" or "status" or "response" ? i : j;
            return text[words[from].Start..words[j].End];
        }
        return null;
    }

    private static readonly HashSet<string> OtherCodes = new(StringComparer.Ordinal)
    {
        "promo", "voucher", "vocher", "coupon", "kupon", "discount", "diskon", "referral", "referal", "zone", "zona", "area", "postal", "zip",
        "pos", "booking", "order", "invite", "gift", "redeem", "tracking", "resi", "member", "membership", "student", "access", "akses",
        "unik", "bayar", "pembayaran", "payment", "qr", "bank",
        // Thirteenth writer: "Transaction code MM24061" names the payment.
        "transaction", "transaksi", "trx", "reference", "ref", "referensi", "invoice", "tiket", "ticket",
    };

    /// <summary>"tiba2", "kadang2", "sama2": Indonesian writes a doubled word with a 2, which is no error code.</summary>
    private static bool IsSaidTwice(string word) => word.Length >= 4 && word[^1] == '2' && word[..^1].All(char.IsAsciiLetterLower);

    private static bool IsHexCode(string word) =>
        word.Length >= 6 && word.StartsWith("0x", StringComparison.Ordinal) && word.Skip(2).All(char.IsAsciiHexDigit);

    /// <summary>A code has a digit, is short, and is not a time, a date, an amount or a version.</summary>
    private static bool LooksLikeCode(string word) =>
        word.Length is >= 2 and <= 24 && word.Any(char.IsAsciiDigit) && !IsSaidTwice(word) && !word.Contains(':', StringComparison.Ordinal)
        && !word.Contains('/', StringComparison.Ordinal) && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static string? AfterCue(string text, IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            // Unquoted, the message is taken only after a colon ("error: invalid session"): "it says it's fine" is prose.
            var cue = MessageCues.Match(words, i);
            if (cue == 0 && words[i].Lower is "error" or "eror") cue = 1;
            if (cue == 0) continue;
            var from = i + cue;
            if (from >= words.Count || !ColonAfter(text, words[from - 1])) continue;
            var to = from;
            while (to < words.Count && to < from + 12 && (to == from || !words[to].ClauseBreakBefore && !MessageEnds.Contains(words[to].Lower))) to++;
            if (to - from < 2 || to == from + 12) continue;
            return ChatWords.Text(text, words, from, to);
        }
        return null;
    }

    private static bool ColonAfter(string text, Word word)
    {
        for (var k = word.End; k < text.Length && k < word.End + 3; k++)
        {
            if (text[k] == ':') return true;
            if (!char.IsWhiteSpace(text[k])) return false;
        }
        return false;
    }
}
