using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Bot.Understanding;

/// <summary>
/// A question about what happens next with a problem already reported: "When will I get my money back?", "how long will
/// this take?", "kapan diproses kak?", "terus gimana?", "is someone going to call me?". Said right after a ticket it is a
/// question for the team about that ticket, not a new report. It names nothing new that is wrong: a question about what
/// went wrong ("why can't I log in?") is not one.
/// </summary>
public static class FollowUpQuestion
{
    /// <summary>Words that ask what comes next, as runs of one to three words.</summary>
    private static readonly HashSet<string> WhatNext = new(StringComparer.Ordinal)
    {
        "when will", "when do i", "when can i", "when would", "when should i", "how long", "how soon", "how many days", "will i get", "will i be",
        "will i receive", "will it be", "will you", "will someone", "will somebody", "will anyone", "will the team", "will support", "is someone",
        "is anyone", "is somebody", "what happens now", "what happens next", "what now", "now what", "what next", "whats next", "what's next",
        "next step", "next steps", "what should i do", "what do i do", "should i wait", "do i need to", "do i have to", "do i just wait",
        "money back", "refund", "refunded", "get back to me", "contact me", "call me", "email me", "hear back", "hear from", "how will i know",
        "eta", "any idea when", "by when",
        "kapan", "berapa lama", "brp lama", "berapa hari", "brp hari", "lama gak", "lama ga", "lama gk", "lama nggak", "lama ngga", "lama tidak",
        "bakal dihubungi", "akan dihubungi", "dihubungi", "dikabari", "dikabarin", "dikontak", "dihubungin", "diproses", "ditindaklanjuti",
        "ditangani", "dikembalikan", "dibalikin", "balik lagi", "kembali lagi", "uang saya", "uangnya", "uang sy", "uang aku", "duit sy",
        "duitnya", "saldo sy", "saldonya", "terus gimana", "trus gimana", "trus gmn", "terus gmn", "trs gmn", "terus bagaimana",
        "lalu bagaimana", "jadi gimana", "jadi gmn", "selanjutnya", "harus ngapain", "perlu ngapain", "harus gimana", "sy harus", "saya harus",
        "aku harus", "tinggal nunggu", "tunggu aja", "nunggu aja", "estimasi", "sampai kapan", "sampe kapan",
    };

    /// <summary>How a question opens when it has no question mark.</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "when", "how", "will", "what", "whats", "what's", "is", "do", "does", "should", "can", "kapan", "berapa", "brp", "apakah", "terus", "trus",
        "trs", "lalu", "jadi", "gimana", "gmn", "bagaimana", "bakal", "sampai", "sampe", "so", "ok", "oke", "okay", "thanks", "makasih",
    };

    /// <summary>Words that say something is wrong: a question holding one may be about a new problem.</summary>
    private static readonly HashSet<string> Wrong = new(StringComparer.Ordinal)
    {
        "not", "can't", "cant", "cannot", "won't", "wont", "doesn't", "doesnt", "isn't", "isnt", "didn't", "didnt", "error", "failed", "fail",
        "fails", "crash", "crashes", "crashed", "broken", "down", "stuck", "gagal", "ga", "gak", "gk", "nggak", "ngga", "enggak", "tidak", "tdk",
        "belum", "blm", "eror", "rusak", "macet", "hang",
    };

    /// <summary>True when the text also says something is wrong ("when will email be fixed? I can't send anything").</summary>
    public static bool SaysSomethingIsWrong(string text) =>
        TypedText.Words(text).Exists(Wrong.Contains);

    /// <summary>Longer than this, a message tells more than a question: it is read as usual.</summary>
    private const int MaxWords = 16;

    /// <summary>True when the text asks what happens next with a report already made.</summary>
    public static bool AsksWhatNext(string text)
    {
        var normalized = TypedText.Normalize(text);
        var words = TypedText.Words(normalized);
        if (words.Count is 0 or > MaxWords) return false;
        var asks = normalized.Contains('?', StringComparison.Ordinal) || Openers.Contains(words[0]) || words.Contains("kapan");
        return asks && IntentReader.Phrases(words).Any(WhatNext.Contains);
    }
}
