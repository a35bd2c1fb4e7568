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
    public static bool IsUndo(string text) => Undo.Contains(TypedText.Normalize(text).TrimEnd('!', '.', '?'));
    public static bool IsHelp(string text) => Help.Contains(TypedText.Normalize(text));
    public static bool IsMenu(string text) => Menu.Contains(TypedText.Normalize(text)) || IsMenuRequest(text);

    /// <summary>"menu", "options", "start over": asks what the bot offers (a greeting brings the menu too, but asks nothing).</summary>
    public static bool IsMenuRequest(string text) => MenuRequest.Contains(TypedText.Normalize(text).TrimEnd('?', '!', '.'));

    /// <summary>"en" or "id" when the whole message asks for a language, else null.</summary>
    public static string? LanguageRequested(string text)
    {
        var n = TypedText.Normalize(text);
        if (English.Contains(n)) return Resources.Localizer.English;
        if (Indonesian.Contains(n)) return Resources.Localizer.Indonesian;
        return null;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
