using System.Collections.Frozen;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>A word of a sentence: the raw token and its core without surrounding punctuation.</summary>
internal readonly record struct SentenceWord(int Start, int End, int CoreStart, int CoreEnd);

/// <summary>
/// Secrets that no credential word names, told by the sentence around them (third round, found by a tester):
/// a code that came by a channel ("the code they texted me is 482913", "I got 482913 by SMS", "angka dari sms:
/// 640219") is a one-time code; a password-shaped value given as what one logs in with ("I log in with Kucing123",
/// "login with budi / Bud1!2345", "so you can log in: Jakarta2024!", "sy pake Tempe123 buat masuk") is a password.
/// Near misses stay clean: an order, ticket, parcel, balance or amount named before the digits ("SMS from the bank
/// said my balance is 482913"), money in the sentence, a year, a username alone ("I log in with Google").
/// One pass over the words, sentence by sentence, each sentence held to a bounded number of words.
/// </summary>
internal static class UnnamedValueReader
{
    private const int MaxWords = 48;
    private const int LoginReach = 6;
    private const int BlockerReach = 3;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Channels = Lookup(
        "sms", "smsnya", "sms-nya", "text", "texts", "texted", "txt", "email", "emailed", "e-mail", "emailnya", "whatsapp",
        "wa", "wanya", "authenticator");

    // A verb of sending counts as a channel when the sentence also says where it went: "sent … to my phone", "dikirim ke hp".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Sending = Lookup(
        "sent", "send", "dikirim", "dikirimin", "dikirimkan", "kirim", "kirimin", "dikirimi");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Destinations = Lookup(
        "phone", "hp", "handphone", "me", "saya", "sy", "aku", "ku", "nomor", "nomer");

    // Words right before the digits that say what else they are: "order 482913", "saldo saya 482913".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Blockers = Lookup(
        "order", "pesanan", "ticket", "tiket", "case", "kasus", "balance", "saldo", "bill", "tagihan", "package", "paket",
        "parcel", "resi", "tracking", "invoice", "inv", "error", "err", "transaksi", "transaction", "trx", "ref", "reference",
        "amount", "nominal", "total", "sisa", "rp", "idr", "usd", "no", "number", "#", "id", "booking",
        "voucher", "promo", "pos", "postal", "zip", "kodepos", "ext", "room", "kamar", "flight",
        "seat", "point", "points", "poin", "version", "versi", "v");

    // Words right after the digits that make them an amount or a count.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = Lookup(
        "rupiah", "rp", "idr", "rb", "ribu", "jt", "juta", "k", "usd", "dollars", "points", "poin", "times", "kali", "x",
        "minutes", "menit", "seconds", "detik", "hours", "jam", "days", "hari", "km", "kg", "items", "pcs", "mb", "gb");

    // Money anywhere in the sentence: "I paid 250000 and got an SMS".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Money = Lookup(
        "paid", "pay", "bayar", "dibayar", "transfer", "transferred", "tf", "topup", "refund", "charged", "kepotong",
        "saldo", "balance", "tagihan", "harga", "price", "rp", "idr");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LoginWords = Lookup(
        "login", "log-in", "loginnya", "signin", "sign-in", "masuk", "logon");

    // The second word of "log in", "sign in", "get in", "logging in".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LoginVerbs = Lookup(
        "log", "logging", "logged", "sign", "signing", "signed", "get");

    // "pw wifi rumah Bintang2020", "password gmail Rahasia!88", "my password is the name of my cat Kucing123": a password
    // word, then what it is for or what it is made of, then the value.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PasswordWords = Lookup(
        "password", "passwordnya", "passwordku", "pasword", "pw", "pwnya", "pwd", "sandi", "sandinya", "sandiku", "pass",
        "passnya", "passphrase");

    // Between the password word and a value these say the value is someone's name or id, not the password.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotThePassword = Lookup(
        "user", "username", "userid", "usernya", "id", "email", "akun", "account", "error", "code", "kode", "order", "ticket",
        "tiket", "version", "versi", "model", "tipe", "type", "for", "untuk", "buat", "than", "dari", "from", "not", "bukan",
        "ga", "gak", "nggak", "tidak", "no", "without", "tanpa", "reset", "direset", "expired", "forgot", "lupa");

    private const int NameReach = 8;

    // Straight before the value: "with X", "pake X", "budi / X", "budi and X", "log in: X".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ValueMarkers = Lookup(
        "with", "using", "use", "pakai", "pake", "pakay", "dengan", "dgn", "and", "sama", "&", "/", "|");

    public static void Scan(string text, ref List<SecretSpan>? found)
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

        Span<SentenceWord> words = stackalloc SentenceWord[MaxWords];
        var count = 0;
        var pos = 0;
        while (pos < text.Length)
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos]))
            {
                pos++;
            }

            if (pos >= text.Length)
            {
                break;
            }

            var start = pos;
            while (pos < text.Length && !char.IsWhiteSpace(text[pos]))
            {
                pos++;
            }

            var word = Core(text, start, pos);
            words[count++] = word;
            if (count == MaxWords || EndsSentence(text, word))
            {
                ReadSentence(text, words[..count], covered, ref found);
                count = 0;
            }
        }

        if (count > 0)
        {
            ReadSentence(text, words[..count], covered, ref found);
        }
    }

    private static SentenceWord Core(string text, int start, int end)
    {
        var coreStart = start;
        var coreEnd = end;
        while (coreStart < coreEnd && text[coreStart] is '(' or '"' or '\'' or '[' or '“' or '‘')
        {
            coreStart++;
        }

        while (coreEnd > coreStart && text[coreEnd - 1] is ',' or '.' or ';' or ':' or '!' or '?' or ')' or '"' or '\'' or ']' or '”' or '’')
        {
            coreEnd--;
        }

        return new SentenceWord(start, end, coreStart, coreEnd);
    }

    private static bool EndsSentence(string text, SentenceWord word) =>
        word.End > word.CoreEnd && text[word.End - 1] is '.' or '!' or '?' or ';'
        && !ChatWords.IsNumberAbbreviation(text.AsSpan(word.CoreStart, word.CoreEnd - word.CoreStart));

    private static ReadOnlySpan<char> Lower(string text, SentenceWord word, Span<char> buffer)
    {
        var core = text.AsSpan(word.CoreStart, word.CoreEnd - word.CoreStart);
        if (core.Length > buffer.Length)
        {
            return [];
        }

        core.ToLowerInvariant(buffer);
        return buffer[..core.Length];
    }

    private static void ReadSentence(string text, ReadOnlySpan<SentenceWord> words, bool[]? covered, ref List<SecretSpan>? found)
    {
        Span<char> buffer = stackalloc char[24];
        Span<char> previous = stackalloc char[24];
        bool channel = false, sending = false, destination = false, money = false;
        var lastLogin = int.MinValue / 2;
        Span<int> logins = stackalloc int[words.Length];
        var lastKeyword = int.MinValue / 2;
        Span<int> keywords = stackalloc int[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            // "[password removed]": the guard's own words, not a keyword.
            var w = Redaction.IsPlaceholderAt(text, words[i].Start) ? [] : Lower(text, words[i], buffer);
            channel |= Channels.Contains(w);
            sending |= Sending.Contains(w);
            destination |= Destinations.Contains(w);
            money |= Money.Contains(w);
            if (LoginWords.Contains(w) || (w is "in" && i > 0 && LoginVerbs.Contains(Lower(text, words[i - 1], previous))))
            {
                lastLogin = i;
            }

            logins[i] = lastLogin;
            keywords[i] = lastKeyword;
            if (PasswordWords.Contains(w))
            {
                lastKeyword = i;
            }
            else if (NotThePassword.Contains(w))
            {
                lastKeyword = int.MinValue / 2;
            }
        }

        var nextLogin = int.MaxValue / 2;
        for (var i = words.Length - 1; i >= 0; i--)
        {
            var word = words[i];
            var core = text.AsSpan(word.CoreStart, word.CoreEnd - word.CoreStart);
            var nearLogin = i - logins[i] <= LoginReach || nextLogin - i <= LoginReach;
            var w = Lower(text, word, buffer);
            if (LoginWords.Contains(w) || (w is "in" && i > 0 && LoginVerbs.Contains(Lower(text, words[i - 1], previous))))
            {
                nextLogin = i > 0 && w is "in" ? i - 1 : i;
            }

            if (covered is not null && covered.AsSpan(word.Start, word.End - word.Start).Contains(true))
            {
                continue;
            }

            if ((channel || (sending && destination)) && !money && IsCode(text, words, i, core))
            {
                SecretSpan.Add(ref found, word.CoreStart, word.CoreEnd, SecretKind.Otp);
            }
            else if ((nearLogin && i > 0 && IsLoginValue(text, words, i)) || (i - keywords[i] <= NameReach && IsPasswordShaped(text, word)))
            {
                SecretSpan.Add(ref found, word.CoreStart, word.CoreStart + PasswordValue(text, word).Length, SecretKind.Password);
            }
        }
    }

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
            if (Blockers.Contains(Lower(text, words[k], buffer)))
            {
                return false;
            }
        }

        return i + 1 >= words.Length || !Units.Contains(Lower(text, words[i + 1], buffer));
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
        return ValueMarkers.Contains(Lower(text, before, buffer));
    }

    /// <summary>Six or more characters with letters and digits or symbols, not an address: "Kucing123", "Bud1!2345".</summary>
    private static bool IsPasswordShaped(string text, SentenceWord word)
    {
        var value = PasswordValue(text, word);
        return !Shapes.IsDoubled(value) && value.Length is >= 6 and <= ChatToken.MaxLength && Shapes.Of(value) == Shape.Strong && Shapes.HasLetter(value)
            && !Shapes.IsAddress(value) && HasDigitOrSymbol(value);
    }

    /// <summary>The core and a trailing '!' that belongs to the value ("Jakarta2024!"); a question mark or full stop ends the sentence.</summary>
    private static ReadOnlySpan<char> PasswordValue(string text, SentenceWord word) =>
        text.AsSpan(word.CoreStart, word.End - word.CoreStart).TrimEnd(",;:.?)\"'");

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

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
