using System.Collections.Frozen;

namespace HelpdeskBot.Dialogs;

/// <summary>
/// The words every prompt understands, in the bot's two languages (English and Indonesian): "back", "skip", "done", and a
/// plain yes or no. They steer any question, whatever it is about, so they belong to the engine; the words of the helpdesk
/// (cancel, help, a person, a ticket) belong to the features that act on them. Single words count only as the whole
/// message ("skip", not "I skipped breakfast").
/// </summary>
public static class PromptWords
{
    private static readonly FrozenSet<string> Back = Set("back", "kembali", "go back", "previous", "sebelumnya", "balik", "mundur", "undo");
    private static readonly FrozenSet<string> Skip = Set("skip", "lewati", "lewat", "skip it", "skip this", "skip this one", "lewati saja", "lewatin", "pass", "next", "lanjut", "none", "no", "n/a", "na", "-", "tidak ada", "gak ada", "ga ada", "nggak ada", "tidak", "nothing", "nope", "nothing else", "no thanks", "tidak perlu", "ga", "gak", "nggak", "skip please",
        // The twelfth trial: none, in Sundanese, Javanese and eastern Indonesian ("teu aya", "ora ono", "tra ada").
        "teu aya", "ora ono", "ra ono", "ndak ada", "nda ada", "tra ada", "seng ada", "gada", "gaada");
    /// <summary>The skip words that, to some questions, are the answer itself: "what did you do just before?" — "nothing".</summary>
    private static readonly FrozenSet<string> Nothing = Set("none", "nothing", "nothing else", "tidak ada", "gak ada", "ga ada", "nggak ada",
        "teu aya", "ora ono", "ra ono", "ndak ada", "nda ada", "tra ada", "seng ada", "gada", "gaada");
    private static readonly FrozenSet<string> No = Set("no", "n", "nope", "nah", "not really", "wrong", "tidak", "nggak", "gak", "ga", "enggak", "bukan", "jangan", "salah", "no thanks");
    private static readonly FrozenSet<string> Done = Set("done", "finished", "that's all", "that is all", "no more", "selesai", "sudah", "udah", "cukup", "itu saja", "sudah semua", "that's it", "continue", "lanjut", "next");

    /// <summary>A plain yes, as people confirm anything in chat.</summary>
    public static readonly YesReader Yes = new(
        ["yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "correct", "right", "confirm", "submit", "that's right", "looks good", "ya", "iya", "iyaa", "betul", "benar", "oke", "ok deh", "boleh", "setuju", "kirim", "sudah benar", "yes please", "ya, kirim", "go ahead", "proceed", "do it", "gas", "gass", "sip", "siap", "lanjutkan", "yess", "yas", "yeap", "yea", "iye", "iyup", "okey", "okeh", "okee", "okk", "k", "bener", "udah bener", "sudah betul", "yaudah", "yaudh", "yodah", "ya udah", "ya sudah", "yasudah", "okedeh", "okelah",
            // the eleventh trial's "ye"; Javanese and Sundanese yes
            "ye", "yoi", "yups", "yupp", "nggih", "njih", "inggih", "muhun",
            // the twelfth trial's Javanese "iyo wes buat"
            "iyo", "yo"],
        ["kak", "min", "gan", "please", "pls", "go", "ahead", "aja", "saja", "deh", "dong", "ya", "sure", "thanks", "thank", "you", "lanjut", "kirim", "submit", "it", "sip", "gas", "mantap", "that's", "right", "correct", "all", "good", "proceed", "do", "is", "sudah", "udah", "benar", "betul", "bener", "semua", "the", "now", "wes", "wis", "buat", "gawe"]);

    /// <summary>Offered when an optional question is hard to answer.</summary>
    public static readonly Choice SkipChoice = new("skip", Message.Of("Choice.Skip"));

    /// <summary>
    /// Particles, forms of address and politeness people wrap a short answer in, in both languages: "yes po", "skip aja kak",
    /// "no po", "skip then", "ya cepet", "ok yes, thanks". Around a steering word they change nothing.
    /// </summary>
    internal static readonly FrozenSet<string> Fillers = Set(
        "kak", "ka", "kakak", "min", "mimin", "gan", "sis", "pak", "bu", "mas", "mbak", "bang", "bro", "po", "opo", "lah", "aja", "saja", "dong", "donk",
        "deh", "sih", "nih", "kok", "ya", "yaa", "yah", "please", "pls", "plz", "then", "thanks", "thank", "you", "thx", "ty", "makasih", "terima",
        "kasih", "sorry", "maaf", "ok", "oke", "okay", "okey", "just", "now", "cepet", "cepat", "buruan", "skrg", "sekarang", "dear", "well", "hmm",
        "eh", "oh", "ah",
        // "yaudah lewati" (the twelfth trial): "all right, then" before a skip.
        "yaudah", "yowes", "yawes", "wes", "wis",
        // "iya nak buat aja" (the thirteenth trial: an older user calls the bot "nak", child).
        "nak", "nduk", "bapak", "ibu", "om", "tante");

    public static bool IsBack(string text) => Back.Contains(TypedText.Normalize(text));
    public static bool IsSkip(string text) => Skip.Contains(TypedText.Normalize(text)) || Skip.Contains(Core(text)) || Slipped(Skip, text);

    /// <summary>
    /// "Skipp", "lewatii", "slesai", "skp" (the fourteenth trial kept the first two as answers): one word, held or with one
    /// slip, that is one of the words.
    /// </summary>
    private static bool Slipped(FrozenSet<string> words, string text)
    {
        var core = Core(text);
        if (core.Length is < 3 or > 12 || core.Contains(' ', StringComparison.Ordinal)) return false;
        var squeezed = TypedText.Squeeze(core);
        return words.Contains(squeezed) || SlipWords.Any(w => words.Contains(w) && (TypedText.OneSlipFrom(core, w) || TypedText.OneSlipFrom(squeezed, w)));
    }

    // The steering words a slip is forgiven in: those no slip turns into an answer ("back" is one slip from "bank", "next"
    // from "text", "none" from "nine").
    private static readonly string[] SlipWords = ["skip", "lewati", "lewatin", "selesai", "finished"];

    /// <summary>"ga ada min", "skip then", "no po, thanks": the words, without the fillers they are wrapped in (the message itself when it is only fillers).</summary>
    internal static string Core(string text)
    {
        var words = TypedText.Words(text);
        var from = 0;
        var to = words.Count;
        while (from < to && Fillers.Contains(words[from])) from++;
        while (to > from && Fillers.Contains(words[to - 1])) to--;
        return from == to ? string.Join(' ', words) : string.Join(' ', words.Skip(from).Take(to - from));
    }
    public static bool IsYes(string text) => Yes.Reads(text);
    public static bool IsNothing(string text) => Nothing.Contains(TypedText.Normalize(text)) || Nothing.Contains(Core(text));
    public static bool IsNo(string text) => No.Contains(TypedText.Normalize(text)) || No.Contains(Core(text));
    public static bool IsDone(string text) => Done.Contains(TypedText.Normalize(text)) || Done.Contains(Core(text)) || Slipped(Done, text);

    internal static FrozenSet<string> Set(params IEnumerable<string> words) => words.ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>
/// "yes", or a short message made only of yes words, agreeing words and fillers ("yep go ahead", "iya kak", "ok yes", "yes po",
/// "all correct po, thank you"), as people confirm in chat; a message with anything else in it ("yes but the time is wrong",
/// "not correct") is not one, nor a question that opens with no yes ("is it correct?"). A feature that confirms something
/// particular adds its own words with <see cref="With"/> ("create it", "ya, buat tiket").
/// </summary>
public sealed class YesReader(IEnumerable<string> yes, IEnumerable<string> tail)
{
    private readonly FrozenSet<string> yesWords = PromptWords.Set(yes);
    private readonly FrozenSet<string> tailWords = PromptWords.Set(tail);

    /// <summary>Longer than this, a message says more than yes.</summary>
    private const int MaxWords = 7;

    public YesReader With(IEnumerable<string> moreYes, IEnumerable<string> moreTail) => new(yesWords.Concat(moreYes), tailWords.Concat(moreTail));

    public bool Reads(string text)
    {
        var n = TypedText.Normalize(text);
        if (yesWords.Contains(n)) return true;
        var words = n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '!', '.', '?')).Where(w => w.Length > 0).ToList();
        if (words.Count is < 1 or > MaxWords || text.Contains('?', StringComparison.Ordinal) && !yesWords.Contains(words[0])) return false;
        // "yaa", "ya bkin aja tiketny", "yes creat it" (the fourteenth trial): a word held or with one slip is the word.
        words = [.. words.Select(Known)];
        return words.Exists(yesWords.Contains) && words.TrueForAll(w => yesWords.Contains(w) || tailWords.Contains(w) || PromptWords.Fillers.Contains(w));
    }

    private string Known(string word)
    {
        if (yesWords.Contains(word)) return word;
        var squeezed = TypedText.Squeeze(word);
        if (yesWords.Contains(squeezed)) return squeezed;
        if (tailWords.Contains(word) || PromptWords.Fillers.Contains(word)) return word;
        if (tailWords.Contains(squeezed)) return squeezed;
        return yesWords.Concat(tailWords).FirstOrDefault(w => !w.Contains(' ', StringComparison.Ordinal) && TypedText.OneSlipFrom(word, w)) ?? word;
    }
}
