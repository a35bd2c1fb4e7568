using HelpdeskBot.Bot;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Tickets;

/// <summary>
/// The user closes or reopens their own ticket, in their words: "pls close HD-…, the login works again", "tiket HD-… tutup
/// aja ya, dananya udh balik", "it still fails, please reopen HD-…", "buka lagi HD-…". What they wrote goes on the ticket as
/// a comment either way (the tenth user trial's users were shown the status, and what they said was dropped). A ticket
/// asked to be reopened that is still open gets the comment and stays as it is; one asked to be closed that already is,
/// is left as it is. Without a number, "close my ticket" closes the one open ticket there is; and right after the team
/// closed a ticket of this conversation, "lho kok ditutup?" or "why did you close it, my refund never came" reopens it (the
/// twelfth trial's user got a new report of the protest).
/// </summary>
public sealed class CloseOrReopenIntent(TicketService tickets, TicketReplies replies) : IIntent
{
    /// <summary>What says the problem is over: "resolved", "works again", "udah beres", "dananya udh balik".</summary>
    private static readonly string[] DonePhrases =
    [
        "resolved", "solved", "problem solved", "it's fixed", "its fixed", "it is fixed", "fixed now", "works again", "working again",
        "works now", "sudah beres", "udah beres", "udh beres", "sdh beres", "sudah selesai", "udah selesai", "udh selesai", "sudah normal",
        "udah normal", "udh normal", "normal lagi", "bisa lagi", "udah balik", "udh balik", "sudah kembali", "ga perlu lagi",
        "gak perlu lagi", "tidak perlu lagi", "no longer needed", "not needed anymore",
    ];

    /// <summary>Verbs of closing, read as a request only where they ask it ("close HD-…", "tolong tutup", "tutup aja").</summary>
    private static readonly string[] CloseVerbs = ["close", "tutup", "cancel", "batalkan", "batalin", "tutupin"];

    /// <summary>Words after a verb of closing that make it a request about the ticket ("close it" is one only when asked: "crashes when I close it").</summary>
    private static readonly string[] CloseObjects = ["ticket", "tiket", "tiketnya", "aja", "saja", "ya", "dong", "pls", "please"];

    /// <summary>Words before a verb of closing that make it a request.</summary>
    private static readonly string[] Askers = ["please", "pls", "plz", "kindly", "tolong", "mohon", "minta", "can", "could", "you", "want", "to", "mau", "bisa", "kak", "min", "gan", "ok", "so"];

    private static readonly string[] ReopenPhrases =
    [
        "reopen", "re-open", "open it again", "open again", "buka lagi", "buka kembali", "dibuka lagi", "dibuka kembali",
        "still", "masih", "not fixed", "isn't fixed", "is not fixed", "belum beres", "belum bisa", "belum selesai", "happening again",
        "came back", "muncul lagi", "error lagi", "kambuh",
    ];

    /// <summary>Words that make a close phrase something else: "can't close the app", "ga bisa tutup aplikasi".</summary>
    private static readonly string[] Negations = ["not", "can't", "cant", "cannot", "won't", "ga", "gak", "gk", "nggak", "tidak", "tdk", "belum", "blm"];

    public string Id => "closeOrReopen";
    public int Order => 18;
    public Choice? MenuChoice => null;
    public bool Interrupts => false;

    public bool Matches(string text)
    {
        var normalized = TypedText.Normalize(text);
        // "tambah info HD-…: udah bisa", "status HD-…" say what they are.
        if (normalized.StartsWith("add", StringComparison.Ordinal) || normalized.StartsWith("tambah", StringComparison.Ordinal)
            || normalized.StartsWith("status", StringComparison.Ordinal) || normalized.StartsWith("update", StringComparison.Ordinal)) return false;
        var named = StatusIntent.NumberIn(normalized) is not null;
        var ticketWord = TypedText.ContainsPhrase(normalized, "ticket") || TypedText.ContainsPhrase(normalized, "tiket");
        return ReadWish(normalized) switch
        {
            // "pls close HD-…", "kak tiket HD-… tutup aja": a number and a request or a problem said to be over;
            // "i want to cancel my ticket, the problem is solved": the ticket named, and a request.
            Wish.Close => named || ticketWord && AsksToClose([.. TypedText.Words(normalized)]),
            Wish.Reopen => named,
            _ => false,
        };
    }

    /// <summary>The ticket a turn's protest was about, so that starting on it does not look it up again.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Turns.TurnContext, Ticket> protested = [];

    public async Task<bool> ClaimsAsync(DialogContext dc)
    {
        if (await ProtestedAsync(dc.Turn) is not { } ticket) return false;
        protested.AddOrUpdate(dc.Turn, ticket);
        return true;
    }

    public async Task<DialogTurnStatus> StartAsync(DialogContext dc)
    {
        var turn = dc.Turn;
        var normalized = TypedText.Normalize(turn.Text);
        var owner = TicketService.OwnerOf(turn.Activity);
        var number = StatusIntent.NumberIn(normalized);
        Ticket? ticket;
        if (protested.TryGetValue(turn, out var closed))
        {
            var reopened = await tickets.SetStatusByUserAsync(closed.Number, TicketStatus.Open, turn.Text.Trim(), turn.ActivityKey, turn.CancellationToken);
            turn.Send(Message.Of("Ticket.Reopened", reopened.Number), new Activities.HelpdeskChannelData { Ticket = replies.Info(reopened) });
            return DialogTurnStatus.Complete;
        }
        if (number is null)
        {
            var open = (await tickets.ListOwnAsync(owner, turn.CancellationToken)).Where(t => t.IsOpen).ToList();
            var meant = open.Count == 1 ? open[0] : NamedBy(open, normalized);
            if (meant is null)
            {
                // Each open ticket a button: the thirteenth trial's user copied the one example given, and closed the other ticket.
                if (open.Count == 0) turn.Send(Message.Of("AddInfo.NoOpenTicket"));
                else turn.Send(Message.Of("Ticket.WhichToClose", string.Join("\n", open.Take(5).Select(t => $"{t.Number}: {Snippet(t)}"))), null,
                    [.. open.Take(5).Select(t => new Choice("close " + t.Number, Message.Of("Ticket.CloseChoice", t.Number)))]);
                return DialogTurnStatus.Complete;
            }
            ticket = meant;
        }
        else
        {
            ticket = await tickets.GetOwnAsync(owner, number, turn.CancellationToken);
            if (ticket is null)
            {
                turn.Send(Message.Of("Status.NotFound", number.ToUpperInvariant()), new Activities.HelpdeskChannelData { Tickets = [] });
                return DialogTurnStatus.Complete;
            }
        }

        var text = turn.Text.Trim();
        Ticket updated;
        string said;
        if (ReadWish(normalized) == Wish.Reopen)
        {
            var reopen = !ticket.IsOpen;
            updated = await tickets.SetStatusByUserAsync(ticket.Number, reopen ? TicketStatus.Open : ticket.Status, text, turn.ActivityKey, turn.CancellationToken);
            said = reopen ? "Ticket.Reopened" : "Ticket.StillOpen";
        }
        else if (ticket.Status == TicketStatus.Closed)
        {
            updated = ticket;
            said = "Ticket.AlreadyClosed";
        }
        else
        {
            updated = await tickets.SetStatusByUserAsync(ticket.Number, TicketStatus.Closed, text, turn.ActivityKey, turn.CancellationToken);
            said = "Ticket.ClosedByUser";
        }
        turn.Send(Message.Of(said, updated.Number), new Activities.HelpdeskChannelData { Ticket = replies.Info(updated) });
        return DialogTurnStatus.Complete;
    }

    /// <summary>
    /// "spotify is premium again, you can close that ticket": the one open ticket whose problem holds a word of the message that
    /// no other open ticket's does; null when none or several do.
    /// </summary>
    private static Ticket? NamedBy(IReadOnlyList<Ticket> open, string normalized)
    {
        var said = Similarity.Normalize(normalized).Split(' ').Where(w => w.Length >= 4).ToHashSet(StringComparer.Ordinal);
        var words = open.Select(t => Similarity.Normalize($"{t.Fields.Description} {t.Fields.Service}").Split(' ').ToHashSet(StringComparer.Ordinal)).ToList();
        var distinctive = said.Where(w => words.Count(set => set.Contains(w)) == 1).ToList();
        var named = open.Where((_, k) => distinctive.Exists(words[k].Contains)).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>The start of a ticket's problem, for its button.</summary>
    private static string Snippet(Ticket ticket)
    {
        var description = ticket.Fields.Description.Trim();
        return description.Length <= 40 ? description : description[..40].TrimEnd() + "…";
    }

    /// <summary>Words that ask why, or say it should not be so: "kok", "kenapa", "why", "lho".</summary>
    private static readonly string[] Why = ["why", "how come", "kok", "koq", "kenapa", "knp", "napa", "mengapa", "lho", "loh", "ngapain"];

    /// <summary>Words that say the ticket was closed, not that something closes: "ditutup", "closed it", "marked as resolved".</summary>
    private static readonly string[] ClosedWords =
    [
        // Done by someone else, never asked for: "tutup aja tiketnya" is a request, "kok ditutup" a protest.
        "closed", "you close", "u close", "they close", "resolved", "marked", "ditutup", "ditutupin", "diselesaikan", "diclose", "di close",
        "diresolve", "di resolve", "dianggap selesai",
    ];

    /// <summary>"the app closed itself", "ditutup sendiri": something closing by itself is a problem, not a ticket closed.</summary>
    private static readonly string[] ByItself = ["itself", "by", "on", "sendiri", "sndiri", "sdiri"];

    /// <summary>Who closes something of their own: "I closed the tab", "sy tutup aplikasinya" (the fifteenth trial).</summary>
    private static readonly string[] Closers = ["i", "i've", "ive", "we", "sy", "saya", "aku", "gw", "gue", "me"];

    /// <summary>
    /// A word that says the ticket was closed, not followed within three words by "itself" or "sendiri", and not closed by
    /// the user ("I closed the tab").
    /// </summary>
    private static bool ClosedByTeam(string[] words) =>
        ClosedWords.Any(phrase => Occurrences(words, phrase).Any(at => !words.Skip(at.End).Take(3).Any(ByItself.Contains)
            && !(at.Start > 0 && Closers.Contains(words[at.Start - 1]))));

    /// <summary>Where the phrase stands in the words: the index of its first word, and the index after its last.</summary>
    private static IEnumerable<(int Start, int End)> Occurrences(string[] words, string phrase)
    {
        var parts = phrase.Split(' ');
        for (var i = 0; i + parts.Length <= words.Length; i++)
        {
            if (parts.Select((p, k) => p == words[i + k]).All(x => x)) yield return (i, i + parts.Length);
        }
    }

    /// <summary>
    /// "lho kok ditutup, kan duitnya blm balik kak", "why did you close it??": the conversation's last closed ticket, when the team
    /// closed it last and the message asks why (or asks to reopen) without a number.
    /// </summary>
    private async Task<Ticket?> ProtestedAsync(Turns.TurnContext turn)
    {
        if (turn.State.Handoff is not null) return null;
        var normalized = TypedText.Normalize(turn.Text);
        if (StatusIntent.NumberIn(normalized) is not null) return null;
        string[] words = [.. TypedText.Words(normalized)];
        var protests = Mentions(words, Why) && ClosedByTeam(words) || Mentions(words, ExplicitReopen);
        // "you marked it fixed but it crashed again this morning" (the fourteenth trial, the next day, in a new chat: it started a
        // new report): the team said it was over, and it happens again.
        // Not "hi again, what was the fix?" (the fifteenth trial): a greeting's "again", and a question that is not why.
        var cameBack = ClosedByTeam(words) && Mentions(words, Again) && !(words.Length > 1 && words[0] is "hi" or "hello" or "hey" or "halo" && words[1] is "again" or "lagi")
            && (!normalized.Contains('?', StringComparison.Ordinal) || Mentions(words, Why));
        if (!protests && !cameBack) return null;
        var owner = TicketService.OwnerOf(turn.Activity);
        var ticket = await tickets.LastClosedInAsync(owner, turn.Activity.Conversation?.Id ?? "", turn.CancellationToken)
            ?? await tickets.LastClosedWithinAsync(owner, RecentlyClosed, turn.CancellationToken);
        var change = ticket?.Events.LastOrDefault(e => e.Kind == TicketEventKind.StatusChanged);
        return change is not null && change.By.StartsWith("agent:", StringComparison.Ordinal) ? ticket : null;
    }

    private enum Wish
    {
        None,
        Close,
        Reopen,
    }

    /// <summary>
    /// Reopening wins: "closed it too early, still fails, reopen pls" wants it open. "Still" and its kin say so only in a
    /// statement: "HD-… still waiting?" asks the status.
    /// </summary>
    private static Wish ReadWish(string normalized)
    {
        string[] words = [.. TypedText.Words(normalized)];
        var reopen = Mentions(words, ExplicitReopen)
            || !normalized.Contains('?', StringComparison.Ordinal) && Mentions(words, ReopenPhrases) && !Mentions(words, Waiting);
        if (reopen) return Wish.Reopen;
        // "works now on desktop but not on mobile": mixed news closes nothing.
        var mixed = words.Any(w => w is "but" or "tapi" or "tp" or "except" or "kecuali");
        return !mixed && Mentions(words, DonePhrases) || AsksToClose(words) ? Wish.Close : Wish.None;
    }

    /// <summary>Words that say the problem is back: "crashed again", "muncul lagi", "still fails".</summary>
    private static readonly string[] Again = ["again", "lagi", "came back", "is back", "kambuh", "still", "masih", "balik lagi"];

    /// <summary>How long after the team closed a ticket, in another chat, a protest about it without its number is still about it.</summary>
    private static readonly TimeSpan RecentlyClosed = TimeSpan.FromDays(7);

    /// <summary>Whether the words ask, in so many words, for a ticket to be opened again ("reopen", "buka lagi").</summary>
    public static bool AsksToReopen(string normalized) => Mentions([.. TypedText.Words(normalized)], ExplicitReopen);

    /// <summary>Words that ask for the ticket to be opened again, in so many words.</summary>
    private static readonly string[] ExplicitReopen = ["reopen", "re-open", "open it again", "open again", "buka lagi", "buka kembali", "dibuka lagi", "dibuka kembali"];

    /// <summary>"still waiting", "masih nunggu": waiting is no sign the problem came back; "still works" neither.</summary>
    private static readonly string[] Waiting = ["still waiting", "masih nunggu", "masih menunggu", "still works", "still working", "masih bisa", "masih normal"];

    /// <summary>A verb of closing asked for: after an asker or first in the message, or before the ticket, "it", "aja".</summary>
    private static bool AsksToClose(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!CloseVerbs.Contains(words[i]) || i > 0 && Negations.Contains(words[i - 1])) continue;
            var before = i == 0 || Askers.Contains(words[i - 1]) || StatusIntent.NumberIn(words[i - 1]) is not null;
            var after = i + 1 < words.Length && (CloseObjects.Contains(words[i + 1]) || StatusIntent.NumberIn(words[i + 1]) is not null);
            if (before || after) return true;
        }
        return false;
    }

    /// <summary>Whether one of the phrases stands in the words with no negation right before it.</summary>
    private static bool Mentions(string[] words, IEnumerable<string> phrases) =>
        phrases.Any(phrase => Occurrences(words, phrase).Any(at => at.Start == 0 || !Negations.Contains(words[at.Start - 1])));
}
