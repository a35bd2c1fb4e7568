using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Intake;

/// <summary>
/// "I told you, 7am today", "TuneIn+ like I wrote", "instagram kak, kan td udh sy bilang": an answer given again with a
/// reminder that it was given before. The reminder is the user talking to the bot, no part of the answer (the sixth trial
/// kept "I told you, 7am today" as the time and "TuneIn+ like I wrote" as the service).
/// </summary>
public static class AlreadySaid
{
    private static readonly string[] Reminders =
    [
        "i told you", "i already told you", "told you", "like i said", "as i said", "like i wrote", "as i wrote", "i already said",
        "i said", "i wrote", "already said", "already told you", "see above", "like i mentioned", "as i mentioned", "as mentioned",
        "kan udh sy bilang", "kan udah saya bilang", "kan sudah saya bilang", "kan td udh sy bilang", "kan tadi udah bilang", "udh sy bilang",
        "udah sy bilang", "sudah saya bilang", "udh bilang", "udah bilang", "kan udh sy tulis", "kan udah sy tulis", "udh sy tulis",
        "udah saya tulis", "sudah saya tulis", "kan td udh sy tulis di awal", "kan udh sy tulis di awal", "udh sy tulis di awal",
        "seperti yg sy bilang", "seperti yang saya bilang", "kayak yg sy bilang", "kyk yg sy bilang", "kan tadi", "kan td",
        // The seventh trial: "i told you already, disney plus", "kan udh sy bilang BCA mobile", "kan udh gw tulis td bang".
        "i told you already", "told you already", "i told u", "told u already", "i already told u", "kan udh gw tulis td", "kan udh gw tulis",
        "udh gw tulis", "kan udh gw bilang", "udah gw bilang", "udh gw bilang", "kan udah dibilang", "udh dibilang", "udah dibilang",
    ];

    /// <summary>The answer without a reminder that opens or closes it, set off by a comma or a dash; the text itself when none does.</summary>
    public static string Without(string text)
    {
        var trimmed = text.Trim();
        foreach (var separator in new[] { ", ", " - ", " — ", "; " })
        {
            var first = trimmed.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0 && IsReminder(trimmed[..first]) && trimmed[(first + separator.Length)..].Trim() is { Length: > 0 } rest) return rest;
            var last = trimmed.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0 && IsReminder(trimmed[(last + separator.Length)..]) && trimmed[..last].Trim() is { Length: > 0 } before) return before;
        }
        // "TuneIn+ like I wrote": a reminder closing the answer without a comma; "kan udh sy bilang BCA mobile": opening it.
        var normalized = TypedText.Normalize(trimmed);
        foreach (var reminder in Reminders.Where(r => r.Contains(' ', StringComparison.Ordinal) && r.Length >= 9).OrderByDescending(r => r.Length))
        {
            if (normalized.StartsWith(reminder + " ", StringComparison.Ordinal) && TypedText.Normalize(trimmed[..reminder.Length]) == reminder
                && trimmed[reminder.Length..].Trim() is { Length: > 0 } rest) return rest;
        }
        foreach (var reminder in Reminders.Where(r => r.Contains(' ', StringComparison.Ordinal) && r.Length >= 9))
        {
            if (normalized.EndsWith(" " + reminder, StringComparison.Ordinal) && trimmed.Length > reminder.Length + 1
                && trimmed[..^reminder.Length].TrimEnd() is { Length: > 0 } kept && TypedText.Normalize(trimmed[^reminder.Length..]) == reminder) return kept;
        }
        return trimmed;
    }

    private static bool IsReminder(string piece)
    {
        var words = TypedText.Words(piece).Where(w => w is not ("kak" or "min" or "gan" or "sis" or "bro" or "ya" or "dong" or "sih" or "lho" or "loh")).ToList();
        // "kan udh sy tulis di atas" (the eighth trial kept "di atas, putu.ari" as the id), "like I wrote above": where it was said.
        while (words.Count > 1 && words[^1] is "above" or "atas" or "di" or "before" or "earlier" or "tadi" or "td" or "sebelumnya" or "already" or "it")
        {
            words.RemoveAt(words.Count - 1);
        }
        return Reminders.Contains(string.Join(' ', words));
    }
}
