using System.Collections.Frozen;
using System.Text;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// The small vocabularies, English and Indonesian, that decide whether the words after "password" or "PIN" carry a
/// value. A token is classified once: lowercased on the stack, then one ordinal lookup returns all its
/// <see cref="WordFlags"/>.
/// </summary>
internal static class ChatWords
{
    /// <summary>A word list looked up by a span of lowered text, as the sentence readers do.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether one of the <paramref name="count"/> words before <paramref name="pos"/> is one of <paramref name="names"/>: what a
    /// number read out is said to be ("my order number is …", "no HP 0 8 1 2 …"). Reads no further back than those words.
    /// </summary>
    public static bool NamedBefore(string text, int pos, int count, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> names)
    {
        var end = pos;
        for (var words = 0; words < count; words++)
        {
            while (end > 0 && !char.IsLetterOrDigit(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            {
                start--;
            }

            if (start == end)
            {
                return false;
            }

            if (end - start <= 24 && names.Contains(text.AsSpan(start, end - start)))
            {
                return true;
            }

            end = start;
        }

        return false;
    }

    /// <summary>Words that link a keyword to its value: "password is X", "sandi adalah X", "changed it to X".</summary>
    private static readonly string[] Connectors =
    [
        "is", "was", "are", "'s", "’s", "=", "adalah", "ialah", "yaitu", "yakni", "merupakan", "to", "into", "jadi",
        "menjadi", "jd", "ke", "being", "iyalah", "yaitu:", "yakni:"];

    /// <summary>"Pin no. 8080", "nr. 1234": an abbreviation for "number" whose full stop ends no clause.</summary>
    public static bool IsNumberAbbreviation(ReadOnlySpan<char> word) =>
        word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nr", StringComparison.OrdinalIgnoreCase)
        || word.Equals("num", StringComparison.OrdinalIgnoreCase) || word.Equals("nmr", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words that open an apposition's value: "pin? it's 2006", "my password, namely X".</summary>
    public static bool IsApposition(ReadOnlySpan<char> word) =>
        word.Equals("it's", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase)
        || word.Equals("itu", StringComparison.OrdinalIgnoreCase) || word.Equals("ini", StringComparison.OrdinalIgnoreCase)
        || word.Equals("nih", StringComparison.OrdinalIgnoreCase) || word.Equals("which", StringComparison.OrdinalIgnoreCase)
        || word.Equals("namely", StringComparison.OrdinalIgnoreCase) || word.Equals("i.e", StringComparison.OrdinalIgnoreCase);

    /// <summary>"and", "or", "sama", "atau": what joins two values listed together ("two codes, 115902 and 220417").</summary>
    public static bool IsAlternative(ReadOnlySpan<char> word) =>
        word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("or", StringComparison.OrdinalIgnoreCase)
        || word.Equals("sama", StringComparison.OrdinalIgnoreCase) || word.Equals("atau", StringComparison.OrdinalIgnoreCase)
        || word.Equals("dan", StringComparison.OrdinalIgnoreCase) || word.Equals("ato", StringComparison.OrdinalIgnoreCase)
        || word.Equals("&", StringComparison.OrdinalIgnoreCase);

    /// <summary>"to", "ke", "jadi": a link straight after the keyword ("changed my password to"), a direction after other words.</summary>
    public static bool IsMovementConnector(ReadOnlySpan<char> word) =>
        word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("into", StringComparison.OrdinalIgnoreCase)
        || word.Equals("ke", StringComparison.OrdinalIgnoreCase) || word.Equals("jadi", StringComparison.OrdinalIgnoreCase)
        || word.Equals("menjadi", StringComparison.OrdinalIgnoreCase) || word.Equals("jd", StringComparison.OrdinalIgnoreCase);

    /// <summary>Possessives after the keyword: "kata sandi saya X", "passwordku X", "password my X".</summary>
    private static readonly string[] Possessives =
    ["saya", "aku", "ku", "gue", "gw", "my", "nya", "ny", "mine", "sy", "sya", "aq", "gua", "punyaku", "punya",
        // tenth round: a shared one ("pw netflix kita: …")
        "kita", "kami", "our"];

    /// <summary>Words skipped between a password keyword and its value.</summary>
    private static readonly string[] PasswordFillers =
    [
        "new", "baru", "lama", "old", "current", "sekarang", "now", "the", "yang", "yg", "itu", "ini", "sudah", "udah",
        "sdh", "telah", "pakai", "pake", "dipakai", "use", "using", "used", "i", "changed", "diganti", "ganti",
        "diubah", "ubah", "set", "reset", "here", "here's", "heres", "just", "tadi", "barusan", "also", "juga",
        "login", "masuk", "default", "temporary", "temp", "initial", "sementara", "bawaan", "awal", "it's", "its", "nah",
        "this", "ini",
        // "the password I typed was X", "password yang saya masukkan adalah X"
        "typed", "entered", "input", "inputted", "put", "ketik", "diketik", "masukkan", "dimasukkan", "masukin", "dimasukin",
        "pasang", "atur", "bikin", "buat", "dibuat", "created", "made", "chose", "chosen", "pilih", "dipilih", "you", "we",
        "kamu", "anda", "kami", "they",
        // "the password I've been using is X", "the temp password they gave me (X)", "my password is literally X"
        "i've", "ive", "been", "gave", "given", "give", "sent", "send", "emailed", "texted", "me", "literally", "actually",
        // chat shorthand: sekarang, tadi, baru
        "skrg", "skg", "td", "tdi", "bru",
        // fourteenth round: "new password I want: correct horse battery staple", "kata sandi baru yg sy mau: …", "the password I
        // remember is …", "sandi yg sy simpen: …"
        "want", "wanted", "mau", "pengen", "pingin", "ingin", "remember", "inget", "ingat", "simpan", "simpen", "disimpan",
        // hedges before the value: "my password is honestly just marmalade", "sandinya cuma kopi"
        "honestly", "basically", "simply", "probably", "maybe", "mungkin", "cuma", "cuman", "hanya"];

    /// <summary>Words skipped between a PIN/OTP/CVV keyword and its digits.</summary>
    private static readonly string[] DigitFillers =
    [
        "is", "was", "are", "'s", "’s", "adalah", "ialah", "yaitu", "yakni", "merupakan", "itu", "ini", "nya", "my",
        "the", "saya", "aku", "ku", "gue", "gw", "yang", "yg", "baru", "new", "lama", "old", "current", "sekarang",
        "now", "code", "kode", "number", "nomor", "no", "no.", "nr", "num", "atm", "kartu", "card", "debit", "kredit",
        "credit", "m-banking", "mbanking", "banking", "mobile", "app", "aplikasi", "apk", "hp", "phone", "ponsel",
        "sim", "windows", "hello", "i", "got", "received", "get", "dapat", "dapet", "terima", "diterima", "masuk",
        "dari", "from", "via", "lewat", "sms", "email", "wa", "whatsapp", "tadi", "barusan", "just", "use", "using",
        "pakai", "pake", "here", "here's", "heres", "it's", "login", "akun", "account", "bank", "bca", "bri", "bni",
        "mandiri", "google", "sy", "sya", "aq", "gua", "sent", "dikirim", "terkirim", "shows", "says", "displays", "reads",
        "tertera", "tertulis", "sudah", "udah", "sdh", "telah", "buat", "bikin", "set", "pasang", "atur", "changed",
        "ganti", "diganti", "ubah", "diubah", "jadi", "menjadi", "to", "ke", "being", "be", "ny", "punya", "ovo", "dana",
        "gopay", "shopeepay", "linkaja", "brimo", "livin", "jenius", "bsi", "cimb", "btn", "permata", "danamon", "ocbc",
        "klikbca", "mybca", "octo", "m", "atm-nya", "transaksi", "transaction", "aplikasinya", "laptop", "iphone", "ipad",
        "android", "device", "perangkat", "hello", "one", "time", "code:", "e-mail",
        "text", "txt", "message", "pesan", "whatsapp", "telegram", "authenticator", "backup", "entered", "typed", "input",
        "inputkan", "masukin", "dimasukin", "dimasukkan", "masukkan", "use", "are", "were",
        // when, not what: "the PIN I set yesterday was 3311"
        "yesterday", "today", "kemarin", "kemaren", "pagi", "siang", "sore", "malam", "morning", "afternoon", "evening",
        "tonight", "earlier", "lately", "anda", "kamu", "your", "ur",
        // "the code they texted me is X", "the PIN I set as X", "pin nya td sy ketik X", "barusan dpt kode X"
        "they", "you", "u", "me", "gave", "given", "texted", "emailed", "messaged", "as", "i've", "ive", "been", "literally",
        "actually", "skrg", "skg", "td", "tdi", "bru", "dpt", "ketik", "diketik", "isi", "diisi", "enter", "put", "type",
        "keyed"];

    /// <summary>Extra words that sit between "CVV" and its digits: "the cvv on the back is 362".</summary>
    private static readonly string[] CvvFillers =
    [
        "on", "back", "belakang", "di", "at", "printed", "tertulis", "behind", "reverse", "side", "sisi", "it"];

    /// <summary>"password is sunshine, but…": a value in plain words only counts when its clause ends after it.</summary>
    private static readonly string[] Conjunctions =
    [
        "and", "but", "so", "which", "that", "dan", "tapi", "tp", "tetapi", "namun", "kok", "terus", "trus",
        "please", "pls", "tolong", "mohon",
        // what a chat clause goes on with after the value: "password saya qwerty udah bener", "… still fails"
        "udah", "sudah", "sdh", "tetap", "tetep", "masih", "ga", "gak", "gk", "tidak", "tdk", "nggak", "ngga", "enggak",
        "kenapa", "knp", "malah", "still", "doesn't", "didn't", "isn't", "won't", "can't", "cannot", "not", "yet",
        // "my password was dragon before the reset"
        "before", "after", "until", "since", "yesterday", "today", "earlier", "sebelum", "sebelumnya", "setelah", "sesudah",
        "kemarin", "tadi", "sampai", "sejak", "when", "waktu", "pas", "for", "untuk", "on", "di", "in"];

    /// <summary>A digit run followed by one of these is a size ("6 digit"), skipped over.</summary>
    private static readonly string[] SizeUnits =
    [
        "digit", "digits", "angka", "karakter", "characters", "character", "chars", "char", "huruf", "letters"];

    /// <summary>A digit run followed by one of these is a count, a duration or an amount, never a value.</summary>
    private static readonly string[] CountUnits =
    [
        "x", "kali", "kl", "times", "time", "menit", "minutes", "minute", "mins", "mnt", "detik", "seconds", "second",
        "secs", "sec", "dtk", "jam", "hours", "hour", "hrs", "hr", "hari", "days", "day", "minggu", "weeks", "week",
        "bulan", "months", "month", "tahun", "years", "year", "thn", "jt", "juta", "rb", "ribu", "k", "attempts",
        "attempt", "tries", "try", "percobaan", "users", "user", "orang", "people", "kb", "mb", "gb", "am", "pm",
        "wib", "wita", "wit"];

    /// <summary>
    /// Words that end the search for a value: what people write after "password" when they are describing a
    /// problem, not giving the password.
    /// </summary>
    private static readonly string[] Stops =
    [
        // English
        "a", "an", "not", "no", "never", "and", "or", "but", "if", "then", "so", "in", "on", "at", "by",
        "with", "without", "from", "about", "again", "field", "fields", "box", "pad", "pads", "entry", "page", "screen", "form", "link",
        "links", "button", "change", "changes", "changing", "update", "updated", "updates", "expired", "expires",
        "expire", "expiring", "expiry", "expiration", "wrong", "incorrect", "invalid", "correct", "right", "ok", "okay",
        "fine", "same", "different", "doesn't", "does", "didn't", "did", "don't", "do", "isn't", "wasn't", "won't",
        "can't", "cant", "cannot", "couldn't", "wont", "dont", "doesnt", "didnt", "isnt", "keeps", "keep", "still",
        "always", "only", "too", "very", "really", "already", "ready", "approved", "printed", "myself", "yourself", "himself", "herself", "ourselves", "themselves", "itself", "later", "again", "now", "requirement", "requirements", "policy", "policies",
        "rule", "rules", "manager", "prompt", "prompts", "prompting", "dialog", "window", "popup", "pop-up", "mail",
        "message", "recovery", "hint", "hints", "strength", "length", "history", "required", "needed", "mandatory",
        "missing", "empty", "blank", "none", "null", "nil", "n/a", "na", "-", "forgot", "forget", "forgotten", "lost",
        "locked", "blocked", "disabled", "enabled", "accepted", "rejected", "working", "work", "works", "fails",
        "failed", "failing", "fail", "error", "errors", "issue", "issues", "problem", "problems", "it", "this", "that",
        "these", "those", "there", "he", "she", "we", "they", "you", "your", "yours", "me", "him", "her", "us",
        "them", "his", "its", "our", "their", "which", "what", "who", "whom", "when", "where", "how", "why",
        "because", "since", "until", "after", "before", "once", "twice", "every", "each", "all", "any", "some",
        "more", "less", "most", "many", "much", "few", "has", "have", "had", "having", "will", "would", "should",
        "could", "can", "may", "might", "must", "shall", "show", "shows", "showing", "shown", "hidden", "visible",
        "masked", "saved", "stored", "sync", "synced", "protected", "protection", "unknown", "weak", "strong",
        "short", "long", "complex", "simple", "secure", "insecure", "compromised", "leaked", "hacked", "stolen",
        "case", "sensitive", "minimum", "maximum", "min.", "max", "least", "yet", "anymore", "help", "thanks",
        "thank", "thx", "sorry", "hi", "hello", "2fa", "mfa", "otp", "sso", "ldap", "o365", "m365", "office365",
        // tenth round: a feature's name ("changed the password, now 2-step asks for a code")
        "2-step", "2step", "two-step", "2-factor", "2sv", "2-fa",
        "win10", "win11", "5g", "4g", "3g", "1password", "code", "vault", "keychain", "see", "check", "click",
        "press", "enter", "entered", "entering", "type", "typed", "typing", "sent", "send", "sending", "asked",
        "asking", "ask", "reuse", "reused", "generator", "generated", "complexity", "sticker", "label", "sheet",
        "file", "document", "protected", "less", "requires", "require", "contain", "contains", "containing",
        "must", "needs", "need", "please", "pls", "plz", "via", "did", "got", "get", "gets",
        "like", "as", "than", "even", "yes", "yeah", "nope", "true", "false",
        "unlock", "unlocked", "lock", "lockout", "locks", "tried", "try", "trying",
        "attempt", "attempts", "resetting", "reseted", "recover", "recovered", "retrieve", "remember", "remembered",
        "everywhere", "anywhere", "somewhere", "somehow", "anyway", "stuff", "thing", "things",
        "everything", "something", "nothing", "anything", "first",
        // fourteenth round: "the password for the app is gone"
        "gone", "broken",
        "second", "third", "last", "next", "previous", "both", "either", "neither", "other", "another",
        // times of day and days: "passwordnya sudah saya reset tadi pagi"
        "today", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night", "tonight", "week", "month",
        "year", "pagi", "siang", "sore", "malam", "hari", "minggu", "bulan", "tahun", "jam", "menit", "detik",
        "kemarin", "besok", "lusa", "sejak", "since", "out",
        // eighth round: people and exclamations are no value ("I don't want to give my password to anyone", "aduh itu password aku")
        "anyone", "anybody", "someone", "somebody", "everyone", "everybody", "nobody", "noone", "siapa2", "seseorang", "orang", "org",
        "aduh", "astaga", "waduh", "duh", "oops", "omg", "whoops", "yah", "wah", "lho", "loh", "hadeh", "haduh", "ugh", "ups", "alamak",
        // ninth round: how or when a thing was sent or done is no value ("the meeting passcode was sent separately, right?")
        "separately", "separate", "automatically", "manually", "recently", "earlier", "immediately", "instantly", "directly",
        "properly", "successfully", "eventually", "finally", "apparently", "actually", "basically", "usually", "normally", "suddenly",

        // Indonesian
        "kamu", "anda", "dia", "kami", "kita", "mereka", "dan", "atau", "tapi", "tetapi", "namun",
        "jika", "kalau", "kalo", "klo", "karena", "krn", "karna", "belum", "blm", "tidak", "tdk", "gak", "ga", "gk",
        "nggak", "ngga", "enggak", "engga", "g", "bukan", "jangan", "salah", "benar", "bener", "betul", "lupa",
        "sama", "beda", "berbeda", "bisa", "dapat", "terus", "trus", "selalu", "masih", "lagi", "sekali", "berapa",
        "apa", "apaan", "bagaimana", "gimana", "gmn", "kenapa", "knp", "mengapa", "kapan", "dimana", "di", "dari",
        "dengan", "dgn", "pada", "dalam", "oleh", "kadaluarsa", "kedaluwarsa", "kadaluwarsa", "kedaluarsa",
        "terblokir", "diblokir", "blokir", "keblokir", "terkunci", "dikunci", "kekunci", "kunci",
        "hilang", "kosong", "minimal", "maksimal", "karakter", "huruf", "angka", "simbol", "kolom", "halaman",
        "tombol", "layar", "wajib", "harus", "perlu", "mohon", "tolong", "bro",
        "kok", "kah", "aja", "saja", "hanya", "cuma",
        "sangat", "banget", "bgt", "pun", "ada", "tak", "akan", "sedang", "lagi", "pernah", "terlalu",
        "kurang", "lebih", "paling", "semua", "setiap", "tiap", "beberapa", "lemah", "kuat", "pendek", "panjang",
        "sulit", "susah", "mudah", "gampang", "aman", "bocor", "dicuri", "diretas", "dihack", "kena", "hack",
        "diminta", "meminta", "minta", "sesuai", "cocok", "valid", "invalid", "muncul", "gagal", "ditolak", "tolak",
        "berhasil", "sukses", "kan", "error", "eror", "kirim", "dikirim", "terkirim", "nanti",
        "besok", "kemarin", "kemaren", "belakangan", "sering", "kadang", "jarang",
        "makasih", "terima", "kasih", "thanks", "maaf", "halo", "hai", "permisi", "siapa", "mana", "sini", "situ",
        "sana", "begitu", "begini", "gitu", "gini", "lain", "lainnya", "sendiri", "semuanya", "apapun", "siapapun",
        "ketik", "diketik", "masukkan", "dimasukkan", "isi", "diisi", "input", "diinput", "ulang",
        "diulang", "pertama", "kedua", "ketiga", "terakhir", "berikutnya", "sebelumnya",
        "otomatis", "manual", "langsung", "segera", "cepat", "lambat", "i'll", "i'm", "i've", "i'd", "we'll", "you'll", "it'll", "let's",
        // replies to the bot, not values: "my password is" / "wait"
        "wait", "hmm", "hm", "huh", "eh", "lol", "wkwk", "wkwkwk", "haha", "hehe", "bentar", "sebentar", "tunggu", "nvm",
        "nevermind", "cancel", "batal", "skip", "lewati", "back", "kembali", "menu", "agent", "agen", "oke", "okey", "sip",
        "siap", "yup", "yep", "sure", "gajadi", "later", "below", "above", "attached", "terlampir", "bawah", "atas"];

    /// <summary>
    /// Things a password belongs to. Between a keyword and its link they name the account ("password akun saya
    /// adalah …", "password for the wifi is …"); as the value itself they are not a password ("password: email").
    /// </summary>
    private static readonly string[] Nouns =
    [
        "email", "e-mail", "gmail", "account", "akun", "wifi", "wi-fi", "vpn", "laptop", "komputer", "computer", "pc",
        "phone", "hp", "app", "apps", "aplikasi", "portal", "server", "website", "web", "situs", "sistem", "system",
        "user", "username", "userid", "office", "outlook", "teams", "sap", "windows", "router", "modem", "printer",
        "database", "db", "kantor", "rumah", "home", "bank", "mbanking", "m-banking", "internet", "banking", "domain",
        "jaringan", "network", "intranet", "sharepoint", "onedrive", "iphone", "android", "whatsapp", "wa",
        "facebook", "instagram", "linkedin", "youtube", "github", "gitlab", "jira", "confluence", "zoom", "slack",
        "tokopedia", "shopee", "gojek", "grab", "ovo", "dana", "bpjs", "mailbox", "inbox", "device", "perangkat",
        "lokal", "local", "shared", "bersama"];

    private static readonly string[] BackLinks =
    ["is", "was", "=", "adalah", "ialah", "merupakan", "itu", "as", "sebagai", "are", "jadi", "that's", "thats"];

    private static readonly string[] BackFillers =
    [
        "my", "the", "our", "your", "saya", "kami", "ku", "nya", "kode", "code", "new", "baru", "current", "sekarang", "sy",
        "aku", "ini", "one", "old", "lama"];

    /// <summary>What a password is described as, not what it is: "my password is my birthday". (Before a PIN's digits they are just words: "PIN saya tanggal lahir 120590".)</summary>
    private static readonly string[] Descriptions =
    ["birthday", "birthdate", "name", "nama", "tanggal", "lahir", "ultah", "username", "pattern", "pola"];

    /// <summary>Chat particles, skipped wherever they stand: "passwordnya tuh …", "PIN saya ya: …", "otp nya kak …".</summary>
    private static readonly string[] Particles =
    [
        "tuh", "nih", "sih", "dong", "deh", "ya", "yah", "yaa", "kak", "ka", "min", "gan", "sis", "bro", "pak", "bu",
        "mas", "mbak", "om", "bang", "lho", "loh", "lah", "ah", "oh",
        // openers of an aside: "btw kata sandi saya" / "Fajar#2024" still opens with the keyword
        "btw", "fyi", "oiya", "oya", "eh", "anyway", "anyways", "ps", "nb"];

    /// <summary>Prepositions that tie the keyword to something else; digits after them need a link ("OTP for order 1234" is not a code).</summary>
    private static readonly string[] Prepositions = ["for", "untuk", "of", "about", "tentang", "regarding", "re", "on", "per", "in", "by", "at"];

    /// <summary>The digits after these are the end of a card number, not a value: "PIN (card ending 4242) is 1357".</summary>
    private static readonly string[] EndingMarkers = ["ending", "ends", "ended", "berakhiran", "akhiran", "terakhir", "last"];

    /// <summary>Words that present what follows: "here's my password" / next message "Rahasia1".</summary>
    private static readonly string[] Presentationals =
    ["here", "here's", "heres", "this", "these", "ini", "berikut", "nih", "below", "following", "follows", "attached", "yaitu"];

    /// <summary>Verbs of using a password: after "I tried password …", "pake password …" a value follows even without "is".</summary>
    private static readonly string[] UsageVerbs =
    [
        "tried", "try", "trying", "use", "using", "used", "typed", "type", "entered", "enter", "input", "with", "pakai",
        "pake", "coba", "nyoba", "dicoba", "masukin", "masukkan", "ketik", "isi", "dengan", "dgn", "login"];

    /// <summary>Verbs of typing a value in, read across a clause: "it asked for the CVV and I put 902", "disuruh isi cvv, sy isi 394".</summary>
    private static readonly string[] EntryVerbs =
    [
        "enter", "entered", "entering", "put", "typed", "type", "input", "inputted", "keyed", "isi", "diisi", "ketik",
        "diketik", "ngetik", "masukin", "masukkan", "dimasukkan", "dimasukin", "used", "pake", "pakai", "tried", "coba",
        // Seventh round: handed over to whoever asked ("cs nya nanya otp, sy kasih 039 114", "asked for the PIN and I gave 4471").
        "kasih", "kasi", "dikasih", "gave", "give", "told"];

    /// <summary>"boarding pass", "day pass": a ticket, not a password.</summary>
    private static readonly string[] PassKinds =
    [
        "boarding", "day", "season", "gate", "bus", "train", "visitor", "guest", "backstage", "hall", "parking", "parkir",
        "access", "press", "vip", "all-access", "free", "week", "weekly", "monthly", "annual", "student", "by"];

    /// <summary>Where a bare "code" came from: without one of these near it, "code 123456" is not a one-time code.</summary>
    private static readonly string[] CodeContexts =
    [
        "sms", "text", "texted", "txt", "message", "msg", "whatsapp", "wa", "telegram", "email", "e-mail", "emailed", "mail",
        "sent", "send", "masuk", "dikirim", "kirim", "terkirim", "google", "authenticator", "login", "log", "sign",
        "signin", "verify", "digit", "digits", "angka", "6-digit", "4-digit", "8-digit", "6digit", "pesan", "notifikasi",
        "notification", "bank", "otp",
        // Twelfth round: the code someone asked for ("You asked for the code - 274019", "kak td nanya kode ya? 813406").
        "asked", "nanya", "nanyain", "ditanya", "minta", "diminta", "mintain",
        // An SMS pasted whole: "JANGAN BERIKAN kode ini kepada siapapun", "do not share this code" (the ninth user trial).
        "berikan", "bagikan", "beritahukan", "share"];

    /// <summary>Weaker: "I got code 1603 from the installer" is an error; a code that was merely received needs OTP length (5–8 digits).</summary>
    private static readonly string[] CodeReceivedContexts =
    [
        "received", "receive", "got", "get", "gets", "dapat", "dapet", "dpt", "terima", "diterima",
        // typed in or handed over: "entered the code 902114", "here's the code: 710294"
        "entered", "typed", "inputted", "ketik", "diketik", "masukin", "dimasukin", "masukkan", "dimasukkan", "here's", "heres",
        // arrived: "code 741039 came through", Javanese "kodene wis teko 703 219", Sundanese "dongkap" (the eighteenth round)
        "came", "arrived", "arrives", "comes", "teko", "nyampe", "sampe", "sampai", "dateng", "datang", "dongkap", "sumping"];

    /// <summary>Codes that are no secret: "promo code", "kode pos", "kode booking", "error code", "product key".</summary>
    private static readonly string[] InnocentCodes =
    [
        "promo", "promotional", "voucher", "discount", "diskon", "coupon", "kupon", "referral", "referal", "booking",
        "pos", "postal", "zip", "area", "country", "negara", "swift", "branch", "cabang", "error", "eror", "exit", "status",
        "http", "qr", "bar", "barcode", "product", "produk", "license", "lisensi", "gift", "redeem", "unik", "bayar",
        "pembayaran", "payment", "billing", "transaksi", "transaction", "tiket", "ticket", "tracking", "sku", "member",
        "pajak", "tax", "source", "dress", "morse", "sort", "kupon", "invite", "invitation", "undangan", "referensi",
        "reference", "ref", "warna", "color", "colour", "hs", "kurir", "courier", "area", "wilayah", "provinsi", "kota",
        "klaim", "claim", "hadiah", "reward", "rewards", "poin", "points", "join", "meeting", "room", "kelas", "class",
        "course", "kursus", "matkul", "mata", "bank", "akun", "account", "customer", "pelanggan", "item", "barang",
        "diagnostic", "diagnostik", "event", "fault", "trouble", "return", "retur", "response", "respon", "reason",
        "alasan", "kesalahan", "bug", "exception", "stop", "hex", "ascii", "unicode", "emoji",
        // "angka di belakang koma": the digits after a decimal comma, not the back of a card.
        "koma", "desimal", "decimal"];

    private static readonly string[] TopLevelDomains =
    [
        "com", "id", "net", "org", "co", "io", "gov", "edu", "info", "biz", "app", "dev", "local", "corp", "lan"];

    /// <summary>Place-holders people type instead of the password itself.</summary>
    private static readonly string[] Placeholders =
    ["******", "xxxx", "xxxxxx", "xxxxxxxx", "(hidden)", "hidden"];

    /// <summary>
    /// A plain word that reads as a description rather than a password: English participles and adverbs
    /// ("blocked", "showing", "quickly"), Indonesian passive and derived forms ("diblokir", "terkunci",
    /// "kepanjangan", "berubah", "gantikan").
    /// </summary>
    public static bool LooksInflected(ReadOnlySpan<char> word)
    {
        if (word.Length is < 5 or > MaxWordLength)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[MaxWordLength];
        word.ToLowerInvariant(buffer);
        ReadOnlySpan<char> lower = buffer[..word.Length];
        foreach (var suffix in InflectedSuffixes)
        {
            if (lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var prefix in InflectedPrefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return (lower.Length >= 7 && lower.EndsWith("ing", StringComparison.Ordinal))
               || (lower.StartsWith("ke", StringComparison.Ordinal) && lower.EndsWith("an", StringComparison.Ordinal));
    }

    private const int MaxWordLength = 24;

    // Not "-ly": "dragonfly", "butterfly" are passwords people use; an adverb after "is" rarely ends the clause.
    // Not "-lah" either: "bismillah", "sekolah" are words, not inflections.
    private static readonly string[] InflectedSuffixes = ["ed", "tion", "ment", "ness", "able", "ible", "ful", "ous", "kan", "nya"];

    private static readonly string[] InflectedPrefixes = ["di", "ter", "ber", "mem", "men", "meng", "meny", "peng", "pem"];

    private static readonly FrozenDictionary<string, WordFlags> Flags = BuildFlags();

    private static readonly FrozenDictionary<string, WordFlags>.AlternateLookup<ReadOnlySpan<char>> FlagsLookup =
        Flags.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Everything these vocabularies say about a word, from one lookup of its lowercase form.</summary>
    /// <summary>
    /// Where a hedge that starts at <paramref name="at"/> ends ("kalo gk salah", "kalau tidak salah", "klo ga salah" —
    /// if I am not wrong), or -1. The words between a keyword and its value may hold one.
    /// </summary>
    public static int HedgeEnd(string text, int at)
    {
        var pos = at;
        var first = NextHedgeWord(text, ref pos);
        if (!IsAny(first, "kalo", "kalau", "klo", "kl", "klau", "kalu"))
        {
            return -1;
        }

        var not = NextHedgeWord(text, ref pos);
        if (!IsAny(not, "gk", "ga", "gak", "g", "tdk", "tidak", "nggak", "ngga", "enggak", "ndak") || !IsAny(NextHedgeWord(text, ref pos), "salah"))
        {
            return -1;
        }

        return pos < text.Length && text[pos] == ',' ? pos + 1 : pos;
    }

    /// <summary>Whether the word is one of these, whatever its case.</summary>
    internal static bool IsAny(ReadOnlySpan<char> word, params ReadOnlySpan<string> choices)
    {
        foreach (var choice in choices)
        {
            if (word.Equals(choice, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next word of ASCII letters after spaces (at most eight letters, not run into other letters), or empty.</summary>
    private static ReadOnlySpan<char> NextHedgeWord(string text, ref int pos)
    {
        while (pos < text.Length && text[pos] == ' ')
        {
            pos++;
        }

        var start = pos;
        while (pos < text.Length && pos - start < 8 && char.IsAsciiLetter(text[pos]))
        {
            pos++;
        }

        return pos > start && (pos == text.Length || !char.IsLetter(text[pos])) ? text.AsSpan(start, pos - start) : [];
    }

    public static WordFlags Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWordLength || IsInNoList(word))
        {
            return WordFlags.None;
        }

        Span<char> lower = stackalloc char[MaxWordLength];
        word.ToLowerInvariant(lower);
        lower = lower[..word.Length];

        // Typed apostrophes vary: "doesn't" and "doesn’t" are the same word.
        lower.Replace('’', '\'');
        return FlagsLookup.TryGetValue(lower, out var flags) ? flags : FillerWithSuffix(lower);
    }

    // Most words are in no list, and Classify is asked of the words around every keyword. A word whose first and last
    // characters are ASCII can only be a word of the lists with its own first and last letter and length (lowering
    // changes neither): one bit per such outline rules out nearly every other word before it is lowered and hashed.
    private const int OutlineBits = 8192;

    private static readonly ulong[] ListOutlines = OutlinesOf(Flags.Keys);

    private static ulong[] OutlinesOf(IEnumerable<string> words)
    {
        var bits = new ulong[OutlineBits / 64];
        foreach (var word in words.Where(w => w.Length > 0 && w[0] < 128 && w[^1] < 128))
        {
            var outline = Outline(word);
            bits[outline / 64] |= 1UL << (outline % 64);
        }

        return bits;
    }

    /// <summary>A word's first and last character folded as ASCII letters fold, and its length, in <see cref="OutlineBits"/> bits.</summary>
    private static int Outline(ReadOnlySpan<char> word) =>
        ((word[0] | 0x20) & 31) | (((word[^1] | 0x20) & 31) << 5) | ((word.Length & 7) << 10);

    /// <summary>Whether a word is told by its outline alone to be in no list, with no suffix a list word may take.</summary>
    private static bool IsInNoList(ReadOnlySpan<char> word)
    {
        if (word[0] >= 128 || word[^1] >= 128 || (ListOutlines[Outline(word) / 64] & (1UL << (Outline(word) % 64))) != 0)
        {
            return false;
        }

        // A filler with a suffix ("baruku") is looked up without it (FillerWithSuffix).
        if (word.Length < 5)
        {
            return true;
        }

        var tail = word[^3..];
        return Ascii.IsValid(tail) && !tail.EndsWith("nya", StringComparison.OrdinalIgnoreCase)
               && !tail.EndsWith("ku", StringComparison.OrdinalIgnoreCase) && !tail.EndsWith("mu", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "password baruku X", "PIN lamanya 1234": a filler with an Indonesian possessive suffix is the filler and a
    /// possessive at once. Asked only of words no list knows.
    /// </summary>
    private static WordFlags FillerWithSuffix(ReadOnlySpan<char> lower)
    {
        const WordFlags fillers = WordFlags.PasswordFiller | WordFlags.DigitFiller;
        foreach (var suffix in (ReadOnlySpan<string>)["nya", "ku", "mu"])
        {
            if (lower.Length >= suffix.Length + 3 && lower.EndsWith(suffix, StringComparison.Ordinal)
                && FlagsLookup.TryGetValue(lower[..^suffix.Length], out var stem) && stem.HasAny(fillers)
                && !stem.HasAny(WordFlags.Possessive | WordFlags.Connector))
            {
                return (stem & fillers) | WordFlags.Possessive;
            }
        }

        return WordFlags.None;
    }

    private static FrozenDictionary<string, WordFlags> BuildFlags()
    {
        var flags = new Dictionary<string, WordFlags>(StringComparer.Ordinal);
        void Add(string[] words, WordFlags flag)
        {
            foreach (var word in words)
            {
                var key = word.ToLowerInvariant().Replace('’', '\'');
                flags[key] = flags.GetValueOrDefault(key) | flag;
            }
        }

        Add(Connectors, WordFlags.Connector);
        Add(Possessives, WordFlags.Possessive);
        Add(PasswordFillers, WordFlags.PasswordFiller);
        Add(DigitFillers, WordFlags.DigitFiller);
        Add(CvvFillers, WordFlags.CvvFiller);
        Add(Conjunctions, WordFlags.Conjunction);
        Add(SizeUnits, WordFlags.SizeUnit);
        Add(CountUnits, WordFlags.CountUnit);
        Add(Stops, WordFlags.Stop);
        Add(Placeholders, WordFlags.Stop);
        Add(Nouns, WordFlags.Noun);
        Add(BackLinks, WordFlags.BackLink);
        Add(BackFillers, WordFlags.BackFiller);
        Add(TopLevelDomains, WordFlags.TopLevelDomain);
        Add(Particles, WordFlags.Particle);
        Add(Descriptions, WordFlags.Description);
        Add(UsageVerbs, WordFlags.UsageVerb);
        Add(EntryVerbs, WordFlags.EntryVerb);
        Add(PassKinds, WordFlags.PassKind);
        Add(Prepositions, WordFlags.Preposition);
        Add(EndingMarkers, WordFlags.EndingMarker);
        Add(Presentationals, WordFlags.Presentational);
        Add(CodeContexts, WordFlags.CodeContext);
        Add(CodeReceivedContexts, WordFlags.CodeReceived);
        Add(InnocentCodes, WordFlags.InnocentCode);
        return flags.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

[Flags]
internal enum WordFlags
{
    None = 0,
    Connector = 1 << 0,
    Possessive = 1 << 1,
    PasswordFiller = 1 << 2,
    DigitFiller = 1 << 3,
    CvvFiller = 1 << 4,
    Conjunction = 1 << 5,
    SizeUnit = 1 << 6,
    CountUnit = 1 << 7,
    Stop = 1 << 8,
    Noun = 1 << 9,
    BackLink = 1 << 10,
    BackFiller = 1 << 11,
    TopLevelDomain = 1 << 12,
    Particle = 1 << 13,
    Preposition = 1 << 14,
    EndingMarker = 1 << 15,
    Presentational = 1 << 16,
    CodeContext = 1 << 17,
    InnocentCode = 1 << 18,
    CodeReceived = 1 << 19,
    Description = 1 << 20,
    UsageVerb = 1 << 21,
    PassKind = 1 << 22,
    EntryVerb = 1 << 23,
}

internal static class WordFlagsExtensions
{
    public static bool HasAny(this WordFlags flags, WordFlags any) => (flags & any) != 0;
}
