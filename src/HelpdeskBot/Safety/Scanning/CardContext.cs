using System.Collections.Frozen;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// The words around a card-shaped number that say what it really is. A 16-digit NIK (Indonesian identity number)
/// can pass Luhn and land in an issuer range by chance; the text around it says "NIK" or "KTP". The nearest
/// telling word before the number decides ("NIK saya …, kartu 4111…" is still a card); with none before, a
/// word just after can say it ("… itu NIK saya"). A generic id word ("order ID", "ref", "no transaksi", "account number")
/// does not: a number of a card's length in an issuer range that passes Luhn is refused after it, as a tester's users
/// stored real cards after such labels and an id that happens to be card-shaped costs one question asked again. A named
/// number ("token listrik", "nomor VA", "resi") counts within three words, and not when an expiry or CVV follows it.
/// </summary>
internal static class CardContext
{
    private const int Before = 40;
    private const int After = 24;
    private const int NamedLaterReach = 80;
    private const int SentenceAfter = 64;

    // Identity numbers: they may be named a few words before ("NIK saya yang terdaftar 3273…"). Single words;
    // phrases are recognised by their telling word ("kartu keluarga", "kartu tanda penduduk", "nomor induk").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Identity = Lookup(
        "nik", "ktp", "ektp", "penduduk", "kependudukan", "identitas", "dukcapil", "kk", "keluarga", "induk", "npwp",
        "imei", "meid", "imsi", "iccid", "nip", "nisn", "nim", "bpjs");

    // Other numbers with a name of their own, named right before them ("token listrik 5521…", "nomor VA BCA 3901…",
    // "S/N: 4521…"); further away the word is about something else ("token saya tidak masuk, 4111…").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Named = Lookup(
        "serial", "s/n", "sn", "seri", "token", "pln", "listrik", "kwh", "meter", "voucher", "virtual", "va", "rekening",
        "rek", "resi", "awb", "tracking", "waybill", "isbn", "polis", "idpel", "pelanggan", "member");

    // How many words before the number a named-number word still counts.
    private const int NamedWithin = 3;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Card = Lookup(
        "card", "cards", "kartu", "kartunya", "kartuku", "kartuny", "cc", "visa", "mastercard", "master", "amex",
        "american", "jcb", "discover", "unionpay", "diners", "debit", "kredit", "credit", "cardnumber", "pan");

    // Words that may follow the digits without making them a longer code: an expiry, a CVV, a suffix.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CardFollowers = Lookup(
        "exp", "expiry", "expires", "expired", "expiration", "valid", "validthru", "thru", "berlaku", "cvv", "cvc",
        "cvv2", "cvc2", "csc", "cid", "nya", "ny");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CvvWords = Lookup("cvv", "cvc", "cvv2", "cvc2", "csc", "cid");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExpiryWords = Lookup(
        "exp", "expiry", "expires", "expiration", "valid", "validthru", "thru", "until", "berlaku", "masa", "s/d", "sd",
        "sampai", "date", "tgl", "tanggal");

    /// <summary>
    /// "… for 4532 0151 1283 0368 — I copied it straight from the gift card" (fifteenth round, a false positive): the card a
    /// number came from, named later in its sentence as one that pays for nothing ("gift card", "kartu member").
    /// </summary>
    private static bool CardThatPaysForNothingAfter(string text, int end) =>
        NamesCardThatPaysForNothing(text, end, Math.Min(text.Length, end + NamedLaterReach));

    /// <summary>Whether the number at <paramref name="start"/> opens like Visa (4), Mastercard (5, 2) or Amex (34, 37).</summary>
    private static bool OnMajorNetwork(string text, int start) =>
        text[start] is '4' or '5' or '2' || (text[start] == '3' && start + 1 < text.Length && text[start + 1] is '4' or '7');

    /// <summary>
    /// "Gift card receipt: Card no. 6006 4921 8830 4412" (sixteenth round, a false positive): a message about a card that pays
    /// for nothing, named anywhere in it. Its number is that card's when it does not open like a major network's.
    /// </summary>
    private static bool NamesCardThatPaysForNothing(string text, int from, int to)
    {
        var pos = from;
        var (previousCard, previousFree) = (false, false);
        while (NextWord(text, to, ref pos, out var word))
        {
            var (card, free) = (Card.Contains(word), NotPaymentCard.Contains(word));
            if ((card && previousFree) || (previousCard && free))
            {
                return true;
            }

            (previousCard, previousFree) = (card, free);
        }

        return false;
    }

    public static bool SaysNotACard(string text, int start, int end, bool strongSignal)
    {
        if (!strongSignal && (CardThatPaysForNothingAfter(text, end) || (!OnMajorNetwork(text, start) && NamesCardThatPaysForNothing(text, 0, text.Length))))
        {
            return true;
        }

        var from = Math.Max(0, start - Before);
        var pos = start;
        var words = 0;
        while (PreviousWord(text, from, ref pos, out var word))
        {
            words++;
            if (Identity.Contains(word) && CouldBeIdentity(word, text, start, end))
            {
                return true;
            }

            if (Card.Contains(word))
            {
                // "a gift card number? mine is 6035 …" (fourteenth round, a false positive): a card that pays for nothing, named
                // as such, is no payment card, unless an expiry or a security code says otherwise.
                var around = pos;
                return !strongSignal && PreviousWord(text, from, ref around, out var kind) && NotPaymentCard.Contains(kind);
            }

            if (!strongSignal && words <= NamedWithin && Named.Contains(word))
            {
                return true;
            }
        }

        var to = Math.Min(text.Length, end + After);
        pos = end;
        words = 0;
        while (NextWord(text, to, ref pos, out var word))
        {
            words++;
            if (Identity.Contains(word) && CouldBeIdentity(word, text, start, end) || (words <= NamedWithin && Named.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the number can be what the identity word names. "kk" is a family card ("kartu keluarga") to some and a
    /// credit card ("kartu kredit") to others; a family card's number, like a NIK, is sixteen digits that open with a
    /// province's code (11–19, 21, 31–36, 51–53, 61–65, 71–76, 81–82, 91–97), so "kk sy 4642-8357-6684-8076" is a card.
    /// The other words name one thing only, and are taken at their word.
    /// </summary>
    private static bool CouldBeIdentity(ReadOnlySpan<char> word, string text, int start, int end)
    {
        if (!word.Equals("kk", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        int digits = 0, province = 0;
        foreach (var c in text.AsSpan(start, end - start))
        {
            if (char.IsAsciiDigit(c))
            {
                province = digits < 2 ? province * 10 + (c - '0') : province;
                digits++;
            }
        }

        return digits == 16 && province is (>= 11 and <= 19) or 21 or (>= 31 and <= 36) or (>= 51 and <= 53) or (>= 61 and <= 65)
            or (>= 71 and <= 76) or 81 or 82 or (>= 91 and <= 97);
    }

    // A card that pays for nothing: its number is no secret ("gift card 6006 …", "kartu member …", "kartu e-money …").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPaymentCard = Lookup(
        "gift", "member", "membership", "loyalty", "sim", "emoney", "money", "flazz", "brizzi", "tapcash", "toll", "tol", "perdana",
        "student", "pelajar", "mahasiswa", "nama", "name", "business", "kartunama", "library", "perpus", "perpustakaan", "game", "voucher");

    // How many words before the number a card word names it: "my card number is 4532 …", "kartu sy 4532 …".
    private const int CardNamedWithin = 4;

    /// <summary>
    /// "my card number is 4532 7788 1234 0987", "kartu sy 4532 …": a payment card named just before the number, with no
    /// nearer word saying it is something else. So named, a card-shaped number in an issuer range is the user's card even
    /// when a digit was mistyped and the checksum fails (a trial user's real card, one digit off, was kept).
    /// </summary>
    public static bool NamedAsCard(string text, int start)
    {
        var from = Math.Max(0, start - Before);
        var pos = start;
        var words = 0;
        while (PreviousWord(text, from, ref pos, out var word) && ++words <= CardNamedWithin)
        {
            if (Identity.Contains(word) || Named.Contains(word) || NotPaymentCard.Contains(word))
            {
                return false;
            }

            if (Card.Contains(word))
            {
                // "gift card", "kartu member": the word before or after the card word says what kind it is.
                var around = pos;
                return !(PreviousWord(text, from, ref around, out var before) && NotPaymentCard.Contains(before));
            }
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FrontGlue = Lookup(
        "are", "is", "read", "reads", "say", "says", "of", "the", "my", "it", "its", "adalah", "nya", "sy", "saya", "yg", "yang", "itu",
        "ini", "tertulis", "tulisannya", "bunyinya");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FrontNumbers = Lookup(
        "numbers", "number", "digits", "angka", "angkanya", "nomor", "nomer", "nomornya", "no");

    /// <summary>
    /// "numbers on the front are 3506 1379 …", "angka di depan 2966 …" (thirteenth round, a missed card): the number told as
    /// what is printed on the front of something, which is how people read out a card they hold.
    /// </summary>
    public static bool ReadOffTheFront(string text, int start)
    {
        var from = Math.Max(0, start - Before);
        var pos = start;
        var words = 0;
        var front = false;
        while (PreviousWord(text, from, ref pos, out var word) && ++words <= CardNamedWithin + 1)
        {
            if (Identity.Contains(word) || Named.Contains(word) || NotPaymentCard.Contains(word))
            {
                return false;
            }

            if (!front)
            {
                front = word.Equals("front", StringComparison.OrdinalIgnoreCase) || word.Equals("depan", StringComparison.OrdinalIgnoreCase);
                // "the number on the front of the parcel 2864 …": between "front" and the digits, only the card itself and small words.
                if (!front && !FrontGlue.Contains(word) && !Card.Contains(word))
                {
                    return false;
                }

                continue;
            }

            if (FrontNumbers.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"4111…nya", "4111…exp 09/27": letters straight after the digits that do not make them a longer code.</summary>
    public static bool LettersMayFollow(string text, int pos)
    {
        var end = pos;
        while (end < text.Length && end - pos < 16 && char.IsLetter(text[end]))
        {
            end++;
        }

        return CardFollowers.Contains(text.AsSpan(pos, end - pos));
    }

    /// <summary>An expiry ("exp 09/27", "12/26", "berlaku s/d 10/26") or a CVV right after a number: the strongest sign of a card.</summary>
    public static bool ExpiryOrCvvFollows(string text, int end) => Follower(text, end, out _) != CardFollower.None;

    /// <summary>
    /// "2805 9056 6440 0952 on checkout and it failed, exp 10/27": an expiry word with a month and year after it, later in the
    /// number's sentence (within <see cref="SentenceAfter"/> characters).
    /// </summary>
    public static bool ExpiryInSentenceAfter(string text, int end)
    {
        var limit = Math.Min(text.Length, end + SentenceAfter);
        for (var k = end; k < limit; k++)
        {
            if (text[k] is '!' or '?' or '\n' || (text[k] == '.' && (k + 1 == text.Length || char.IsWhiteSpace(text[k + 1]))))
            {
                limit = k;
                break;
            }
        }

        var pos = end;
        while (NextWord(text, limit, ref pos, out var word))
        {
            if (ExpiryWords.Contains(word) && Follower(text, pos - word.Length, out _) == CardFollower.Expiry)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "4556 0001 2345 6782, 09/27, 813", "4111… 12/27 318": three or four digits standing alone straight after a card
    /// number's expiry are its CVV, as a card's three fields are typed in order.
    /// </summary>
    public static bool CvvAfterExpiry(string text, int end, out int cvvStart, out int cvvEnd)
    {
        cvvStart = cvvEnd = 0;
        if (Follower(text, end, out var pos) != CardFollower.Expiry)
        {
            return false;
        }

        var gap = pos;
        while (pos < text.Length && pos - gap < 3 && text[pos] is ' ' or ',' or ';' or '|' or '/' or '-')
        {
            pos++;
        }

        var start = pos;
        while (pos < text.Length && pos - start < 5 && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        if (pos == gap || pos - start is < 3 or > 4
            || (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || (text[pos] is '/' or '-' or ':' or '.' or ',' && pos + 1 < text.Length && char.IsAsciiDigit(text[pos + 1])))))
        {
            return false;
        }

        cvvStart = start;
        cvvEnd = pos;
        return true;
    }

    // Eighth round: the card's code named by where it is or what it is for, right after the number ("card … security 4490
    // exp 10/29", "nmr kartu … blkgnya 512", "kode 4 angka di depan 2207" on an Amex).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodePlaces = Lookup(
        "security", "sec", "back", "belakang", "belakangnya", "blkg", "blkgnya", "blkng", "blakang", "belakng", "depan", "front",
        // Twelfth round: "…0038, exp 05/27, code 127" — after a card number a code of three or four digits is its own.
        "code", "kode", "kodenya");

    /// <summary>
    /// Three or four digits standing alone within a few words after a card number, when a word between names its code by
    /// place or purpose (<see cref="CodePlaces"/>); an expiry on the way is passed over.
    /// </summary>
    public static bool CvvNamedAfter(string text, int end, out int cvvStart, out int cvvEnd)
    {
        cvvStart = cvvEnd = 0;
        var named = false;
        var pos = end;
        for (var step = 0; step < 9 && pos < text.Length; step++)
        {
            while (pos < text.Length && !char.IsLetterOrDigit(text[pos]))
            {
                pos++;
            }

            var start = pos;
            while (pos < text.Length && !char.IsWhiteSpace(text[pos]) && text[pos] is not (',' or ';'))
            {
                pos++;
            }

            var token = text.AsSpan(start, pos - start).TrimEnd(".:!?)");
            if (token.IsEmpty)
            {
                return false;
            }

            if (CodePlaces.Contains(token))
            {
                named = true;
                continue;
            }

            if (named && token.Length is 3 or 4 && Shapes.IsAllDigits(token))
            {
                cvvStart = start;
                cvvEnd = start + token.Length;
                return true;
            }

            // Only a few short words may stand between: "kode 4 angka di depan", an expiry ("masa berlaku 09/29").
            if (token.Length > 6 && !IsMonthYear(text, start, out _) && !ExpiryWords.Contains(token))
            {
                return false;
            }
        }

        return false;
    }

    private enum CardFollower
    {
        None,
        Cvv,
        Expiry,
    }

    /// <summary>What follows a card number: a CVV word, an expiry (<paramref name="expiryEnd"/> after its year), or neither.</summary>
    private static CardFollower Follower(string text, int end, out int expiryEnd)
    {
        expiryEnd = end;
        var pos = end;
        var limit = Math.Min(text.Length, end + After);
        for (var step = 0; step < 4 && pos < limit; step++)
        {
            while (pos < limit && !char.IsLetterOrDigit(text[pos]))
            {
                pos++;
            }

            if (pos >= limit)
            {
                return CardFollower.None;
            }

            if (char.IsAsciiDigit(text[pos]))
            {
                return IsMonthYear(text, pos, out expiryEnd) ? CardFollower.Expiry : CardFollower.None;
            }

            var wordStart = pos;
            while (pos < limit && (char.IsLetter(text[pos]) || text[pos] == '/'))
            {
                pos++;
            }

            // A CVV word says it at once; an expiry word only with the month and year after it ("expired" alone is not one).
            var word = text.AsSpan(wordStart, pos - wordStart);
            if (CvvWords.Contains(word))
            {
                return CardFollower.Cvv;
            }

            if (!ExpiryWords.Contains(word))
            {
                return CardFollower.None;
            }
        }

        return CardFollower.None;
    }

    /// <summary>MM/YY or MM/YYYY (or with a dash) with a real month.</summary>
    private static bool IsMonthYear(string text, int pos, out int yearEnd)
    {
        yearEnd = pos;
        var monthEnd = pos;
        while (monthEnd < text.Length && monthEnd - pos < 3 && char.IsAsciiDigit(text[monthEnd]))
        {
            monthEnd++;
        }

        // "05/29", and "05-29" as some cards and forms print it.
        if (monthEnd - pos is < 1 or > 2 || monthEnd >= text.Length || text[monthEnd] is not ('/' or '-'))
        {
            return false;
        }

        var month = int.Parse(text.AsSpan(pos, monthEnd - pos), System.Globalization.CultureInfo.InvariantCulture);
        yearEnd = monthEnd + 1;
        while (yearEnd < text.Length && yearEnd - monthEnd <= 4 && char.IsAsciiDigit(text[yearEnd]))
        {
            yearEnd++;
        }

        return month is >= 1 and <= 12 && yearEnd - monthEnd - 1 is 2 or 4;
    }

    /// <summary>The word (letters, and "s/n") that ends at or before <paramref name="pos"/>, not starting before <paramref name="from"/>.</summary>
    private static bool PreviousWord(string text, int from, ref int pos, out ReadOnlySpan<char> word)
    {
        while (pos > from && !char.IsLetter(text[pos - 1]))
        {
            pos--;
        }

        var end = pos;
        while (pos > from && IsWordChar(text, pos - 1))
        {
            pos--;
        }

        // A word cut by the window's edge is not the word it looks like ("teknik" is not "nik").
        if (pos == from && pos > 0 && char.IsLetter(text[pos - 1]))
        {
            word = default;
            return false;
        }

        word = text.AsSpan(pos, end - pos);
        return end > pos;
    }

    private static bool NextWord(string text, int to, ref int pos, out ReadOnlySpan<char> word)
    {
        while (pos < to && !char.IsLetter(text[pos]))
        {
            pos++;
        }

        var start = pos;
        while (pos < to && IsWordChar(text, pos))
        {
            pos++;
        }

        word = text.AsSpan(start, pos - start);
        return pos > start && (pos < to || pos == text.Length || !char.IsLetter(text[pos]));
    }

    private static bool IsWordChar(string text, int i) =>
        char.IsLetter(text[i])
        || (text[i] == '/' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]));

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
