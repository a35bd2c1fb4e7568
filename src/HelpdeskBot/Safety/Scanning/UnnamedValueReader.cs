using System.Collections.Frozen;
using System.Text;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// Secrets that no credential word names, told by the sentence around them (third round, found by a tester):
/// a code that came by a channel ("the code they texted me is 482913", "I got 482913 by SMS", "angka dari sms:
/// 640219") is a one-time code; a password-shaped value given as what one logs in with ("I log in with Kucing123",
/// "login with budi / Bud1!2345", "so you can log in: Jakarta2024!", "sy pake Tempe123 buat masuk") is a password.
/// Near misses stay clean: an order, ticket, parcel, balance or amount named before the digits ("SMS from the bank
/// said my balance is 482913"), money in the sentence, a year, a username alone ("I log in with Google").
/// Later rounds added a value after a verb of changing or entering, before a password word, two spellings side by
/// side, and a code read out digit by digit (sixth round: "i entered sunshine77 like five times", "kodenya 0 9 1 2 7 3").
/// Two passes over the words, sentence by sentence, each sentence held to a bounded number of words; each word's roles
/// come from one look-up.
/// </summary>
internal static class UnnamedValueReader
{
    private const int MaxWords = 48;
    private const int LoginReach = 6;
    private const int BlockerReach = 3;
    private const int DestinationReach = 4;
    private const int CodeWordReach = 2;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Channels = ChatWords.Lookup(
        "sms", "smsnya", "sms-nya", "text", "texts", "texted", "txt", "email", "emailed", "e-mail", "emailnya", "whatsapp",
        "wa", "wanya", "authenticator");

    // A verb of sending counts as a channel when the sentence also says where it went: "sent … to my phone", "dikirim ke hp".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Sending = ChatWords.Lookup(
        "sent", "send", "dikirim", "dikirimin", "dikirimkan", "kirim", "kirimin", "dikirimi");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Destinations = ChatWords.Lookup(
        "phone", "hp", "handphone", "me", "saya", "sy", "aku", "ku", "nomor", "nomer");

    // Words right before the digits that say what else they are: "order 482913", "saldo saya 482913".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Blockers = ChatWords.Lookup(
        "order", "pesanan", "ticket", "tiket", "case", "kasus", "balance", "saldo", "bill", "tagihan", "package", "paket",
        "parcel", "resi", "tracking", "invoice", "inv", "error", "err", "transaksi", "transaction", "trx", "ref", "reference",
        "amount", "nominal", "total", "sisa", "rp", "idr", "usd", "no", "number", "#", "id", "booking",
        "voucher", "promo", "pos", "postal", "zip", "kodepos", "ext", "room", "kamar", "flight",
        "seat", "point", "points", "poin", "version", "versi", "v");

    // Words right after the digits that make them an amount or a count.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = ChatWords.Lookup(
        "rupiah", "rp", "idr", "rb", "ribu", "jt", "juta", "k", "usd", "dollars", "points", "poin", "times", "kali", "x",
        "minutes", "menit", "seconds", "detik", "hours", "jam", "days", "hari", "km", "kg", "items", "pcs", "mb", "gb");

    // Money anywhere in the sentence: "I paid 250000 and got an SMS".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Money = ChatWords.Lookup(
        "paid", "pay", "bayar", "dibayar", "transfer", "transferred", "tf", "topup", "refund", "charged", "kepotong",
        "saldo", "balance", "tagihan", "harga", "price", "rp", "idr");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LoginWords = ChatWords.Lookup(
        "login", "log-in", "loginnya", "signin", "sign-in", "masuk", "logon");

    // The second word of "log in", "sign in", "get in", "logging in".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LoginVerbs = ChatWords.Lookup(
        "log", "logging", "logged", "sign", "signing", "signed", "get");

    // "pw wifi rumah Bintang2020", "password gmail Rahasia!88", "my password is the name of my cat Kucing123": a password
    // word, then what it is for or what it is made of, then the value.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PasswordWords = ChatWords.Lookup(
        "password", "passwordnya", "passwordku", "pasword", "pw", "pwnya", "pwd", "sandi", "sandinya", "sandiku", "pass",
        "passnya", "passphrase");

    // Between the password word and a value these say the value is someone's name or id, not the password.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotThePassword = ChatWords.Lookup(
        "user", "username", "userid", "usernya", "id", "email", "akun", "account", "error", "code", "kode", "order", "ticket",
        "tiket", "version", "versi", "model", "tipe", "type", "for", "untuk", "buat", "than", "dari", "from", "not", "bukan",
        "ga", "gak", "nggak", "tidak", "no", "without", "tanpa", "reset", "direset", "expired", "forgot", "lupa");

    private const int NameReach = 8;

    // "set it back to the old one, Moonlight55": words from a verb of changing to the new value.
    private const int ChangeReach = 7;

    // Fourth round: "I reset it to Bluebird#19", "udah aku ganti jadi Semangka2025", "now it's Kangaroo$55" after a
    // reset — a password-shaped value right after a verb of changing and where it changed to.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChangeVerbs = ChatWords.Lookup(
        "reset", "resetted", "direset", "diriset", "ngereset", "changed", "change", "set", "made", "make", "updated",
        "switched", "ganti", "diganti", "gnti", "ganti2", "ngganti", "nganti", "ubah", "diubah", "ngubah", "rubah", "dirubah",
        // Sixth round: choosing is setting ("the new one I picked: …", "sandinya sy bikin …").
        "picked", "chose", "chosen", "bikin", "dibikin", "bikinnya", "pilih", "milih", "dipilih");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChangeTargets = ChatWords.Lookup(
        "to", "into", "as", "jadi", "jd", "jdi", "menjadi", "ke", "it", "it's", "its", "now", "skrg", "sekarang", "→", "->",
        "=>", "=", ":", "was", "is");

    // Between the verb of changing and where it changed to, only what stands for the password: "reset it to", "set the
    // new one as", "udah aku ganti jadi". "changed my plan to Premium200", "changed the wifi name to Rumah_5G" name another thing.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChangedObjects = ChatWords.Lookup(
        "it", "itu", "ini", "nya", "back", "the", "old", "new", "one", "my", "aku", "sy", "saya", "gw", "udah", "sudah", "udh",
        "sdh", "dah", "tadi", "td", "me", "now", "again", "lagi", "kembali", "baru", "lama", "they", "i", "password",
        "passwordnya", "pw", "pwnya", "pwd", "sandi", "sandinya", "kata", "pass", "passnya");

    // Fourth round: a password-shaped value and a password word after it in the sentence ("Durian2025 pw nya btw", "sy
    // ketik Serayu#2022 sbg password", "it keeps rejecting Falcon2024 even though that's the password"): the value
    // opens the sentence, is quoted, or follows a verb of trying or typing; the password word ends the clause.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TryVerbs = ChatWords.Lookup(
        "coba", "nyoba", "dicoba", "cobain", "tried", "try", "trying", "typed", "type", "typing", "ketik", "ngetik", "diketik",
        "entered", "enter", "input", "masukin", "rejecting", "rejects", "rejected", "accept", "accepting");

    // Words that may open a sentence before the value: "kayaknya Jeruk!12 password sy".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = ChatWords.Lookup(
        "kayaknya", "kyknya", "kayanya", "kyk", "mungkin", "maybe", "btw", "fyi", "oh", "ok", "oke", "jadi", "so", "ya");

    // What may follow the password word to the end of its clause: "pw ku", "pw nya btw", "password saya ya kak".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Trailers = ChatWords.Lookup(
        "ku", "nya", "ny", "saya", "sy", "aku", "gw", "gue", "punyaku", "btw", "lol", "ya", "yah", "kak", "min", "mas", "mbak",
        "kok", "deh", "sih", "dong", "lho", "loh", "lama", "baru", "skrg", "sekarang", "i", "mean", "haha", "wkwk");

    // Straight before the value: "with X", "pake X", "budi / X", "budi and X", "log in: X".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ValueMarkers = ChatWords.Lookup(
        "with", "using", "use", "pakai", "pake", "pakay", "dengan", "dgn", "and", "sama", "&", "/", "|");

    // Sixth round: a value typed where a secret goes, with no login word near ("i entered sunshine77 like five times",
    // "Whenever I put in moonlight2019 it just spins"): the verbs of entering, and "put in".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EntryVerbs = ChatWords.Lookup(
        "entered", "enter", "entering", "typed", "type", "typing", "retyped", "ketik", "ngetik", "diketik", "ketikin", "masukin", "dimasukin",
        "masukkan", "memasukkan", "input", "inputin", "diinput",
        // Seventh round: with the suffix ("sy ketiknya Rindu/Kamu88").
        "ketiknya", "diketiknya", "ngetiknya", "ketikkan", "diketikkan",
        // Fifteenth round: written where it was asked for ("trs tulis Bintang*77 di situ", "I wrote Cobalt$7721 in the form").
        "tulis", "nulis", "ditulis", "tulisin", "nulisin", "wrote", "write", "writing");

    // How a value was typed, between the verb of entering and the value: "typing it like X", "ketik ulang persis X".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EntryBridges = ChatWords.Lookup(
        "it", "like", "as", "exactly", "carefully", "slowly", "out", "persis", "ulang", "pelan2", "pelan-pelan", "kyk", "kayak");

    // A sentence that names whose name or which thing the value is makes it no secret: "I typed budi88 as my username".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NamedOtherwise = ChatWords.Lookup(
        "user", "username", "userid", "usernya", "usernamenya", "nickname", "handle", "id", "promo", "voucher", "coupon", "kupon",
        "referral", "address", "alamat", "url", "link", "search", "cari", "nama", "name", "model", "seri", "serial", "plat", "nopol");

    // "with a capital G", "all lowercase", "huruf besar": talk of letter case is talk of a password.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CaseWords = ChatWords.Lookup(
        "capital", "capitals", "lowercase", "uppercase", "caps", "case-sensitive", "kapital", "besar", "kecil",
        // Eighth round: what its letters are ("hurufnya doang", "letters only").
        "hurufnya", "letters");

    // "i use qwerty2020 for literally everything": what one uses for every account.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Everything = ChatWords.Lookup(
        "everything", "all", "semua", "semuanya", "everywhere", "mana-mana");

    // "… as my password", "… sbg password": the word before these names the value a password, letters alone or not.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AsWords = ChatWords.Lookup("as", "sbg", "sebagai");

    // Seventh round: a word that names a code earlier in the sentence makes digits read out later its value ("the code
    // is 1 2 9 6 4 8", "ini kode nya kak 6 0 2 8 5 1", "asked for the code so here: 640 512", "nanya otp, sy kasih 039 114").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeWords = ChatWords.Lookup(
        "code", "codes", "codenya", "kode", "kodenya", "kodeny", "kodeotp", "otp", "otpnya", "2fa", "tac");

    // Seventh round: an OTP message's own words, forwarded or pasted ("Use 883104 to verify your Shopee account",
    // "Gunakan 551902 untuk masuk"): a verb of using, the digits, then what they are for.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UseVerbs = ChatWords.Lookup(
        "use", "enter", "gunakan", "masukkan", "pakai", "input");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PurposeWords = ChatWords.Lookup(
        "verify", "confirm", "log", "login", "sign", "complete", "reset", "activate", "continue", "proceed", "authorize",
        "verifikasi", "memverifikasi", "konfirmasi", "mengonfirmasi", "masuk", "login", "aktivasi", "mengaktifkan",
        "melanjutkan", "lanjut", "reset", "mereset");

    // Eleventh round: what a code is for, said anywhere in its sentence ("ini kak kodenya 223817, tolong dibantu aktivasi akun").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Verifying = ChatWords.Lookup(
        "verify", "verifying", "verification", "verifikasi", "memverifikasi", "activate", "activation", "aktivasi", "mengaktifkan",
        "aktifasi", "confirm", "confirmation", "konfirmasi", "authorize", "authorise", "otorisasi");

    // Seventh round: what an account is called, for a value said to fail on one or to be what "we use" on it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AccountWords = ChatWords.Lookup(
        "account", "acc", "akun", "email", "gmail", "e-mail", "wifi", "login", "portal");

    // "pls dont tell anyone", "jgn bilang siapa2": asking for secrecy (the caller checks the negation before).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SecrecyVerbs = ChatWords.Lookup(
        "tell", "share", "bilang", "bilangin", "sebar", "sebarin", "kasitau", "kasih-tau");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Negations = ChatWords.Lookup(
        "dont", "don't", "do", "never", "not", "jangan", "jgn", "jngn", "gausah", "ga", "gak");

    // "with spaces", "pake spasi": the sentence talks of the spaces in a value (read by DictatedValueReader).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpaceWords = ChatWords.Lookup(
        "space", "spaces", "spasi", "spasinya", "spacing");

    // "capital M, then onkey, then 77": the joints of a value told in pieces (read by DictatedValueReader).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Joints = ChatWords.Lookup(
        "then", "terus", "trus", "lalu", "followed");

    /// <summary>What a word is to the sentence readers below, one bit per word list.</summary>
    [Flags]
    private enum Role : uint
    {
        None = 0,
        Channel = 1 << 0,
        Sending = 1 << 1,
        Destination = 1 << 2,
        Money = 1 << 3,
        NamedOtherwise = 1 << 4,
        CaseWord = 1 << 5,
        LoginWord = 1 << 6,
        LoginVerb = 1 << 7,
        ChangeVerb = 1 << 8,
        ChangedObject = 1 << 9,
        ChangeTarget = 1 << 10,
        PasswordWord = 1 << 11,
        NotThePassword = 1 << 12,
        CodeWord = 1 << 13,
        UseVerb = 1 << 14,
        Account = 1 << 15,
        SecrecyVerb = 1 << 16,
        SpaceWord = 1 << 17,
        Joint = 1 << 18,
        Verifying = 1 << 19,
    }

    // Every list the per-word passes ask about, merged: one look-up per word instead of one per list (the passes ran a
    // dozen look-ups per word and were most of the guard's time on typical chat).
    private static readonly (string Word, Role Role)[] RoleEntries = new (FrozenSet<string> Words, Role Role)[]
    {
        (Channels.Set, Role.Channel), (Sending.Set, Role.Sending), (Destinations.Set, Role.Destination), (Money.Set, Role.Money),
        (NamedOtherwise.Set, Role.NamedOtherwise), (CaseWords.Set, Role.CaseWord), (LoginWords.Set, Role.LoginWord),
        (LoginVerbs.Set, Role.LoginVerb), (ChangeVerbs.Set, Role.ChangeVerb), (ChangedObjects.Set, Role.ChangedObject),
        (ChangeTargets.Set, Role.ChangeTarget), (PasswordWords.Set, Role.PasswordWord), (NotThePassword.Set, Role.NotThePassword),
        (CodeWords.Set, Role.CodeWord), (UseVerbs.Set, Role.UseVerb), (AccountWords.Set, Role.Account),
        (SecrecyVerbs.Set, Role.SecrecyVerb), (SpaceWords.Set, Role.SpaceWord), (Joints.Set, Role.Joint), (Verifying.Set, Role.Verifying),
    }
        .SelectMany(list => list.Words.Select(word => (Word: word, list.Role)))
        .GroupBy(entry => entry.Word, StringComparer.Ordinal)
        .Select(group => (group.Key, group.Aggregate(Role.None, (all, entry) => all | entry.Role)))
        .ToArray();

    private static readonly FrozenDictionary<string, Role>.AlternateLookup<ReadOnlySpan<char>> Roles = RolesOf(RoleEntries);

    // An ASCII word, ignoring case, can only be one of the ASCII entries; they are looked up in a table of their own,
    // hashed from the word as typed, and most words are ASCII.
    private static readonly AsciiWordMap<Role> AsciiRoles = new(RoleEntries.Where(entry => Ascii.IsValid(entry.Word)));

    private static FrozenDictionary<string, Role>.AlternateLookup<ReadOnlySpan<char>> RolesOf((string Word, Role Role)[] entries) =>
        entries.ToFrozenDictionary(entry => entry.Word, entry => entry.Role, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Most words have no role. An ASCII word can only be an entry of its own length with its own first and last
    // character, ignoring case: one bit per such outline rules out nearly every other word before it is hashed.
    private const int OutlineBits = 8192;

    private static readonly ulong[] EntryOutlines = OutlinesOf(RoleEntries.Where(entry => Ascii.IsValid(entry.Word)).Select(entry => entry.Word));

    private static ulong[] OutlinesOf(IEnumerable<string> entries)
    {
        var bits = new ulong[OutlineBits / 64];
        foreach (var entry in entries)
        {
            var outline = Outline(entry);
            bits[outline / 64] |= 1UL << (outline % 64);
        }

        return bits;
    }

    /// <summary>A word's length, first and last character, folded the way an ASCII case-insensitive match folds them, in <see cref="OutlineBits"/> bits.</summary>
    private static int Outline(ReadOnlySpan<char> ascii) =>
        ((ascii[0] | 0x20) & 31) | (((ascii[^1] | 0x20) & 31) << 5) | ((ascii.Length & 7) << 10);

    /// <summary>The roles of a word as typed (the look-up ignores case, so the word need not be lowered first).</summary>
    private static Role RoleOf(string text, SentenceWord word, WordFacts facts)
    {
        var core = text.AsSpan(word.CoreStart, word.CoreEnd - word.CoreStart);
        if ((facts & WordFacts.Ascii) == 0 && !Ascii.IsValid(core))
        {
            return Roles.TryGetValue(core, out var any) ? any : Role.None;
        }

        if (core.IsEmpty || (EntryOutlines[Outline(core) / 64] & (1UL << (Outline(core) % 64))) == 0)
        {
            return Role.None;
        }

        return AsciiRoles.TryGetValue(core, out var role) ? role : Role.None;
    }

    public static void Scan(string text, MessageWords words, ref List<SecretSpan>? found)
    {
        // What other readers found already, marked once, so each word is checked in constant time.
        bool[]? covered = null;
        if (found is { Count: > 0 })
        {
            covered = new bool[text.Length];
            foreach (var span in found)
            {
                covered.AsSpan(span.Start, span.End - span.Start).Fill(true);
            }
        }

        var all = words.All;
        var facts = words.Facts;
        var first = 0;
        for (var i = 0; i < all.Length; i++)
        {
            if (i + 1 - first == MaxWords || EndsSentence(text, all[i]))
            {
                ReadSentence(text, all[first..(i + 1)], facts[first..(i + 1)], covered, ref found);
                first = i + 1;
            }
        }

        if (first < all.Length)
        {
            ReadSentence(text, all[first..], facts[first..], covered, ref found);
        }
    }

    // "six digit code... 3 0 8 8 1 4": an ellipsis is a pause before what comes next, not the end of a sentence.
    private static bool EndsSentence(string text, SentenceWord word) =>
        word.End > word.CoreEnd && text[word.End - 1] is '.' or '!' or '?' or ';'
        && !(word.End - word.CoreEnd >= 2 && text[word.End - 1] == '.' && text[word.End - 2] == '.')
        && !ChatWords.IsNumberAbbreviation(text.AsSpan(word.CoreStart, word.CoreEnd - word.CoreStart));

    private static void ReadSentence(string text, ReadOnlySpan<SentenceWord> words, ReadOnlySpan<WordFacts> facts, bool[]? covered, ref List<SecretSpan>? found)
    {
        bool channel = false, sending = false, destination = false, money = false, verifying = false;
        var lastSending = int.MinValue / 2;
        var lastLogin = int.MinValue / 2;
        Span<int> logins = stackalloc int[words.Length];
        var lastKeyword = int.MinValue / 2;
        Span<int> keywords = stackalloc int[words.Length];
        var lastChange = int.MinValue / 2;
        Span<int> changes = stackalloc int[words.Length];
        var lastCode = -1;
        Span<int> codes = stackalloc int[words.Length];
        Span<Role> roles = stackalloc Role[words.Length];
        var passwordContext = false;
        var namedOtherwise = false;
        var caseTalk = false;
        var secrecy = false;
        var account = false;
        var joints = 0;
        for (var i = 0; i < words.Length; i++)
        {
            roles[i] = RoleOf(text, words[i], facts[i]);
            // "[password removed]": the guard's own words, not a keyword.
            var role = Redaction.IsPlaceholderAt(text, words[i].Start) ? Role.None : roles[i];
            // "password email sy …": a channel right after a password word names the account, not where a code came.
            channel |= role.HasFlag(Role.Channel) && !(i > 0 && roles[i - 1].HasFlag(Role.PasswordWord));
            verifying |= role.HasFlag(Role.Verifying);
            sending |= role.HasFlag(Role.Sending);
            // "sent to my phone", "dikirim ke hp": where it went comes after the sending. Before it only as the one sent to
            // ("sy dikirimin kode"), not as whose thing was sent ("barang sy dikirim ke kode pos …", eleventh round).
            if (role.HasFlag(Role.Sending))
            {
                lastSending = i;
                destination |= i > 0 && roles[i - 1].HasFlag(Role.Destination) && SentToSubject(text, words[i]);
            }

            destination |= role.HasFlag(Role.Destination) && i - lastSending <= DestinationReach;
            money |= role.HasFlag(Role.Money) && !ConfirmsPayment(text, words, i);
            namedOtherwise |= role.HasFlag(Role.NamedOtherwise);
            caseTalk |= role.HasFlag(Role.CaseWord);
            account |= role.HasFlag(Role.Account);
            joints += role.HasFlag(Role.Joint) ? 1 : 0;
            secrecy |= role.HasFlag(Role.SecrecyVerb) && i > 0 && IsNegation(text, words[i - 1]);
            if (role.HasFlag(Role.SpaceWord) && DictatedValueReader.TrySpaced(text, words, i, passwordContext, out var spacedStart, out var spacedEnd))
            {
                SecretSpan.Add(ref found, spacedStart, spacedEnd, SecretKind.Password);
            }
            if (role.HasFlag(Role.LoginWord) || (LogsIn(text, words, i) && i > 0 && roles[i - 1].HasFlag(Role.LoginVerb)))
            {
                lastLogin = i;
            }

            logins[i] = lastLogin;
            codes[i] = lastCode;
            lastCode = role.HasFlag(Role.CodeWord) && !InnocentNeighbour(text, words, i) ? i : lastCode;
            keywords[i] = lastKeyword;
            changes[i] = lastChange;
            if (role.HasFlag(Role.ChangeVerb))
            {
                lastChange = i;
            }
            else if (lastChange >= 0 && (role & (Role.ChangedObject | Role.ChangeTarget)) == 0)
            {
                // "changed my plan to …": another thing changed; the next word may still be where it changed to.
                lastChange = int.MinValue / 2;
            }

            passwordContext |= lastLogin == i || role.HasFlag(Role.PasswordWord);

            if (role.HasFlag(Role.PasswordWord))
            {
                lastKeyword = i;
            }
            else if (role.HasFlag(Role.NotThePassword))
            {
                lastKeyword = int.MinValue / 2;
            }
        }

        var nextLogin = int.MaxValue / 2;
        var nextKeyword = int.MaxValue / 2;
        // Eighth round: a code word later in the sentence names digits read out before it too ("the last one said 55 31 90 and … it
        // said 'incorrect code'").
        var codeLater = false;
        for (var i = words.Length - 1; i >= 0; i--)
        {
            var word = words[i];
            var core = text.AsSpan(word.CoreStart, word.CoreEnd - word.CoreStart);
            var nearLogin = i - logins[i] <= LoginReach || nextLogin - i <= LoginReach;
            var keywordAfter = nextKeyword;
            if (roles[i].HasFlag(Role.PasswordWord) && !Redaction.IsPlaceholderAt(text, word.Start))
            {
                nextKeyword = i;
            }
            else if (roles[i].HasFlag(Role.NotThePassword))
            {
                nextKeyword = int.MaxValue / 2;
            }

            codeLater |= i + 1 < words.Length && roles[i + 1].HasFlag(Role.CodeWord) && !InnocentNeighbour(text, words, i + 1);
            var loginIn = LogsIn(text, words, i) && i > 0 && roles[i - 1].HasFlag(Role.LoginVerb);
            if (roles[i].HasFlag(Role.LoginWord) || loginIn)
            {
                nextLogin = loginIn ? i - 1 : i;
            }

            if (covered is not null && covered.AsSpan(word.Start, word.End - word.Start).Contains(true))
            {
                continue;
            }

            // Every reader of a password-shaped value needs a digit or symbol in it; most words have none, and skip them
            // (a plain word is told so by the split).
            var shaped = (facts[i] & WordFacts.Plain) == 0 && PasswordValue(text, word) is var value && HasDigitOrSymbol(value)
                         && !IsExclaimedWord(value) && !Shapes.IsMasked(value);
            if (shaped && (channel || (sending && destination)) && !money && IsCode(text, words, i, core))
            {
                SecretSpan.Add(ref found, word.CoreStart, word.CoreEnd, SecretKind.Otp);
            }
            else if (shaped && verifying && codes[i] >= 0 && i - codes[i] <= CodeWordReach && !money && IsCode(text, words, i, core))
            {
                SecretSpan.Add(ref found, word.CoreStart, word.CoreEnd, SecretKind.Otp);
            }
            else if (ReadOut(text, words, i, channel || (sending && destination), codes[i] >= 0 || codeLater, out var readEnd))
            {
                SecretSpan.Add(ref found, word.CoreStart, readEnd, SecretKind.Otp);
            }
            else if (shaped && i > 0 && roles[i - 1].HasFlag(Role.UseVerb) && IsTemplateCode(text, words, i, core))
            {
                SecretSpan.Add(ref found, word.CoreStart, word.CoreEnd, SecretKind.Otp);
            }
            else if ((!namedOtherwise && IsVariant(text, words, i)) || IsNamedAsPassword(text, words, i)
                     || (caseTalk && !shaped && IsDescribedByCase(text, words, i, shaped: false, passwordContext && !namedOtherwise))
                     || (shaped && ((nearLogin && i > 0 && IsLoginValue(text, words, i)) || (i - keywords[i] <= NameReach && IsPasswordShaped(text, word))
                         || (i - changes[i] <= ChangeReach && IsChangedTo(text, words, i, passwordContext))
                         || (keywordAfter - i <= NameReach && IsNamedAfter(text, words, i, keywordAfter))
                         || (!namedOtherwise && (IsEnteredValue(text, words, i) || IsUsedForEverything(text, words, i)))
                         || (caseTalk && (IsQuotedValue(text, words[i]) || IsDescribedByCase(text, words, i, shaped, passwordContext && !namedOtherwise)))
                         || (keywords[i] >= 0 && i > 0 && text[words[i - 1].End - 1] == ':' && IsChosenValue(text, word))
                         || (!namedOtherwise && (IsTheOneUsed(text, words, i) || (account && IsUsedOnAccount(text, words, i))
                             || ((account || passwordContext) && IsFailing(text, words, i))))
                         || (secrecy && IsToldValue(text, words, i))
                         || (!namedOtherwise && IsGuessedValue(text, words, i, passwordContext || account)))))
            {
                SecretSpan.Add(ref found, word.CoreStart, word.CoreStart + PasswordValue(text, word).Length, SecretKind.Password);
            }
        }

        ReadPieces(text, words, caseTalk, joints, ref found);
    }

    /// <summary>
    /// A value told in pieces where the sentence talks of letter case ("capital M, then onkey, then 77, then an exclamation
    /// mark"): only sentences with a word of case and two joints are read.
    /// </summary>
    private static void ReadPieces(string text, ReadOnlySpan<SentenceWord> words, bool caseTalk, int joints, ref List<SecretSpan>? found)
    {
        if (caseTalk && joints >= 2 && DictatedValueReader.TryPieces(text, words, out var start, out var end))
        {
            SecretSpan.Add(ref found, start, end, SecretKind.Password);
        }
    }

    /// <summary>
    /// "they sent 9021 via sms for the transfer confirmation", "kode konfirmasi pembayaran": a payment word that names what
    /// the code confirms is no amount of money in the sentence.
    /// </summary>
    private static bool ConfirmsPayment(string text, ReadOnlySpan<SentenceWord> words, int i)
    {
        Span<char> buffer = stackalloc char[24];
        return (i + 1 < words.Length && words[i + 1].Lower(text, buffer) is "confirmation" or "verification" or "authorization" or "authorisation" or "approval")
            || (i > 0 && words[i - 1].Lower(text, buffer) is "konfirmasi" or "verifikasi" or "otorisasi" or "persetujuan");
    }

    private static bool IsNegation(string text, SentenceWord word)
    {
        Span<char> buffer = stackalloc char[24];
        return Negations.Contains(word.Lower(text, buffer));
    }

    /// <summary>The word before the value links it: "is", "was", "itu", "adalah" or a colon ("… everywhere: X").</summary>
    private static bool AfterCopula(string text, ReadOnlySpan<SentenceWord> words, int i)
    {
        if (i == 0)
        {
            return false;
        }

        if (text[words[i - 1].End - 1] == ':')
        {
            return true;
        }

        Span<char> buffer = stackalloc char[24];
        return words[i - 1].CoreEnd == words[i - 1].End && words[i - 1].Lower(text, buffer) is "is" or "was" or "itu" or "adalah" or "=";
    }

    /// <summary>
    /// "the one i use for netflix is ilovemycat99", "its the same one i use everywhere: dragonball_z7", "yg sy pake buat
    /// shopee itu Melati#9": the value of "the one I use", which is a password whatever letters it has.
    /// </summary>
    private static bool IsTheOneUsed(string text, ReadOnlySpan<SentenceWord> words, int i)
    {
        if (!AfterCopula(text, words, i) || !IsChosenValue(text, words[i]))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        for (var k = i - 2; k >= 2 && k >= i - 8; k--)
        {
            if (words[k].Lower(text, buffer) is "use" or "used" or "pake" or "pakai" or "gunakan")
            {
                return words[k - 1].Lower(text, buffer) is "i" or "we" or "sy" or "saya" or "aku" or "gw" or "gue" or "kita" or "kami"
                       && words[k - 2].Lower(text, buffer) is "one" or "ones" or "yg" or "yang";
            }
        }

        return false;
    }

    /// <summary>
    /// "it's something like Rosebud#1952 but I'm not sure", "I use the same one as always, it's something like Garuda#77" (the
    /// thirteenth user trial: both reached a ticket): a value told as roughly what it is. With letters, digits and a symbol it
    /// is a password whatever the sentence is about; with less, in a sentence about a password or an account.
    /// </summary>
    private static bool IsGuessedValue(string text, ReadOnlySpan<SentenceWord> words, int i, bool aboutLogin)
    {
        if (i < 2 || !IsChosenValue(text, words[i]))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        var before = words[i - 1].Lower(text, buffer);
        var guessed = before is "kira2" or "kira-kira" or "kayaknya" or "kyknya" or "sepertinya" or "roughly" or "approximately" or "probably"
            || (before is "like" && words[i - 2].Lower(text, buffer) is "something" or "sth" or "smth" or "somethin" or "kinda" or "sort")
            || (before is "kayak" or "kyk" or "semacam" or "seperti" && words[i - 2].Lower(text, buffer) is "itu" or "sih" or "tuh" or "nya" or "pokoknya" or "kira2");
        if (!guessed)
        {
            return false;
        }

        var value = PasswordValue(text, words[i]);
        return aboutLogin || (value.ContainsAnyInRange('a', 'z') && value.ContainsAnyInRange('A', 'Z') && value.ContainsAnyInRange('0', '9') && HasSymbol(value));
    }

    /// <summary>
    /// "for the shared canva acc we use design@team2024": a value with a symbol in it right after "we use" / "I use" in
    /// a sentence that names an account (checked by the caller).
    /// </summary>
    private static bool IsUsedOnAccount(string text, ReadOnlySpan<SentenceWord> words, int i)
    {
        Span<char> buffer = stackalloc char[24];
        if (i < 2 || words[i - 1].Lower(text, buffer) is not ("use" or "pake" or "pakai") || !IsChosenValue(text, words[i])
            || !HasSymbol(PasswordValue(text, words[i])))
        {
            return false;
        }

        return words[i - 2].Lower(text, buffer) is "i" or "we" or "sy" or "saya" or "aku" or "gw" or "gue" or "kita" or "kami";
    }

    /// <summary>
    /// "why Ilovejesus777 doesnt work for my email", "Kucing#12 gak bisa buat login": a chosen value that is said not to
    /// work, in a sentence about an account or a login (checked by the caller). Capitals and digits alone ("KB5034441") are
    /// an update or a code, not a password.
    /// </summary>
    private static bool IsFailing(string text, ReadOnlySpan<SentenceWord> words, int i)
    {
        if (i + 2 >= words.Length || words[i].CoreEnd != words[i].End || !IsChosenValue(text, words[i])
            || !PasswordValue(text, words[i]).ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        if (words[i + 1].Lower(text, buffer) is not ("doesnt" or "doesn't" or "didnt" or "didn't" or "wont" or "won't" or "isnt" or "isn't"
            or "ga" or "gak" or "gk" or "nggak" or "tidak" or "tdk" or "not" or "no" or "never"))
        {
            return false;
        }

        return words[i + 2].Lower(text, buffer) is "work" or "works" or "working" or "accepted" or "valid" or "bisa" or "diterima" or "masuk" or "jalan";
    }

    /// <summary>
    /// "mine is ch0c0l4t3-ch1p, pls dont tell anyone", "punyaku itu Melati#9, jgn bilang2": a chosen value said to be
    /// one's own ("mine", "it's"), where the sentence asks for secrecy. "the ticket is TCK-20931, dont tell anyone" names
    /// another thing.
    /// </summary>
    private static bool IsToldValue(string text, ReadOnlySpan<SentenceWord> words, int i)
    {
        if (i == 0 || !IsChosenValue(text, words[i]))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        if (words[i - 1].Lower(text, buffer) is "it's" or "its" or "it’s")
        {
            return true;
        }

        return i > 1 && AfterCopula(text, words, i) && words[i - 2].Lower(text, buffer) is "mine" or "punyaku" or "punyaku" or "punyaq" or "punya";
    }

    /// <summary>
    /// A code read out digit by digit or in two threes — "WhatsApp sent 294-117", "Microsoft sent me 9 0 2 4 1 7", "kak ini
    /// kodenya 0 9 1 2 7 3", "kodenya tujuh tiga satu dua nol lima" — after a channel in the sentence, or right after a
    /// bare "code"/"kode": nobody spells out an order number that way.
    /// </summary>
    private static bool ReadOut(string text, ReadOnlySpan<SentenceWord> words, int i, bool channel, bool codeEarlier, out int end)
    {
        end = 0;
        var start = words[i].CoreStart;
        // A word of punctuation alone has no core.
        if (words[i].CoreEnd <= start)
        {
            return false;
        }

        var digit = char.IsAsciiDigit(text[start]);

        // A run is read from its first word: "four four one nine …" is not read again from its third.
        if (i > 0 && words[i - 1].CoreEnd > words[i - 1].CoreStart
            && (char.IsAsciiDigit(text[words[i - 1].CoreEnd - 1]) || SpelledDigits.Read(text, words[i - 1].CoreStart, out _) > 0))
        {
            return false;
        }

        if (!digit && !channel && !codeEarlier && (i == 0 || words[i - 1].CoreEnd <= words[i - 1].CoreStart || text[words[i - 1].CoreStart] is not ('c' or 'C' or 'k' or 'K')))
        {
            return false;
        }

        var afterCode = i > 0 && IsBareCodeWord(text, words[i - 1]) && !InnocentNeighbour(text, words, i - 1);
        // A code word earlier in the sentence: digits read out one by one or in two threes, not after a word that
        // says they are something else ("code 7 for the order 123 456").
        var named = codeEarlier && !BlockedBefore(text, words, i);
        // "text: my order number is four four one …", "sms dr 3345" (sixteenth round): a channel in the sentence does not make
        // a number the words before it name, or the sender's, a code.
        var sent = channel && !BlockedBefore(text, words, i) && !IsSenderNumber(text, words, i);
        if (!sent && !afterCode && !named)
        {
            return false;
        }

        if (digit && Shapes.IsSeparatedDigits(text, start, out end, out var digits))
        {
            return digits is >= 4 and <= 8;
        }

        // Spelled out, a run of four to eight digit words is read as digits are ("code was nine nine two oh four one",
        // "the number from the text is three eight eight one zero five").
        return SpelledDigits.Read(text, start, out end) is >= 4 and <= 8;
    }

    /// <summary>"code", "kodenya": a bare code word, what digits read out right after it are the value of.</summary>
    private static bool IsBareCodeWord(string text, SentenceWord word)
    {
        // Each of them is four to seven characters with an "o" second: most words are ruled out before they are lowered.
        var length = word.CoreEnd - word.CoreStart;
        if (length is < 4 or > 7 || (text[word.CoreStart + 1] < 128 && (text[word.CoreStart + 1] | 0x20) != 'o'))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        return word.Lower(text, buffer) is "code" or "kode" or "kodenya" or "codenya" or "kode:" or "kodeny" or "kodeotp";
    }

    /// <summary>"password", "sandinya", "pw": a word for a password, as the sentence readers know them.</summary>
    private static bool IsPasswordWord(string text, SentenceWord word)
    {
        Span<char> buffer = stackalloc char[24];
        return PasswordWords.Contains(word.Lower(text, buffer));
    }

    /// <summary>"referral code", "kode booking", "kode pos": a code word next to a word naming a code that is no secret.</summary>
    private static bool InnocentNeighbour(string text, ReadOnlySpan<SentenceWord> words, int i) =>
        (i > 0 && ChatWords.Classify(text.AsSpan(words[i - 1].CoreStart, words[i - 1].CoreEnd - words[i - 1].CoreStart)).HasAny(WordFlags.InnocentCode))
        || (i + 1 < words.Length && ChatWords.Classify(text.AsSpan(words[i + 1].CoreStart, words[i + 1].CoreEnd - words[i + 1].CoreStart)).HasAny(WordFlags.InnocentCode));

    /// <summary>A word within three before the digits that says what else they are: "order 482913", "saldo saya 482913".</summary>
    private static bool BlockedBefore(string text, ReadOnlySpan<SentenceWord> words, int i)
    {
        Span<char> buffer = stackalloc char[24];
        for (var k = Math.Max(0, i - BlockerReach); k < i; k++)
        {
            if (Blockers.Contains(words[k].Lower(text, buffer)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Use 883104 to verify your Shopee account", "Gunakan 551902 untuk masuk": 4–8 digits after a verb of using (checked
    /// by the caller) and before "to"/"untuk" and what the code does; the words OTP messages are written in.
    /// </summary>
    private static bool IsTemplateCode(string text, ReadOnlySpan<SentenceWord> words, int i, ReadOnlySpan<char> core)
    {
        if (core.Length is < 4 or > 8 || !Shapes.IsAllDigits(core) || words[i].CoreEnd != words[i].End || i + 2 >= words.Length)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        return words[i + 1].Lower(text, buffer) is "to" or "untuk" or "utk" or "buat" && PurposeWords.Contains(words[i + 2].Lower(text, buffer));
    }

    /// <summary>"dikirimin", "dikirimi": the passive whose subject is the one sent to ("sy dikirimin 883104").</summary>
    private static bool SentToSubject(string text, SentenceWord word)
    {
        Span<char> buffer = stackalloc char[24];
        return word.Lower(text, buffer) is "dikirimin" or "dikirimi";
    }

    /// <summary>The "in" of "log in", "sign in", "get in".</summary>
    private static bool LogsIn(string text, ReadOnlySpan<SentenceWord> words, int i) =>
        words[i].CoreEnd - words[i].CoreStart == 2 && text.AsSpan(words[i].CoreStart, 2).Equals("in", StringComparison.OrdinalIgnoreCase);

    private static bool IsCode(string text, ReadOnlySpan<SentenceWord> words, int i, ReadOnlySpan<char> core)
    {
        if (core.Length is < 4 or > 8 || !Shapes.IsAllDigits(core) || (core.Length == 4 && core[0] is '1' or '2' && core[1] is '9' or '0'))
        {
            return false;
        }

        // "+6281…", "#48291", "48291-A": stuck to something else.
        var word = words[i];
        if (word.CoreStart > word.Start && text[word.CoreStart - 1] is not ('(' or '"' or '\''))
        {
            return false;
        }

        // "0857 1234 5678", "+62 813 1111 2222": one group of a longer number.
        if ((i > 0 && IsDigitGroup(text, words[i - 1])) || (i + 1 < words.Length && IsDigitGroup(text, words[i + 1])))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        for (var k = Math.Max(0, i - BlockerReach); k < i; k++)
        {
            if (Blockers.Contains(words[k].Lower(text, buffer)))
            {
                return false;
            }
        }

        return !IsSenderNumber(text, words, i) && (i + 1 >= words.Length || !Units.Contains(words[i + 1].Lower(text, buffer)));
    }

    // Right before digits, what makes them the number a text came from or went to.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SenderWords = ChatWords.Lookup(
        "from", "dari", "dr", "to", "ke", "pengirim", "sender", "shortcode");

    /// <summary>
    /// "sy dpt sms dr 3345", "texts … from a short code 62884", "I reported it to 7726" (sixteenth round, false positives): the
    /// number a message came from or was sent to, right after "from", "dari", "to" or "short code".
    /// </summary>
    private static bool IsSenderNumber(string text, ReadOnlySpan<SentenceWord> words, int i)
    {
        if (i == 0 || words[i - 1].CoreEnd != words[i - 1].End)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        var before = words[i - 1].Lower(text, buffer);
        if (SenderWords.Contains(before))
        {
            return true;
        }

        return i > 1 && before is "code" or "kode" && words[i - 2].Lower(text, buffer) is "short" or "pendek";
    }

    private static bool IsLoginValue(string text, ReadOnlySpan<SentenceWord> words, int i)
    {
        if (!IsPasswordShaped(text, words[i]))
        {
            return false;
        }

        var before = words[i - 1];
        var previous = text.AsSpan(before.Start, before.End - before.Start);
        if (previous.EndsWith(":") || previous.EndsWith(","))
        {
            return true;
        }

        Span<char> buffer = stackalloc char[24];
        var marker = before.Lower(text, buffer);
        // "I think I typed Rocket_man99 at the login screen"; "I typed budi_santoso88 at the login screen" is a username.
        var value = PasswordValue(text, words[i]);
        return ValueMarkers.Contains(marker) || (TryVerbs.Contains(marker) && HasInnerDigitOrSymbol(value) && !IsUsernameShaped(value));
    }

    /// <summary>
    /// "i entered sunshine77 like five times", "Whenever I put in moonlight2019 it just spins", "typed greenapple456 like
    /// always": a value with letters and a digit or symbol right after a verb of entering, in a sentence that does not say
    /// it is a name, an id or a code of another kind (checked by the caller).
    /// </summary>
    private static bool IsEnteredValue(string text, ReadOnlySpan<SentenceWord> words, int i)
    {
        if (i == 0)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        var verb = i - 1;
        var before = words[verb].Lower(text, buffer);
        Span<char> earlier = stackalloc char[24];
        // "ibu sy ngetiknya selalu "ibunda1965"" (twelfth round): how often, between the verb and the value.
        if (verb > 0 && before is "selalu" or "always" or "slalu" or "tetep" or "tetap" or "still" or "just" or "cuma" or "only" or "again" or "lagi")
        {
            before = words[--verb].Lower(text, buffer);
        }

        // "I even tried typing it like Monsoon#2024 slowly" (twelfth trial): how it was typed, between the verb and the value.
        for (var bridged = 0; bridged < 2 && verb > 0 && EntryBridges.Contains(before); bridged++)
        {
            before = words[--verb].Lower(text, buffer);
        }

        if (!EntryVerbs.Contains(before) && !(verb > 0 && before is "in" && words[verb - 1].Lower(text, earlier) is "put" or "putting" or "puts"))
        {
            return false;
        }

        var value = PasswordValue(text, words[i]);
        // "I typed budi_santoso88 at the login screen": lowercase with "_" or "." is how usernames are written; typed
        // again and again ("i typed kopi_susu2023 like 5 times"), it is the password that keeps failing.
        // "I wrote ERR_CONN_500 in the ticket": capitals joined by "_" are a name a system printed, not a password.
        var systemName = value.Contains('_') && !value.ContainsAnyInRange('a', 'z');
        return IsChosenValue(text, words[i]) && !systemName && (!(IsUsernameShaped(value) && value.ContainsAny('_', '.')) || AttemptsFollow(text, words, i));
    }

    /// <summary>"… like 5 times", "… 3x", "… berkali2": a count of attempts within three words after the value.</summary>
    private static bool AttemptsFollow(string text, ReadOnlySpan<SentenceWord> words, int i)
    {
        Span<char> buffer = stackalloc char[24];
        for (var k = i + 1; k < words.Length && k <= i + 3; k++)
        {
            var lower = words[k].Lower(text, buffer);
            if (PasswordReader.IsCount(lower) || lower is "berkali2" or "berkali-kali")
            {
                return true;
            }

            if (lower is "times" or "kali" && k > i + 1 && words[k - 1].CoreEnd > words[k - 1].CoreStart
                && (char.IsAsciiDigit(text[words[k - 1].CoreStart]) || SpelledDigits.Read(text, words[k - 1].CoreStart, out _) == 1
                    || words[k - 1].Lower(text, buffer) is "few" or "many" or "several" or "beberapa" or "berapa"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Eighth round: a value where the sentence says what its letters are, set off as the thing told — "it's bluemoon2019, all
    /// lowercase", "semua huruf kecil gk ada angka: nasipadangenak, itu sandi sy". Opening the sentence after "it's" or right
    /// after a colon; letters alone only after a colon in a sentence about a password. Not in a sentence about an error.
    /// </summary>
    private static bool IsDescribedByCase(string text, ReadOnlySpan<SentenceWord> words, int i, bool shaped, bool aboutPassword)
    {
        var word = words[i];
        var value = PasswordValue(text, word);
        if (value.Length < 6 || i == 0 || Redaction.Covers(text, word.CoreStart) || Shapes.IsAddress(value) || !Shapes.HasLetter(value)
            || ChatWords.Classify(value) != WordFlags.None)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        // "password rules: uppercase, lowercase, numbers": the case words are the rule, not a value.
        if (CaseWords.Contains(word.Lower(text, buffer)) || (!shaped && i + 1 < words.Length && text[word.End - 1] == ',' && CaseWords.Contains(words[i + 1].Lower(text, buffer))
            && i + 2 < words.Length && text[words[i + 1].End - 1] == ','))
        {
            return false;
        }

        foreach (var other in words)
        {
            // Nor where it lists rules ("password harus: …, huruf kecil dan angka").
            if (other.Lower(text, buffer) is "error" or "eror" or "says" or "said" or "message" or "muncul" or "tulisan" or "tulisannya" or "pesan" or "notif"
                or "rule" or "rules" or "syarat" or "harus" or "must" or "requirement" or "requirements" or "minimal" or "minimum")
            {
                return false;
            }
        }

        var afterColon = text[words[i - 1].End - 1] == ':';
        var quoted = word.CoreStart > word.Start && word.CoreEnd < word.End && text[word.Start] is '"' or '\'' or '“' or '‘';
        // "mangolassi (lowercase)", "bluemoon2019, all lowercase": the remark on its letters follows the value.
        var remarkAfter = i + 1 < words.Length && text[word.End - 1] is ',' or '(' || (i + 1 < words.Length && text[words[i + 1].Start] == '(');
        remarkAfter = remarkAfter && i + 1 < words.Length && (CaseWords.Contains(words[i + 1].Lower(text, buffer))
            || (i + 2 < words.Length && words[i + 1].Lower(text, buffer) is "all" or "semua" && CaseWords.Contains(words[i + 2].Lower(text, buffer))));
        if (!shaped)
        {
            return (afterColon || quoted || remarkAfter) && aboutPassword && value.Length >= 8 && !value.ContainsAnyExceptInRange('a', 'z');
        }

        var opener = i == 1 && words[0].Lower(text, buffer) is "it's" or "its" or "itu" or "ini";
        return (afterColon || opener || remarkAfter) && IsPasswordShaped(text, word);
    }

    /// <summary>"it's \"grandmaMary1948\" with a capital G": a quoted value with a digit or symbol, where the sentence talks of letter case.</summary>
    private static bool IsQuotedValue(string text, SentenceWord word)
    {
        var quoted = word.CoreStart > word.Start && word.CoreEnd < word.End && text[word.Start] is '"' or '\'' or '“' or '‘';
        return quoted && IsChosenValue(text, word);
    }

    /// <summary>"i use qwerty2020 for literally everything", "sy pake melati88 buat semua": one value used for every account.</summary>
    private static bool IsUsedForEverything(string text, ReadOnlySpan<SentenceWord> words, int i)
    {
        Span<char> buffer = stackalloc char[24];
        if (i == 0 || words[i - 1].Lower(text, buffer) is not ("use" or "used" or "using" or "pake" or "pakai" or "make")
            || !IsChosenValue(text, words[i]))
        {
            return false;
        }

        for (var k = i + 1; k < words.Length && k <= i + 4; k++)
        {
            if (Everything.Contains(words[k].Lower(text, buffer)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "antara mawarmerah21 atau mawarputih21", "tried correcthorsebattery and CorrectHorseBattery": two spellings of one
    /// value side by side (the same first five letters, but not the same), as people list the passwords they tried.
    /// </summary>
    private static bool IsVariant(string text, ReadOnlySpan<SentenceWord> words, int i)
    {
        // Most words are too short to be one of two spellings: ruled out before their value is trimmed.
        if (words[i].End - words[i].CoreStart < 6)
        {
            return false;
        }

        // The value is trimmed only when a neighbour may be its partner; most words have none.
        ReadOnlySpan<char> value = default;
        for (var k = Math.Max(0, i - 3); k < words.Length && k <= i + 3; k++)
        {
            // Cheap first: a partner of five letters or more that starts with the same letter.
            if (k == i || words[k].CoreEnd - words[k].CoreStart < 5 || (text[words[k].CoreStart] | 0x20) != (text[words[i].CoreStart] | 0x20))
            {
                continue;
            }

            if (value.IsEmpty)
            {
                value = PasswordValue(text, words[i]);
                if (value.Length < 6)
                {
                    return false;
                }
            }

            var other = PasswordValue(text, words[k]);
            if (other.Length < 6 || other.SequenceEqual(value) || !value[..5].Equals(other[..5], StringComparison.OrdinalIgnoreCase)
                || Redaction.IsPlaceholderAt(text, words[k].Start) || Redaction.Covers(text, words[k].CoreStart) || NearbyValueReader.IsProduct(other))
            {
                continue;
            }

            // Letters alone only when the two differ in case alone ("correcthorsebattery" / "CorrectHorseBattery").
            if ((HasInnerDigitOrSymbol(value) && HasInnerDigitOrSymbol(other)) || value.Equals(other, StringComparison.OrdinalIgnoreCase))
            {
                // "ref TXN-99812 and TXN-99840": two references side by side, as a system numbers them (eleventh round).
                return Shapes.HasLetter(value) && !Shapes.IsAddress(value) && !IsVersion(value) && !NearbyValueReader.IsProduct(value)
                    && !Shapes.IsReference(value) && !Shapes.IsNumberedCode(value) && !Shapes.IsPrintedId(value)
                    && !Redaction.Covers(text, words[i].CoreStart)
                    && !IsPasswordWord(text, words[i]) && !CredentialScanner.StartsKeyword(text, words[i].CoreStart);
            }
        }

        return false;
    }

    /// <summary>"I went with bananabread as my password", "sy pake melati sbg sandi": the value named a password by what follows it.</summary>
    private static bool IsNamedAsPassword(string text, ReadOnlySpan<SentenceWord> words, int i) =>
        // Most words are ruled out by the length and first letter of the word after them ("as", "sbg", "sebagai"), before it is read.
        i + 2 < words.Length && words[i].CoreEnd == words[i].End && words[i + 1].CoreEnd - words[i + 1].CoreStart is 2 or 3 or 7
        && text[words[i + 1].CoreStart] is 'a' or 'A' or 's' or 'S' && IsNamedAsPasswordAfter(text, words, i);

    private static bool IsNamedAsPasswordAfter(string text, ReadOnlySpan<SentenceWord> words, int i)
    {
        // "as" first: it rules out nearly every word, before the value is read.
        Span<char> buffer = stackalloc char[24];
        if (!AsWords.Contains(words[i + 1].Lower(text, buffer)))
        {
            return false;
        }

        var value = PasswordValue(text, words[i]);
        if (value.Length is < 5 or > ChatToken.MaxLength || !Shapes.HasLetter(value) || Shapes.IsAddress(value) || IsVersion(value))
        {
            return false;
        }

        var next = i + 2;
        if (words[next].Lower(text, buffer) is "my" or "the" or "a" or "new" or "saya" or "sy" or "aku")
        {
            next++;
        }

        if (next < words.Length && words[next].Lower(text, buffer) is "new" or "baru")
        {
            next++;
        }

        // The value itself must not be a pronoun or a filler: "use it as my password", "pakai itu sbg sandi".
        Span<char> own = stackalloc char[24];
        var lower = words[i].Lower(text, own);
        if (lower is "that" or "this" or "those" or "these" or "itu" or "ini" or "something" or "sesuatu" or "same" or "sama" or "email" or "birthday" or "name")
        {
            return false;
        }

        return next < words.Length && !Redaction.IsPlaceholderAt(text, words[next].Start) && IsPasswordWord(text, words[next]);
    }

    /// <summary>Lowercase letters, digits, '_' and '.' only: how usernames are written ("budi_santoso88", "rina.k").</summary>
    private static bool IsUsernameShaped(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c is not ('_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A symbol other than one final '!' (which ends sentences): "Bluebird#19", "Winter2025!!", "Kuda_Lari8".</summary>
    private static bool HasSymbol(ReadOnlySpan<char> value)
    {
        var inner = value.EndsWith("!") && !value.EndsWith("!!") ? value[..^1] : value;
        foreach (var c in inner)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "works now, thanks!", "done!!" (thirteenth round, a false positive): a word of the sentence's own, its '!' the
    /// sentence's end. A word of letters that the guard knows as an ordinary one is no value for the '!' after it.
    /// </summary>
    private static bool IsExclaimedWord(ReadOnlySpan<char> value) =>
        value.Length > 1 && value[^1] == '!' && !HasInnerDigitOrSymbol(value)
        && (ChatWords.Classify(value.TrimEnd('!')).HasAny(WordFlags.Stop) || Courtesies.Contains(value.TrimEnd('!')));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Courtesies = new[]
    {
        "cheers", "thanks", "thx", "ty", "tq", "makasih", "mksh", "terimakasih", "great", "awesome", "perfect", "nice", "cool",
        "sip", "mantap", "mantul", "oke", "okay", "ok", "yay", "hooray", "alhamdulillah", "amazing", "brilliant", "lovely",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A digit or symbol before any trailing '!': "thanks!" is a word at the end of a sentence, "Hotdog!99" a value.</summary>
    private static bool HasInnerDigitOrSymbol(ReadOnlySpan<char> value) => HasDigitOrSymbol(value.TrimEnd('!'));

    /// <summary>"… reset it to Bluebird#19", "… ganti jadi Semangka2025", "… the old one, Moonlight55": the value a verb of changing led to.</summary>
    private static bool IsChangedTo(string text, ReadOnlySpan<SentenceWord> words, int i, bool passwordContext)
    {
        var value = PasswordValue(text, words[i]);
        if (i == 0 || !IsChosenValue(text, words[i]))
        {
            return false;
        }

        // "I updated to Windows11", "ganti jadi iPhone15": letters and digits alone are a password only when the
        // sentence is about one (a password or login word); a symbol in them ("Bluebird#19", "Winter2025!!") is enough.
        if (!passwordContext && !HasSymbol(value))
        {
            return false;
        }

        var before = words[i - 1];
        var raw = text.AsSpan(before.Start, before.End - before.Start);
        if (raw.EndsWith(",") || raw.EndsWith(":"))
        {
            return true;
        }

        Span<char> buffer = stackalloc char[24];
        return ChangeTargets.Contains(raw.Length <= 2 ? raw : before.Lower(text, buffer));
    }

    /// <summary>
    /// "Durian2025 pw nya btw", "sy ketik Serayu#2022 sbg password", "\"Mercury2020\" isn't accepted as my password": a
    /// value that opens the sentence, is quoted, or follows a verb of trying or typing, with a password word after it
    /// that ends its clause.
    /// </summary>
    private static bool IsNamedAfter(string text, ReadOnlySpan<SentenceWord> words, int i, int keyword)
    {
        var word = words[i];
        if (!IsChosenValue(text, word)
            || !KeywordEndsClause(text, words, keyword))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        var quoted = word.CoreStart > word.Start && word.CoreEnd < word.End && text[word.Start] is '"' or '\'' or '“' or '‘';
        var opens = i == 0 || (i == 1 && Openers.Contains(words[0].Lower(text, buffer)));
        return quoted || opens || (i > 0 && TryVerbs.Contains(words[i - 1].Lower(text, buffer)));
    }

    private static bool KeywordEndsClause(string text, ReadOnlySpan<SentenceWord> words, int keyword)
    {
        Span<char> buffer = stackalloc char[24];
        for (var k = keyword; k < words.Length; k++)
        {
            if (k > keyword && !Trailers.Contains(words[k].Lower(text, buffer)))
            {
                return false;
            }

            if (words[k].CoreEnd < words[k].End && text[words[k].End - 1] is ',' or '.' or '!' or '?' or ';')
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>A value someone chose as a password: password-shaped, a digit or symbol inside it, and no version number.</summary>
    private static bool IsChosenValue(string text, SentenceWord word) =>
        IsPasswordShaped(text, word) && HasInnerDigitOrSymbol(PasswordValue(text, word)) && !IsVersion(PasswordValue(text, word));

    /// <summary>"v2.3.1-beta", "17.2", "UP1A.231005.007": a version, not a password.</summary>
    private static bool IsVersion(ReadOnlySpan<char> value)
    {
        if (value.Length > 1 && value[0] is 'v' or 'V' && char.IsAsciiDigit(value[1]))
        {
            return true;
        }

        for (var k = 1; k + 1 < value.Length; k++)
        {
            if (value[k] == '.' && char.IsAsciiDigit(value[k - 1]) && char.IsAsciiDigit(value[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Six or more characters with letters and digits or symbols, not an address: "Kucing123", "Bud1!2345".</summary>
    private static bool IsPasswordShaped(string text, SentenceWord word)
    {
        var value = PasswordValue(text, word);
        // "Invalid password (ERR-22)": an error's code in brackets is what the screen printed (seventh round).
        if (word.CoreStart > word.Start && text[word.CoreStart - 1] == '(' && Shapes.IsErrorCode(text.AsSpan(word.CoreStart, word.CoreEnd - word.CoreStart)))
        {
            return false;
        }

        return !Shapes.IsDoubled(value) && value.Length is >= 6 and <= ChatToken.MaxLength && Shapes.Of(value) == Shape.Strong && Shapes.HasLetter(value)
            && !Shapes.IsAddress(value) && HasDigitOrSymbol(value) && !NearbyValueReader.IsProduct(value)
            // A word the guard knows is none: "changed the password, now 2-step asks for a code".
            && !ChatWords.Classify(value).HasAny(WordFlags.Stop);
    }

    /// <summary>The core and a trailing '!' that belongs to the value ("Jakarta2024!"); a question mark or full stop ends the sentence.</summary>
    private static ReadOnlySpan<char> PasswordValue(string text, SentenceWord word)
    {
        // Asked of every word: trimmed by hand, as TrimEnd with a set of characters would, without its set look-ups.
        var end = word.End;
        while (end > word.CoreStart && text[end - 1] is ',' or ';' or ':' or '.' or '?' or ')' or '"' or '\'')
        {
            end--;
        }

        return text.AsSpan(word.CoreStart, end - word.CoreStart);
    }

    private static bool IsDigitGroup(string text, SentenceWord word)
    {
        var raw = text.AsSpan(word.Start, word.End - word.Start).TrimStart('+').TrimEnd(",.;:!?)");
        return Shapes.IsAllDigits(raw);
    }

    private static bool HasDigitOrSymbol(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (char.IsDigit(c) || c is '!' or '@' or '#' or '$' or '%' or '^' or '&' or '*' or '_' or '+' or '=' or '?' or '~')
            {
                return true;
            }
        }

        return false;
    }

}
