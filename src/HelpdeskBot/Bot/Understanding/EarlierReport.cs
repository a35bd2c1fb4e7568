using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Bot.Understanding;

/// <summary>
/// A message about a report the user already made: "any update on my ticket?", "udh 3 hari lapor tp ga ada balesan",
/// "oh I forgot to mention, my report also…". It names the earlier report ("my ticket", "laporan sy kemarin", "the report
/// I sent") or says they reported before, and then asks how it goes (status) or brings something to it (add info).
/// A problem told in the same words ("my report page shows an error") names no progress word and is left to the model.
/// </summary>
internal static class EarlierReport
{
    /// <summary>Words that point at a report already made, as runs of one to three words.</summary>
    private static readonly HashSet<string> Reference = new(StringComparer.Ordinal)
    {
        "my ticket", "my tickets", "my report", "my complaint", "my case", "my request", "my earlier report", "my previous report", "my last report",
        "the report i", "the ticket i", "the complaint i", "the report about", "my reported", "i reported", "i've reported", "ive reported",
        "already reported", "reported it", "i submitted", "i filed", "i opened a ticket", "i sent a report", "ticket number", "ticket no",
        "laporan saya", "laporan sy", "laporan aku", "laporan ak", "laporanku", "laporan ku", "laporan kemarin", "laporan kmrn", "laporan tadi",
        "laporan td", "laporan yg", "laporan yang", "laporan sebelumnya", "komplain saya", "komplain sy", "komplain aku", "komplainku",
        "komplen sy", "keluhan saya", "keluhan sy", "keluhanku", "tiket saya", "tiket sy", "tiket aku", "tiketku", "nomor tiket", "no tiket",
        "pengaduan saya", "pengaduan sy", "aduan saya", "aduan sy", "sudah lapor", "udah lapor", "udh lapor", "dah lapor", "sdh lapor",
        "lapor kemarin", "lapor kmrn", "lapor tadi", "lapor td", "sudah melapor", "sudah komplain", "udah komplain", "udh komplain",
        "yg sy laporin", "yang saya laporkan", "yg saya laporkan", "yang sudah saya laporkan", "laporan gue", "laporan gw", "tiket gue", "tiket gw",
        "tiket kemarin", "tiket kmrn", "tiket tadi", "tiket td", "tiket yg", "tiket yang", "tiket sebelumnya", "for ticket", "to ticket", "the issue i",
        "the problem i", "pengaduan sebelumnya", "laporan sebelumnya",
        // Eighth writer: "I wrote to you about the double payment last Thursday", "the payout issue just now ah".
        "i wrote to", "i contacted you", "i messaged you", "i emailed you", "i told you", "i mentioned", "issue just now", "problem just now",
        "the issue earlier", "the problem earlier", "masalah tadi", "masalah yg tadi", "masalah yang tadi",
        // The fifteenth trial: "what was the fix for mum's medicare thing?" — a fix the team made, for a report already made.
        "was the fix", "the fix for", "the solution for", "solusinya apa", "apa solusinya", "solusi nya apa",
        // Seventeenth writer: "… solved? You said 48 hours": what the helpdesk said when it was reported.
        "you said", "you promised", "you told me", "dijanjikan", "dijanjiin", "janjinya",
    };

    /// <summary>Words that ask how the earlier report goes.</summary>
    private static readonly HashSet<string> Progress = new(StringComparer.Ordinal)
    {
        "any update", "ada update", "update on", "update nya", "updatenya", "the update", "updates", "progress", "status", "news", "any word", "heard back", "hear back", "looked at", "look at", "looking into",
        "reply", "replied", "replies", "response", "responded", "respond", "answer", "answered", "follow up", "followup", "follow-up",
        "resolved yet", "fixed yet", "still waiting", "waiting", "how long", "progres", "progresnya", "progressnya", "kabar", "kabarnya",
        "balesan", "balasan", "dibales", "dibalas", "tanggapan", "ditanggapi", "respon", "direspon", "diproses", "proses", "prosesnya",
        "sampai mana", "sampe mana", "sdh sampai", "nunggu", "menunggu", "ditindaklanjuti", "tindak lanjut", "gimana", "gmn", "bagaimana",
        "kapan", "when will", "lama", "selesai", "beres", "any news", "go through", "went through", "come through",
        "sorted out", "been sorted", "been fixed", "been resolved", "been handled", "dealt with",
        // "tiket aku apa aja skrg", "show me my tickets": which there are.
        "apa aja", "apa saja", "yg mana aja", "list", "show me", "lihat tiket", "liat tiket",
        // Seventeenth writer: "Is the issue … solved?", and in Javanese "pripun laporan kulo", "wes diurus durung?".
        "solved", "sorted", "resolved", "fixed", "pripun", "piye", "kepriye", "diurus", "diurusin", "ditangani", "durung",
        // The fifteenth trial: "what was the fix for mum's medicare thing?", "solusinya apa?": what the team did about it.
        "the fix", "solution", "the solution", "solusi", "solusinya", "hasilnya", "outcome",
    };

    /// <summary>Words that bring something to the earlier report.</summary>
    private static readonly HashSet<string> Addition = new(StringComparer.Ordinal)
    {
        "update my", "update for", "to update", "update to", "mau update", "update laporan", "update tiket", "add", "adding", "attach", "attached", "attaching", "forgot to", "mention", "more info", "more details", "another detail",
        "correction", "wrong email", "tambah", "tambahin", "nambah", "nambahin", "tambahkan", "tambahan", "lampir", "lampirkan", "lupa bilang",
        "lupa kasih", "lupa nyebut", "lupa menyebutkan", "ralat", "koreksi", "kasih tau", "kasih tahu", "mau kasih", "info lagi", "lengkapi",
        "screenshot", "ss", "ss nya", "ssnya", "foto", "video", "email nya salah", "emailnya salah", "one more thing", "left out", "menambahkan",
        "keterangan tambahan", "info tambahan", "more information", "additional",
        "give you", "want to give", "here is the", "here's the", "mau kasih", "mau ngasih",
    };

    /// <summary>A word for reporting, said of the past ("udh 3 hari lapor", "reported it 2 days ago").</summary>
    private static readonly HashSet<string> Reported = new(StringComparer.Ordinal)
    {
        "lapor", "melapor", "laporin", "lapurin", "komplain", "komplen", "ngadu", "reported", "complained", "submitted", "filed",
    };

    private static readonly HashSet<string> Past = new(StringComparer.Ordinal)
    {
        "udh", "udah", "sudah", "sdh", "dah", "telah", "kemarin", "kmrn", "kemaren", "tadi", "td", "hari", "minggu", "jam", "already", "ago",
        "last", "yesterday", "days", "weeks", "i", "we",
    };

    /// <summary>A word of the past; "hari", "minggu", "jam" only as a count back ("3 hari", not "hari ini").</summary>
    private static bool IsPast(string word) => Past.Contains(word) && word is not ("hari" or "minggu" or "jam");

    private static bool ReportedBefore(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!Reported.Contains(words[i])) continue;
            // "i reported", "udh 3 hari lapor", "lapor kemarin"; never "mau lapor" (wants to report now).
            var before = words.Skip(Math.Max(0, i - 3)).Take(Math.Min(i, 3)).ToList();
            // "mau lapor", "want to report", "how to report": reporting now. "how long does it take to resolve? submitted mine…": earlier.
            if (before.Exists(w => w is "mau" or "want" or "ingin" or "pengen" or "pgn" or "mo" or "how" or "cara") || i > 0 && words[i - 1] is "to" or "untuk" or "utk") continue;
            // "kalo ga diberesin hari ini gw laporin ke OJK" (the fourteenth trial: read as a status question): a threat to report
            // elsewhere, if nothing happens, is no report made before.
            if (words.Take(i).TakeLast(8).Any(w => w is "kalo" or "kalau" or "klo" or "kl" or "if" or "unless" or "otherwise" or "nanti" or "ntar" or "will" or "gonna")) continue;
            if (before.Exists(IsPast) || before.Exists(w => char.IsAsciiDigit(w[0])) || (i + 1 < words.Count && (Past.Contains(words[i + 1]) || words[i + 1] is "mine" or "it" or "one" or "this") && words[i + 1] is not ("i" or "we"))) return true;
        }
        return false;
    }

    /// <summary>
    /// "status" or "addInfo"; null when the words do not speak of an earlier report, or ask how it goes and bring
    /// something to it at once (the model weighs those).
    /// </summary>
    public static string? Read(IReadOnlyList<string> words)
    {
        // "sorry what was my ticket number again?", "nomor tiket sy td apa ya? lupa": asking for the number is asking to see the ticket.
        if (AsksForNumber(words)) return "status";
        var phrases = IntentReader.Phrases(words).ToList();
        if (!phrases.Exists(Reference.Contains) && !ReportedBefore(words) && !OwnReport(words)) return null;
        return About(phrases);
    }

    /// <summary>Whose a report is, said after its subject: "laporan topup gw", "laporan transfer nyangkut ku", "laporan kulo".</summary>
    private static readonly HashSet<string> Owner = new(StringComparer.Ordinal)
    {
        "saya", "sy", "aku", "ak", "ku", "gw", "gue", "gua", "ane", "kulo", "kula", "tak", "awak", "kami",
    };

    /// <summary>
    /// "gmn bro laporan topup gw yg ga masuk", "mas laporan transfer nyangkut ku wes diurus durung?" (the seventeenth writer): a
    /// word for a report, then within three words whose it is — the user's own report, named by what it was about.
    /// </summary>
    private static bool OwnReport(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is not ("laporan" or "tiket" or "komplain" or "keluhan" or "aduan" or "pengaduan")) continue;
            for (var j = i + 1; j < words.Count && j <= i + 3; j++)
            {
                if (Owner.Contains(words[j])) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a message (normalised) speaks of a report or a ticket at all, or of how something goes ("is it fixed yet?"):
    /// a question that does none of this ("do you guys hire remote?") is not a status question.
    /// </summary>
    public static bool SpeaksOfReport(string normalized)
    {
        var words = TypedText.Words(normalized);
        var phrases = IntentReader.Phrases(words).ToList();
        return words.Exists(ReportWords.Contains) || phrases.Exists(p => Reference.Contains(p) || Progress.Contains(p)) || ReportedBefore(words);
    }

    /// <summary>
    /// Whether the words ask what the ticket's number is: they name the number ("ticket number", "nomor tiketnya", "no tiket")
    /// and ask for it ("what", "brp", "apa", "do I have", "lupa"), with nothing to add ("my ticket number is wrong, …" is no question).
    /// </summary>
    public static bool AsksForNumber(IReadOnlyList<string> words)
    {
        var named = false;
        for (var i = 0; i + 1 < words.Count && !named; i++)
        {
            named = NumberWords.Contains(words[i]) && IsTicketWord(words[i + 1]) || IsTicketWord(words[i]) && NumberWords.Contains(words[i + 1]);
        }
        return named && words.Any(AskingForIt.Contains) && !IntentReader.Phrases(words).Any(Addition.Contains) && !words.Any(w => w is "wrong" or "salah");
    }

    /// <summary>
    /// "netflix wont play anything, just give me a ticket number", "shopeepay error, lgsg kasih no tiket aja" (the thirteenth
    /// trial: both were shown "you have no tickets yet" and the problem was lost): a ticket asked to be made now, not the number
    /// of one made before — a verb of giving or making, and nothing that looks back (again, forgot, what, yesterday).
    /// </summary>
    public static bool DemandsNewTicket(IReadOnlyList<string> words) =>
        words.Any(IsTicketWord) && words.Any(Demands.Contains) && !words.Any(LooksBack.Contains)
        // "give me my ticket number for the failed transfer": the number of one made before.
        && !IntentReader.Phrases(words).Any(p => Reference.Contains(p) && !NumberOnly.Contains(p));

    /// <summary>References that name only a number, not whose: "a ticket number" may be one to make now.</summary>
    private static readonly HashSet<string> NumberOnly = new(StringComparer.Ordinal) { "ticket number", "ticket no", "nomor tiket", "no tiket" };

    private static readonly HashSet<string> Demands = new(StringComparer.Ordinal)
    {
        "give", "send", "make", "create", "open", "raise", "log", "kasih", "kasi", "bikin", "bikinin", "buat", "buatin", "buatkan", "minta", "bukain",
    };

    private static readonly HashSet<string> LooksBack = new(StringComparer.Ordinal)
    {
        "again", "forgot", "forget", "remind", "what", "what's", "whats", "which", "earlier", "yesterday", "already", "lupa", "lagi", "apa", "brp",
        "berapa", "mana", "tadi", "td", "kemarin", "kmrn", "kemaren", "udah", "udh", "sudah", "sdh", "status", "update",
    };

    private static bool IsTicketWord(string word) => word.StartsWith("ticket", StringComparison.Ordinal) || word.StartsWith("tiket", StringComparison.Ordinal);

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal) { "number", "no", "nomor", "nomer", "nmr", "no.", "#", "id", "num" };

    private static readonly HashSet<string> AskingForIt = new(StringComparer.Ordinal)
    {
        "what", "what's", "whats", "which", "again", "have", "get", "got", "remind", "forgot", "forget", "know", "apa", "brp", "berapa", "mana",
        "lupa", "dapat", "dapet", "dpt", "ada", "punya", "gimana", "gmn", "where", "send", "give", "kasih", "minta", "tau", "tahu",
    };

    private static readonly HashSet<string> ReportWords = new(StringComparer.Ordinal)
    {
        "ticket", "tickets", "tiket", "report", "reports", "laporan", "complaint", "komplain", "keluhan", "pengaduan", "aduan", "case", "request",
    };

    /// <summary>For words already known to be about a report (they name its number): "status", "addInfo", or null when they say both or neither.</summary>
    public static string? About(IReadOnlyList<string> words) => About([.. IntentReader.Phrases(words)]);

    private static string? About(List<string> phrases)
    {
        var adds = phrases.Exists(Addition.Contains);
        var asks = phrases.Exists(Progress.Contains);
        return adds == asks ? null : adds ? "addInfo" : "status";
    }
}
