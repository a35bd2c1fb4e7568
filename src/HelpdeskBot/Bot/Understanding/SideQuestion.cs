using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Bot.Understanding;

/// <summary>
/// A question that asks for something the helpdesk does not do and says nothing is wrong: "is the new iPhone in stock?",
/// "promo 12.12 ada apa aja?", "does PayLoop work in Thailand", "kak tau ga jadwal UAS kapan", "Do you guys hire remote?".
/// The intents that act (a report, a ticket's status) do not take such a message from the model.
/// </summary>
public static class SideQuestion
{
    private static readonly string[] QuestionStarts =
    [
        "what", "what's", "whats", "who", "is", "are", "do", "does", "which", "where", "can you recommend", "could you recommend", "apakah", "apa",
        "berapa", "brp", "kapan", "siapa", "dimana", "di mana", "rekomendasi", "rekomendasiin", "jual", "ada", "lagi ada", "bisa", "boleh", "can i",
        "can we", "could i", "how do i", "how can i", "how to", "gmn cara", "gimana cara", "bagaimana cara", "cara", "when is", "when does",
        "tau ga", "tau gak", "tau gk", "tau nggak", "tahu ga", "tahu gak", "tahu tidak", "do you know",
        // Ninth writer: "anyone know a good place for nasi campur", "Would your company be interested in sponsoring …", "ada yg butuh desainer?".
        "anyone know", "does anyone know", "anybody know", "ada yg tau", "ada yang tahu", "ada yg butuh", "ada yang butuh", "would your company",
        "would you be interested", "are you hiring", "you all hiring", "are you guys hiring",
    ];

    /// <summary>Questions plain without a question mark.</summary>
    private static readonly string[] WithoutMark =
    [
        "rekomendasi", "can you recommend", "recommend me", "recommend a ", "recommend some", "any recommendation", "do you sell", "do you guys sell",
        "jual ", "what's the ", "whats the ", "what is the ", "who won ", "who is the ",
        // Eighth writer: "does PayLoop work in Thailand", "when is next season dropping", "how to join the 9.9 campaign ah".
        "does ", "do you ", "do u ", "is there ", "are there ", "when is ", "when's ", "how to ", "apakah ", "tau ga ", "tau gak ", "tahu ga ", "tahu gak ",
        "anyone know ", "anybody know ", "does anyone know ", "ada yg tau ", "ada yang tahu ", "would your company ", "are you hiring", "you all hiring",
        // Seventeenth writer: "are y'all open on Sunday".
        "are you open", "are y'all open", "are yall open", "are you guys open", "r u open", "what time do you open", "what time do you close",
    ];

    /// <summary>Words that say something is not as it should be: "not", "belum", "kok", "why" (a question about what went wrong).</summary>
    private static readonly HashSet<string> NotSo = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nothing", "why", "ga", "gak", "gk", "nggak", "ngga", "enggak", "tidak", "tdk", "belum", "blm", "kok", "knp", "kenapa",
        "napa", "still", "masih",
    };

    private static readonly HashSet<string> QuestionNo = new(StringComparer.Ordinal) { "ga", "gak", "gk", "nggak", "ngga", "enggak", "tidak" };

    /// <summary>What may close a question after its "ga": a particle, a form of address, or the day asked about ("ada promo gak hari ini").</summary>
    private static readonly HashSet<string> ClosingWords = new(StringComparer.Ordinal)
    {
        "ya", "sih", "kah", "min", "kak", "ka", "gan", "sis", "bang", "mas", "mbak", "pak", "bu", "bro", "admin", "dong", "hari", "ini", "sekarang",
        "skrg", "besok", "bulan", "minggu",
    };

    /// <summary>What may come before the question: a greeting, a form of address, "I want to ask".</summary>
    private static readonly HashSet<string> Preamble = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "halo", "hai", "kak", "min", "gan", "sis", "pak", "bu", "mas", "mbak", "selamat", "pagi", "siang", "sore", "malam",
        "good", "morning", "afternoon", "evening", "there", "i", "want", "to", "would", "like", "i'd", "please", "pls", "saya", "sy", "aku", "mau",
        "ingin", "pengen", "tolong", "dong", "ya", "tanya", "nanya", "ask", "question", "quick",
    };

    /// <summary>What the service charges or allows, and when it is open: the terms a question may ask about.</summary>
    private static readonly HashSet<string> Terms = new(StringComparer.Ordinal)
    {
        "fee", "fees", "biaya", "biayanya", "limit", "limits", "limitnya", "harga", "harganya", "price", "prices", "pricing", "cost", "costs", "tarif",
        "tarifnya", "mdr", "rate", "rates", "kurs", "bunga", "interest", "promo", "promonya", "cashback", "diskon", "discount", "minimum", "maksimal",
        "maximum", "minimal",
    };

    /// <summary>Words that ask for an amount or whether something holds, anywhere in the question ("limit topup sehari brp sih?").</summary>
    private static readonly HashSet<string> HowMuch = new(StringComparer.Ordinal)
    {
        "how much", "how many", "how high", "how long", "berapa", "brp", "berapo", "piro", "pira", "sabaraha", "is it still", "is there", "are there",
        "ada biaya", "ada limit", "ada promo", "beneran", "bener", "asli", "real", "legit",
    };

    /// <summary>
    /// "how much is the fee to receive international payments into my account? a client wants to pay me from UK", "biaya buat
    /// bikin QRIS merchant berapo dek?", "bayar listrik lewat sini ada biaya admin e ta?" (the seventeenth writer: each started a
    /// report): a question about the service's terms — a fee, a limit, a price, a rate, a promo — asked anywhere in the message.
    /// </summary>
    public static bool AsksAboutTerms(string text)
    {
        var normalized = TypedText.Normalize(text);
        return AsksAboutTerms(normalized, TypedText.Words(normalized));
    }

    private static bool AsksAboutTerms(string normalized, List<string> words) =>
        words.Count <= 30 && words.Exists(Terms.Contains)
        && (normalized.Contains('?', StringComparison.Ordinal) || IntentReader.Phrases(words).Any(HowMuch.Contains));

    /// <summary>True when the message, already normalised, only asks something, and says nothing is wrong.</summary>
    public static bool AsksOnly(string normalized)
    {
        var words = TypedText.Words(normalized);
        if (words.Count == 0) return false;
        // "ada diskon ga?", "hujan ga ya", "ada lowongan gk min?": "ga" closing a question asks, it does not say something is not so;
        // so does the "ga" of "tau ga …" ("do you know …").
        bool AsksYesOrNo(string w, int i) =>
            QuestionNo.Contains(w) && (words.Skip(i + 1).All(ClosingWords.Contains) || i > 0 && words[i - 1] is "tau" or "tahu")
            // "you all hiring or not?": "or not" closing a question asks.
            || w == "not" && i > 0 && words[i - 1] == "or" && words.Skip(i + 1).All(ClosingWords.Contains);
        // "ganti no hp": "no" before a thing with a number is "nomor", not a no.
        bool IsNumberWord(string w, int i) =>
            w == "no" && i + 1 < words.Count && words[i + 1] is "hp" or "telp" or "tlp" or "wa" or "rek" or "rekening" or "ktp" or "kartu" or "va" or "resi" or "pesanan" or "order" or "tiket" or "ticket";
        var notSo = words.Where((w, i) => !AsksYesOrNo(w, i) && !IsNumberWord(w, i)).Where(w => NotSo.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal)).ToList();
        // "whats the MDR fee on QRIS these days, is it still 0.3?": "still" asks whether the terms stand, and says nothing is wrong.
        if (notSo.TrueForAll(w => w is "still" or "masih") && AsksAboutTerms(normalized, words)) return true;
        if (notSo.Count > 0) return false;
        var start = string.Join(' ', words.SkipWhile(Preamble.Contains));
        // The question may also close the message: "I want to buy 50 licenses, who handles sales?".
        var last = normalized.Split(',', '.').Select(c => c.Trim()).LastOrDefault(c => c.Length > 0) ?? "";
        var asked = normalized.Contains('?', StringComparison.Ordinal) || words.Where(AsksYesOrNo).Any();
        return asked && QuestionStarts.Any(q => start.StartsWith(q + " ", StringComparison.Ordinal) || last.StartsWith(q + " ", StringComparison.Ordinal))
            || WithoutMark.Any(q => start.StartsWith(q, StringComparison.Ordinal));
    }
}
