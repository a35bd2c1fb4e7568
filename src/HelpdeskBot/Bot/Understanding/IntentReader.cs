using HelpdeskBot.Dialogs;
using HelpdeskBot.TextClassification;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Bot.Understanding;

/// <summary>
/// What a message asks for. <see cref="Intent"/> is null when the reading is unsure: the bot then offers
/// <see cref="Likely"/> as choices instead of guessing. <see cref="ByKeyword"/> is set when a command phrase
/// matched (the fast path), so the score is certain.
/// </summary>
public sealed record IntentReading(string? Intent, double Score, IReadOnlyList<string> Likely, bool ByKeyword)
{
    public static IntentReading Keyword(string intent) => new(intent, 1, [intent], true);
}

/// <summary>
/// Reads the intent of a message typed where the bot is not waiting for an answer: the command phrases first
/// (cancel, help, a greeting, and each intent's own phrases — exact and instant), then the local model trained on
/// examples in people's own words. Below the configured confidence the reading is unsure.
/// </summary>
public sealed class IntentReader(IntentModel model, IEnumerable<IIntent> intents, IOptions<UnderstandingOptions> options)
{
    /// <summary>The words of a greeting that opens a message: "Hi,", "Selamat pagi kak,", "Hello team!".</summary>
    private static readonly HashSet<string> OpeningGreeting = new(StringComparer.Ordinal)
    {
        "hi", "hii", "hello", "helo", "hallo", "halo", "haloo", "hai", "hei", "hey", "good", "morning", "afternoon", "evening", "pagi", "siang",
        "sore", "malam", "malem", "met", "selamat", "assalamualaikum", "permisi", "misi", "admin", "kak", "ka", "kakak", "min", "mimin", "gan",
        "sis", "bro", "mas", "mbak", "pak", "bu", "there", "team", "guys", "dear", "sir", "madam", "support", "cs", "all", "everyone",
        // A plea said to the bot before the problem ("kak tolong, saldo sy …", "please help, my card …"): not part of the description.
        "tolong", "bantu", "mohon", "dong", "please", "pls", "plz", "help",
    };

    /// <summary>
    /// The message without a greeting that opens it as a clause of its own ("Hi, I can't log in …" → "I can't log in …"),
    /// for keeping it as the description; the message as it is when it opens otherwise or is nothing but the greeting.
    /// </summary>
    public static string WithoutGreeting(string text)
    {
        var trimmed = text.TrimStart();
        var end = trimmed.IndexOfAny([',', '!', '.', '\n']);
        if (end <= 0 || end > 40) return text;
        var words = trimmed[..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 5 || !words.All(w => OpeningGreeting.Contains(w.ToLowerInvariant()))) return text;
        var rest = trimmed[(end + 1)..].TrimStart(',', '!', '.', ' ', '\n', '\r');
        return rest.Length >= 10 ? rest : text;
    }

    /// <summary>A short message made only of these is a greeting ("hello?", "met sore gan", "assalamualaikum").</summary>
    private static readonly HashSet<string> GreetingWords = new(StringComparer.Ordinal)
    {
        "hi", "hii", "hiii", "hello", "helo", "g'day", "gday", "hallo", "halo", "haloo", "hai", "haii", "hei", "hey", "heya", "hiya", "yo", "morning", "afternoon",
        "evening", "good", "pagi", "siang", "sore", "malam", "malem", "met", "selamat", "assalamualaikum", "assalamu'alaikum", "asalamualaikum",
        "permisi", "misi", "admin", "kak", "ka", "kakak", "min", "mimin", "gan", "sis", "bro", "mas", "mbak", "pak", "bu", "there", "all", "everyone",
        "team", "guys", "p", "ping", "thanks", "thank", "you", "thx", "makasih", "terima", "kasih", "trims", "tq", "ty", "wr", "wb",
        // Acknowledgements and goodbyes: "ok", "no", "bye", "gak ada, makasih" after a ticket want nothing new.
        "ok", "oke", "okay", "okey", "k", "kk", "yes", "ya", "yup", "yep", "no", "nope", "nah", "sure", "fine", "cool", "great", "nice", "bye",
        "done", "finished", "selesai", "beres",
        "goodbye", "cya", "sip", "siap", "mantap", "mantab", "oh", "ohh", "oalah", "baik", "noted", "gak", "ga", "nggak", "tidak", "tdk", "ada",
        "udah", "sudah", "cukup", "itu", "aja", "saja", "dulu", "that's", "all", "it", "for", "now", "nothing", "else", "lol", "wkwk", "wkwkwk",
        "hehe", "haha", "test", "tes", "testing", "dah", "deh", "kok", "ya", "sama-sama", "welcome",
        // Regional greetings: Javanese "sugeng enjing", Sundanese "punten", "sampurasun", Batak "horas".
        "sugeng", "enjing", "sonten", "dalu", "rahayu", "wilujeng", "punten", "sampurasun", "horas", "salam",
        // Sixteenth writer: Balinese "om swastiastu", a call ("woi bang"), and the forms of address of Sunda, Bali, Minang, Makassar.
        "om", "swastiastu", "woi", "woy", "oi", "bang", "abang", "teh", "teteh", "akang", "kang", "bli", "mbok", "uda", "uni", "daeng",
    };

    /// <summary>Words that call the conversation off in a short message ("nvm", "forget it", "gak jadi deh").</summary>
    private static readonly HashSet<string> CancelWords = new(StringComparer.Ordinal)
    {
        "nevermind", "nvm", "cancel", "batal", "batalin", "gajadi", "gak jadi", "ga jadi", "nggak jadi", "never mind", "forget it",
        "changed my mind", "ngga jadi", "tidak jadi", "enggak jadi", "gausah", "ga usah", "gak usah", "nggak usah", "scratch that", "lupakan",
        "lupain", "ignore that", "ignore my", "disregard",
        // "wait stop, wrong trip", "eh salah pencet": stopping, or a message sent by mistake.
        "wait stop", "stop it", "stop that", "ok stop", "stop stop", "salah pencet", "salah klik", "kepencet", "wrong button", "pressed the wrong",
        "didn't mean to", "didnt mean to", "sent by mistake",
        // Ninth writer: "Please disregard my last message", "Mohon abaikan pesan saya sebelumnya", "eh kak gk jadi", "ignore me".
        "disregard", "abaikan", "gk jadi", "gk jd", "ga jd", "gak jd", "ngga jd", "nggak jd", "tdk jadi", "ignore me", "cancel my request",
        "cancel my earlier", "cancel my last", "cancel that request", "cancel the request",
        // Fifteenth writer: "You can forget my last message", "no need lah", "tidak perlu ditindaklanjuti", and "not going ahead"
        // in Javanese and eastern Indonesian ("ra sido", "mboten sido", "seng usah", "ndak jadi").
        "forget my", "no need", "tidak perlu ditindaklanjuti", "tdk perlu ditindaklanjuti", "ga perlu ditindaklanjuti", "gak perlu ditindaklanjuti",
        "ra sido", "ora sido", "mboten sido", "gak sido", "ga sido", "gk sido", "seng usah", "sonde usah", "tra usah", "ndak usah", "nda usah",
        "ndak jadi", "nda jadi", "ndak jd", "tra jadi", "seng jadi",
    };

    private static readonly HashSet<string> NoNeed = new(StringComparer.Ordinal)
    {
        "gak usah", "ga usah", "gausah", "nggak usah", "ngga usah", "gk usah", "tidak usah", "tdk usah", "gak perlu", "ga perlu", "gk perlu",
        "tidak perlu", "tdk perlu", "no need", "not needed",
    };

    /// <summary>
    /// "gak usah kak", "no need": declining what was just offered (the summary's email), not calling the report off — the
    /// words are call-off words elsewhere (found using the bot as a person: "gak usah" at the summary cancelled the report).
    /// </summary>
    public static bool SaysNoNeed(string text)
    {
        var words = TypedText.Words(text).Where(w => w is not ("kak" or "min" or "eh" or "ok" or "oke" or "udah" or "udh" or "yaudah" or "deh" or "dong"
            or "aja" or "ya" or "thanks" or "makasih" or "sorry" or "maaf")).ToList();
        return words.Count is > 0 and <= 3 && NoNeed.Contains(string.Join(' ', words));
    }

    /// <summary>Words that say the matter is settled: a call-off with one of these says why ("the treasurer has resolved it", "udh masuk ternyata").</summary>
    private static readonly HashSet<string> Settled = new(StringComparer.Ordinal)
    {
        "sorted", "resolved", "fixed", "found", "works", "working", "figured", "beres", "ternyata", "udh masuk", "udah masuk", "sudah masuk",
        "udh bisa", "udah bisa", "sudah bisa", "udh bs", "let me in", "let me out", "paid", "udh bayar", "sudah bayar", "udah bayar", "all good",
        "done", "settle", "settled", "sudah saya terima", "udah diterima", "sudah diterima", "su masuk", "wes iso", "wis iso", "sampun",
    };

    /// <summary>What may open a call-off before its words: "ok forget it …", "wait nvm …", "Please disregard …", "wis mas gk jd …".</summary>
    private static readonly HashSet<string> CallOffOpeners = new(StringComparer.Ordinal)
    {
        "ok", "okay", "oke", "oh", "eh", "wait", "please", "pls", "kak", "mas", "mbak", "min", "sorry", "maaf", "mohon", "actually", "hmm", "ah",
        "wis", "udah", "udh", "yaudah", "um", "uh", "nah", "hi", "halo", "no",
    };

    /// <summary>Words that say something is still wrong: "nvm, but my order is stuck" is no call-off.</summary>
    private static readonly HashSet<string> StillWrong = new(StringComparer.Ordinal)
    {
        "not", "can't", "cant", "cannot", "still", "masih", "ga", "gak", "gk", "nggak", "tidak", "tdk", "belum", "blm", "error", "gagal", "failed",
        "but", "tapi", "tp", "however", "another", "lagi",
    };

    /// <summary>Longer than this, a message with a call-off in it says more than that.</summary>
    private const int MaxExplainedCallOff = 16;

    /// <summary>Questions about the bot itself, in a short message ("how does this work", "cara pakenya gmn", "commands?").</summary>
    private static readonly HashSet<string> HelpPhrases = new(StringComparer.Ordinal)
    {
        "how does this work", "how this works", "how do i use this", "how to use this", "what can you", "what can i ask", "what do you do",
        "what are you", "who are you", "are you a bot", "is this a bot", "commands",
        "cara pakai", "cara pake", "cara pakenya", "cara pakainya", "cara makainya", "cara menggunakan", "cara pakai bot", "bisa apa", "bisa apa aja",
        "bisa bantu apa", "ini bot", "bot apa", "fitur apa", "apa aja yg bisa", "apa saja yang bisa", "gimana caranya", "gmn caranya",
        "panduan", "petunjuk", "how much is", "how much does", "price of", "pricing", "harga paket", "berapa harga", "brp harga", "harganya brp",
        "harganya berapa", "biayanya berapa", "jam operasional", "jam buka", "opening hours", "office hours", "business hours",
        "is this where i", "where do i report", "where can i report", "is this the place", "the right place to", "what info do you need",
        "what do you need from me", "what information do you need", "data apa aja yang", "data apa yg",
        // Eighth writer: "what can this chat actually do for me?", "Can this assistant log issues for HR?", "di sini saya bisa tanya apa saja?".
        "what can this", "what can the bot", "what can it do", "what is this chat", "what's this chat", "can this assistant", "can this bot",
        "can this chat", "bisa tanya apa", "tanya apa saja", "tanya apa aja", "bisa lewat sini", "lewat sini jg", "lewat sini juga",
        // Ninth writer: "kak ini bs buat booking kelas yoga jg gk? atau cuma buat komplain?".
        "ini bs buat", "ini bisa buat", "bisa dipake buat", "bs dipake buat", "bisa dipakai untuk", "cuma buat komplain", "atau cuma buat",
        "only for complaints", "just for complaints", "can i use this for", "can i use this chat",
    };

    /// <summary>Praise and thanks: a message that only says something is good wants nothing ("love the new update, great job").</summary>
    private static readonly HashSet<string> Praise = new(StringComparer.Ordinal)
    {
        "great job", "good job", "nice job", "well done", "love the", "love it", "love this", "i love", "awesome", "amazing", "great app",
        "thank you", "thanks for", "thanks a lot", "mantap", "mantab", "keren", "bagus", "makin lancar", "makasih", "terima kasih", "top markotop",
        "good work", "kerja bagus", "sukses terus", "semangat",
    };

    /// <summary>Words that say something is broken: "cancel" then means cancelling an order that went wrong.</summary>
    /// <summary>
    /// "ini bisa dipakai buat ajukan pinjaman juga ya? atau cuma buat lapor masalah?", "can I ask about lessons here or only
    /// report problems?": what the chat is for, asked as a choice — even when one side names a report. (Twelfth writer.)
    /// </summary>
    private static bool AsksScope(string text)
    {
        if (!text.Contains('?', StringComparison.Ordinal) || text.Length > 200) return false;
        var n = TypedText.Normalize(text);
        var only = ScopeChoices.Select(c => n.IndexOf(c, StringComparison.Ordinal)).Where(at => at > 0).DefaultIfEmpty(-1).Min();
        return only > 0 && ScopeAsks.Any(a => TypedText.ContainsPhrase(n[..only], a));
    }

    private static readonly string[] ScopeChoices = [" atau cuma ", " atau hanya ", " ato cuma ", " or only ", " or just "];

    private static readonly string[] ScopeAsks = ["bisa", "bs", "can i", "can this", "can you", "can we", "is this for", "disini", "di sini"];

    private static bool ProblemWords(IReadOnlyList<string> words) =>
        words.Any(w => w is "order" or "pesanan" or "charged" or "charging" or "error" or "eror" or "gagal" or "failed" or "subscription" or "langganan"
            or "tombol" or "button" or "refund" or "transfer" or "saldo" or "pembayaran" or "payment" or "masuk" or "kepotong" or "down" or "app"
            or "aplikasi" or "email" or "login");

    private static readonly HashSet<string> Thanks = new(StringComparer.Ordinal)
    {
        "thank you", "thanks", "thankyou", "thx", "makasih", "terima kasih", "terimakasih", "memberkati", "god bless", "bless you", "tuhan memberkati",
        "matur nuwun", "hatur nuhun",
        // Eighteenth writer: Balinese "suksma nggih atas bantuannya".
        "suksma", "matursuksma",
    };

    /// <summary>Words that say the help was given: thanks for it look back, and ask for nothing.</summary>
    private static readonly HashSet<string> Helped = new(StringComparer.Ordinal)
    {
        "helpful", "helped", "solved", "sorted", "resolved", "membantu", "dibantu", "terbantu", "sudah beres", "udah beres", "udh beres",
        "sudah selesai", "udah selesai", "udh selesai",
        // Eighteenth writer: "makasih kaka su bantu sa kemarin soal transfer", "atas bantuannya".
        "su bantu", "sudah bantu", "udah bantu", "udh bantu", "bantuannya", "bantuan nya", "your help", "the help",
    };

    /// <summary>Words that name another problem beside a ticket: "separate from HD-…", "masalah lain, bukan yg HD-…".</summary>
    private static readonly HashSet<string> AnotherProblem = new(StringComparer.Ordinal)
    {
        "separate from", "separately from", "different from", "unrelated to", "not related to", "another issue", "another problem", "a new issue",
        "a new problem", "new issue", "beda dari", "beda dengan", "beda sama", "berbeda dari", "berbeda dengan", "masalah lain", "masalah baru",
        "kendala lain", "bukan soal", "tidak terkait", "gak ada hubungannya", "ga ada hubungannya",
        "not the same", "beda kasus", "kasus lain", "bukan yang sama", "bukan yg sama",
        // Eighteenth writer: "Different issue from my rent ticket HD-…", "kak ini beda ya sm HD-…".
        "different issue", "different problem", "other issue", "other problem", "beda sm", "beda dgn", "beda dr", "beda ya",
    };

    /// <summary>Words that leave something open after thanks: "thanks, but it still does not work", "makasih, tp saldo belum masuk".</summary>
    private static readonly HashSet<string> StillOpen = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "still", "can't", "cant", "cannot", "won't", "wont", "doesn't", "didn't", "but", "belum", "blm", "masih", "tidak", "tdk",
        "ga", "gak", "gk", "nggak", "ngga", "tapi", "tp", "kok", "why", "kenapa", "knp",
    };

    /// <summary>Words that ask to add to a ticket rather than ask about it.</summary>
    private static readonly HashSet<string> AddWords = new(StringComparer.Ordinal)
    {
        "add", "adding", "attach", "attaching", "forgot", "mention", "correction", "tambah", "tambahin", "nambah", "nambahin", "tambahkan",
        "lampir", "lampirkan", "lupa", "ralat", "foto", "screenshot", "ss", "video", "lengkapi", "koreksi",
    };

    /// <summary>
    /// "HD-ZX4R8N6 - repro steps: open app, …" (the thirteenth writer): the ticket's number, a dash or a colon, then four words
    /// or more and no question — what follows is for the ticket.
    /// </summary>
    private static bool DetailsAfterTicket(string text)
    {
        var at = text.IndexOf("hd-", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || text.Contains('?', StringComparison.Ordinal)) return false;
        var rest = text.AsSpan(Math.Min(text.Length, at + 10)).TrimStart();
        if (rest.IsEmpty || rest[0] is not (':' or '-' or '—' or '–')) return false;
        return TypedText.Words(rest[1..].ToString()).Count >= 4;
    }

    /// <summary>"HD-" and the seven characters of a ticket number (the number's own check is the ticket service's).</summary>
    private static bool IsTicketNumber(string word) => word.Length == 10 && word.StartsWith("hd-", StringComparison.Ordinal);

    /// <summary>A ticket number among the words: "hd-a9wzrmx", "hd2r385r8", or the prefix as a word of its own ("hd a9wzrmx?", the sixth trial).</summary>
    private static bool NamesTicket(string text, List<string> words) => NamesTicket(words) || WritesTicketPrefix(text);

    /// <summary>
    /// "utk HD-25519 ada update gk?": a number written after "HD-" names a ticket even when it is not one of ours (mistyped,
    /// or from another desk); the status answer then says no such ticket was found.
    /// </summary>
    private static bool WritesTicketPrefix(string text)
    {
        for (var at = text.IndexOf("hd-", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("hd-", at + 3, StringComparison.OrdinalIgnoreCase))
        {
            if (at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
            var end = at + 3;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
            if (end - at - 3 is >= 4 and <= 10 && text.AsSpan(at + 3, end - at - 3).ContainsAnyInRange('0', '9')) return true;
        }
        return false;
    }

    private static bool NamesTicket(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (IsTicketNumber(words[i])) return true;
            if (words[i] == "hd" && i + 1 < words.Count && Data.Tickets.TicketNumber.Normalize(words[i + 1]) is not null) return true;
            if (words[i].Length == Data.Tickets.TicketNumber.Length + 2 && words[i].StartsWith("hd", StringComparison.Ordinal) && words[i].Any(char.IsDigit)
                && Data.Tickets.TicketNumber.Normalize(words[i]) is not null) return true;
        }
        return false;
    }


    /// <summary>The words, and every run of two and three, so phrases ("never mind", "changed my mind") are looked up like words.</summary>
    internal static IEnumerable<string> Phrases(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            yield return words[i];
            if (i + 1 < words.Count) yield return words[i] + " " + words[i + 1];
            if (i + 2 < words.Count) yield return words[i] + " " + words[i + 1] + " " + words[i + 2];
        }
    }

    private readonly IReadOnlyList<IIntent> intents = [.. intents.OrderBy(i => i.Order)];

    /// <summary>Whether the report intent would take the text as a problem (the report intent owns what a problem is).</summary>
    private bool DescribesProblem(string text) => intents.FirstOrDefault(i => i.Id == "report") is { } report && report.Accepts(text);

    /// <summary>"cancel", "actually never mind", "gak jadi deh": a short message that calls off what is under way (not "cancel my order, it failed").</summary>
    public static bool CallsOff(string text) => CommandPhrases.IsCancel(text) || CallsOff(TypedText.Words(text));

    private static bool CallsOff(List<string> words) =>
        words.Count <= 6 && Phrases(words).Any(CancelWords.Contains) && !ProblemWords(words)
        // "ok forget it the security guard let me out", "Please disregard my last message, my son has sorted it out": a call-off
        // that opens the message, or one said with why the matter is settled — and nothing said to be still wrong.
        || words.Count <= MaxExplainedCallOff && !SaysStillWrong(words)
            && (OpensWithCallOff(words) || Phrases(words).Any(CancelWords.Contains) && Phrases(words).Any(Settled.Contains));

    private static bool SaysStillWrong(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!StillWrong.Contains(words[i])) continue;
            // "gk jadi" calls off; it says nothing is wrong.
            // "ga usah" calls it off too ("udah kak ga usah, udah keluar tokennya barusan", the thirteenth writer).
            if (words[i] is "gk" or "ga" or "gak" or "nggak" or "tidak" or "tdk" && i + 1 < words.Count && words[i + 1] is "jadi" or "jd" or "usah") continue;
            return true;
        }
        return false;
    }

    private static bool OpensWithCallOff(List<string> words)
    {
        var start = 0;
        while (start < words.Count && CallOffOpeners.Contains(words[start])) start++;
        if (start >= words.Count) return false;
        var rest = words.Skip(start).Take(3).ToList();
        return Enumerable.Range(1, rest.Count).Any(n => CancelWords.Contains(string.Join(' ', rest.Take(n))));
    }

    /// <summary>Words that call off what is under way even as the answer to a question ("never mind", "udh ah batalin aja"), where "cancel" or "ga usah" may answer it.</summary>
    private static readonly HashSet<string> GivingUp = new(StringComparer.Ordinal)
    {
        "nevermind", "nvm", "never mind", "forget it", "forget about it", "batalin", "batalkan", "lupakan", "lupain", "scratch that",
        "changed my mind", "cancel it", "cancel this", "cancel the report", "batal aja", "i give up",
        // Fifth trial: "gk jadi lapor deh kak" (not going ahead with the report after all).
        "gak jadi", "ga jadi", "gk jadi", "nggak jadi", "ngga jadi", "tidak jadi", "gajadi", "gakjadi",
        // The tenth trial: "none, I changed my mind, don't bother" at the summary.
        "don't bother", "dont bother",
    };

    /// <summary>Words of address and particles that do not make a giving-up longer: "eh ga jadi deh kak, nanti aja".</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "eh", "ah", "deh", "dong", "kak", "min", "gan", "sis", "bro", "ya", "yah", "sih", "lah", "kok", "oh", "hmm", "um", "uh",
    };

    /// <summary>
    /// "meh. never mind… forget it", "udh ah batalin aja": a short answer that gives up the interview; or a longer one that
    /// opens by giving up and then says the user goes elsewhere or later ("forget it, I'll just go to the branch", "lupain
    /// aja, nanti sy ke cabang") — not "never mind that, it was actually yesterday at 2pm", which corrects an answer.
    /// </summary>
    public static bool GivesUp(string text)
    {
        var words = TypedText.Words(text).Where(w => !Particles.Contains(w)).ToList();
        if (words.Count <= 6) return Phrases(words).Any(GivingUp.Contains) && !ProblemWords(words);
        if (EndsByCallingOff(text)) return true;
        if (words.Count > 24) return false;
        // The giving up may come after a complaint: "ugh this is too many questions. forget it, I'll just use the app".
        for (var cut = text.IndexOfAny(ClauseEnds); cut > 0; cut = text.IndexOfAny(ClauseEnds, cut + 1))
        {
            var start = text.LastIndexOfAny(ClauseEnds, cut - 1) + 1;
            var opening = TypedText.Words(text[start..cut]).Where(w => !Particles.Contains(w)).ToList();
            var rest = TypedText.Words(text[(cut + 1)..]);
            if (opening.Count <= 4 && Phrases(opening).Any(GivingUp.Contains) && rest.Count <= 12
                && (rest.Exists(GoingElsewhere.Contains) || Phrases(rest).Any(GoingElsewhere.Contains) || Phrases(rest).Any(GivingUp.Contains))
                && (!ProblemWords(rest) || Phrases(rest).Any(p => p is "i'll just" or "ill just" or "i will just" or "i'll use" or "mending")))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly char[] ClauseEnds = [',', '.', '!', ';', '-', '…'];

    /// <summary>What says the user only asks, and reports nothing: "I only asking the policy question", "sy ga lapor masalah, cuma nanya".</summary>
    private static readonly HashSet<string> OnlyAsking = new(StringComparer.Ordinal)
    {
        "only asking", "just asking", "only a question", "just a question", "i only ask", "only want to ask", "just want to ask", "i don't have problem",
        "i dont have problem", "i don't have a problem", "i dont have a problem", "not reporting", "not a problem report", "no problem to report",
        "cuma nanya", "cm nanya", "cuma tanya", "cm tanya", "cuma mau nanya", "cuma mau tanya", "nanya aja", "tanya aja", "mau nanya aja",
        "bukan lapor", "ga lapor", "gak lapor", "nggak lapor", "tidak lapor", "tidak melapor",
    };

    /// <summary>
    /// "I don't have problem, I only asking the policy question. Can you answer it?", "lho sy ga lapor masalah kak, cuma nanya
    /// kebijakan" (the thirteenth trial: kept as the user id, and as "a sentence, not an id"): said in an interview, the user is
    /// not reporting anything.
    /// </summary>
    public static bool OnlyAsks(string text)
    {
        var words = TypedText.Words(text);
        return words.Count <= 30 && Phrases(words).Any(OnlyAsking.Contains);
    }

    /// <summary>
    /// "why do you need my user id for a policy question? ok never mind, cancel" (the thirteenth trial stayed in the interview):
    /// a last clause of nothing but calling it off.
    /// </summary>
    private static bool EndsByCallingOff(string text)
    {
        var tail = text.TrimEnd(' ', '.', '!');
        var cut = tail.AsSpan().LastIndexOfAny(",.!;…?");
        if (cut <= 0) return false;
        var last = TypedText.Words(tail[(cut + 1)..]).Where(w => !Particles.Contains(w) && w is not ("ok" or "okay" or "oke" or "so" or "just" or "aja" or "saja")).ToList();
        return last.Count is > 0 and <= 3 && (Phrases(last).Any(GivingUp.Contains) || last is ["cancel"] or ["batal"] or ["stop"]);
    }

    /// <summary>Words that say the user takes it elsewhere or leaves it for later.</summary>
    private static readonly HashSet<string> GoingElsewhere = new(StringComparer.Ordinal)
    {
        "i'll", "ill", "i will", "i'm going", "im going", "later", "branch", "office", "store", "shop", "myself", "elsewhere", "another time",
        "not worth", "tomorrow", "nanti", "besok", "cabang", "kantor", "toko", "sendiri", "lain kali", "ke sana", "kesana", "datang", "dateng",
        "pergi", "mending",
        // The thirteenth trial: "eh gajadi deh kak, kyknya wifi rumah sy yg lemot": the trouble turned out to be elsewhere.
        "kyknya", "kayaknya", "ternyata", "turns out", "my own", "my wifi", "wifi rumah", "wifi sy", "wifi saya",
    };

    /// <summary>"Can this chat fix website problems? The website does not load." (the eighteenth writer): the question about the bot, then the problem.</summary>
    private bool ProblemAfterQuestion(string text)
    {
        var tail = text[(text.LastIndexOf('?') + 1)..];
        return TypedText.Words(tail).Count >= 3 && DescribesProblem(tail);
    }

    public IntentReading Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // What a message asks for shows in its first lines: read only as far as the model does.
        if (text.Length > TextClassifier.MaxTextLength) text = text[..TextClassifier.MaxTextLength];
        if (CommandPhrases.IsCancel(text)) return IntentReading.Keyword("cancel");
        if (CommandPhrases.IsHelp(text)) return IntentReading.Keyword("help");
        if (CommandPhrases.IsMenu(text)) return IntentReading.Keyword(CommandPhrases.IsMenuRequest(text) ? "help" : "greeting");
        if (AsksScope(text)) return IntentReading.Keyword("help");
        var ticket = text.Contains("hd-", StringComparison.OrdinalIgnoreCase);
        string? command = null;
        foreach (var intent in intents)
        {
            // A command phrase wins, except that a message naming a ticket never starts a new one ("foto buat tiket HD-…"),
            // and asking for a person wins over the report that says why ("sambungin ke admin dong, sy mau komplain …").
            if (!intent.Matches(text) || ticket && intent.Id == "report") continue;
            if (command is null || command == "report" && intent.Id == "agent") command = intent.Id;
            if (command != "report") break;
        }
        if (command is not null) return IntentReading.Keyword(command);
        if (!text.Any(char.IsLetter)) return new IntentReading(null, 0, ["report", "status", "agent"], false);
        var words = TypedText.Words(text);
        if (CallsOff(words)) return IntentReading.Keyword("cancel");
        if (words.Count <= 5 && words.All(GreetingWords.Contains)) return IntentReading.Keyword("greeting");
        // A longer message asks it too when it asks a question ("I'm not very good with computers, what can this chat do for me?").
        if ((words.Count <= 8 || words.Count <= 16 && text.Contains('?', StringComparison.Ordinal))
            && HelpPhrases.Any(p => TypedText.ContainsPhrase(string.Join(' ', words), p)) && !ProblemWords(words) && !ProblemAfterQuestion(text)) return IntentReading.Keyword("help");

        // Praise with no problem in it ("mantap aplikasinya, makin lancar") is a pleasantry.
        if (words.Count <= 12 && Phrases(words).Any(Praise.Contains) && !DescribesProblem(text)) return IntentReading.Keyword("greeting");

        var guess = model.Read(text);
        var likely = new List<string> { guess.Intent };
        likely.AddRange(guess.Alternatives);
        // "Separate from HD-Q2W9E4R: my transfer to my German account did not arrive" (the seventeenth writer): a ticket named
        // only to say this problem is another one.
        if (Phrases(words).Any(AnotherProblem.Contains) && DescribesProblem(text)) return IntentReading.Keyword("report");
        // A message that names a ticket is about that ticket: something to add to it, or its status — never a new report.
        if (NamesTicket(text, words))
        {
            // "any update on HD-…?" asks how it goes; "update for HD-…: …" brings something to it.
            var about = EarlierReport.About(words) ?? (words.Any(AddWords.Contains) || DetailsAfterTicket(text) ? "addInfo" : likely.FirstOrDefault(i => i is "status" or "addInfo") ?? "status");
            return new IntentReading(about, Math.Max(guess.Score, options.Value.ConfidenceThreshold), [about, .. likely.Where(l => l != about)], false);
        }
        // "shopeepay error, lgsg kasih no tiket aja": a problem, and a ticket for it now (the thirteenth trial).
        if (EarlierReport.DemandsNewTicket(words) && DescribesProblem(text)) return IntentReading.Keyword("report");
        // "any update on my report?", "lupa bilang, buat laporan tadi…": about a report already made, whatever the model thinks.
        if (EarlierReport.Read(words) is { } earlier)
        {
            return new IntentReading(earlier, Math.Max(guess.Score, options.Value.ConfidenceThreshold), [earlier, .. likely.Where(l => l != earlier)], false);
        }
        // Thanks or a blessing that asks nothing and names nothing wrong ("Thank you ever so much, dear. You have been very patient
        // with an old lady.", "Tuhan memberkati pelayanan saudara sekalian.", the thirteenth writer) wants nothing new.
        // It opens with the thanks: a report that ends "… Thank you." is still a report.
        // "Thank you, the agent yesterday was very helpful with my failed payment" (the seventeenth writer): thanks for help
        // already given, even when it names what the help was about.
        if (words.Count <= 20 && Phrases(words.Take(4).ToList()).Any(Thanks.Contains) && !text.Contains('?', StringComparison.Ordinal)
            && (!ProblemWords(words) || Phrases(words).Any(Helped.Contains)) && !words.Any(StillOpen.Contains)) return IntentReading.Keyword("greeting");
        // The model proposes, the intent disposes: "ok" or "lol" may look like a report to the model, but it describes no problem.
        var accepted = guess.Score >= options.Value.ConfidenceThreshold
            && (intents.FirstOrDefault(i => i.Id == guess.Intent) is not { } proposed || proposed.Accepts(text))
            && (guess.Intent is not ("cancel" or "greeting") || words.Count <= 8);
        return accepted
            ? new IntentReading(guess.Intent, guess.Score, likely, false)
            : new IntentReading(null, guess.Score, likely, false);
    }
}
