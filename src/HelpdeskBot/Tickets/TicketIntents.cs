using HelpdeskBot.Bot;
using HelpdeskBot.Bot.Understanding;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tickets;

/// <summary>"status", "my tickets", "cek status", "status HD-…": the asking user's own tickets, and nobody else's.</summary>
public sealed class StatusIntent(TicketService tickets, TicketReplies replies) : IIntent
{
    private static readonly string[] Phrases =
    [
        "status", "my tickets", "my ticket", "check my tickets", "check my ticket", "check status", "ticket status", "cek status", "cek tiket",
        "cek tiket saya", "status tiket", "status tiket saya", "tiket saya", "lihat tiket", "where is my ticket", "track my ticket",
    ];

    public string Id => "status";
    public int Order => 20;
    public Choice? MenuChoice { get; } = new("status", Message.Of("Choice.Status"));
    public bool Interrupts => true;

    public bool Matches(string text)
    {
        text = TypedText.Normalize(text);
        if (Phrases.Contains(text) || AsksTicketStatus(text)) return true;
        return NumberIn(text) is not null && (text.StartsWith("status", StringComparison.Ordinal) || text.StartsWith("cek", StringComparison.Ordinal)
            || text.StartsWith("check", StringComparison.Ordinal) || text.StartsWith("where", StringComparison.Ordinal) || text.StartsWith("tiket", StringComparison.Ordinal)
            || text.StartsWith("ticket", StringComparison.Ordinal));
    }

    /// <summary>
    /// "wait, what's the status of my other ticket?", "status laporan sy gmn?": a question about a ticket's status, asked
    /// anywhere — mid-interview it is answered and the question asked again (the eighth trial read it as a time).
    /// </summary>
    private static bool AsksTicketStatus(string normalized) =>
        normalized.EndsWith('?') && normalized.Length <= 80 && TypedText.ContainsPhrase(normalized, "status")
        && new[] { "ticket", "tickets", "tiket", "report", "reports", "laporan", "laporanku" }.Any(w => TypedText.ContainsPhrase(normalized, w));

    /// <summary>The model's "status" is not taken for a question about something else that names no report ("do you guys hire remote?").</summary>
    public bool Accepts(string text)
    {
        var normalized = TypedText.Normalize(text);
        return !SideQuestion.AsksOnly(normalized) || EarlierReport.SpeaksOfReport(normalized);
    }

    public async Task<DialogTurnStatus> StartAsync(DialogContext dc)
    {
        var turn = dc.Turn;
        var owner = TicketService.OwnerOf(turn.Activity);
        var number = NumberIn(TypedText.Normalize(turn.Text));
        if (number is not null)
        {
            var ticket = await tickets.GetOwnAsync(owner, number, turn.CancellationToken);
            if (ticket is not null) replies.SendStatus(turn, [ticket]);
            // "cek HD-4XSMVH6" for HD-4XSVMH6 (the thirteenth trial): one of the user's own, a letter or a swap away, is offered.
            else if (await tickets.NearOwnAsync(owner, number, turn.CancellationToken) is { } near)
                turn.Send(Message.Of("Status.DidYouMean", number.ToUpperInvariant(), near.Number), new Activities.HelpdeskChannelData { Tickets = [] },
                    [new Choice("status " + near.Number, Message.Of("Status.ShowChoice", near.Number))]);
            else turn.Send(Message.Of("Status.NotFound", number.ToUpperInvariant()), new Activities.HelpdeskChannelData { Tickets = [] });
        }
        else
        {
            replies.SendStatus(turn, await tickets.ListOwnAsync(owner, turn.CancellationToken));
        }
        if (dc.IsActive)
        {
            await dc.RepromptAsync();
            return DialogTurnStatus.Waiting;
        }
        return DialogTurnStatus.Complete;
    }

    /// <summary>
    /// The first word that reads as a ticket number: with its "HD-" prefix, or without it when it has a
    /// digit (so an ordinary seven-letter word is not taken for one). An "HD-" word that is no valid number
    /// is returned as typed, so the answer can say it was not found.
    /// </summary>
    public static string? NumberIn(string text)
    {
        var words = text.Split([' ', ',', ';', '?', '!', ':', '.'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            // "hd a9wzrmx?" (the sixth trial): the prefix as a word of its own.
            if (word.Equals("hd", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Length && TicketNumber.Normalize(words[i + 1]) is { } spaced) return spaced;
            var prefixed = word.StartsWith("hd-", StringComparison.OrdinalIgnoreCase) || word.StartsWith("hd", StringComparison.OrdinalIgnoreCase) && word.Length == TicketNumber.Length + 2;
            if (TicketNumber.Normalize(word) is { } number && (prefixed || word.Any(char.IsDigit))) return number;
            if (word.StartsWith("hd-", StringComparison.OrdinalIgnoreCase)) return word.ToUpperInvariant();
        }
        return null;
    }
}
