using HelpdeskBot.Bot;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tickets;

/// <summary>What the user adds to a ticket: words, files, or both, in one message.</summary>
public sealed record AddInfoAnswer(string? Comment, IReadOnlyList<EvidenceFile> Files) : Answer;

/// <summary>"nothing, I just wanted the number", "hah? sy cm nanya": the user had nothing to add.</summary>
public sealed record NothingToAddAnswer : Answer;

/// <summary>"no, a NEW ticket please": the user wants another ticket, not to add to this one.</summary>
public sealed record NewTicketAnswer : Answer;

/// <summary>Takes one message with a comment and/or screenshots.</summary>
public sealed class AddInfoPrompt(EvidenceChecker checker) : Prompt("tickets.addInfo.comment")
{
    /// <summary>Asking for another ticket than the one at hand (the eleventh trial: "make a separate ticket", "a NEW ticket" were added to it).</summary>
    /// <remarks>Anywhere: none of these is how one asks about a ticket one has ("my other ticket", "tiket lain sy" may be).</remarks>
    public static readonly string[] NewTicketPhrases =
    [
        "separate ticket", "another ticket", "new report", "separate report", "another report", "tiket terpisah", "tiket sendiri",
        "laporan baru", "laporan terpisah", "tiket baru", "new ticket",
    ];

    /// <summary>Said to "what would you like to add?", these ask for another ticket too.</summary>
    private static readonly string[] OtherTicketPhrases =
    [
        "different ticket", "other ticket", "tiket lain", "tiket yg lain", "tiket yang lain", "tiket beda", "tiket yg beda", "tiket yang beda",
        "laporan lain",
    ];

    /// <summary>Whether the answer to "what would you like to add?" asks for a new or separate ticket ("no i said a NEW ticket", "tiket lain aja kak").</summary>
    public static bool AsksForNewTicket(string text)
    {
        var normalized = TypedText.Normalize(text);
        return NewTicketPhrases.Concat(OtherTicketPhrases).Any(p => TypedText.ContainsPhrase(normalized, p));
    }

    /// <summary>Words that say the user was only asking: what they wrote was a question, not something for the ticket.</summary>
    private static readonly string[] OnlyAsking =
    [
        "just wanted", "only wanted", "just want", "only want", "just asking", "only asking", "just asked", "was asking", "was just asking",
        "i asked", "just a question", "cuma nanya", "cm nanya", "cuman nanya", "cuma tanya", "cm tanya", "cuma mau tanya", "cuma mau nanya",
        "cm mau nanya", "nanya doang", "tanya doang", "nanya aja", "tanya aja", "sy nanya", "saya nanya", "aku nanya", "saya tanya", "sy tanya",
        "bukan mau nambah", "ga mau nambah", "gak mau nambah", "not adding", "don't want to add", "dont want to add", "nothing to add",
        "ga ada yg mau", "gak ada yang mau",
        // The sixth trial: "udh itu aja" (that's all) after adding went on the ticket as a comment.
        "itu aja", "itu saja", "gitu aja", "udah itu aja", "udh itu aja", "sudah itu saja", "that's all", "thats all", "that is all", "that's it",
        "thats it", "all done", "i'm done", "im done",
    ];

    /// <summary>A bare "what?" of someone who did not mean to add anything.</summary>
    private static readonly HashSet<string> Puzzled = new(StringComparer.Ordinal) { "hah", "huh", "ha", "what", "apa", "hmm", "eh", "loh", "lho", "kok" };

    private const int MaxQuestionWords = 12;

    /// <summary>
    /// The reply to "what would you like to add?" that adds nothing: "nothing", "no", a "hah?", "I just wanted the number",
    /// "sy cm nanya", or the question for the number itself. A longer message, or one with a file, is what to add.
    /// </summary>
    public static bool AddsNothing(string text)
    {
        var normalized = TypedText.Normalize(text);
        var words = TypedText.Words(normalized);
        if (words.Count is 0 or > MaxQuestionWords) return false;
        if (PromptWords.IsSkip(text) || PromptWords.IsNo(text) || words.TrueForAll(w => Puzzled.Contains(w) || PromptWords.Fillers.Contains(w))) return true;
        return Bot.Understanding.EarlierReport.AsksForNumber(words) || OnlyAsking.Any(p => TypedText.ContainsPhrase(string.Join(' ', words), p));
    }

    /// <summary>"no", "nothing" are answers here (nothing to add), not a skip the question would refuse.</summary>
    protected override bool RecognizesControlWords => true;

    protected override async Task<Recognition> RecognizeAsync(DialogContext dc, PromptOptions options)
    {
        // "back" is the engine's to act on, after this.
        if (PromptWords.IsBack(dc.Turn.Text) && (dc.Turn.Activity.Attachments?.Count ?? 0) == 0) return Recognition.Fail(Message.Of("AddInfo.Retry"));
        var files = await checker.AcceptAsync(dc.Turn, dc.Turn.Activity.Attachments ?? []);
        var text = dc.Turn.Text;
        if (text.Length > 4000) return Recognition.Fail(Message.Of("Prompt.TooLong", "4000"));
        if (files.Count == 0 && AsksForNewTicket(text)) return Recognition.Of(new NewTicketAnswer());
        if (files.Count == 0 && AddsNothing(text)) return Recognition.Of(new NothingToAddAnswer());
        return text.Length == 0 && files.Count == 0
            ? Recognition.Fail(Message.Of("AddInfo.Retry"))
            : Recognition.Of(new AddInfoAnswer(text.Length == 0 ? null : text, files));
    }
}

public sealed record AddInfoValues(string Number);

/// <summary>"add info to HD-…": one question, then the comment and files go on the user's own open ticket.</summary>
public sealed class AddInfoDialog(AddInfoPrompt prompt, TicketService tickets, TicketReplies replies) : WaterfallDialog<AddInfoValues>("tickets.addInfo")
{
    protected override IReadOnlyList<Func<WaterfallStepContext<AddInfoValues>, Task<DialogTurnStatus>>> Steps =>
    [
        async step =>
        {
            if (step.Result is { Answer: AddInfoAnswer answer })
            {
                var ticket = await tickets.AddInfoAsync(step.Values.Number, answer.Comment, answer.Files, "user", step.Turn.ActivityKey, step.Turn.CancellationToken);
                replies.SendAdded(step.Turn, ticket);
                return await step.EndAsync();
            }
            if (step.Result is { Answer: NewTicketAnswer })
            {
                // The next message, the problem, starts the new report as any description does.
                step.Turn.Send(Message.Of("AddInfo.NewTicket", step.Values.Number));
                return await step.EndAsync();
            }
            if (step.Result is { Answer: NothingToAddAnswer })
            {
                // Nothing was added; what they were after is most likely the ticket itself, so it is shown.
                step.Turn.Send(Message.Of("AddInfo.NothingAdded", step.Values.Number));
                if (await tickets.GetOwnAsync(TicketService.OwnerOf(step.Turn.Activity), step.Values.Number, step.Turn.CancellationToken) is { } shown) replies.SendStatus(step.Turn, [shown]);
                return await step.EndAsync();
            }
            if (step.Result is not null) return await step.EndAsync();
            return await step.PromptAsync(prompt, new PromptOptions
            {
                Field = "comment",
                Text = Message.Of("AddInfo.Ask", step.Values.Number),
                Help = Message.Of("AddInfo.Help"),
            });
        },
    ];
}

/// <summary>"add info to HD-…", "tambah info HD-…".</summary>
public sealed class AddInfoIntent(AddInfoDialog dialog, TicketService tickets, TicketReplies replies) : IIntent
{
    private static readonly string[] Phrases =
    [
        "add info", "add information", "add details", "add more info", "add a comment", "add comment", "add screenshot", "add a screenshot",
        "update ticket", "update my ticket", "tambah info", "tambah informasi", "tambah keterangan", "tambahkan info", "tambahkan informasi",
        "tambah komentar", "tambah screenshot", "tambah tangkapan layar", "tambah data",
    ];

    public string Id => "addInfo";
    public int Order => 25;
    public Choice? MenuChoice => null;
    public bool Interrupts => false;

    public bool Matches(string text)
    {
        var normalized = TypedText.Normalize(text);
        // "forgot to mention - …", "mau nambahin info, …": what was left out of a report already made, not a new one. "satu
        // lagi, transfer … gagal" may be a second problem: whose it is, the conversation's ticket decides (FollowUpIntent).
        return Phrases.Any(p => normalized.StartsWith(p, StringComparison.Ordinal))
            || OpensWithAddition(text) && !(OpensWithOneMoreThing(text) && Bot.Understanding.FollowUpQuestion.SaysSomethingIsWrong(normalized));
    }

    public async Task<DialogTurnStatus> StartAsync(DialogContext dc)
    {
        var turn = dc.Turn;
        var owner = TicketService.OwnerOf(turn.Activity);
        var number = StatusIntent.NumberIn(TypedText.Normalize(turn.Text));
        if (number is null)
        {
            // "I forgot to mention something in my report": with one open ticket that is the one; with several, each is a button.
            var open = (await tickets.ListOwnAsync(owner, turn.CancellationToken)).Where(t => t.IsOpen).ToList();
            if (open.Count == 0)
            {
                turn.Send(Message.Of("AddInfo.NoOpenTicket"));
                return DialogTurnStatus.Complete;
            }
            if (open.Count != 1)
            {
                turn.Send(Message.Of("AddInfo.WhichTicket"), null,
                    [.. open.Take(5).Select(t => new Choice("add:" + t.Number, Message.Of("AddInfo.Choice", t.Number)))]);
                return DialogTurnStatus.Complete;
            }
            number = open[0].Number;
        }
        var ticket = await tickets.GetOwnAsync(owner, number, turn.CancellationToken);
        if (ticket is null)
        {
            turn.Send(Message.Of("Status.NotFound", number));
            return DialogTurnStatus.Complete;
        }
        if (!ticket.IsOpen)
        {
            turn.Send(Message.Of("AddInfo.Closed", ticket.Number));
            return DialogTurnStatus.Complete;
        }
        // "forgot to mention - it only happens with external addresses": the message already is what to add.
        if (SaysWhatToAdd(turn.Text) && (turn.Activity.Attachments?.Count ?? 0) == 0)
        {
            var added = await tickets.AddInfoAsync(ticket.Number, turn.Text.Trim(), [], "user", turn.ActivityKey, turn.CancellationToken);
            replies.SendAdded(turn, added);
            return DialogTurnStatus.Complete;
        }
        return await dc.BeginDialogAsync(dialog, new WaterfallState<AddInfoValues>(0, new AddInfoValues(ticket.Number)));
    }

    /// <summary>Openers that say something was left out of the report: what follows them is the thing.</summary>
    private static readonly string[] Openers =
    [
        "forgot to mention", "i forgot to mention", "oh i forgot to mention", "one more thing", "also forgot", "lupa bilang", "lupa kasih tau",
        "mau nambahin info", "mau nambahin", "mau tambahin", "nambahin info", "tambahan info", "info tambahan",
        "tambahin", "tambahin dong", "nambahin", "nambahin dong", "satu lagi", "also forgot to", "i also forgot",
        // Fifth trial, in non-native English and more Indonesian: "also I forget to say, the transfer was at 8:15 …".
        "i forget to say", "also i forget to say", "forgot to say", "i forgot to say", "also i forgot to say", "forget to mention",
        "i forget to mention", "lupa ngomong", "lupa bilang tadi", "td lupa bilang", "tadi lupa bilang", "lupa kasih tahu",
    ];

    /// <summary>What may stand before an opener: "eh tambahin dong, …", "oh btw one more thing: …".</summary>
    private static readonly HashSet<string> Interjections = new(StringComparer.Ordinal)
    {
        "eh", "oh", "oya", "oiya", "ohya", "btw", "sorry", "oops", "maaf", "kak", "min", "wait", "ah", "o", "ya", "also", "and",
    };

    /// <summary>The message without the interjections it opens with.</summary>
    private static string WithoutInterjections(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var skip = words.TakeWhile(w => Interjections.Contains(w.TrimEnd(',', '.', '!'))).Count();
        return skip == words.Count ? normalized : string.Join(' ', words.Skip(skip));
    }

    /// <summary>
    /// Whether the message carries the information itself, not only the wish to add some: words after a colon or a dash
    /// ("tambah info HD-…: saldo kepotong 500rb"), or a sentence after an opener that says something was left out.
    /// </summary>
    public static bool SaysWhatToAdd(string text)
    {
        var trimmed = text.Trim();
        // A dash counts with a space before it: the one inside "HD-7KQ2M9X" cuts nothing.
        var cut = new[] { trimmed.IndexOf(':', StringComparison.Ordinal), trimmed.IndexOf(',', StringComparison.Ordinal), trimmed.IndexOf(" -", StringComparison.Ordinal),
            trimmed.IndexOf(" –", StringComparison.Ordinal) }.Where(i => i > 0).DefaultIfEmpty(-1).Min();
        if (cut is > 0 and < 60 && ContentWords(trimmed[(cut + 1)..]) >= 3) return true;
        var normalized = WithoutInterjections(TypedText.Normalize(trimmed));
        var opener = Openers.Where(o => normalized.StartsWith(o + " ", StringComparison.Ordinal) || normalized.StartsWith(o + ",", StringComparison.Ordinal)).MaxBy(o => o.Length);
        return opener is not null && ContentWords(normalized[opener.Length..]) >= 3;
    }

    /// <summary>Words that only point at the report ("something in my report", "keterangan di laporan saya"), not what to add.</summary>
    private static readonly HashSet<string> Pointing = new(StringComparer.Ordinal)
    {
        "something", "sth", "smth", "in", "to", "on", "for", "my", "the", "a", "report", "ticket", "it", "about", "laporan", "tiket", "saya", "sy",
        "aku", "di", "ke", "buat", "untuk", "keterangan", "info", "informasi", "details", "detail", "dong", "kak", "min", "ya", "please", "pls",
    };

    private static int ContentWords(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '!', '?', ':', '-').ToLowerInvariant())
            .Count(w => w.Any(char.IsLetterOrDigit) && !Pointing.Contains(w) && !w.StartsWith("hd-", StringComparison.Ordinal));

    /// <summary>Openers that bring one more thing, which may be a second problem as well as something left out of the first.</summary>
    private static readonly string[] OneMoreThing =
    [
        "satu lagi", "one more thing", "another thing", "also another thing", "oh and another thing", "sekalian", "ada lagi", "and also",
    ];

    /// <summary>
    /// Whether the message opens with "satu lagi", "one more thing": with a problem after it, a second problem when it is
    /// about another service than the ticket's (the twelfth trial's "oiya kak satu lagi, transfer … gagal" went on a login ticket).
    /// </summary>
    public static bool OpensWithOneMoreThing(string text)
    {
        var normalized = WithoutInterjections(TypedText.Normalize(text));
        return OneMoreThing.Any(o => normalized.StartsWith(o + " ", StringComparison.Ordinal) || normalized.StartsWith(o + ",", StringComparison.Ordinal)
            || normalized.StartsWith(o + ":", StringComparison.Ordinal));
    }

    /// <summary>Whether the message opens by saying something was left out of a report ("forgot to mention …", "mau nambahin info …").</summary>
    public static bool OpensWithAddition(string text)
    {
        var normalized = WithoutInterjections(TypedText.Normalize(text));
        return Openers.Any(o => normalized.StartsWith(o + " ", StringComparison.Ordinal) || normalized.StartsWith(o + ",", StringComparison.Ordinal)
            || normalized.StartsWith(o + " -", StringComparison.Ordinal));
    }


}
