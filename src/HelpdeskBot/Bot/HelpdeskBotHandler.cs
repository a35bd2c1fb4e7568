using HelpdeskBot.Activities;
using HelpdeskBot.Bot.Understanding;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Bot;

/// <summary>
/// The root of every turn: the guard's refusal first, then the global commands (language, cancel, help,
/// and the interrupting intents), then the active dialog; outside a question, what the user wants is read from
/// their own words (<see cref="IntentReader"/>), and when that is unsure the likely choices are offered.
/// </summary>
public sealed class HelpdeskBotHandler(DialogSet dialogs, IEnumerable<IIntent> intents, IEnumerable<ITurnGate> gates, IEnumerable<ITakeBack> takeBacks, IntentReader reader) : ITurnHandler
{
    private readonly IReadOnlyList<IIntent> intents = [.. intents.OrderBy(i => i.Order)];

    public async Task OnTurnAsync(TurnContext turn)
    {
        var dc = new DialogContext(turn, dialogs);
        var activity = turn.Activity;
        if (activity.IsMessage)
        {
            await OnMessageAsync(dc);
        }
        else if (activity.Type == ActivityTypes.ConversationUpdate && IsUserJoining(activity) && !turn.State.Greeted)
        {
            Greet(turn);
            SendMenu(turn);
        }
        else if (activity.Type == ActivityTypes.Event && activity.Name is "webchat/join" or "startConversation" && !turn.State.Greeted)
        {
            Greet(turn);
            SendMenu(turn);
        }
    }

    private async Task OnMessageAsync(DialogContext dc)
    {
        var turn = dc.Turn;
        var text = turn.Text;

        // Answer in the language they write, whatever their browser says ("halo kak, transfer sy gagal" from an en-US browser),
        // a refusal too: the eleventh trial's first message, Indonesian with a PIN in it, was refused in English.
        if (Resources.WrittenLanguage.Of(text) is { } written) turn.State.WrittenLanguage = written;

        if (turn.Refused.Count > 0)
        {
            // A first message refused still opens the conversation: the greeting, then why that message was not kept.
            if (!turn.State.Greeted && turn.State.Handoff is null) Greet(turn);
            turn.Send(Message.Of("Guard.Refused"), new HelpdeskChannelData { Refused = turn.Refused, Field = CurrentField(dc) });
            // An earlier message held the same value (or the card's first digits): it is gone from the log already; what the
            // dialogs and the tickets kept of it goes too.
            var forgot = turn.Retracted is { } earlier && await ForgetEarlierAsync(dc, earlier);
            // A one-time code expires by itself: changing it means nothing; a card is the bank's to block.
            turn.Send(Message.Of(turn.Refused.Contains("card") ? "Guard.AdviceCard" : turn.Refused.Contains("cvv") ? "Guard.AdviceCvv"
                : turn.Refused.All(kind => kind == "otp") ? "Guard.AdviceCode" : "Guard.AdviceChange"));
            // With a person on the line, the refusal is all the bot says; otherwise ask again — at the menu, for the
            // problem told again without the secret, since nothing of the refused message was kept.
            if (turn.State.Handoff is null && !dc.IsActive) turn.Send(Message.Of("Guard.TellAgain"));
            if (turn.State.Handoff is null && forgot) await dc.ContinueDialogAsync();
            else if (turn.State.Handoff is null) await RepromptOrMenuAsync(dc);
            return;
        }

        if (turn.Retracted is { } retracted)
        {
            await TakeBackAsync(dc, retracted);
            return;
        }

        foreach (var gate in gates)
        {
            if (await gate.TryHandleAsync(dc)) return;
        }

        if (!turn.State.Greeted)
        {
            Greet(turn);
        }

        if (CommandPhrases.LanguageRequested(text) is { } language)
        {
            turn.State.Language = language;
            turn.Send(Message.Of("Language.Switched"));
            await RepromptOrMenuAsync(dc);
            return;
        }

        // A cancel is kept for one turn: "undo" right after it goes back to where the user was.
        var cancelled = turn.State.Cancelled;
        turn.State.Cancelled = null;
        if (cancelled is not null && !dc.IsActive && CommandPhrases.IsUndo(text))
        {
            turn.State.Stack.AddRange(cancelled);
            turn.Send(Message.Of("Cancel.Undone"));
            await dc.RepromptAsync();
            return;
        }

        // At the summary nothing is being answered but yes or no: "no, cancel", "gak jadi deh" call the report off there.
        var onlyAsks = dc.IsActive && CurrentField(dc) != "comment" && IntentReader.OnlyAsks(text);
        if (onlyAsks || CommandPhrases.IsCancel(text) || dc.IsActive && (IntentReader.GivesUp(text)
            || CurrentField(dc) == "confirm" && IntentReader.CallsOff(text) && !IntentReader.SaysNoNeed(text)))
        {
            if (dc.IsActive)
            {
                turn.State.Cancelled = [.. turn.State.Stack];
                dc.CancelAll();
                turn.Send(Message.Of(onlyAsks ? "Cancel.NotAReport" : "Cancel.Done"));
            }
            else
            {
                turn.Send(Message.Of("Cancel.Nothing"));
            }
            SendMenu(turn);
            return;
        }

        if (CommandPhrases.IsHelp(text))
        {
            turn.Send(dc.IsActive ? FieldHelp(dc) ?? Message.Of("Help.InDialog") : Message.Of("Help.General"));
            await RepromptOrMenuAsync(dc);
            return;
        }

        // "what should I do about my password?", "kartu sy hrs diblokir?": what to do now comes first. In an interview a short
        // question of that kind is answered and the question asked again; anywhere else the message is read on as it is.
        if (turn.State.Handoff is null && SecurityAdvice.Read(text) is { } advice)
        {
            turn.Send(Message.Of(advice == AdviceAbout.Card ? "Advice.Card" : "Advice.Account"));
            if (dc.IsActive && TypedText.Words(text).Count <= 14)
            {
                await dc.RepromptAsync();
                return;
            }
        }

        // Asked what the question means, and answered it at once: the rest of the turn reads the answer, as the user gave it.
        if (dc.IsActive && InterviewQuestion.AnswerAfter(text) is { } answer)
        {
            turn.ReadOnly(answer);
        }
        // "how long will this take?", "buat apa kak?" typed to a question: answered, and the question asked again.
        // Asked for the ticket number before there is one: only in a report's interview (adding to a ticket, it has one).
        else if (dc.IsActive && InterviewQuestion.Read(text) is { } ask && (ask != InterviewAsk.TicketNumber || CurrentField(dc) != "comment"))
        {
            turn.Send(ask switch
            {
                InterviewAsk.WhyAsked or InterviewAsk.WhatMeant => FieldHelp(dc) ?? Message.Of("Help.InDialog"),
                InterviewAsk.TicketNumber => Message.Of("Interview.TicketAtEnd"),
                InterviewAsk.Elsewhere => Message.Of("Interview.Elsewhere"),
                // A question that takes files is answered with one now; any question of a report, with one kept for its ticket.
                InterviewAsk.HowToAttach => Message.Of(dc.ActiveFrame.State is ITakesFiles || CurrentField(dc) == "comment" ? "Interview.AttachNow"
                    : dc.Frames.Any(f => dialogs.Find(f.DialogId).KeepsFilesSentAnywhere) ? "Interview.AttachWithReport" : "Interview.AttachLater"),
                _ => HowMuchIsLeft(dc),
            });
            await dc.RepromptAsync();
            return;
        }

        if (dc.IsActive)
        {
            foreach (var intent in intents)
            {
                if (intent.InterruptsWith(dc, text))
                {
                    await intent.StartAsync(dc);
                    return;
                }
            }
            var status = await dc.ContinueDialogAsync();
            if (status == DialogTurnStatus.Complete && !dc.IsActive) SendMenu(turn, short_: true);
            return;
        }

        // "2" typed at the menu picks its second choice (Slack shows the choices numbered; people type them anywhere).
        var offered = turn.State.MenuOffered;
        turn.State.MenuOffered = null;
        if (MenuNumber(text) is { } n && offered is not null && n >= 1 && n <= offered.Count)
        {
            await OnFreeTextAsync(dc, IntentReading.Keyword(offered[n - 1]));
            return;
        }
        // A command phrase is what the user asked for; only then does the conversation's past get a say.
        foreach (var intent in intents.Any(i => i.Matches(text)) ? [] : intents)
        {
            if (await intent.ClaimsAsync(dc))
            {
                await OnFreeTextAsync(dc, IntentReading.Keyword(intent.Id));
                return;
            }
        }
        await OnFreeTextAsync(dc, reader.Read(text));
    }

    /// <summary>
    /// "oops that was my password": the message meant is already gone from the log; what the dialogs and the tickets kept of
    /// it goes too, and what it answered is asked again. With a person on the line, the bot only says so.
    /// </summary>
    private async Task TakeBackAsync(DialogContext dc, RetractedMessage retracted)
    {
        var turn = dc.Turn;
        var forgot = turn.State.Handoff is null && dc.Forget(retracted);
        var said = turn.State.Handoff is not null ? "Guard.RetractedSeen" : forgot ? "Guard.RetractedAndForgot" : "Guard.Retracted";
        turn.Send(Message.Of(said), new HelpdeskChannelData { Retracted = [retracted.KindName] });
        foreach (var keeper in takeBacks)
        {
            if (await keeper.ForgetAsync(turn, retracted) is { } where) turn.Send(where);
        }
        turn.Send(Message.Of(retracted.Kind switch
        {
            Safety.SecretKind.Card or Safety.SecretKind.Cvv => "Guard.AdviceCard",
            Safety.SecretKind.Otp => "Guard.AdviceCode",
            _ => "Guard.AdviceChange",
        }));
        if (turn.State.Handoff is not null) return;
        if (forgot) await dc.ContinueDialogAsync();
        else await RepromptOrMenuAsync(dc);
    }

    /// <summary>
    /// A value refused now that the user had also written before: the dialogs and the keepers forget it as they do a
    /// take-back, and the user is told. Whether the dialogs forgot an answer (it is asked again).
    /// </summary>
    private async Task<bool> ForgetEarlierAsync(DialogContext dc, RetractedMessage earlier)
    {
        var turn = dc.Turn;
        var forgot = turn.State.Handoff is null && dc.Forget(earlier);
        turn.Send(Message.Of("Guard.RemovedEarlier"));
        foreach (var keeper in takeBacks)
        {
            if (await keeper.ForgetAsync(turn, earlier) is { } where) turn.Send(where);
        }
        return forgot;
    }

    /// <summary>A message that is only a choice's number: "2", "2.", "#2", "(2)", "no 2".</summary>
    private static int? MenuNumber(string text)
    {
        var t = text.Trim().TrimStart('#', '(').TrimEnd('.', ')', '!');
        if (t.StartsWith("no ", StringComparison.OrdinalIgnoreCase)) t = t[3..].Trim();
        return t.Length is > 0 and <= 2 && t.All(char.IsAsciiDigit) ? int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A message where the bot asked nothing: what the user wants, in their own words.</summary>
    private async Task OnFreeTextAsync(DialogContext dc, IntentReading reading)
    {
        var turn = dc.Turn;
        // Written in a language the bot does not read, the model's guess reads nothing: the user is told which languages the
        // bot reads, and offered the choices (a Russian sentence started an English interview about it; Spanish was
        // answered with choices alone).
        if (!reading.ByKeyword && Resources.WrittenLanguage.IsOtherLanguage(turn.Text)) reading = reading with { Intent = null };
        switch (reading.Intent)
        {
            case "greeting":
                SendMenu(turn);
                return;
            // "how much is the fee for …?": asked of the bot, but not what it can answer.
            case "help" when !SideQuestion.AsksAboutTerms(turn.Text):
                turn.Send(Message.Of("Help.General"));
                SendMenu(turn);
                return;
            case "cancel":
                turn.Send(Message.Of("Cancel.Nothing"));
                SendMenu(turn);
                return;
            case null or "help":
                // Never a bare "didn't catch that": the likely intents, as buttons. A question the bot cannot answer ("biaya
                // tarik tunai brp?", "are you open on Sunday") is told so, with a person offered first.
                var asks = reading.Intent == "help" || SideQuestion.AsksOnly(TypedText.Normalize(turn.Text));
                var likely = (asks ? ["agent", .. reading.Likely] : reading.Likely).Select(id => intents.FirstOrDefault(i => i.Id == id)).OfType<IIntent>()
                    .Concat(intents).Where(i => i.MenuChoice is not null).Distinct().Take(3).ToList();
                turn.State.MenuOffered = [.. likely.Select(i => i.Id)];
                if (Resources.WrittenLanguage.IsOtherLanguage(turn.Text)) turn.Send(Message.Of("Menu.Languages"));
                turn.Send(Message.Of(asks ? "Menu.CannotAnswer" : "Menu.DidYouMean"), new HelpdeskChannelData { Field = "menu" }, [.. likely.Select(i => i.MenuChoice!)]);
                return;
        }
        if (intents.FirstOrDefault(i => i.Id == reading.Intent) is { } chosen)
        {
            var status = await chosen.StartAsync(dc);
            // While a person is asked for, "anything else?" would be the bot talking over the handoff.
            // Nor after a reply with choices of its own ("Did you mean HD-…?", which ticket to close): Web Chat shows a message's
            // buttons only while it is the last one.
            if (status == DialogTurnStatus.Complete && !dc.IsActive && turn.State.Handoff is null && turn.Replies is not [.., { SuggestedActions: not null }])
                SendMenu(turn, short_: true);
            return;
        }
        SendMenu(turn);
    }

    private static void Greet(TurnContext turn)
    {
        turn.State.Greeted = true;
        var name = turn.Activity.From?.Name;
        var who = string.IsNullOrWhiteSpace(name) || name.Equals("user", StringComparison.OrdinalIgnoreCase) ? "" : " " + name.Trim();
        turn.Send(Message.Of("Menu.Greeting", who));
        turn.Send(Message.Of("Menu.SafetyNotice"));
    }

    private void SendMenu(TurnContext turn, bool short_ = false)
    {
        var offering = intents.Where(i => i.MenuChoice is not null).ToList();
        turn.State.MenuOffered = [.. offering.Select(i => i.Id)];
        var choices = offering.Select(i => i.MenuChoice!).ToList();
        turn.Send(Message.Of(short_ ? "Menu.Again" : "Menu.Prompt"), new HelpdeskChannelData { Field = "menu" }, choices);
    }

    private async Task RepromptOrMenuAsync(DialogContext dc)
    {
        if (dc.IsActive) await dc.RepromptAsync();
        else SendMenu(dc.Turn);
    }

    private static Message? FieldHelp(DialogContext dc) => dc.ActiveDialog?.Help(dc);

    /// <summary>What is left of an interview that counts its questions (the last of them is the summary to confirm).</summary>
    private static Message HowMuchIsLeft(DialogContext dc)
    {
        if (dc.ActiveFrame.State is not IAsksQuestion { Options: { QuestionNumber: { } number, QuestionCount: { } count } } || number >= count) return Message.Of("Interview.NearlyDone");
        var after = count - number - 1;
        return after == 0 ? Message.Of("Interview.LastQuestion") : Message.Of("Interview.QuestionsLeft", after.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string? CurrentField(DialogContext dc) =>
        dc.IsActive && dc.ActiveFrame.State is IAsksQuestion question ? question.Options.Field : dc.IsActive ? null : "menu";

    /// <summary>
    /// Someone other than the bot joined — or, in a one-to-one conversation, the bot itself was added: that is all
    /// Teams says when a user installs the bot in personal scope.
    /// </summary>
    private static bool IsUserJoining(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id is not null && (m.Id != activity.Recipient?.Id || activity.Conversation?.IsGroup != true)) == true;
}
