using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Bot.Understanding;

/// <summary>What someone who fears their account or card is in other hands should do now.</summary>
public enum AdviceAbout
{
    /// <summary>A password or code someone else may know: change it, sign out elsewhere, two-step verification.</summary>
    Account,

    /// <summary>A card someone else may be using: block it through the bank's own number.</summary>
    Card,
}

/// <summary>
/// "so what should I do about my password in the meantime", "kartu sy hrs diblokir skrg ga?", "akun sy dibobol ya?? gmn ini"
/// (the fourteenth trial: each got the next question or the general help, no advice): someone asks what to do about an
/// account or a card that may be in other hands. Read only in a question; the bot answers it before anything else.
/// </summary>
public static class SecurityAdvice
{
    private static readonly string[] AsksWhatToDo =
    [
        "what should i do", "what do i do", "what can i do", "what now", "should i", "do i need to", "harus gimana", "harus gmn", "hrs gimana",
        "hrs gmn", "harus apa", "hrs apa", "gimana ini", "gmn ini", "apa yang harus", "apa yg harus", "apa yg hrs", "perlu", "hrs", "harus", "ya",
    ];

    private static readonly string[] CardWords =
    [
        "card", "kartu", "debit", "kredit", "credit",
    ];

    private static readonly string[] TakenWords =
    [
        "hacked", "compromised", "stolen", "phishing", "scam", "fake", "someone used", "used by someone", "not me", "wasn't me", "dibobol", "kebobol",
        "dihack", "di hack", "kehack", "dibajak", "dicuri", "penipuan", "ditipu", "palsu", "bukan saya", "bukan sy", "gak pernah", "ga pernah",
        "tidak pernah", "diblokir", "blokir", "block", "password", "sandi", "otp", "code", "kode", "pin",
    ];

    /// <summary>What the text asks advice about, or null when it asks none.</summary>
    public static AdviceAbout? Read(string text)
    {
        if (!text.Contains('?', StringComparison.Ordinal)) return null;
        var normalized = TypedText.Normalize(text);
        if (!AsksWhatToDo.Any(p => TypedText.ContainsPhrase(normalized, p))) return null;
        var taken = TakenWords.Where(p => TypedText.ContainsPhrase(normalized, p)).ToList();
        // Asked about its own use: "should I use the same PIN?" is no fear of someone else.
        if (taken.Count == 0 || taken.All(t => t is "password" or "sandi" or "otp" or "code" or "kode" or "pin") && !Reached(normalized)) return null;
        return CardWords.Any(p => TypedText.ContainsPhrase(normalized, p)) ? AdviceAbout.Card : AdviceAbout.Account;
    }

    /// <summary>A password or code that reached someone else, or is asked to be changed: "about my password", "gave the code".</summary>
    private static bool Reached(string normalized) =>
        new[] { "about my password", "about my pin", "gave", "kasih", "kasi", "sent", "kirim", "typed", "entered", "masukin", "ganti", "change" }
            .Any(p => TypedText.ContainsPhrase(normalized, p));
}
