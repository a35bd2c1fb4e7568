using System.Collections.Frozen;
using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Bot.Understanding;

/// <summary>
/// The bot's global commands, in English and Indonesian: cancel, help, the menu (and the greetings that bring it), a language.
/// Each counts only as the whole message ("cancel", not "I want to cancel my order").
/// </summary>
public static class CommandPhrases
{
    private static readonly FrozenSet<string> Cancel = Set("cancel", "batal", "batalkan", "stop", "quit", "exit", "keluar", "abort", "cancel this", "cancel the report", "batalkan laporan");
    private static readonly FrozenSet<string> Help = Set("help", "bantuan", "tolong", "?", "what can you do", "menu bantuan", "help me", "bantu");
    private static readonly FrozenSet<string> MenuRequest = Set("menu", "main menu", "start", "start over", "home", "mulai", "mulai lagi", "menu utama", "options", "menu options", "show options", "pilihan", "pilihan menu", "menunya", "menu nya");
    private static readonly FrozenSet<string> Menu = Set([.. MenuRequest, "hi", "hello", "hey", "halo", "hai", "selamat pagi", "selamat siang", "selamat sore", "selamat malam", "good morning", "good afternoon", "good evening"]);
    private static readonly FrozenSet<string> English = Set("english", "bahasa inggris", "inggris", "in english", "switch to english", "english please");
    private static readonly FrozenSet<string> Indonesian = Set("bahasa indonesia", "indonesia", "indonesian", "bahasa", "in indonesian", "pakai bahasa indonesia", "ganti bahasa indonesia", "switch to indonesian");

    public static bool IsCancel(string text) => Cancel.Contains(TypedText.Normalize(text));

    private static readonly FrozenSet<string> Undo = Set("undo", "undo that", "undo it", "go back", "wait no", "no wait", "don't cancel", "dont cancel",
        "didn't mean that", "didnt mean that", "bring it back", "kembalikan", "balikin", "urungkan", "jangan batal", "jangan dibatalin", "gak jadi batal",
        "ga jadi batal", "eh jangan", "lanjut lagi", "lanjutkan lagi");

    /// <summary>"undo", "wait no", "kembalikan": take back the cancel just made.</summary>
    public static bool IsUndo(string text)
    {
        var normalized = TypedText.Normalize(text).TrimEnd('!', '.', '?');
        if (Undo.Contains(normalized)) return true;
        // Said with more (the sixth trial: "wait no, I do want to report it. it still hasnt arrived" started a new report with
        // that as its story): an undo that opens the message, or words that want the report after all.
        var opening = normalized.Split([',', '.', '!', '?', ';'], 2)[0].Trim();
        return Undo.Contains(opening)
            || KeepReporting.Any(p => TypedText.ContainsPhrase(normalized, p)) && !TypedText.Words(normalized).Exists(NotGoingOn.Contains);
    }

    private static readonly string[] KeepReporting =
    [
        "do want to report", "still want to report", "want to report it", "want to continue", "continue the report", "keep going",
        "lanjut aja", "lanjutin aja", "tetap lapor", "tetep lapor", "masih mau lapor", "jadi deh laporin",
    ];

    private static readonly FrozenSet<string> NotGoingOn = Set("not", "don't", "dont", "gk", "ga", "gak", "nggak", "ngga", "tidak", "tdk", "never");
    public static bool IsHelp(string text) => Help.Contains(TypedText.Normalize(text)) || Help.Contains(WithoutAddress(text));

    /// <summary>Forms of address and particles around a command: "kak tolong dong" is "tolong" (the tenth trial got a person for it).</summary>
    private static readonly FrozenSet<string> Address = Set("kak", "dong", "min", "gan", "ya", "please", "pls", "plz", "sis", "bro", "bang", "pak", "bu", "deh", "mas", "mbak");

    private static string WithoutAddress(string text) =>
        string.Join(' ', TypedText.Words(text).Select(w => w.TrimEnd('!', '?')).Where(w => w.Length > 0 && !Address.Contains(w)));
    public static bool IsMenu(string text) => Menu.Contains(TypedText.Normalize(text)) || IsMenuRequest(text);

    /// <summary>"menu", "options", "start over": asks what the bot offers (a greeting brings the menu too, but asks nothing).</summary>
    public static bool IsMenuRequest(string text) => MenuRequest.Contains(TypedText.Normalize(text).TrimEnd('?', '!', '.'));

    /// <summary>"en" or "id" when the whole message asks for a language ("english", "bisa pake english aja ga?", "can we speak indonesian"), else null.</summary>
    public static string? LanguageRequested(string text)
    {
        var n = TypedText.Normalize(text);
        if (English.Contains(n)) return Resources.Localizer.English;
        if (Indonesian.Contains(n)) return Resources.Localizer.Indonesian;
        if (LanguageAskedInWords(n) is { } asked) return asked;
        // Sentence by sentence: "sorry can we do this in english? my indonesian is not good" (the sixth trial).
        var sentences = text.Split(['?', '.', '!', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return sentences.Length is > 1 and <= 3 ? sentences.Select(s => LanguageAskedInWords(TypedText.Normalize(s))).FirstOrDefault(l => l is not null) : null;
    }

    private static readonly FrozenSet<string> EnglishNames = Set("english", "inggris", "eng", "englsh", "inggirs");
    private static readonly FrozenSet<string> IndonesianNames = Set("indonesia", "indonesian", "indo", "indonesiaa");

    /// <summary>The other words a request for a language is made of: asking, using, the language itself, fillers and forms of address.</summary>
    private static readonly FrozenSet<string> LanguageRequestWords = Set(
        "pake", "pakai", "pakek", "please", "pls", "plz", "can", "could", "we", "you", "u", "speak", "talk", "use", "switch", "change", "to", "in",
        "bahasa", "bhs", "bahsa", "ganti", "ke", "ngomong", "mau", "want", "prefer", "reply", "answer", "write", "chat", "jawab", "balas", "bales",
        "only", "just", "language", "lang", "aja", "saja", "ga", "gak", "gk", "nggak", "ngga", "kak", "ka", "min", "dong", "ya", "yah", "bisa",
        "boleh", "tolong", "i", "i'd", "would", "rather", "instead", "do", "ok", "oke", "sorry", "maaf", "saya", "sy", "aku", "gw", "gue", "lebih",
        "enak", "dalam", "dlm", "the", "a", "lah", "deh", "sih", "with", "me", "us", "if", "possible", "kalau", "kalo", "klo", "dgn", "dengan",
        "is", "it", "ok?", "pakai?", "no", "not", "don't", "dont", "tidak", "tdk", "kurang", "understand", "ngerti", "paham", "mengerti", "good",
        "my", "isn't", "bad", "poor", "jago", "bisanya", "cuma", "hanya", "bicara", "berbicara", "this", "that", "ini", "itu", "very", "bgt", "banget");

    /// <summary>"I don't understand English", "gak ngerti bahasa inggris": the other language is asked for.</summary>
    private static readonly FrozenSet<string> NotUnderstood = Set("no", "not", "don't", "dont", "ga", "gak", "gk", "nggak", "ngga", "tidak", "tdk", "kurang", "isn't", "bad");
    private static readonly FrozenSet<string> Understand = Set("understand", "ngerti", "paham", "mengerti", "good", "jago");

    private static string? LanguageAskedInWords(string normalized)
    {
        var words = TypedText.Words(normalized);
        if (words.Count is < 2 or > 9) return null;
        var english = words.Count(EnglishNames.Contains);
        var indonesian = words.Count(IndonesianNames.Contains);
        if (english + indonesian != 1 || !words.All(w => EnglishNames.Contains(w) || IndonesianNames.Contains(w) || LanguageRequestWords.Contains(w))) return null;
        var named = english == 1 ? Resources.Localizer.English : Resources.Localizer.Indonesian;
        // Not understanding or not wanting a language asks for the other one: "I don't understand English", "can we not use english".
        var nameAt = words.FindIndex(w => EnglishNames.Contains(w) || IndonesianNames.Contains(w));
        var understandAt = words.FindIndex(Understand.Contains);
        var negated = words.Skip(Math.Max(0, nameAt - 3)).Take(Math.Min(nameAt, 3)).Any(NotUnderstood.Contains)
            || understandAt > 0 && words.Take(understandAt).Any(NotUnderstood.Contains) || words.Exists(w => w is "bad" or "kurang" or "poor");
        return negated ? (named == Resources.Localizer.English ? Resources.Localizer.Indonesian : Resources.Localizer.English) : named;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
