using System.Buffers;
using System.Collections.Frozen;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// A credential keyword that no other reader found a value for: its class and where it stands. With
/// <see cref="Alternative"/>, the end of a value a reader did find, after which a second one may be offered ("1203 atau 1230").
/// </summary>
internal readonly record struct KeywordSite(CredentialClass Class, int Start, int End, bool Alternative = false);

/// <summary>
/// Fifth round (issue 13): a value by its shape near a credential word, in either order and with any words between,
/// instead of one more phrasing. Four rounds of hand-written phrasings ("password is X", "X pw nya", "reset it to
/// X") lifted their own lines and left the held-back parts where they were: people link a keyword to its value in
/// more ways than a list of links can hold. What does carry over is what the value looks like. So, for a keyword
/// left without a value, the words of its sentence within a few words on either side are read for a token shaped
/// like what that keyword names — a chosen password (six or more characters, letters with digits or symbols,
/// not an address, a version, an id in capitals or a name after "user"/"email"/"order"), or digits of a PIN's,
/// one-time code's or CVV's length that are no year, amount, count, phone group or numbered thing. One value per
/// keyword, the nearest after it first.
/// Linear: each keyword reads a bounded number of bounded words, and keywords are bounded per message.
/// </summary>
internal static class NearbyValueReader
{
    public const int MaxSites = 16;
    private const int WordsAfter = 8;
    private const int WordsBefore = 5;
    private const int MaxWordLength = 64;

    // Right before a value, these say it is a name, an id or a place, not the secret: "password for user budi88",
    // "PIN for order 482913", "sandi akun rina2020", "password on Windows11".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Naming = ChatWords.Lookup(
        "user", "username", "usernya", "userid", "uname", "login", "id", "email", "e-mail", "mail", "akun", "account", "acc",
        "acct", "order", "pesanan", "error", "err", "model", "tipe", "type", "version", "versi", "ticket", "tiket", "case",
        "ref", "reference", "serial", "sn", "invoice", "inv", "resi", "no", "nomor", "nomer", "number", "num", "device",
        "windows", "android", "ios", "iphone", "ssid", "named", "called",
        "nama", "name", "on", "di", "at", "in", "from", "dari", "via", "handle", "nick", "nickname",
        "member", "customer", "pelanggan", "nasabah", "rekening", "norek", "va", "npwp", "nik", "ktp", "imei", "voucher",
        "promo", "kupon", "coupon", "referral", "kode", "code", "build", "update", "patch", "plan", "paket", "package",
        "product", "produk", "license", "lisensi", "key", "not", "bukan", "than", "like", "seperti", "kayak", "kyk", "beda");

    // Within three words before a chosen-looking value, these say it is whose account, not the secret: "username sy
    // budi_s88, lupa passwordnya", "my username is Kucing123 and I forgot the password".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Identity = ChatWords.Lookup(
        "user", "username", "usernya", "usernamenya", "userid", "uname", "id", "email", "e-mail", "emailnya", "akun", "account",
        "acc", "nickname", "handle", "name", "nama");

    // Anywhere in the reach, these make digits a place or a delivery: "the pin code of my area is 560001".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Places = ChatWords.Lookup(
        "area", "delivery", "address", "alamat", "pengiriman", "postal", "postcode", "zip", "kodepos", "kecamatan",
        "kelurahan", "city", "kota", "district", "shipping", "courier", "kurir");

    // Within three words before digits, these say what else they are: "PIN blocked, ticket 4821", "OTP to the number ending 0912".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DigitBlockers = ChatWords.Lookup(
        "order", "pesanan", "ticket", "tiket", "case", "kasus", "balance", "saldo", "bill", "tagihan", "package", "paket",
        "parcel", "resi", "tracking", "invoice", "inv", "error", "err", "transaksi", "transaction", "trx", "ref", "reference",
        "amount", "nominal", "total", "sisa", "rp", "idr", "usd", "no", "nomor", "nomer", "number", "num", "#", "id", "booking",
        "voucher", "promo", "pos", "postal", "zip", "kodepos", "ext", "room", "kamar", "flight", "seat", "point", "points",
        "poin", "version", "versi", "v", "ending", "end", "ends", "akhiran", "berakhiran", "last", "terakhir", "year",
        "tahun", "thn", "since", "sejak", "at", "jam", "pukul", "until", "sampai", "before", "after", "setelah", "sebelum",
        "tanggal", "tgl", "date", "model", "tipe", "type", "hp", "phone", "wa", "nik", "ktp", "imei", "rekening", "norek",
        "akun", "account", "va", "member", "customer", "pelanggan", "kode", "code", "limit", "max", "maks", "min", "minimal",
        "maximum", "maksimal", "about", "sekitar", "around", "approx", "kurang", "lebih", "over", "under", "wrong", "salah",
        "not", "bukan", "than", "daripada", "kartu", "card", "bank", "cabang", "branch");

    // Straight after digits, these make them an amount, a count, a length or a duration.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = ChatWords.Lookup(
        "rupiah", "rp", "idr", "rb", "ribu", "jt", "juta", "k", "usd", "dollars", "points", "poin", "times", "kali", "x",
        "minutes", "mins", "menit", "seconds", "secs", "detik", "hours", "hrs", "jam", "days", "hari", "km", "kg", "items",
        "pcs", "mb", "gb", "digit", "digits", "angka", "characters", "chars", "karakter", "huruf", "tries", "attempts",
        "percobaan", "am", "pm", "wib", "wita", "wit", "tahun", "years", "bulan", "months", "minggu", "weeks", "orang",
        "people", "users", "transaksi", "%");

    // Money in the reach of the keyword: "the OTP for my 250000 transfer".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Money = ChatWords.Lookup(
        "paid", "pay", "bayar", "dibayar", "transfer", "transferred", "tf", "topup", "top-up", "refund", "charged", "kepotong",
        "saldo", "balance", "tagihan", "harga", "price", "rp", "idr", "usd", "rupiah", "ribu", "rb", "jt", "juta");

    // Straight after the keyword, these make it a thing of its own: "password manager", "PIN field", "OTP screen".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundHeads = ChatWords.Lookup(
        "manager", "managers", "policy", "policies", "field", "box", "form", "page", "screen", "link", "requirement",
        "requirements", "rule", "rules", "strength", "hint", "generator", "history", "app", "menu", "setting", "settings",
        "feature", "fitur", "halaman", "kolom", "menunya", "aturan", "syarat", "pengaturan", "reset", "length", "panjang");

    // Between a preposition and the value, what may stand: "on my Windows11 laptop", "di HP saya".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = ChatWords.Lookup(
        "my", "the", "a", "an", "our", "your", "this", "that", "his", "her", "their", "saya", "sy", "aku", "ku", "gw");

    // Words that put a message on signing in, so a strongly shaped token in it is read as a password with no keyword.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LoginTopic = ChatWords.Lookup(
        "password", "passwordnya", "pw", "pwd", "pass", "sandi", "sandinya", "login", "log", "logging", "sign", "masuk",
        "locked", "lock", "kekunci", "terkunci", "keblokir", "reset", "direset", "incorrect", "wrong", "salah", "typed",
        "type", "ketik", "tried", "try", "coba", "nyoba", "pakai", "pake", "use", "used", "usual", "biasa", "diganti",
        "ganti", "changed", "change", "akun", "account", "get", "into", "open", "buka",
        // "It should accept Manila_2025 since that's what I set yesterday" (the tenth user trial): what a system should take.
        "accept", "accepts", "accepted", "nerima", "terima", "diterima");

    // Letters of a product, brand or plan before its number: "iPhone15", "Windows11", "Premium200".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Products = ChatWords.Lookup(
        "windows", "win", "android", "iphone", "ios", "ipad", "ipados", "macos", "galaxy", "pixel", "redmi", "xiaomi", "note",
        "chrome", "firefox", "edge", "office", "xbox", "ps", "premium", "pro", "plus", "max", "ultra", "mini", "lite",
        "basic", "gold", "silver", "platinum", "oppo", "vivo", "realme", "poco", "nokia", "huawei", "honor", "samsung",
        "macbook", "macbookpro", "thinkpad", "ideapad", "vivobook", "zenbook", "surface", "java", "python", "node", "net",
        "gen", "version", "level", "lvl", "season", "chapter", "room", "gate", "terminal", "flight", "seat", "bus");

    /// <summary>
    /// A token strong enough to be a chosen password on its own — six or more characters mixing three of lowercase,
    /// capitals, digits and inner symbols ("Tigerlily@2025", "Qwerty!23", "SayangMama2025", "Fluffy.Cat.77") — in a
    /// message about signing in, when no reader found it: "I typed X", "used my usual one, X", "now it's X".
    /// Not a product with its number ("iPhone15"), an address, a version, a username or a name after "user"/"email".
    /// </summary>
    public static void ScanStrong(string text, MessageWords words, ref List<SecretSpan>? found)
    {
        var read = words.All[..words.Readable];
        var facts = words.Facts;
        // Most messages hold no value of this shape: look for one before reading what the message is about (a plain
        // word, letters alone, is none).
        var candidate = false;
        for (var i = 0; i < read.Length; i++)
        {
            if ((facts[i] & WordFacts.Plain) == 0 && IsStrongValue(text, read[i]))
            {
                candidate = true;
                break;
            }
        }

        if (!candidate)
        {
            return;
        }

        Span<char> buffer = stackalloc char[24];
        var topic = false;
        for (var i = 0; i < read.Length && !topic; i++)
        {
            // "[password removed]" is the guard's own word, not the message's topic.
            var lower = read[i].Lower(text, buffer);
            topic = LoginTopic.Contains(lower) && !Redaction.IsPlaceholderAt(text, read[i].Start)
                // "Error log: … user_id=55102877" (sixteenth round, a false positive): "log" signs in only as "log in", "log on".
                && (!lower.SequenceEqual("log") || (i + 1 < read.Length && read[i].CoreEnd == read[i].End && SignsIn(read[i + 1].Lower(text, buffer))));
        }

        if (!topic)
        {
            return;
        }

        SentenceWord? previous = null;
        for (var i = 0; i < read.Length; i++)
        {
            var word = read[i];
            if ((facts[i] & WordFacts.Plain) == 0 && IsStrongValue(text, word) && !IsLogField(text, word)
                && IsValue(text, CredentialClass.Password, word, previous, null, [], found, out var kind) && kind == ValueKind.Chosen)
            {
                SecretSpan.Add(ref found, word.CoreStart, ValueEnd(text, word, kind), SecretKind.Password);
            }

            previous = EndsSentence(text, word) ? null : word;
        }
    }

    /// <summary>
    /// "user_id=55102877", "attempts=2" in a pasted log (sixteenth round, a false positive): a field's value, named by the field.
    /// A credential assigned so ("token=…") is <see cref="CredentialPairReader"/>'s.
    /// </summary>
    private static bool IsLogField(string text, SentenceWord word)
    {
        var equals = text.AsSpan(word.CoreStart, word.End - word.CoreStart).IndexOf('=');
        return equals > 0 && !text.AsSpan(word.CoreStart, equals).ContainsAnyExcept(IdentifierCharacters);
    }

    private static readonly SearchValues<char> IdentifierCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-");

    private static bool SignsIn(ReadOnlySpan<char> next) => next is "in" or "on" or "into" or "ke" or "masuk";

    /// <summary>A word strong enough to be a chosen password on its own, and no product with its number.</summary>
    private static bool IsStrongValue(string text, SentenceWord word)
    {
        // Most words are shorter than a strong value can be: ruled out before their value is trimmed and read.
        if (word.End - word.CoreStart < MinStrongLength)
        {
            return false;
        }

        var value = ChosenValue(text, word);
        return IsStrong(value) && !IsProduct(value);
    }

    // ASCII letters alone are two of the four kinds of character at most: no strong value, whatever their case.
    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private const int MinStrongLength = 6;

    private static bool IsStrong(ReadOnlySpan<char> value)
    {
        if (value.Length is < MinStrongLength or > 40 || !value.ContainsAnyExcept(AsciiLetters))
        {
            return false;
        }

        var inner = value.TrimEnd('!');
        bool digit = false, lower = false, upper = false, symbol = false;
        for (var k = 0; k < inner.Length; k++)
        {
            var c = inner[k];
            digit |= char.IsDigit(c);
            lower |= char.IsLower(c);
            upper |= char.IsUpper(c);
            symbol |= !char.IsLetterOrDigit(c) && k > 0 && k < inner.Length - 1 && c is not ('\'' or '’' or '-');
        }

        return (digit ? 1 : 0) + (lower ? 1 : 0) + (upper ? 1 : 0) + (symbol ? 1 : 0) >= 3 && lower;
    }

    /// <summary>"iPhone15", "Windows11", "MacOS14", "Premium200": a product, brand or plan with its number.</summary>
    public static bool IsProduct(ReadOnlySpan<char> value)
    {
        var letters = 0;
        while (letters < value.Length && char.IsLetter(value[letters]))
        {
            letters++;
        }

        Span<char> buffer = stackalloc char[24];
        if (letters == 0 || letters > buffer.Length)
        {
            return false;
        }

        value[..letters].ToLowerInvariant(buffer);
        return Products.Contains(buffer[..letters]);
    }

    // Between two values offered for one keyword: "1203 atau 1230", "Kucing1 or Kucing2"; or a value and its wrong twin,
    // as close to the secret as a typo ("the code is 664210 not 664201", twelfth round).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Alternations = ChatWords.Lookup(
        "atau", "or", "ato", "/", "either", "maybe", "mungkin", "kalo", "kalau", "else", "not", "bukan");

    // Where a PIN is typed: "I entered my usual 2580 at the ATM", "td di atm ku pencet 6061".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PinPlaces = ChatWords.Lookup(
        "atm", "atmnya", "edc", "mesin", "terminal", "machine",
        // Sixth round: a message that names the PIN anywhere ("wrong PIN 3 times. I'm positive it's 6874 though",
        // "typed 3816 like I always do, and it said \"PIN tries exceeded\"") says what typed digits are.
        "pin", "pinnya", "pinku", "mpin", "mpinnya");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EntryVerbs = ChatWords.Lookup(
        "enter", "entered", "entering", "type", "typed", "typing", "punch", "punched", "key", "keyed", "press", "pressed",
        "pencet", "mencet", "dipencet", "tekan", "menekan", "ditekan", "ketik", "ngetik", "diketik", "input", "masukin",
        "masukkan", "memasukkan", "dimasukin", "put", "rejects", "rejected", "declines", "declined", "it's", "its", "coba", "nyoba");

    // Fifteenth round: what a withdrawal at a machine was made with ("Withdrew $200 at the ATM with 0614", "tarik tunai di atm
    // pake 7291"); only where the message names the machine, not the PIN alone ("pin yg sy pake 6 digit").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UsedWith = ChatWords.Lookup("with", "pake", "pakai");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Machines = ChatWords.Lookup(
        "atm", "atmnya", "edc", "mesin", "terminal", "machine");

    /// <summary>"pin the chat", "pin this message": the word after "pin" says it is the verb.</summary>
    private static bool PinnedThing(string text, int after)
    {
        Span<char> buffer = stackalloc char[24];
        return NextWord(text, after, out var next, out _) && next.Lower(text, buffer) is "the" or "this" or "that" or "it" or "a" or "an" or "my" or "our";
    }

    // The place words as text, to rule out most messages with one vectorised search before reading them word by word.
    private static readonly SearchValues<string> PinPlaceText = SearchValues.Create([.. PinPlaces.Set], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A PIN with no keyword where one is typed: 4–6 digits within three words after a verb of entering, in a message
    /// that names a cash machine, a card terminal or the PIN itself. The digits pass the same tests as after a keyword (no year, amount,
    /// count, phone group or numbered thing).
    /// </summary>
    public static void ScanMachineEntry(string text, MessageWords words, ref List<SecretSpan>? found)
    {
        if (!text.AsSpan().ContainsAny(PinPlaceText))
        {
            return;
        }

        // The words a walk over the whole message reads (up to 256, none longer than a token), split once for all readers.
        var read = words.All[..words.Readable];
        Span<char> buffer = stackalloc char[24];
        var place = false;
        var machine = false;
        foreach (var word in read)
        {
            var lower = word.Lower(text, buffer);
            // "pin the chat", "pin this message": to pin is not the PIN.
            place |= PinPlaces.Contains(lower) && !(lower is "pin" && PinnedThing(text, word.End));
            machine |= Machines.Contains(lower);
        }

        if (!place)
        {
            return;
        }

        Span<SentenceWord> window = stackalloc SentenceWord[4];
        foreach (var word in read)
        {
            var verb = word.Lower(text, buffer);
            if (!EntryVerbs.Contains(verb) && !(machine && UsedWith.Contains(verb)))
            {
                continue;
            }

            var count = 0;
            var at = word.End;
            while (count < window.Length && NextWord(text, at, out var next, out _))
            {
                // "I entered [PIN removed] …": what was typed was already found.
                if (IsInPlaceholder(text, next))
                {
                    count = 0;
                    break;
                }

                window[count++] = next;
                at = next.End;
                if (EndsSentence(text, next))
                {
                    break;
                }
            }

            for (var k = 0; k < Math.Min(count, 3); k++)
            {
                // "i put in 6 1 6 1", "it's 5-5-1-9": digits read out one at a time.
                if (Shapes.IsSeparatedDigits(text, window[k].CoreStart, out var spelledEnd, out var spelled) && spelled is >= 4 and <= 6)
                {
                    SecretSpan.Add(ref found, window[k].CoreStart, spelledEnd, SecretKind.Pin);
                    break;
                }

                SentenceWord? before = k > 0 ? window[k - 1] : word;
                SentenceWord? after = k + 1 < count ? window[k + 1] : null;
                var core = text.AsSpan(window[k].CoreStart, window[k].CoreEnd - window[k].CoreStart);
                // "I entered 500000 at the ATM": round thousands are an amount.
                if (core.Length <= 6 && !core.EndsWith("000") && IsValue(text, CredentialClass.Pin, window[k], before, after, window[..count], found, out var kind)
                    && kind == ValueKind.Digits)
                {
                    SecretSpan.Add(ref found, window[k].CoreStart, window[k].CoreEnd, SecretKind.Pin);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "typed my usual 6 digits 9o3177 and pressed pay", "sy masukin 6 angka yg biasa sy pake 081522" (the ninth user trial):
    /// a value named by how many digits it has, after a verb of entering — a PIN when it is the usual one or called secret, else a code.
    /// The digits must be as many as said, within five words of the count.
    /// </summary>
    public static void ScanCountedDigits(string text, MessageWords words, ref List<SecretSpan>? found)
    {
        if (!text.Contains("digit", StringComparison.OrdinalIgnoreCase) && !text.Contains("angka", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var read = words.All[..words.Readable];
        Span<char> buffer = stackalloc char[24];
        for (var i = 1; i < read.Length; i++)
        {
            if (read[i].Lower(text, buffer) is not ("digits" or "digit" or "angka"))
            {
                continue;
            }

            // "the 4 secret digits": a word of secrecy between the count and its unit.
            var secret = i >= 2 && read[i - 1].Lower(text, buffer) is "secret";
            var count = secret ? i - 2 : i - 1;
            if (read[count].CoreEnd - read[count].CoreStart != 1 || text[read[count].CoreStart] is < '4' or > '8')
            {
                continue;
            }

            var size = text[read[count].CoreStart] - '0';
            var entered = false;
            var usual = secret;
            var part = false;
            for (var k = Math.Max(0, count - 4); k < count; k++)
            {
                var before = read[k].Lower(text, buffer);
                entered |= EntryVerbs.Contains(before) && before is not ("it's" or "its");
                usual |= before is "usual" or "biasa" or "always" or "selalu" or "same" or "secret" or "rahasia";
                // "the last 4 digits of my card", "4 angka terakhir": part of a number, no secret.
                part |= before is "last" or "first" or "ending" or "akhir" or "awal";
            }

            if (part || (i + 1 < read.Length && read[i + 1].Lower(text, buffer) is "terakhir" or "pertama" or "belakang" or "depan" or "awal" or "of"))
            {
                continue;
            }

            for (var k = i + 1; k < read.Length && k <= i + 6; k++)
            {
                var core = text.AsSpan(read[k].CoreStart, read[k].CoreEnd - read[k].CoreStart);
                var lower = read[k].Lower(text, buffer);
                entered |= (EntryVerbs.Contains(lower) && lower is not ("it's" or "its")) || lower is "pake" or "pakai" or "use" or "used";
                // "6 angka rahasia m-BCA nya (258014)" (the fifteenth user trial: refused as a code, and told it would expire by itself).
                usual |= lower is "usual" or "biasa" or "always" or "selalu" or "secret" or "rahasia";
                if (Shapes.IsAllDigits(core))
                {
                    if (core.Length == size && entered && !IsInPlaceholder(text, read[k]))
                    {
                        SecretSpan.Add(ref found, read[k].CoreStart, read[k].CoreEnd, usual ? SecretKind.Pin : SecretKind.Otp);
                    }

                    break;
                }
            }
        }
    }

    public static void Scan(string text, ReadOnlySpan<KeywordSite> sites, ref List<SecretSpan>? found)
    {
        Span<char> buffer = stackalloc char[24];
        foreach (var site in sites)
        {
            if (!Reads(site.Class))
            {
                continue;
            }

            if (NextWord(text, site.End, out var head, out _) && CompoundHeads.Contains(head.Lower(text, buffer)))
            {
                continue;
            }

            if (site.Alternative)
            {
                if (!Alternations.Contains(head.Lower(text, buffer)) || !NextWord(text, head.End, out var second, out _))
                {
                    continue;
                }

                if (IsValue(text, site.Class, second, head, null, [], found, out var alternative))
                {
                    Add(ref found, site.Class, alternative, second.CoreStart, ValueEnd(text, second, alternative));
                }

                continue;
            }

            // "DB_PASSWORD=${DB_PASSWORD}", "password: ******" (thirteenth round): the keyword's value is stood in for, and
            // no word near it is one ("DB_USER=app" before it had been taken).
            if (StoodIn(text, site.End))
            {
                continue;
            }

            if (TryAfter(text, site, found, out var start, out var end, out var kind)
                || TryBefore(text, site, found, out start, out end, out kind))
            {
                Add(ref found, site.Class, kind, start, end);
            }
        }
    }

    private static bool Reads(CredentialClass cls) => cls is not (CredentialClass.CodeReceived);

    private static bool StoodIn(string text, int pos)
    {
        while (pos < text.Length && text[pos] is ':' or '=')
        {
            pos++;
        }

        return NextWord(text, pos, out var word, out _) && Shapes.IsMasked(text.AsSpan(word.CoreStart, word.CoreEnd - word.CoreStart));
    }

    private static bool TryAfter(string text, KeywordSite site, List<SecretSpan>? found, out int start, out int end, out ValueKind kind)
    {
        // "password? hmm I think Bunga#2020": the keyword asked as a question, the value in the answer after it.
        var pos = site.End;
        while (pos < text.Length && pos - site.End < 3 && text[pos] is '?' or ':' or '=')
        {
            pos++;
        }

        var previous = default(SentenceWord);
        var hasPrevious = false;
        Span<SentenceWord> window = stackalloc SentenceWord[WordsAfter];
        var count = 0;
        for (var k = 0; k < WordsAfter; k++)
        {
            if (!NextWord(text, pos, out var word, out var lineBreak) || (lineBreak && k > 0))
            {
                break;
            }

            // "PIN [PIN removed] …": the keyword's value was already found and redacted.
            if (IsInPlaceholder(text, word))
            {
                count = 0;
                break;
            }

            window[count++] = word;
            pos = word.End;
            if (EndsSentence(text, word))
            {
                break;
            }
        }

        for (var k = 0; k < count; k++)
        {
            var word = window[k];
            var next = k + 1 < count ? window[k + 1] : default;
            if (IsValue(text, site.Class, word, hasPrevious ? previous : null, k + 1 < count ? next : null, window[..count], found, out kind))
            {
                start = word.CoreStart;
                end = ValueEnd(text, word, kind);
                return true;
            }

            previous = word;
            hasPrevious = true;
        }

        start = end = 0;
        kind = ValueKind.None;
        return false;
    }

    private static bool TryBefore(string text, KeywordSite site, List<SecretSpan>? found, out int start, out int end, out ValueKind kind)
    {
        Span<SentenceWord> window = stackalloc SentenceWord[WordsBefore];
        var count = 0;
        var pos = site.Start;
        for (var k = 0; k < WordsBefore; k++)
        {
            if (!PreviousWord(text, pos, out var word, out var lineBreak) || lineBreak || EndsSentence(text, word))
            {
                break;
            }

            if (IsInPlaceholder(text, word))
            {
                count = 0;
                break;
            }

            window[count++] = word;
            pos = word.Start;
        }

        // The word before the window, when the window was cut by its size: "… 9984 7731 gk bisa dimasukin, katanya token
        // salah" — the farthest word read may be the last group of a longer number.
        SentenceWord? outer = count == WordsBefore && PreviousWord(text, pos, out var beyond, out var broken) && !broken && !EndsSentence(text, beyond) ? beyond : null;

        // window[0] is nearest the keyword; read it as a sentence in order.
        window[..count].Reverse();
        for (var k = count - 1; k >= 0; k--)
        {
            var word = window[k];
            SentenceWord? previous = k > 0 ? window[k - 1] : outer;
            SentenceWord? next = k + 1 < count ? window[k + 1] : null;
            if (IsValue(text, site.Class, word, previous, next, window[..count], found, out kind))
            {
                start = word.CoreStart;
                end = ValueEnd(text, word, kind);
                return true;
            }
        }

        start = end = 0;
        kind = ValueKind.None;
        return false;
    }

    private enum ValueKind
    {
        None,
        Chosen,
        Digits,
    }

    private static bool IsValue(
        string text, CredentialClass cls, SentenceWord word, SentenceWord? previous, SentenceWord? next,
        ReadOnlySpan<SentenceWord> window, List<SecretSpan>? found, out ValueKind kind)
    {
        kind = ValueKind.None;
        if (Covered(found, word) || Redaction.IsPlaceholderAt(text, word.Start))
        {
            return false;
        }

        var core = text.AsSpan(word.CoreStart, word.CoreEnd - word.CoreStart);
        if (core.IsEmpty || core.Length > MaxWordLength)
        {
            return false;
        }

        // "Invalid password (ERR-22)": an error's code in brackets is what the screen printed (seventh round).
        if (word.CoreStart > word.Start && text[word.CoreStart - 1] == '(' && Shapes.IsErrorCode(core))
        {
            return false;
        }

        // Next to "[code removed]" the neighbour that decided what these were is gone: a scan of redacted text adds nothing there.
        if ((previous is { } left && IsInPlaceholder(text, left)) || (next is { } right && IsInPlaceholder(text, right)))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        if (Shapes.IsAllDigits(core))
        {
            if (IsDescribedPin(text, cls, core, word, previous, next, window))
            {
                kind = ValueKind.Digits;
                return true;
            }

            if (!DigitsFit(cls, core.Length) || IsYear(core) || StuckToSomething(text, word))
            {
                return false;
            }

            if ((previous is { } p && IsDigitGroup(text, p)) || (next is { } n && IsDigitGroup(text, n)))
            {
                return false;
            }

            if (next is { } after && Units.Contains(after.Lower(text, buffer)))
            {
                return false;
            }

            // "kartu BCA 1234", "Mandiri 0421": a bank or brand in capitals names the digits.
            if (previous is { } named && IsCapitalsName(text.AsSpan(named.CoreStart, named.CoreEnd - named.CoreStart)))
            {
                return false;
            }

            foreach (var other in window)
            {
                if (Money.Contains(other.Lower(text, buffer)) || Places.Contains(other.Lower(text, buffer)))
                {
                    return false;
                }

                // Blockers within three words before the digits.
                if (other.End <= word.Start && word.Start - other.End < 40 && DigitBlockers.Contains(other.Lower(text, buffer))
                    && WordsBetween(window, other, word) < 3)
                {
                    return false;
                }
            }

            kind = ValueKind.Digits;
            return true;
        }

        if (!ChosenFits(cls))
        {
            return false;
        }

        var value = ChosenValue(text, word);
        // "p@ssw0rd:", "Passw0rd" after another keyword: the keyword spelled with digits for letters, not its value.
        if (!IsChosenShape(value, cls) || IsProduct(value) || CredentialScanner.StartsKeyword(text, word.CoreStart))
        {
            return false;
        }

        // "password for user budi88" names the account; "the same password as my email, Bandung#1" gives the value after
        // the comma; "on my Windows11 laptop" a determiner between.
        if (previous is { } before && text[before.End - 1] != ',')
        {
            var named = before.Lower(text, buffer);
            if (Naming.Contains(named) && !ChangedFrom(text, named, word))
            {
                return false;
            }

            if (Determiners.Contains(named) && PreviousWord(text, before.Start, out var further, out var lineBreak) && !lineBreak
                && Naming.Contains(further.Lower(text, buffer)))
            {
                return false;
            }
        }

        // "rina.k88", "budi_santoso88": lowercase with a dot or underscore is how usernames are written.
        if (IsUsernameShaped(value))
        {
            return false;
        }

        var pos = word.Start;
        for (var k = 0; k < 3 && PreviousWord(text, pos, out var other, out var lineBreak) && !lineBreak && !EndsSentence(text, other); k++)
        {
            if (Identity.Contains(other.Lower(text, buffer)) && text[other.End - 1] != ',')
            {
                return false;
            }

            pos = other.Start;
        }

        kind = ValueKind.Chosen;
        return true;
    }

    // Eighth round: what a PIN was made from ("my pin's my mum's birth year, 1961", "pin sy tgl lahir anak, 1708", "pin is the same as
    // my door code lol, 1984"): said, then the digits set off after a comma or colon, a year or a date among them.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PinMeanings = ChatWords.Lookup(
        "lahir", "birth", "birthday", "bday", "born", "ultah", "anniversary", "nikah", "wedding", "same", "sama", "door", "pintu",
        "lockscreen", "layar", "screen", "dob", "married", "menikah", "kawin");

    private static bool IsDescribedPin(string text, CredentialClass cls, ReadOnlySpan<char> core, SentenceWord word, SentenceWord? previous,
        SentenceWord? next, ReadOnlySpan<SentenceWord> window)
    {
        // Eleventh round: a password made of a date the same way ("pass is just my birthday, 19930201", "sandi akun bpjs ku
        // tanggal lahir, 17081995").
        var fits = cls == CredentialClass.Pin
            ? core.Length is 4 or 6
            : cls is CredentialClass.Password or CredentialClass.ShortPassword or CredentialClass.WeakPassword or CredentialClass.Passcode && core.Length is >= 4 and <= 8;
        if (!fits || previous is not { } before || StuckToSomething(text, word))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        // Tenth round: a birth year needs no comma ("my pin is my birth year 1987", "pinnya tahun lahir anak sy 2011").
        if (text[before.End - 1] is not (',' or ':') && !BornIn(text, core, word, window))
        {
            return false;
        }

        if (next is { } after && (Units.Contains(after.Lower(text, buffer)) || !ChatToken.IsClausePunctuation(text[word.End - 1]) && word.End == word.CoreEnd && !IsTrailer(after.Lower(text, buffer))))
        {
            return false;
        }

        foreach (var other in window)
        {
            if (other.Start < word.Start && PinMeanings.Contains(other.Lower(text, buffer)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A birth year (1930–2020) or a whole birth date (thirteenth round: "is my DOB 03041987", "tgl lahir sy 17081995") named
    /// as one, "lahir", "birth" or "dob" at most four words before it ("I was born in 1961" tells, it does not name).
    /// </summary>
    private static bool BornIn(string text, ReadOnlySpan<char> core, SentenceWord word, ReadOnlySpan<SentenceWord> window)
    {
        if (!(core.Length == 4 && IsBirthYear(core)) && !(core.Length == 8 && IsBirthDate(core)))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[24];
        foreach (var other in window)
        {
            if (other.Start < word.Start && other.Lower(text, buffer) is "lahir" or "birth" or "dob" && WordsBetween(window, other, word) < 4)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBirthYear(ReadOnlySpan<char> digits) =>
        int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1930 and <= 2020;

    /// <summary>Eight digits that are a day, month and birth year in either order: 03041987, 19870403.</summary>
    private static bool IsBirthDate(ReadOnlySpan<char> digits)
    {
        static bool DayMonth(ReadOnlySpan<char> dd, ReadOnlySpan<char> mm) =>
            int.Parse(dd, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31 && int.Parse(mm, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 12;

        return (IsBirthYear(digits[4..]) && DayMonth(digits[..2], digits[2..4])) || (IsBirthYear(digits[..4]) && DayMonth(digits[6..], digits[4..6]));
    }

    private static bool IsTrailer(ReadOnlySpan<char> word) => word is "lol" or "haha" or "btw" or "kak" or "min" or "ya" or "deh" or "sih" or "kok"
        or "but" or "tapi" or "tp" or "and" or "dan";

    private static int WordsBetween(ReadOnlySpan<SentenceWord> window, SentenceWord from, SentenceWord to)
    {
        var n = 0;
        foreach (var w in window)
        {
            if (w.Start > from.Start && w.Start < to.Start)
            {
                n++;
            }
        }

        return n;
    }

    private static bool DigitsFit(CredentialClass cls, int length) => cls switch
    {
        CredentialClass.Pin or CredentialClass.Passcode => length is >= 4 and <= 8,
        CredentialClass.Otp or CredentialClass.LoginCode or CredentialClass.Code => length is >= 4 and <= 8,
        CredentialClass.Cvv => length is 3 or 4,
        CredentialClass.CvvOnBack => length == 3,
        CredentialClass.SecurityCode => length is >= 3 and <= 8,
        _ => false,
    };

    private static bool ChosenFits(CredentialClass cls) => cls is CredentialClass.Password or CredentialClass.Passcode
        or CredentialClass.Passphrase or CredentialClass.Credentials or CredentialClass.ShortPassword or CredentialClass.WeakPassword
        or CredentialClass.LoginCode or CredentialClass.SecurityCode;

    /// <summary>
    /// A chosen secret: six or more characters, letters with digits or symbols; not an address, a version, a doubled
    /// word ("pelan2"), a date or time, or an id written in capitals and digits ("TRX20240115", "ERR-404A"). After the
    /// ordinary words "pass" and "secret" only a value that mixes cases or has a symbol.
    /// </summary>
    private static bool IsChosenShape(ReadOnlySpan<char> value, CredentialClass cls)
    {
        if (value.Length is < 6 or > MaxWordLength || Shapes.Of(value) != Shape.Strong || !Shapes.HasLetter(value)
            || Shapes.IsAddress(value) || Shapes.IsDoubled(value) || value[0] is '@' or '#' or '+' or '/'
            || IsVersion(value))
        {
            return false;
        }

        bool digit = false, symbol = false, lower = false, upper = false;
        foreach (var c in value)
        {
            digit |= char.IsDigit(c);
            lower |= char.IsLower(c);
            upper |= char.IsUpper(c);
            symbol |= !char.IsLetterOrDigit(c) && c is not ('-' or '.' or '\'' or '’');
        }

        // "thanks!", "done!!": a word ending its sentence; "Hotdog!99", "Rahasia!" after a keyword keep theirs only with an inner one.
        if (!digit && value.TrimEnd('!').Length < value.Length && !HasInnerSymbol(value.TrimEnd('!')))
        {
            return false;
        }

        if (!digit && !symbol)
        {
            return false;
        }

        // "TRX20240115", "INV-0042", "SN8842XK": capitals and digits name things.
        if (!lower && !symbol)
        {
            return false;
        }

        return cls is not (CredentialClass.ShortPassword or CredentialClass.WeakPassword) || symbol || (lower && upper);
    }

    /// <summary>A word of the guard's own "[PIN removed]": the value before the keyword was already found.</summary>
    private static bool IsInPlaceholder(string text, SentenceWord word) =>
        Redaction.IsPlaceholderAt(text, word.Start) || text.AsSpan(word.Start, word.End - word.Start).Contains("removed]", StringComparison.Ordinal);

    private static bool IsCapitalsName(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > 12)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        // The keywords themselves are written in capitals: "PIN 4821", "OTP 482193", "CVV 123".
        foreach (var keyword in CredentialVocabulary.All)
        {
            if (keyword.Words.Length == 1 && word.Equals(keyword.Words[0], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUsernameShaped(ReadOnlySpan<char> value)
    {
        var joined = false;
        foreach (var c in value)
        {
            if (c is '.' or '_')
            {
                joined = true;
            }
            else if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return joined;
    }

    private static bool HasInnerSymbol(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '.' or '\'' or '’'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"v2.3.1-beta", "17.2", "UP1A.231005.007": a version, not a password.</summary>
    private static bool IsVersion(ReadOnlySpan<char> value)
    {
        if (value.Length > 1 && value[0] is 'v' or 'V' && char.IsAsciiDigit(value[1]))
        {
            return true;
        }

        for (var k = 1; k + 1 < value.Length; k++)
        {
            if (value[k] is '.' or '/' or ':' && char.IsAsciiDigit(value[k - 1]) && char.IsAsciiDigit(value[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYear(ReadOnlySpan<char> core) => core.Length == 4 && core[0] is '1' or '2' && core[1] is '9' or '0';

    /// <summary>"+6281…", "#48291", "Rp50000", "48291-A": digits stuck to something else.</summary>
    private static bool StuckToSomething(string text, SentenceWord word)
    {
        if (word.CoreStart > word.Start && text[word.CoreStart - 1] is not ('(' or '"' or '\'' or '“' or '‘'))
        {
            return true;
        }

        return word.CoreStart > 0 && !char.IsWhiteSpace(text[word.CoreStart - 1]) && word.CoreStart == word.Start;
    }

    private static bool IsDigitGroup(string text, SentenceWord word)
    {
        var raw = text.AsSpan(word.Start, word.End - word.Start).TrimStart('+').TrimEnd(",.;:!?)");
        return Shapes.IsAllDigits(raw) || (raw.Length > 1 && raw.ContainsAnyInRange('0', '9') && !raw.ContainsAnyExcept("0123456789-./"));
    }

    private static bool Covered(List<SecretSpan>? found, SentenceWord word)
    {
        if (found is null)
        {
            return false;
        }

        foreach (var span in found)
        {
            if (span.Start < word.End && word.Start < span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> ChosenValue(string text, SentenceWord word) =>
        text.AsSpan(word.CoreStart, word.End - word.CoreStart).TrimEnd(",;:.?)]\"'”’");

    private static int ValueEnd(string text, SentenceWord word, ValueKind kind) =>
        kind == ValueKind.Chosen ? word.CoreStart + ChosenValue(text, word).Length : word.CoreEnd;

    private static void Add(ref List<SecretSpan>? found, CredentialClass cls, ValueKind kind, int start, int end)
    {
        var length = end - start;
        switch (cls)
        {
            case CredentialClass.Pin:
                SecretSpan.Add(ref found, start, end, SecretKind.Pin);
                break;
            case CredentialClass.Otp or CredentialClass.Code or CredentialClass.CodeReceived:
                SecretSpan.Add(ref found, start, end, SecretKind.Otp);
                break;
            case CredentialClass.Cvv or CredentialClass.CvvOnBack:
                SecretSpan.Add(ref found, start, end, SecretKind.Cvv);
                break;
            case CredentialClass.SecurityCode when kind == ValueKind.Digits:
                SecretSpan.Add(ref found, start, end, length <= 4 ? SecretKind.Cvv : SecretKind.Otp);
                break;
            case CredentialClass.LoginCode when kind == ValueKind.Digits:
                SecretSpan.Add(ref found, start, end, SecretKind.Otp);
                SecretSpan.Add(ref found, start, end, SecretKind.Password);
                break;
            case CredentialClass.Passcode when kind == ValueKind.Digits:
                SecretSpan.Add(ref found, start, end, SecretKind.Password);
                SecretSpan.Add(ref found, start, end, SecretKind.Pin);
                break;
            default:
                SecretSpan.Add(ref found, start, end, SecretKind.Password);
                break;
        }
    }

    /// <summary>"change my pass from letmein99 to something safer", "ganti sandi dari melati123 ke …": the old value of a change, no place it comes from.</summary>
    private static bool ChangedFrom(string text, ReadOnlySpan<char> named, SentenceWord value) =>
        named is "from" or "dari" && NextWord(text, value.End, out var next, out var lineBreak) && !lineBreak
        && text[value.End - 1] != ',' && next.Lower(text, stackalloc char[8]) is "to" or "ke" or "jadi" or "menjadi" or "into";

    private static bool NextWord(string text, int pos, out SentenceWord word, out bool lineBreak)
    {
        lineBreak = false;
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            lineBreak |= text[pos] == '\n';
            pos++;
        }

        var start = pos;
        while (pos < text.Length && !char.IsWhiteSpace(text[pos]) && pos - start <= ChatToken.MaxLength)
        {
            pos++;
        }

        word = SentenceWord.Of(text, start, pos);
        return pos > start && pos - start <= ChatToken.MaxLength;
    }

    private static bool PreviousWord(string text, int pos, out SentenceWord word, out bool lineBreak)
    {
        lineBreak = false;
        while (pos > 0 && char.IsWhiteSpace(text[pos - 1]))
        {
            lineBreak |= text[pos - 1] == '\n';
            pos--;
        }

        var end = pos;
        while (pos > 0 && !char.IsWhiteSpace(text[pos - 1]) && end - pos <= ChatToken.MaxLength)
        {
            pos--;
        }

        word = SentenceWord.Of(text, pos, end);
        return end > pos && end - pos <= ChatToken.MaxLength;
    }

    private static bool EndsSentence(string text, SentenceWord word) =>
        word.End > word.CoreEnd && text[word.End - 1] is '.' or '!' or '?' or ';'
        && !ChatWords.IsNumberAbbreviation(text.AsSpan(word.CoreStart, word.CoreEnd - word.CoreStart));

}
