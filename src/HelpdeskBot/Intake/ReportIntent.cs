using HelpdeskBot.Bot;
using HelpdeskBot.Bot.Understanding;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Intake.Extraction;
using HelpdeskBot.Tickets;

namespace HelpdeskBot.Intake;

/// <summary>
/// Starts the interview: "report a problem", "lapor masalah" — or a message that describes a problem in the user's
/// own words, which becomes the first answer (the description) with everything else it says read from it, so the
/// interview asks only what is missing.
/// </summary>
public sealed class ReportIntent(IntakeDialog intake, UserClock clock, TicketService tickets) : IIntent
{
    private static readonly string[] Phrases =
    [
        "report a problem", "report problem", "report an issue", "open a ticket", "create a ticket", "i have a problem",
        "i have an issue", "i've got a problem", "something is wrong", "lapor masalah", "laporkan masalah", "buat tiket",
        "saya punya masalah", "ada masalah", "mau lapor", "ingin melapor", "melaporkan masalah", "lapor kendala",
        "need to report", "want to report", "like to report", "something to report", "report something", "mau laporin", "mau ngelapor",
        "mau melaporkan", "ingin melaporkan", "perlu melaporkan", "saya laporkan", "sy laporin", "lapor sesuatu", "laporin sesuatu",
        "file a complaint", "make a complaint", "lodge a complaint", "mau komplain", "ingin komplain", "mau mengadu", "ingin mengadu",
        // The eleventh trial: "can u make a separate ticket for the wallet thing tho" was taken as something to add to the last ticket.
        .. Tickets.AddInfoPrompt.NewTicketPhrases,
    ];

    /// <summary>Words around a request to report that say nothing about the problem itself.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "i", "want", "to", "would", "like", "i'd", "need", "please", "pls", "hi", "hello", "hey", "halo", "hai", "kak", "min", "saya", "sy", "aku",
        "mau", "ingin", "pengen", "tolong", "dong", "ya", "a", "an", "the", "my", "with", "about", "mengenai", "tentang", "soal", "ada", "punya",
        "have", "got", "some", "sebuah", "satu", "selamat", "pagi", "siang", "sore", "malam", "good", "morning", "afternoon", "evening", "there",
        "can", "you", "help", "me", "bantu", "bisa", "minta", "lapor", "report", "problem", "issue", "masalah", "kendala", "ticket", "tiket",
        // The menu's own button, "Laporkan masalah" (the eighth trial found it kept before every Indonesian description).
        "laporkan", "melaporkan", "laporin", "ngelapor", "melapor", "reporting", "buat", "bikin", "new", "baru",
    };

    public string Id => "report";
    public int Order => 10;
    public Choice? MenuChoice { get; } = new("report", Message.Of("Choice.Report"));
    public bool Interrupts => false;

    public bool Matches(string text)
    {
        var normalized = TypedText.Normalize(text);
        // "report" and "lapor" alone ask to report; inside a sentence ("the report I sent") they may be about an earlier one.
        return normalized is "lapor" or "report" || AsksToReportAlone(normalized) || Phrases.Any(p => TypedText.ContainsPhrase(normalized, p) && !Negated(normalized, p) && !Earlier(normalized, p) && !Supposed(normalized, p));
    }

    /// <summary>"lapor dong kak", "report pls": asking to report, with only a particle or a plea around it (the eighth trial read it as a status question).</summary>
    private static bool AsksToReportAlone(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '!', '?')).ToList();
        return words.Count <= 5 && words.Any(w => w is "lapor" or "laporin" or "melapor" or "report" or "komplain")
            && words.All(w => w is "lapor" or "laporin" or "melapor" or "report" or "komplain" or "dong" or "donk" or "kak" or "min" or "ya" or "yuk"
                or "please" or "pls" or "plz" or "sih" or "deh" or "aja" or "mau" or "pengen" or "ingin" or "gan" or "sis" or "bro" or "mas" or "mbak" or "");
    }

    /// <summary>"kalo mau komplain soal barang bisa lewat sini jg?", "if I want to report something, where do I go": asks how, reports nothing yet.</summary>
    private static bool Supposed(string normalized, string phrase)
    {
        var at = normalized.IndexOf(phrase, StringComparison.Ordinal);
        return normalized[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(2).Any(w => w.Trim(',', '.') is "kalo" or "kalau" or "klo" or "kl" or "if" or "jika" or "jikalau" or "seandainya");
    }

    /// <summary>"buat tiket kemarin", "tiket baru saya tadi": a ticket already made, not one to make.</summary>
    private static bool Earlier(string normalized, string phrase)
    {
        var at = normalized.IndexOf(phrase, StringComparison.Ordinal);
        var next = normalized[(at + phrase.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim(',', '.', ':', '!', '?');
        // "masalah yg sy laporin minggu lalu": the one reported, not one to report.
        var before = normalized[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return next is "kemarin" or "kmrn" or "kemaren" or "tadi" or "td" or "yg" or "yang" or "sebelumnya" or "saya" or "sy" or "aku" or "gue" or "gw"
            or "minggu" or "bulan" or "hari" or "last" or "yesterday" or "earlier" or "lalu"
            || before is "yg" or "yang";
    }

    /// <summary>"tidak ada masalah", "no problem": the phrase said not to be so.</summary>
    private static bool Negated(string normalized, string phrase)
    {
        var at = normalized.IndexOf(phrase, StringComparison.Ordinal);
        // The one or two words before the phrase: "tidak masalah", "tidak ada masalah", "no problem", "not any issue".
        var before = normalized[..Math.Max(0, at)].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(2);
        return before.Any(w => w.Trim(',', '.') is "tidak" or "tdk" or "gak" or "ga" or "gk" or "nggak" or "enggak" or "no" or "not" or "never" or "bukan");
    }

    /// <summary>The model's "report" is taken when the message describes a problem or names one ("app crash").</summary>
    public bool Accepts(string text)
    {
        var normalized = TypedText.Normalize(text);
        var namesProblem = SaysWhatIsWrong(normalized);
        // "is the new iPhone in stock?", "promo 12.12 ada apa aja?": a question that names nothing wrong and says nothing
        // is not so asks for something other than a report.
        if (!namesProblem && SideQuestion.AsksOnly(normalized)) return false;
        // A sentence that describes something is taken; a few words only when they name a problem ("tidak ada masalah" does not).
        return DescribesProblem(text) && normalized.Split(' ').Length > 4 || namesProblem;
    }

    /// <summary>Whether the (normalised) text names something wrong: "app crash", "akun sy ke blokir", "keeps crashing".</summary>
    public static bool SaysWhatIsWrong(string normalized) =>
        ProblemWords.Any(w => TypedText.ContainsPhrase(normalized, w) && !Negated(normalized, w)) || KeepsHappening(normalized) || NotDoing(normalized);

    /// <summary>Words that name something wrong, even in two words ("app crash", "login gagal").</summary>
    private static readonly string[] ProblemWords =
    [
        "crash", "crashes", "crashed", "error", "eror", "errors", "fail", "failed", "fails", "failing", "gagal", "broken", "rusak", "bug", "hang",
        "freeze", "stuck", "can't", "cant", "cannot", "unable", "not working", "doesn't work", "dont work", "won't", "wont", "gak bisa", "ga bisa",
        "gabisa", "gbs", "gk bisa", "tidak bisa", "nggak bisa", "ngga bisa", "gk bs", "ga bs", "tdk bisa", "hilang", "missing", "lost", "hacked",
        "dibajak", "kena hack", "diblokir", "terblokir", "blocked", "locked", "kepotong", "terpotong", "charged twice", "double charge", "lemot",
        "slow", "down", "not loading", "blank", "force close", "keluar sendiri",
        "never arrived", "didn't arrive", "not received", "wrong", "salah", "problem", "issue", "masalah", "kendala", "trouble", "crashing",
        "freezing", "pending", "tertahan", "nyangkut", "complaint", "complain", "komplain", "keluhan", "lupa", "forgot", "scam", "fraud",
        "penipuan", "tipu", "ditipu", "refund", "charged", "declined", "ditolak", "expired", "kadaluarsa", "suspended", "logout sendiri",
        "lag", "lags", "laggy", "lagging", "ngelag", "nge-lag", "not showing", "not coming", "not appearing", "not sending", "not syncing",
        "not updating", "not opening", "not responding", "no sound", "no signal", "tidak muncul", "ga muncul", "gak muncul", "nggak muncul",
        "gk muncul", "ga kebuka", "gak kebuka", "tidak terbuka", "putus", "putus2", "mati", "ngebug", "bengong", "muter", "loading terus",
        "phishing", "suspicious", "mencurigakan", "curiga",
        // Sixth writer: what does not arrive, and what is gone ("OTP not arriving", "otp ga masuk2", "saldo sy ilang").
        "not arriving", "never arrives", "never comes", "never came", "isn't arriving", "not coming through", "ilang", "raib", "lenyap", "disappeared", "vanished", "gone missing",
        // Seventh writer: what does not run or work, and what comes late ("kok ga jalan sih", "tombol simpan ga berfungsi", "subtitle telat").
        "ga jalan", "gak jalan", "gk jalan", "nggak jalan", "tidak jalan", "ga berfungsi", "gak berfungsi", "gk berfungsi", "nggak berfungsi",
        "tidak berfungsi", "telat", "terlambat", "delay", "delayed", "out of sync", "ga sinkron", "gak sinkron", "tidak sinkron",
        // Eighth writer: what stopped working, goes round in a loop, or keeps buffering ("Fingerprint login stopped working.", "SSO loop").
        "stopped working", "stop working", "stops working", "quit working", "no longer works", "buffering", "loop", "looping",
        // Thirteenth writer: "medicine delivery never come", "No SMS token", "gps ngaco", "tarif ga sesuai", "Aplikasi tdk bs dibuka.",
        // "… Tolong dicek gan": what never came, what is off or does not match, and a plea to check it.
        "never come", "never comes", "no sms", "no otp", "no code", "no token", "no email", "no notification", "ngaco", "kacau",
        "ga sesuai", "gak sesuai", "gk sesuai", "nggak sesuai", "tidak sesuai", "tdk sesuai", "tdk bs", "tidak bs", "gak bs", "nggak bs",
        "tolong dicek", "mohon dicek", "tolong dicheck", "tolong cek", "mohon cek", "please check", "pls check", "kindly check",
        "please look into", "kindly look into",
        // Fifteenth writer: what is jammed, locked or did not go through ("aplikasi macet nggih", "akun sy keblokir min", "transfer
        // didn't go through", "money not arrive yet").
        "macet", "keblokir", "kblokir", "kena blokir", "terkunci", "kekunci", "didn't go through", "didnt go through", "did not go through",
        "not go through", "not arrive", "not arrived", "never reached",
        // Sixteenth writer: short reports of what did not open, finish or come ("Website not open.", "topup not done", "Transfer
        // rejected.", "Duplicate payment debited.", "Transfer antarbank tertunda.", "remittance delayed po").
        "not open", "not done", "not completed", "not received", "inaccessible", "rejected", "debited", "bounced", "didn't go threw",
        "didnt go threw", "tertunda", "ditangguhkan", "reversal not",
        // Thirteenth trial: "akun ovo sy ke blokir tiba2", "Prime Video is charging me twice this month".
        "ke blokir", "k blokir", "charging me", "charged me", "charging twice", "billed twice", "billing me",
        // Seventeenth writer: "Website does not load.", "Email not receive", "saldo sy berkurang sendiri".
        "does not load", "doesn't load", "doesnt load", "not load", "not receive", "not receiving", "berkurang sendiri", "berkurang tiba2",
        "berkurang tiba-tiba", "kepotong sendiri", "terpotong sendiri",
        .. NotArrived(),
    ];

    /// <summary>
    /// What has not come (yet), in the ways Indonesian chat says it: a negation and a verb of arriving, the verb also
    /// doubled ("PESANAN GAK DATENG2", "barang blm sampe2", "dana belum cair").
    /// </summary>
    private static IEnumerable<string> NotArrived()
    {
        // With the negations of regional chat (fifteenth writer): Javanese "ndak", "ora", "ra", "mboten", "ten"; eastern Indonesian
        // "seng", "sonde", "tra"; "nda" — and what they say does not work: "web ndak bisa dibuka", "email tra bisa kirim", "qris ten jalan".
        string[] negations = ["ga", "gak", "gk", "nggak", "ngga", "enggak", "tidak", "tdk", "belum", "blm", "blom", "tak",
            "nda", "ndak", "ndag", "ora", "ra", "mboten", "ten", "seng", "sonde", "tra", "tara",
            // Sixteenth writer: Sundanese "teu" ("teu tiasa login"), Manado "nyanda" ("qris nyanda jalan").
            "teu", "nyanda"];
        string[] arriving = ["masuk", "datang", "dateng", "sampai", "sampe", "nyampe", "nyampai", "diterima", "terkirim", "cair", "kunjung datang",
            "masok", "mlebu", "bisa", "bise", "iso", "isa", "bs", "jalan", "kebuka", "dibuka", "berfungsi", "kirim", "muncul", "tiasa", "keluar",
            // Seventeenth writer: what will not open ("aplikasi seng mau buka", "web gak mau kebuka").
            "mau buka", "mau kebuka", "mau dibuka", "mau jalan", "mau masuk", "mau login", "mau konek", "mau connect"];
        return negations.SelectMany(n => arriving.SelectMany(a => new[] { n + " " + a, n + " " + a + "2" }));
    }

    /// <summary>"keeps crashing", "kept asking for the code", "keep getting logged out": something happening over and over.</summary>
    private static bool KeepsHappening(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (words[i] is "keeps" or "keep" or "kept" && words[i + 1].Trim('.', ',', '!', '?') is { Length: > 4 } next && next.EndsWith("ing", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>"pos not printing receipts", "printer isn't connecting": something not doing what it does.</summary>
    private static bool NotDoing(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (words[i] is "not" or "isn't" or "isnt" or "aren't" or "arent" or "wasn't" && words[i + 1].Trim('.', ',', '!', '?') is { Length: > 5 } next
                && next.EndsWith("ing", StringComparison.Ordinal) && next is not ("nothing" or "something" or "anything" or "everything")) return true;
        }
        return false;
    }

    public async Task<DialogTurnStatus> StartAsync(DialogContext dc)
    {
        var turn = dc.Turn;
        var values = IntakeDialog.NewValues();
        if (DescribesProblem(turn.Text))
        {
            // "Hi, I can't log in …": the greeting is said to the bot, not part of the problem.
            values = values with { Description = IntakeDialog.Clip(IntentReader.WithoutGreeting(turn.Text)), Prefilled = ["description"], JustRead = ["description"] };
        }
        else if (NamesProblem(turn.Text))
        {
            values = values with { Opening = IntakeDialog.Clip(turn.Text.Trim()) };
        }
        // "app crash" describes too little to be the description, but it still names the service.
        values = values.Absorb(FreeTextReader.Read(turn.Text, clock.ReadingContext(turn)));
        // "…, no error message, …" in the first message answers the error question (found using the bot as a person).
        if (values.ErrorMessage is null && IntakeDialog.HasNoErrorClause(turn.Text)) values = values with { Covered = [.. values.Covered, IntakeField.ErrorMessage.Id] };
        // A second report in the same conversation: the id the first one gave is still theirs (the fifth trial asked again).
        if (values.UserId is null && await tickets.NewestInAsync(TicketService.OwnerOf(turn.Activity), turn.Activity.Conversation?.Id ?? "", turn.CancellationToken) is { } earlier
            && UserIdAnswer.Check(earlier.Fields.UserId) is null && !earlier.Fields.UserId.StartsWith('[') && earlier.Fields.UserId != TicketService.OwnerOf(turn.Activity).UserId)
        {
            values = values with { UserId = earlier.Fields.UserId, Prefilled = [.. values.Prefilled, "userId"], JustRead = [.. values.JustRead, "userId"] };
        }
        var questions = IntakeDialog.Progress(values, 0).Count - 1;
        var count = questions.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var read = IntakeDialog.ReadLabels(turn, values.Prefilled);
        // A story longer than an answer may be is kept up to the limit: say so, rather than cut it silently.
        if (values.Description is not null && turn.Text.Length > IntakeDialog.MaxAnswerLength)
        {
            var kept = values.Description.TrimEnd('…').Length;
            turn.Send(Message.Of("Intake.description.Clipped", kept.ToString(System.Globalization.CultureInfo.InvariantCulture),
                turn.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        turn.Send(values.Prefilled.Count == 0 ? Message.Of("Intake.Intro", count)
            : questions == 1 ? Message.Of("Intake.IntroReadOne", count, read)
            : Message.Of("Intake.IntroRead", count, read));
        return await dc.BeginDialogAsync(intake, new WaterfallState<IntakeValues>(0, values));
    }

    /// <summary>"app crash", "login gagal": a problem named in words of its own, beyond asking to report one ("report a problem").</summary>
    private static bool NamesProblem(string text) =>
        TypedText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '!', '?', ':', ';'))
            .Any(w => w.Length > 0 && !Filler.Contains(w));

    /// <summary>
    /// True when the message says what is wrong, not only that something is: once the words that ask to report and
    /// the pleasantries are set aside, what remains is a description the interview would accept.
    /// </summary>
    public static bool DescribesProblem(string text)
    {
        if (ProblemDescription.Check(text) is not null) return false;
        var words = TypedText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rest = string.Join(' ', words.Select(w => w.Trim('.', ',', '!', '?', ':', ';')).Where(w => w.Length > 0 && !Filler.Contains(w)));
        return rest.Length > 0 && ProblemDescription.Check(rest) is null;
    }
}
