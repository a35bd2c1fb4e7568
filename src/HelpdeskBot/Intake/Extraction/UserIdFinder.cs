namespace HelpdeskBot.Intake.Extraction;

/// <summary>
/// "my username is budi88", "user id: 20391857", "username saya siti.rahma", "ID akun 7781234": a cue that names the
/// id, an optional "is" or colon, then one word shaped like an id. A plain word after a weak cue ("my account
/// blocked") is not an id; after a strong one ("username is budi") it is.
/// </summary>
internal static class UserIdFinder
{
    private static readonly PhraseSet Cues = new(
        "username", "user name", "usernamenya", "usernameku", "user id", "userid", "user-id", "login id", "login name", "account id",
        "account name", "member id", "customer id", "my id", "handle", "nama pengguna", "id pengguna", "id pelanggan", "id akun", "id member",
        "nama akun", "id saya", "id sy", "id ku", "idku", "id nya", "idnya", "id", "uid", "login as", "logged in as", "signed in as", "sign in as",
        "login pakai", "login dengan", "my login", "login saya", "login sy", "akun atas nama", "account", "my account", "akun", "akun saya", "akun sy", "akun aku", "akunku",
        "user", "my user", "user saya", "user sy", "user aku", "uname", "u/n", "member no", "member number", "membership no", "membership number",
        "member", "no member", "nomor member", "peserta no", "no peserta", "nomor peserta", "no. peserta", "customer no", "customer number",
        "nomor pelanggan", "no pelanggan", "idpel", "id pel", "frequent flyer no", "frequent flyer number", "booked under", "registered under",
        "terdaftar atas nama", "atas nama", "nim", "npm", "nis", "nisn", "nip", "no induk", "nomor induk", "student id", "student number",
        "employee id", "staff id", "game id", "id game", "player id", "id player", "acct id", "acc id", "account number", "account no",
        "acct no", "acct number", "nomor anggota", "no anggota", "no. anggota", "member no.", "username there",
        // Eighth writer: "my acc is jessbee_02", "my ign is RafaKnight", "nickname gw DimzzGG", "kode driver DRV88120", "Shop: nadiacrafts.my".
        "acc", "my acc", "acct", "my acct", "ign", "my ign", "nickname", "nick", "in-game name", "in game name", "kode driver", "driver code",
        "driver id", "id driver", "shop id", "store id", "id toko", "shop",
        // Twelfth writer: a partner's or agent's id, named by the role ("ID mitra D-7782190", "ID agen AG-55019").
        "id mitra", "mitra id", "partner id", "id partner", "id agen", "agent id", "id merchant", "merchant id", "seller id", "id seller",
        // Fourteenth writer: the number a portal logs people in by ("NIK karyawan 2019-0457", "Nomor polis ku INS-4410298",
        // "Policy no. is HLT7781204", "ID pemilik aye RN-8812", "NPWP ku 09.254.817.3-609.000").
        "nik karyawan", "no karyawan", "nomor karyawan", "employee no", "employee number", "staff no", "staff number", "policy no",
        "policy number", "policy no.", "nomor polis", "no polis", "no. polis", "polis", "id pemilik", "owner id", "id penyewa", "tenant id",
        "npwp", "tenant no", "driver no", "merchant no",
        // Fifteenth writer: "username's jakesurfs_canggu".
        "username's", "user id's", "login's", "handle's");

    /// <summary>Words between the cue and the value that say "is" ("my username is", "username saya adalah").</summary>
    private static readonly HashSet<string> Linkers = new(StringComparer.Ordinal)
    {
        "is", "was", "=", "saya", "sy", "aku", "ku", "gw", "gue", "adalah", "yaitu", "yakni", "itu", "nya", "on", "in", "di", "name", "my",
        // Regional "my": Sundanese "abdi", Betawi "aye", Medan "awak", Javanese "kula".
        "abdi", "aye", "awak", "kula",
        // Fifteenth writer: Ambonese "beta", Pontianak "kamek", Javanese "kulo", Balinese "tiang", Betawi "ane", Banjar "ulun".
        "beta", "kamek", "kulo", "tiang", "ane", "ulun",
    };

    private static readonly HashSet<string> NotIds = new(StringComparer.Ordinal)
    {
        "not", "no", "tidak", "gak", "ga", "nggak", "ngga", "belum", "blm", "the", "a", "an", "and", "or", "but", "and", "yang", "yg", "dan", "atau",
        "tapi", "tp", "sudah", "udah", "udh", "sdh", "already", "still", "masih", "cant", "can't", "cannot", "wont", "won't", "doesn't", "isn't",
        "error", "eror", "salah", "wrong", "invalid", "blocked", "locked", "diblokir", "terblokir", "ke", "to", "for", "untuk", "buat", "with",
        "dengan", "dong", "ya", "kak", "min", "please", "pls", "tolong", "ini", "this", "that", "it", "same", "sama", "lama", "baru", "new", "old",
        "verification", "card", "number", "password", "email", "phone", "google", "facebook", "apple",
        // "lupa username ku apa", "forgot what my username is": asking, not telling.
        "apa", "apaan", "what", "siapa", "which", "mana", "lupa", "forgot",
    };

    private static readonly HashSet<string> OtherThings = new(StringComparer.Ordinal)
    {
        "order", "transaction", "txn", "trx", "ref", "reference", "invoice", "booking", "tracking", "resi", "pesanan", "transaksi", "bank",
        "rekening", "device", "game", "session", "request", "payment", "pembayaran", "ticket", "tiket",
        // "my mail id arjun.m2004@gmail.com" (the eighteenth writer): an email address, read as such.
        "mail", "email", "e-mail",
    };

    public static string? Find(string text, IReadOnlyList<Word> words, FoundEmail? email)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var cue = Cues.Match(words, i);
            if (cue == 0) continue;
            // "order id 88213", "bank account 0123…": another thing's number, not the user's id.
            // (Only in the same sentence: "…notifikasi transaksi. Nama pengguna saya: hartono.s" is the user's.)
            if (i > 0 && !words[i].ClauseBreakBefore && OtherThings.Contains(words[i - 1].Lower)) continue;
            // "saya menulis atas nama istri saya, Ibu Rosmala" (the eighteenth writer): writing on someone's behalf names no account.
            if (words[i].Lower == "atas" && i > 0 && words[i - 1].Lower is "menulis" or "nulis" or "menghubungi" or "melapor" or "lapor" or "bertanya"
                or "tanya" or "bicara" or "berbicara" or "chat" or "datang") continue;
            var bare = cue == 1 && words[i].Lower is "id" or "uid" or "handle" or "account" or "akun" or "user" or "member" or "shop" or "acc" or "acct" or "nick"
                || words[i].Lower is "my" or "akun" && cue == 2;
            var j = i + cue;
            var linked = false;
            // "id gopay sy 0812…", "akun shopee saya rina_w", "username ig aku kopi.senja": the service's name, then whose it is.
            if (j + 2 < words.Count && !words[j].ClauseBreakBefore && !words[j + 1].ClauseBreakBefore && words[j].Lower.All(char.IsLetter)
                && !NotIds.Contains(words[j].Lower) && !OtherThings.Contains(words[j].Lower) && words[j + 1].Lower is "saya" or "sy" or "aku" or "ku" or "gw" or "gue")
            {
                j++;
            }
            while (j < words.Count && j < i + cue + 3 && Linkers.Contains(words[j].Lower) && (!words[j].ClauseBreakBefore || AfterNumberSign(text, words, j)))
            {
                linked |= words[j].Lower is not ("on" or "in" or "di");
                j++;
            }
            if (j >= words.Count || words[j].ClauseBreakBefore && !Colon(text, words, j) && !AfterNumberSign(text, words, j)) continue;
            var value = WholeNumber(text, words, j) ?? text[words[j].Start..words[j].End].Trim('.', '-', ':', '/');
            // "My account alice.w@outlook.com is locked", "Admin account is ops@…": the account's address is its email, which
            // is read as such; only a cue that names the id ("username: alice@…") makes the address the id too.
            if (email is not null && email.WordIndex == j)
            {
                if (words[i + cue - 1].Lower is "account" or "akun" or "acc" or "acct") continue;
                return email.Address;
            }
            // After a weak cue ("my account was …") only a value shaped like an id counts.
            // "user: mkoh": a colon makes even a bare cue say what follows is the id; "account: locked" stays prose.
            var colon = Colon(text, words, j) && words[i].Lower is not ("account" or "akun" or "my");
            // "Username kosei.", "username fajarnug": a name cue and one word that ends the sentence say it as plainly as "is".
            // Not after a number's cue ("account no") or across a comma ("Re-added the account, no change.").
            var alone = !bare && (j + 1 == words.Count || words[j + 1].ClauseBreakBefore) && words[i + cue - 1].Lower is not ("no" or "number" or "nomor" or "no.")
                && !Enumerable.Range(i + 1, j - i).Any(k => words[k].PauseBefore);
            if (IsId(value, strong: colon || !bare && (linked || alone || CamelCased(value)))) return value;
        }
        return SelfIntroduced(text, words) ?? Handle(text, words);
    }

    /// <summary>Words after a group of digits that make it a count, not the rest of a number ("4417 2 times").</summary>
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "times", "time", "x", "kali", "hours", "hour", "hrs", "jam", "minutes", "mins", "menit", "days", "day", "hari", "weeks", "minggu", "am", "pm",
    };

    /// <summary>
    /// "account number is 4417 2290 31" (the fifteenth user trial: kept as "4417"): a number typed in groups, read whole — each
    /// group of two to six digits in the same clause, not one followed by a unit.
    /// </summary>
    private static string? WholeNumber(string text, IReadOnlyList<Word> words, int j)
    {
        static bool Digits(string w) => w.Length > 0 && w.All(char.IsAsciiDigit);
        if (!Digits(words[j].Lower)) return null;
        var last = j;
        while (last + 1 < words.Count && !words[last + 1].ClauseBreakBefore && words[last + 1].Lower.Length is >= 2 and <= 6 && Digits(words[last + 1].Lower)
               && !(last + 2 < words.Count && Units.Contains(words[last + 2].Lower)))
        {
            last++;
        }
        return last == j ? null : text[words[j].Start..words[last].End].Trim('.', '-', ':', '/');
    }

    /// <summary>Where a self-introduction ends in a place: "I'm rina_k on the app", "I'm budi88 there".</summary>
    private static readonly HashSet<string> Places = new(StringComparer.Ordinal) { "on", "in", "at", "there", "here", "di" };

    /// <summary>
    /// "I'm rina_k on the app", "i am budi88 in the game": a name shaped like a username (a letter, and a digit, "_" or
    /// ".") introduced as oneself and placed on the service. Only with the place, and never an ordinal, a count, a
    /// version or an address: "I'm 2nd in line", "I'm 3x in a row", "I'm on v2.1", "I am budi.s@mail.com".
    /// </summary>
    private static string? SelfIntroduced(string text, IReadOnlyList<Word> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            var j = words[i].Lower is "i'm" or "im" ? i + 1 : words[i].Lower == "i" && words[i + 1].Lower == "am" ? i + 2 : -1;
            if (j < 0 || j + 1 >= words.Count || words[j].ClauseBreakBefore || words[j + 1].ClauseBreakBefore || !Places.Contains(words[j + 1].Lower)) continue;
            var value = WholeNumber(text, words, j) ?? text[words[j].Start..words[j].End].Trim('.', '-', ':', '/');
            if (value.Length < 3 || !value.Any(char.IsLetter) || !value.Any(c => char.IsAsciiDigit(c) || c is '_' or '.')) continue;
            if (value.Contains('@', StringComparison.Ordinal) || value.Contains('/', StringComparison.Ordinal) || LooksCounted(value)) continue;
            return value;
        }
        return null;
    }

    /// <summary>"2nd", "3rd", "10th", "3x", "v2.1", "5.2.1b": a rank, a count or a version, not a name.</summary>
    private static bool LooksCounted(string value)
    {
        var lower = value.ToLowerInvariant();
        var digits = lower.TakeWhile(char.IsAsciiDigit).Count();
        if (digits > 0 && lower[digits..] is "st" or "nd" or "rd" or "th" or "x" or "kali" or "am" or "pm") return true;
        return lower[0] == 'v' && lower.Length > 1 && char.IsAsciiDigit(lower[1]) || char.IsAsciiDigit(lower[0]) && lower.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>"@rina_kw" on its own: a handle, when it is shaped like one (a mark or a digit in it) and no address.</summary>
    private static string? Handle(string text, IReadOnlyList<Word> words)
    {
        foreach (var word in words)
        {
            // The at sign may or may not be part of the word as split; the handle is what follows it.
            var start = word.Start > 0 && text[word.Start - 1] == '@' ? word.Start - 1 : word.Start;
            var value = text[start..word.End].TrimEnd('.', ',', ':', ')');
            if (value.Length < 4 || value[0] != '@' || value.IndexOf('@', 1) >= 0) continue;
            var name = value[1..];
            if (name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.') && name.Any(c => char.IsAsciiDigit(c) || c is '_' or '.') && name.Any(char.IsLetter)) return name;
        }
        return null;
    }

    /// <summary>The single word of the text shaped like an id (a digit, "_", "." or "@" in it), or null when none or several.</summary>
    /// <summary>
    /// "11ish", "90%", "25gb", "10pm", "3x", "500rb": a time, a share, a size, a count or an amount, not an id. A sentence
    /// whose only digits are these answers another question (the twelfth trial kept "like i said yesterday night 11ish" and
    /// "it close itself when match loading 90%" as user ids).
    /// </summary>
    internal static bool IsMeasure(string word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits])) digits++;
        var unit = word[digits..].TrimEnd('.', ',', '!', '?', ')');
        return digits > 0 && unit is "ish" or "an" or "am" or "pm" or "%" or "gb" or "mb" or "kb" or "x" or "k" or "rb" or "jt" or "h" or "m"
            or "min" or "mins" or "menit" or "jam" or "hrs" or "hr" or "th" or "st" or "nd" or "rd";
    }

    public static string? OnlyIdShaped(string text)
    {
        string? found = null;
        foreach (var word in ChatWords.Split(text))
        {
            var value = text[word.Start..word.End].Trim('.', '-', ':', '/');
            if (!HasDigitOrMark(value) || !IsId(value, strong: false) || value.Contains('@', StringComparison.Ordinal) || IsMeasure(value)) continue;
            if (found is not null) return null;
            found = value;
        }
        return found;
    }

    /// <summary>
    /// "putu.ari, email kantor gk bs dibuka …" to the id question (the eighth trial took nothing): one word shaped like an
    /// id, set off by a comma or a dash at the start of the answer, is the id, whatever the rest says.
    /// </summary>
    public static string? Leading(string text)
    {
        var words = ChatWords.Split(text);
        if (words.Count < 2) return null;
        var between = text.AsSpan(words[0].End, words[1].Start - words[0].End).Trim();
        if (between is not ("," or "-" or "—" or ":")) return null;
        var value = text[words[0].Start..words[0].End].Trim('.', '-', ':', '/');
        return HasDigitOrMark(value) && IsId(value, strong: false) && !value.Contains('@', StringComparison.Ordinal) ? value : null;
    }

    /// <summary>"member no. 88120391": the full stop of "no." is an abbreviation's, not the end of a sentence.</summary>
    private static bool AfterNumberSign(string text, IReadOnlyList<Word> words, int j) =>
        j > 0 && words[j - 1].Lower is "no" or "nr" or "num" && text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Trim() is "." or ".:";

    private static bool Colon(string text, IReadOnlyList<Word> words, int j)
    {
        for (var k = words[j].Start - 1; k >= 0 && k >= words[j].Start - 3; k--)
        {
            if (text[k] is ':' or '=') return true;
            if (!char.IsWhiteSpace(text[k])) return false;
        }
        return false;
    }

    private static bool IsId(string value, bool strong)
    {
        if (value.Length is < 2 or > 64 || value.StartsWith('[')) return false;
        var lower = value.ToLowerInvariant();
        if (NotIds.Contains(lower)) return false;
        // A value with a digit, a dot, an underscore or an @ looks like an id whatever the cue; a plain word only after "is" or a colon.
        // "tiba2", "apa2": Indonesian writes a doubled word with a 2, which is no id.
        if (value.Length > 3 && value[^1] == '2' && value[..^1].All(char.IsLetter)) return false;
        return HasDigitOrMark(value) ? value.Any(char.IsLetterOrDigit) && !(value.All(char.IsDigit) && value.Length < 4) : strong;
    }

    /// <summary>"RafaKnight", "DimzzGG": a capital inside the word, as usernames are written and words are not.</summary>
    private static bool CamelCased(string value) =>
        value.Length >= 4 && value.All(char.IsLetter) && char.IsLower(value[1]) && value.Skip(2).Any(char.IsUpper);

    private static bool HasDigitOrMark(string value) => value.Any(c => char.IsAsciiDigit(c) || c is '.' or '_' or '@');
}
