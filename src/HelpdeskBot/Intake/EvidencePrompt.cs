using System.Text.Json.Serialization;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Intake.Extraction;
using HelpdeskBot.Tickets;

namespace HelpdeskBot.Intake;

/// <summary><see cref="TakesText"/>: the question also asks for the error message, so typed text answers it.</summary>
public sealed record EvidenceState(PromptOptions Options, IReadOnlyList<EvidenceFile> Files, [property: JsonPropertyName("attempts")] int FailedAnswers = 0, bool TakesText = false) : DialogState, ITakesFiles;

/// <summary>The error message typed and the screenshots sent to the question that asked for either.</summary>
public sealed record ErrorAndEvidenceAnswer(string? ErrorMessage, IReadOnlyList<EvidenceFile> Files) : Answer;

/// <summary>
/// Screenshots or a short video: any number of files over several messages, each checked by its content
/// (the upload did that) and its size; "done" when finished, "skip" when there are none. Asked together with the
/// error message ("type it, or send a screenshot of it"), text typed on its own is the error message (words sent with a
/// file — "here it is" — are not).
/// </summary>
public sealed class EvidencePrompt(EvidenceChecker checker, UserClock clock) : QuestionDialog<EvidenceState>("intake.evidence")
{
    private static readonly Choice DoneChoice = new("done", Message.Of("Choice.Done"));

    public override Task RepromptAsync(DialogContext dc)
    {
        var state = StateOf(dc);
        dc.Turn.Send(state.Files.Count == 0 ? state.Options.Text : Message.Of(state.Files.Count == 1 ? "Intake.evidence.MoreOne" : "Intake.evidence.More", state.Files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Prompt.ContractData(state.Options), Choices(state));
        return Task.CompletedTask;
    }

    /// <summary>One message that says what to do, with the buttons, rather than the retry and the whole question again.</summary>
    private Task<DialogTurnStatus> RetryAsync(DialogContext dc, EvidenceState state)
    {
        SetState(dc, state with { FailedAnswers = state.FailedAnswers + 1 });
        dc.Turn.Send(Message.Of(state.TakesText ? "Intake.errorMessage.NotTheScreen" : "Intake.evidence.Retry"), Prompt.ContractData(state.Options), Choices(state));
        return Task.FromResult(DialogTurnStatus.Waiting);
    }

    /// <summary>A sentence in the first person without quotes: a screen does not say "I" or "saya".</summary>
    private static bool TellsInstead(string text)
    {
        if (text.IndexOfAny(['"', '“', '\'']) >= 0) return false;
        var words = TypedText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '!', '?')).ToList();
        return words.Count >= 4 && words.Any(w => w is "i" or "i'm" or "im" or "my" or "saya" or "sy" or "aku" or "gw" or "gue");
    }

    private static readonly string[] RemarkOpeners = [" - ", " — ", " – ", ", but ", " but ", ", tapi ", " tapi ", " padahal ", " pdhl ", ", although "];

    /// <summary>
    /// The screen's words before the user's remark about them: the text opens with a capital or a digit, and a dash or a
    /// "but" leads to a remark in the first person; what comes before, of two words or more and in nobody's voice, is
    /// returned.
    /// </summary>
    private static string? ScreenWordsFirst(string text)
    {
        text = text.Trim();
        if (text.Length == 0 || !(char.IsUpper(text[0]) || char.IsAsciiDigit(text[0])) || text.IndexOfAny(['"', '“']) >= 0) return null;
        var cut = RemarkOpeners.Select(o => text.IndexOf(o, StringComparison.OrdinalIgnoreCase)).Where(at => at > 0).DefaultIfEmpty(-1).Min();
        if (cut < 0 || !TellsInstead(text[cut..])) return null;
        var head = text[..cut].TrimEnd(' ', ',', '.', '-', '—', '–');
        var words = TypedText.Normalize(head).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && !words.Any(w => w.Trim('.', ',', '!', '?') is "i" or "i'm" or "im" or "my" or "me" or "saya" or "sy" or "aku" or "gw" or "gue")
            ? head
            : null;
    }

    private static IReadOnlyList<Choice> Choices(EvidenceState state) => state.Files.Count == 0 ? [PromptWords.SkipChoice] : [DoneChoice];

    /// <summary>"One sec", "sebentar", "I'll send it": a file is on its way.</summary>
    private static readonly HashSet<string> WillSend = new(StringComparer.Ordinal)
    {
        "wait", "one sec", "one second", "sec", "a sec", "hold on", "just a sec", "just a moment", "a moment", "i'll send it", "ill send it",
        "i have one", "i have", "i do", "let me send it", "sending", "sebentar", "bentar", "sebentar ya", "bentar ya", "tunggu", "tunggu ya",
        "tunggu sebentar", "ada", "ada kak", "ada nih", "punya", "saya kirim", "sy kirim", "aku kirim", "sy kirim ya", "saya kirim ya", "otw",
    };

    /// <summary>
    /// "no error", "nothing showed up", "gak ada error", "no screenshot sorry", "i don't have one", "ga punya ss kak": there is
    /// no message to type or nothing to attach.
    /// </summary>
    private static bool SaysNone(string text)
    {
        var words = TypedText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '!')).ToList();
        if (words.Count > 1 && words[0] == "i") words.RemoveAt(0);
        return words.Count is > 0 and <= 6 && NoneFirst.Contains(words[0]) && words.Skip(1).All(NoneRest.Contains);
    }

    /// <summary>"I can't take one", "gak bisa ss": unable to send one.</summary>
    private static bool CannotSend(string text)
    {
        var normalized = TypedText.Normalize(text);
        return CannotPhrases.Any(p => TypedText.ContainsPhrase(normalized, p));
    }

    private static readonly string[] CannotPhrases =
    [
        "can't", "cant", "cannot", "can not", "unable", "not able", "ga bisa", "gak bisa", "gk bisa", "nggak bisa", "ngga bisa", "tidak bisa",
        "tdk bisa", "gabisa", "gbs", "ga tau caranya", "gatau caranya", "gak tau caranya", "ga ngerti", "gak ngerti",
    ];

    private static readonly HashSet<string> NoneFirst = new(StringComparer.Ordinal)
    {
        "no", "none", "nothing", "nope", "tidak", "tdk", "gak", "ga", "gk", "nggak", "enggak", "ngga", "belum", "blm", "there", "don't", "dont",
        "didn't", "didnt", "sorry", "maaf",
    };

    private static readonly HashSet<string> NoneRest = new(StringComparer.Ordinal)
    {
        "error", "errors", "message", "messages", "eror", "pesan", "muncul", "ada", "apa-apa", "apa2", "showed", "shown", "up", "was", "wasn't",
        "there", "no", "any", "sih", "kok", "nothing", "appeared", "just", "it", "popped", "screenshot", "screenshots", "ss", "screen", "video",
        "photo", "picture", "foto", "sorry", "maaf", "have", "one", "take", "took", "punya", "kak", "min", "gan", "nya", "i", "don't", "dont",
    };

    public override async Task<DialogTurnStatus> ContinueAsync(DialogContext dc)
    {
        var state = StateOf(dc);
        var text = dc.Turn.Text;
        var attachments = dc.Turn.Activity.Attachments ?? [];
        if (attachments.Count == 0)
        {
            if (PromptWords.IsBack(text)) return await dc.EndDialogAsync(DialogResult.Back);
            if (PromptWords.IsDone(text) || PromptWords.IsSkip(text))
            {
                return await dc.EndDialogAsync(state.Files.Count == 0 ? DialogResult.Skipped : DialogResult.Done(new EvidenceAnswer(state.Files)));
            }
            // "gatau, baru kali ini": not knowing what the screen said is no message to keep as the error.
            // "I don't know how to do a screenshot, sorry", "ga bisa ss kak": not knowing how is having none to send.
            if (SaysNone(text) || state.TakesText && text.Length <= 60 && UserIdAnswer.SaysNotKnown(text)
                && FreeTextReader.Read(text, clock.ReadingContext(dc.Turn)).ErrorMessage is null
                || !state.TakesText && text.Length <= 80 && (UserIdAnswer.SaysNotKnown(text) || CannotSend(text)) && FreeTextReader.Read(text, clock.ReadingContext(dc.Turn)).IsEmpty)
            {
                return await dc.EndDialogAsync(state.Files.Count == 0 ? DialogResult.Skipped : DialogResult.Done(new EvidenceAnswer(state.Files)));
            }
            if (PromptWords.IsYes(text) || WillSend.Contains(TypedText.Normalize(text)))
            {
                // "yes", "sebentar": they have one and are about to send it. Say how, once, and wait — no retry, no repeat.
                dc.Turn.Send(Message.Of(state.TakesText ? "Intake.errorMessage.GoAhead" : "Intake.evidence.GoAhead"), Prompt.ContractData(state.Options), Choices(state));
                return DialogTurnStatus.Waiting;
            }
            // "File too large (max 5MB) - but my photo is only 800KB" (the eighth trial filed it as what they did): the screen's
            // words first, then the user's remark about them; the error is what came first.
            if (state.TakesText && ScreenWordsFirst(text) is { } shown)
            {
                return await dc.EndDialogAsync(DialogResult.Done(new ErrorAndEvidenceAnswer(shown, state.Files)));
            }
            // "No error, but I could see other customers' addresses": no message, and the rest is read as a longer answer is.
            if (state.TakesText && TellsInstead(text) && !IntakeDialog.SaysNoError(text))
            {
                // "I tapped pay, the app froze, so I tapped again": the user telling what happened, not what the screen said.
                // The interview keeps what it says (as what they did, when nothing else takes it) and asks for the screen's words again.
                if (FreeTextReader.Read(text, clock.ReadingContext(dc.Turn)).ErrorMessage is null) return await dc.EndDialogAsync(DialogResult.Done(new ElsewhereAnswer()));
            }
            if (state.TakesText && text.Length >= 2)
            {
                if (text.Length > IntakeDialog.MaxAnswerLength)
                {
                    dc.Turn.Send(Message.Of("Prompt.TooLong", IntakeDialog.MaxAnswerLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
                else return await dc.EndDialogAsync(DialogResult.Done(new ErrorAndEvidenceAnswer(text, state.Files)));
                await RepromptAsync(dc);
                return DialogTurnStatus.Waiting;
            }
            if (!state.TakesText && !FreeTextReader.Read(text, clock.ReadingContext(dc.Turn)).IsEmpty)
            {
                // Something else about the problem ("it also happens on the website"): the interview keeps it and asks again.
                return await dc.EndDialogAsync(DialogResult.Done(new ElsewhereAnswer()));
            }
            return await RetryAsync(dc, state);
        }

        var files = state.Files.ToList();
        foreach (var file in await checker.AcceptAsync(dc.Turn, attachments))
        {
            if (files.Any(f => f.Id == file.Id)) continue;
            files.Add(file);
            dc.Turn.Send(Message.Of("Intake.evidence.Got", file.Name));
        }
        SetState(dc, state with { Files = files });
        await RepromptAsync(dc);
        return DialogTurnStatus.Waiting;
    }
}
