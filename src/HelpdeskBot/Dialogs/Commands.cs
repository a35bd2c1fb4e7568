using System.Collections.Frozen;
using System.Text;

namespace HelpdeskBot.Dialogs;

/// <summary>
/// The words that steer a conversation, in English and Indonesian. Single words count only as the whole
/// message ("cancel", not "I want to cancel my order"); a few unmistakable phrases count anywhere.
/// </summary>
public static class Commands
{
    private static readonly FrozenSet<string> Cancel = Set("cancel", "batal", "batalkan", "stop", "quit", "exit", "keluar", "abort", "cancel this", "cancel the report", "batalkan laporan");
    private static readonly FrozenSet<string> Back = Set("back", "kembali", "go back", "previous", "sebelumnya", "balik", "mundur", "undo");
    private static readonly FrozenSet<string> Skip = Set("skip", "lewati", "lewat", "skip it", "skip this", "skip this one", "lewati saja", "lewatin", "pass", "next", "lanjut", "none", "no", "n/a", "na", "-", "tidak ada", "gak ada", "ga ada", "nggak ada", "tidak", "nothing", "nope", "nothing else", "no thanks", "tidak perlu", "ga", "gak", "nggak", "skip please");
    private static readonly FrozenSet<string> Help = Set("help", "bantuan", "tolong", "?", "what can you do", "menu bantuan", "help me", "bantu");
    private static readonly FrozenSet<string> Menu = Set("menu", "main menu", "start", "start over", "home", "mulai", "mulai lagi", "menu utama", "hi", "hello", "hey", "halo", "hai", "selamat pagi", "selamat siang", "selamat sore", "selamat malam", "good morning", "good afternoon", "good evening");
    private static readonly FrozenSet<string> Agent = Set("agent", "human", "person", "a person", "talk to a person", "customer service", "petugas", "cs", "operator", "live agent", "live chat", "manusia", "bicara dengan petugas", "bicara dengan manusia", "talk to a human", "speak to a person", "speak to a human", "talk to an agent", "speak to an agent", "real person", "hubungi petugas", "agen", "minta cs", "mau bicara dengan cs", "representative", "a representative", "supervisor", "your supervisor", "manager", "atasan", "panggil atasan", "panggilin atasan");
    private static readonly string[] AgentPhrases = ["talk to a person", "talk to a human", "speak to a person", "speak to a human", "talk to an agent", "speak to an agent", "customer service", "real person", "live agent", "bicara dengan manusia", "bicara dengan petugas", "hubungi petugas", "sambungkan ke petugas", "minta petugas", "mau ke cs", "bicara dengan cs", "ngobrol dengan cs", "talk to a representative", "speak to a representative", "speak to your supervisor", "panggilin atasan", "panggil atasan kamu", "not helping", "you're not helping", "you are not helping", "useless bot", "tidak membantu", "gak membantu", "nggak membantu", "ga membantu"];
    private static readonly FrozenSet<string> English = Set("english", "bahasa inggris", "inggris", "in english", "switch to english", "english please");
    private static readonly FrozenSet<string> Indonesian = Set("bahasa indonesia", "indonesia", "indonesian", "bahasa", "in indonesian", "pakai bahasa indonesia", "ganti bahasa indonesia", "switch to indonesian");
    private static readonly FrozenSet<string> Yes = Set("yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "correct", "right", "confirm", "submit", "create", "create it", "that's right", "looks good", "ya", "iya", "iyaa", "betul", "benar", "oke", "ok deh", "boleh", "setuju", "kirim", "sudah benar", "yes please", "ya, kirim", "yes, create the ticket", "ya, buat tiket", "go ahead", "proceed", "do it", "gas", "gass", "sip", "siap", "lanjutkan", "buat aja", "bikin aja", "yess", "yas", "yeap", "yea", "iye", "iyup", "okey", "okeh", "okee", "okk", "k", "bener", "udah bener", "sudah betul");
    private static readonly FrozenSet<string> YesTail = Set("kak", "min", "gan", "please", "pls", "go", "ahead", "buat", "bikin", "aja", "saja", "deh", "dong", "ya", "sure", "thanks", "thank", "you", "lanjut", "kirim", "submit", "it", "create", "sip", "gas", "mantap", "that's", "right", "correct", "all", "good", "proceed", "do", "is", "sudah", "udah", "benar", "betul", "bener", "semua", "tiketnya", "ticket", "the", "now");
    private static readonly FrozenSet<string> No = Set("no", "n", "nope", "nah", "not really", "wrong", "tidak", "nggak", "gak", "ga", "enggak", "bukan", "jangan", "salah", "no thanks");
    private static readonly FrozenSet<string> Done = Set("done", "finished", "that's all", "that is all", "no more", "selesai", "sudah", "udah", "cukup", "itu saja", "sudah semua", "that's it", "continue", "lanjut", "next");

    public static readonly Choice SkipChoice = new("skip", Message.Of("Choice.Skip"));
    public static readonly Choice AgentChoice = new("agent", Message.Of("Choice.Agent"));

    public static bool IsCancel(string text) => Cancel.Contains(Normalize(text));
    public static bool IsBack(string text) => Back.Contains(Normalize(text));
    public static bool IsSkip(string text) => Skip.Contains(Normalize(text));
    public static bool IsHelp(string text) => Help.Contains(Normalize(text));
    public static bool IsMenu(string text) => Menu.Contains(Normalize(text));
    /// <summary>
    /// "yes", or a yes with only agreeing words after it ("yep go ahead", "iya kak", "oke buat aja"), as people confirm in
    /// chat; a yes followed by anything else ("yes but the time is wrong") is not one.
    /// </summary>
    public static bool IsYes(string text)
    {
        var n = Normalize(text);
        if (Yes.Contains(n)) return true;
        var words = n.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 1 and <= 6 && Yes.Contains(words[0].TrimEnd(',', '!', '.')) && words.Skip(1).All(w => YesTail.Contains(w.TrimEnd(',', '!', '.')));
    }
    public static bool IsNo(string text) => No.Contains(Normalize(text));
    public static bool IsDone(string text) => Done.Contains(Normalize(text));

    public static bool IsAgent(string text)
    {
        var n = Normalize(text);
        return Agent.Contains(n) || AgentPhrases.Any(p => ContainsPhrase(n, p));
    }

    /// <summary>"en" or "id" when the whole message asks for a language, else null.</summary>
    public static string? LanguageRequested(string text)
    {
        var n = Normalize(text);
        if (English.Contains(n)) return Resources.Localizer.English;
        if (Indonesian.Contains(n)) return Resources.Localizer.Indonesian;
        return null;
    }

    /// <summary>Lower case, single spaces, no surrounding punctuation (the way people type into chat).</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text.Trim())
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c == '’' ? '\'' : c);
        }
        var s = sb.ToString().TrimEnd('.', '!', ',', ';', ':', ' ');
        return s.Length == 0 ? sb.ToString() : s.TrimStart('/');
    }

    /// <summary>True when <paramref name="phrase"/> stands in <paramref name="normalized"/> as whole words.</summary>
    public static bool ContainsPhrase(string normalized, string phrase)
    {
        var at = 0;
        while ((at = normalized.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + phrase.Length;
            var startOk = at == 0 || !char.IsLetterOrDigit(normalized[at - 1]);
            var endOk = end == normalized.Length || !char.IsLetterOrDigit(normalized[end]);
            if (startOk && endOk) return true;
            at = end;
        }
        return false;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
