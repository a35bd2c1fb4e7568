using System.Text.RegularExpressions;
using HelpdeskBot.Data.Tickets;

namespace HelpdeskBot.Categorization;

/// <summary>
/// Gives a ticket its priority from its category and cues in what the user wrote, in English and Indonesian.
/// The rules, in order (Categorization/README.md has the same table for operators):
/// <list type="number">
/// <item>An account taken over (hacked, "dibobol", "diambil alih", someone else changed the password) is <c>Urgent</c>.</item>
/// <item>Count the serious signals: money lost, everyone affected, no access at all, and an explicit "urgent"/"segera"/"mendesak".
/// Two or more: <c>Urgent</c>. One: <c>High</c>, or <c>Urgent</c> when the category is already <c>High</c> (security).</item>
/// <item>No signal: the category's base — <c>security</c> High; <c>other</c> Low; <c>login</c>, <c>feature</c>, <c>transaction</c>
/// and operator-added categories Normal — lowered to <c>Low</c> when the text is a question, a suggestion or says
/// it is not urgent, and reports no failure (security stays High: a "is this phishing?" question is still security).</item>
/// </list>
/// "Not urgent", "no rush", "tidak mendesak", "gak buru-buru" do not count as urgency.
/// </summary>
public sealed partial class PriorityRules
{
    [Flags]
    internal enum Cues
    {
        None = 0,
        AccountTakenOver = 1,
        MoneyLost = 2,
        EveryoneAffected = 4,
        NoAccess = 8,
        UrgentWord = 16,
        QuestionOrSuggestion = 32,
        Failure = 64,
    }

    public TicketPriority Assess(string category, string text)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(text);
        return Decide(category, Find(text));
    }

    internal static TicketPriority Decide(string category, Cues cues)
    {
        if (cues.HasFlag(Cues.AccountTakenOver))
        {
            return TicketPriority.Urgent;
        }

        var baseline = Baseline(category);
        var signals = 0;
        foreach (var signal in (ReadOnlySpan<Cues>)[Cues.MoneyLost, Cues.EveryoneAffected, Cues.NoAccess, Cues.UrgentWord])
        {
            if (cues.HasFlag(signal))
            {
                signals++;
            }
        }

        return signals switch
        {
            >= 2 => TicketPriority.Urgent,
            1 => baseline >= TicketPriority.High ? TicketPriority.Urgent : TicketPriority.High,
            _ when cues.HasFlag(Cues.QuestionOrSuggestion) && !cues.HasFlag(Cues.Failure) && baseline < TicketPriority.High => TicketPriority.Low,
            _ => baseline,
        };
    }

    internal static TicketPriority Baseline(string category) => category.ToLowerInvariant() switch
    {
        "security" => TicketPriority.High,
        "other" => TicketPriority.Low,
        _ => TicketPriority.Normal,
    };

    internal static Cues Find(string text)
    {
        // "kepotong Rp 1.250.000 tp pesanan ga muncul" (the eleventh trial, priority normal): a thousands separator is no sentence end.
        var lower = ThousandsDot().Replace(text.ToLowerInvariant().Replace('\u2019', '\''), "");
        var cues = Cues.None;

        // Negated urgency first, and out of the text, so that "tidak mendesak" does not read as "mendesak".
        if (NotUrgent().IsMatch(lower))
        {
            cues |= Cues.QuestionOrSuggestion;
            lower = NotUrgent().Replace(lower, " ");
        }

        if (Hacked().IsMatch(lower) || SomeoneChangedDetails().IsMatch(lower) || (DetailsChanged().IsMatch(lower) && NotMe().IsMatch(lower)))
        {
            cues |= Cues.AccountTakenOver;
        }

        if (MoneyGone().IsMatch(lower) || ChargedButFailed().IsMatch(lower) || FailedButCharged().IsMatch(lower)
            || ChargedTwice().IsMatch(lower) || UnauthorisedTransaction().IsMatch(lower) || UnrecognisedTransaction().IsMatch(lower))
        {
            cues |= Cues.MoneyLost;
        }

        if (Everyone().IsMatch(lower))
        {
            cues |= Cues.EveryoneAffected;
        }

        if (NoAccessAtAll().IsMatch(lower))
        {
            cues |= Cues.NoAccess;
        }

        if (Urgent().IsMatch(lower))
        {
            cues |= Cues.UrgentWord;
        }

        if (Question().IsMatch(lower))
        {
            cues |= Cues.QuestionOrSuggestion;
        }

        if (FailureWords().IsMatch(lower))
        {
            cues |= Cues.Failure;
        }

        return cues;
    }

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(not|isn'?t|is not)\s+(that\s+|very\s+|super\s+)?urgent\b|\bno\s+(rush|hurry)\b|\bnot\s+in\s+a\s+(rush|hurry)\b|\bwhenever\s+you\s+(can|have\s+time)\b|\b(tidak|tdk|gak|ga|nggak|ngga|enggak|bukan)\s+(terlalu\s+|begitu\s+|yang\s+|hal\s+yang\s+)?(urgent|urgen|mendesak|darurat|buru-?\s?buru|buru2)\b|\bsantai\s+(aja|saja)\b", Options)]
    private static partial Regex NotUrgent();

    [GeneratedRegex(@"\b(hacked|hacker|hackers|hijacked|compromised|took\s+over|taken\s+over|take\s+over|takeover|di-?hack|dihek|kena\s+hack|kena\s+hek|diretas|dibobol|kebobol|dibajak|diambil\s+alih|dikuasai|sim\s+swap(ped)?|sim\s+(saya\s+)?di\s?swap)\b", Options)]
    private static partial Regex Hacked();

    [GeneratedRegex(@"\b(someone|somebody|a\s+stranger|they|hackers?|he|she|my\s+ex|ada\s+(yang|yg|orang)|orang\s+lain|seseorang|mantan\s+saya)\b[^.!?\n]{0,30}\b(changed|reset|removed|turned\s+off|ganti|ngganti|mengganti|ubah|ngubah|mengubah|hapus|matiin)\b[^.!?\n]{0,20}\b(password|pin|email|phone|number|recovery|two[-\s]factor|2fa|nomor|kata\s+sandi|sandi|verifikasi)\b", Options)]
    private static partial Regex SomeoneChangedDetails();

    [GeneratedRegex(@"\b(password|pin|email|e-mail|phone\s+number|recovery\s+(phone|email)|two[-\s]factor|2fa|kata\s+sandi|sandi|nomor(\s+hp)?|no\s+hp|email\s+pemulihan|nomor\s+pemulihan|verifikasi\s+dua\s+langkah)\b[^.!?\n]{0,40}\b(was\s+changed|has\s+been\s+changed|got\s+changed|been\s+reset|was\s+reset|was\s+removed|was\s+turned\s+off|diganti|diubah|dihapus|direset|berubah|dimatiin|dimatikan)\b", Options)]
    private static partial Regex DetailsChanged();

    [GeneratedRegex(@"\b(not\s+me|wasn'?t\s+me|it\s+was\s+not\s+me|i\s+didn'?t|i\s+did\s+not|i\s+never|never\s+(asked|requested)|without\s+my\s+(permission|knowledge|consent)|bukan\s+(saya|aku|gue)|(gak|ga|nggak|tidak|tdk)\s+pernah|tanpa\s+(izin|ijin|sepengetahuan)|diam-?\s?diam|diam2)\b", Options)]
    private static partial Regex NotMe();

    [GeneratedRegex(@"\b(money|funds|balance|wallet|savings|saldo|uang|duit|dana|tabungan|rekening)\b[^.!?\n]{0,40}\b(gone|lost|missing|drained|emptied|disappeared|vanished|stolen|hilang|ilang|raib|lenyap|dikuras|terkuras|ludes|amblas|dicuri|kesedot|disedot)\b|\b(drained|emptied)\s+(my\s+)?(balance|wallet|account)\b|\b(dikuras|dikosongin|dikosongkan)\b", Options)]
    private static partial Regex MoneyGone();

    [GeneratedRegex(@"\b(deducted|debited|charged|taken|went\s+down|left\s+my|kepotong|terpotong|dipotong|kedebet|terdebet|didebet|berkurang|keluar|kena\s+charge)\b[^.!?\n]{0,50}\b(but|yet|tapi|tp|namun|padahal)\b[^.!?\n]{0,50}\b(not|never|no|nothing|hasn'?t|didn'?t|belum|blm|gak|ga|gk|nggak|tidak|tdk|ndak|nda|ora|tra|seng|failed|gagal|unpaid|pending)\b", Options)]
    private static partial Regex ChargedButFailed();

    [GeneratedRegex(@"\b(failed|failure|error|declined|gagal|error|ditolak|batal|timeout|timed\s+out|(not|never|belum|blm|gak|ga|gk|nggak|tidak|tdk|ndak|nda|ora|tra|seng)\s+(arrived|received|masuk|sampe|sampai|nyampe|masok)2?)\b[^.!?\n]{0,50}\b(but|yet|tapi|tp|namun|padahal|and|dan|tetep|tetap|still|anyway)\b[^.!?\n]{0,40}\b(deducted|debited|charged|taken|went\s+down|decreased|left|kepotong|terpotong|dipotong|kedebet|terdebet|didebet|berkurang|keluar|kena\s+charge|kena\s+potong)\b", Options)]
    private static partial Regex FailedButCharged();

    [GeneratedRegex(@"\b(charged|debited|deducted|billed|paid|kepotong|terpotong|kedebet|terdebet|ditagih|kena\s+charge|narik\s+uang)\b[^.!?\n]{0,40}\b(twice|two\s+times|double|2x|2\s+kali|dua\s+kali|dobel)\b|\b(double|duplicate)\s+(charge|charges|charged|debit|debits|payment|billing)\b|\b(dobel|ganda)\s+(potong|debet|tagihan|pembayaran)\b", Options)]
    private static partial Regex ChargedTwice();

    [GeneratedRegex(@"\b(unauthori[sz]ed|fraudulent|tanpa\s+(izin|ijin|sepengetahuan))\b[^.!?\n]{0,30}\b(transactions?|transfers?|payments?|purchases?|charges?|withdrawals?|top\s?-?ups?|transaksi|transfer|pembayaran|pembelian|penarikan|tagihan|top\s?up)\b|\b(transactions?|transfers?|payments?|purchases?|charges?|withdrawals?|top\s?-?ups?|transaksi|transfer|pembayaran|pembelian|penarikan|top\s?up)\b[^.!?\n]{0,30}\b(unauthori[sz]ed|tanpa\s+(izin|ijin))\b", Options)]
    private static partial Regex UnauthorisedTransaction();

    [GeneratedRegex(@"\b(transactions?|transfers?|payments?|purchases?|charges?|withdrawals?|top\s?-?ups?|transaksi|transfer|pembayaran|pembelian|penarikan|tagihan)\b[^.!?\n]{0,60}\b(i\s+didn'?t\s+make|i\s+did\s+not\s+make|i\s+never\s+(made|did)|not\s+mine|don'?t\s+recogni[sz]e|bukan\s+(saya|punya\s+saya|dari\s+saya)|(gak|ga|nggak|tidak|tdk)\s+pernah\s+(saya\s+)?(lakuin|lakukan|buat|bikin)|(gak|ga|nggak|tidak|tdk)\s+(saya\s+)?kenal)\b", Options)]
    private static partial Regex UnrecognisedTransaction();

    [GeneratedRegex(@"\b(everyone|everybody|all\s+(of\s+)?(our|the|my)?\s*(users|customers|staff|employees|colleagues|branches|stores|outlets|agents|members|team|of\s+us)|whole\s+(team|office|company|branch|department|city)|entire\s+(team|office|company|branch|department)|(nobody|no\s+one)(\s+(in|at|from|on)\s+(the\s+|our\s+|my\s+)?\w+)?\s+(can|is\s+able)|none\s+of\s+us|across\s+all|semua\s+(orang|user|pengguna|karyawan|pegawai|cabang|toko|outlet|staf|staff|teman|temen|pelanggan|customer|nasabah|anggota|tim)|seluruh\s+(kantor|tim|karyawan|pegawai|cabang|pengguna|user|nasabah|pelanggan|toko)|satu\s+kantor|sekantor|(gak|ga|nggak|tidak|tdk)\s+ada\s+(yang|yg)\s+bisa\s+(login|masuk|akses|buka|bayar|transfer|pakai|pake|top\s?up)|pada\s+(gak|ga|nggak|tidak)\s+bisa)\b", Options)]
    private static partial Regex Everyone();

    [GeneratedRegex(@"\b(can'?t|cannot|can\s+not|unable\s+to|not\s+able\s+to|no\s+way\s+to|(nobody|no\s+one)\s+can)\b[^.!?\n]{0,50}\bat\s+all\b|\b(completely|totally|entirely|fully)\s+(locked|blocked|lost|unable|cut\s+off)|\b(no|lost|lose)\s+access\b|\bcan'?t\s+(do|access)\s+anything\b|\b(gak|ga|nggak|tidak|tdk)\s+bisa\b[^.!?\n]{0,50}\bsama\s+sekali\b|\bkehilangan\s+akses\b|\b(gak|ga|nggak|tidak|tdk)\s+bisa\s+(ngapa-?ngapain|ngapa2in|apa-?apa|apa2)\b|\btotal\s+(gak|ga|tidak)\s+bisa\b|\b(mati|down|putus|padam|off)\s+(total|totally|completely|semua|semuanya)\b|\b(totally|completely|entirely)\s+(down|dead|out|offline)\b|\b(no|without)\s+(internet|service|signal|connection)\s+at\s+all\b|\b(account|akun|rekening|m-?banking|mobile\s+banking)\b[^.!?\n]{0,30}\b(diblokir|keblokir|terblokir|dibekukan|blocked|suspended|frozen)\b", Options)]
    private static partial Regex NoAccessAtAll();

    [GeneratedRegex(@"(?<=\d)\.(?=\d{3}\b)", Options)]
    private static partial Regex ThousandsDot();

    [GeneratedRegex(@"\b(urgent|urgently|urgen|asap|a\.s\.a\.p|emergency|segera|secepatnya|mendesak|darurat|cepetan|buruan|penting\s+banget|sangat\s+penting|tolong\s+cepat)\b", Options)]
    private static partial Regex Urgent();

    [GeneratedRegex(@"^\s*(how|what|where|which|who|is\s+there|is\s+it|are\s+there|are\s+you|can\s+i|could\s+i|may\s+i|do\s+you|does\s+(the|your)|would\s+it)\b|\bhow\s+(do|can|to)\b|\bis\s+it\s+possible\b|\bwould\s+(be\s+)?(nice|great|cool|good|love)\b|\b(suggestion|suggest|feature\s+request|please\s+add|could\s+you\s+add|can\s+you\s+add|please\s+consider|just\s+(asking|wondering|a\s+question|letting\s+you\s+know|wanted\s+to)|wondering|i'?d\s+like\s+to\s+(know|ask)|minor|cosmetic|typo)\b|\b(gimana|bagaimana|gmn)\s+(cara|caranya)\b|\bcaranya\b|\bcara\s+\w+|\bapakah\b|\b(mau|ingin|pengen)\s+(nanya|tanya|tau|tahu)\b|\b(numpang|boleh)\s+tanya\b|\b(saran|usul|usulan|masukan|request\s+fitur)\b|\btolong\s+(tambahin|tambahkan|ditambah)\b|\b(bakal|pasti|akan)\s+(bagus|keren)\b", Options)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(can'?t|cannot|can\s+not|unable|not\s+working|doesn'?t\s+work|didn'?t\s+work|won'?t|isn'?t\s+working|error|errors|fail|fails|failed|failing|crash|crashes|crashed|broken|stuck|freezes|frozen|gak\s+bisa|ga\s+bisa|nggak\s+bisa|tidak\s+bisa|tdk\s+bisa|gagal|rusak|macet|nyangkut|(gak|ga|nggak|tidak)\s+(jalan|berfungsi|muncul|masuk)|hilang|ilang|blocked|locked|suspended|expired|forgot|forgotten|wrong|incorrect|invalid|nothing\s+happens|does\s+nothing|keblokir|diblokir|terblokir|kekunci|terkunci|dikunci|kadaluarsa|lupa|salah|ngaco|(gak|ga|nggak|tidak)\s+terjadi\s+apa|mati|down|outage|offline|putus|gangguan)\b", Options)]
    private static partial Regex FailureWords();
}
