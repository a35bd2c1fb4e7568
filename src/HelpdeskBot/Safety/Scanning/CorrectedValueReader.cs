using System.Collections.Frozen;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// A secret corrected in the message that gives it: "eh salah, yg bener 8812, bukan 8821. pin atm sy", "not 4417, it's
/// 4471 — the code from the text", "maaf yg bener 3321, td 3312 typo" (fifteenth round). Two runs of 4–8 digits of one
/// length that differ by two neighbours swapped or by one digit, a word of correcting, and a word in the message that names
/// what they are (a PIN, a code, a CVV, or where a code comes from). Both are removed: the wrong one is nearly the right
/// one. Years, amounts and what an id, order or error word names are left alone. One pass over the message's words.
/// </summary>
internal static class CorrectedValueReader
{
    private const int MinDigits = 4;
    private const int MaxDigits = 8;
    // The two values are close: within this many words of each other.
    private const int MaxApart = 10;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Correcting = ChatWords.Lookup(
        "bener", "benar", "betul", "bukan", "not", "typo", "salah", "wrong", "maksud", "maksudnya", "mean", "meant", "sorry", "maaf",
        "koreksi", "correction", "actually", "sebenarnya", "sebenernya", "ralat", "keliru", "instead", "ganti");

    // What names the values, and the kind it makes them.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PinNames = ChatWords.Lookup(
        "pin", "pinnya", "pinku", "mpin", "pin-nya");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CvvNames = ChatWords.Lookup(
        "cvv", "cvc", "cvv2", "cvvnya", "cvcnya");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeNames = ChatWords.Lookup(
        "otp", "otpnya", "code", "kode", "kodenya", "sms", "smsnya", "text", "texted", "verification", "verifikasi", "token", "2fa");

    // Right before a value, these say it is something else: "order 4412 not 4421", "error 5012 bukan 5021".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherThings = ChatWords.Lookup(
        "order", "pesanan", "error", "eror", "err", "id", "ticket", "tiket", "resi", "invoice", "inv", "no", "nomor", "nomer", "rp",
        "idr", "room", "kamar", "tahun", "year", "versi", "version", "ext", "unit", "blok", "zip", "pos");

    public static void Scan(string text, MessageWords words, ref List<SecretSpan>? found)
    {
        // Most messages have no two runs of digits long enough: they are ruled out before any word is read.
        if (!TwoDigitRuns(text))
        {
            return;
        }

        var all = words.All[..words.Readable];
        Span<char> buffer = stackalloc char[24];
        var correcting = false;
        SecretKind? kind = null;
        foreach (var word in all)
        {
            var lower = word.Lower(text, buffer);
            correcting |= Correcting.Contains(lower);
            kind = PinNames.Contains(lower) ? SecretKind.Pin
                : CvvNames.Contains(lower) ? kind ?? SecretKind.Cvv
                : CodeNames.Contains(lower) ? kind ?? SecretKind.Otp
                : kind;
        }

        if (!correcting || kind is not { } named)
        {
            return;
        }

        for (var i = 0; i < all.Length; i++)
        {
            if (!IsValue(text, all, i, buffer))
            {
                continue;
            }

            for (var j = i + 1; j < all.Length && j - i <= MaxApart; j++)
            {
                if (IsValue(text, all, j, buffer) && Typos.OneSlipApart(Core(text, all[i]), Core(text, all[j])))
                {
                    SecretSpan.Add(ref found, all[i].CoreStart, all[i].CoreEnd, named);
                    SecretSpan.Add(ref found, all[j].CoreStart, all[j].CoreEnd, named);
                    break;
                }
            }
        }
    }

    private static bool TwoDigitRuns(string text)
    {
        var runs = 0;
        var at = text.AsSpan().IndexOfAnyInRange('0', '9');
        while (at >= 0)
        {
            var rest = text.AsSpan(at);
            var length = rest.IndexOfAnyExceptInRange('0', '9');
            if (length < 0)
            {
                length = rest.Length;
            }

            if (length >= MinDigits && ++runs == 2)
            {
                return true;
            }

            var next = text.AsSpan(at + length).IndexOfAnyInRange('0', '9');
            at = next < 0 ? -1 : at + length + next;
        }

        return false;
    }

    private static ReadOnlySpan<char> Core(string text, SentenceWord word) => text.AsSpan(word.CoreStart, word.CoreEnd - word.CoreStart);

    private static bool IsValue(string text, ReadOnlySpan<SentenceWord> all, int i, Span<char> buffer)
    {
        var core = Core(text, all[i]);
        if (core.Length is < MinDigits or > MaxDigits || !Shapes.IsAllDigits(core) || IsYear(core))
        {
            return false;
        }

        // A value stands alone: not part of "12.500", "#4412", "08:30".
        if (all[i].CoreStart > all[i].Start && text[all[i].CoreStart - 1] is not ('(' or '"' or '\''))
        {
            return false;
        }

        // "dr 0813 2200 1945 ke 0857 4419 2280" (sixteenth round, a false positive): one group of a longer number.
        if ((IsDigits(text, all, i - 1) && all[i - 1].CoreEnd == all[i - 1].End) || (all[i].CoreEnd == all[i].End && IsDigits(text, all, i + 1)))
        {
            return false;
        }

        // "1500 bukan 1050 ribu", "4412 minutes": an amount or a count.
        if (i + 1 < all.Length && (ChatWords.Classify(all[i + 1].Lower(text, buffer)).HasAny(WordFlags.SizeUnit | WordFlags.CountUnit)
            || all[i + 1].Lower(text, buffer) is "ribu" or "rb" or "jt" or "juta" or "k" or "rupiah" or "dollars" or "usd"))
        {
            return false;
        }

        return i == 0 || !OtherThings.Contains(all[i - 1].Lower(text, buffer));
    }

    private static bool IsDigits(string text, ReadOnlySpan<SentenceWord> all, int i) =>
        i >= 0 && i < all.Length && all[i].CoreEnd > all[i].CoreStart && Shapes.IsAllDigits(Core(text, all[i]));

    private static bool IsYear(ReadOnlySpan<char> digits) => digits.Length == 4 && digits[0] is '1' or '2' && digits[1] is '9' or '0';
}
