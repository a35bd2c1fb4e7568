using System.ComponentModel.DataAnnotations;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Resources;
using HelpdeskBot.Safety;
using HelpdeskBot.Telemetry;

namespace HelpdeskBot.Turns;

/// <summary>The result of one turn: the id the inbound activity was logged under, and the replies.</summary>
public sealed record TurnOutcome(string ActivityId, IReadOnlyList<Activity> Replies, bool Duplicate = false);

public sealed class BotIdentityOptions
{
    public const string Section = "Helpdesk:Bot";
    [Required]
    public string Id { get; set; } = "helpdeskbot";
    [Required]
    public string Name { get; set; } = "HelpdeskBot";
}

/// <summary>
/// The turn pipeline (DESIGN.md, "One turn"): the guard, then the <see cref="ConversationWriter"/> with the
/// handler as its change — drop an activity already processed, run the handler on the stored state, commit state
/// and log together under the ETag, only then hand the replies out; on a conflict the handler runs again on the
/// state as it now is. The processor composes the writer and the handler; the writer knows no handler, so whatever
/// the handler's features need (a proactive sender among them) can take the writer without a cycle.
/// </summary>
public sealed class TurnProcessor(ConversationWriter writer, ConversationStates states, ActivityGuard guard, RefusedValues refusedValues, ITurnHandler handler, Localizer strings)
{
    public async Task<TurnOutcome> ProcessAsync(Activity inbound, CancellationToken cancellationToken = default)
    {
        var conversationId = inbound.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(inbound));
        var (activity, refused) = guard.Apply(inbound);
        var key = activity.ClientActivityId ?? activity.Id;
        using var measurement = HelpdeskTelemetry.StartTurn(activity.ChannelId);

        var turnKey = Guid.NewGuid().ToString("N");
        IReadOnlyList<string> turnRefused = refused;
        var write = await writer.WriteAsync(conversationId, key, async loaded =>
        {
            var state = loaded.State;
            var before = state.Guard;
            // A secret split over two messages ("my password is" / "Sup3r!") is only visible with the state at hand.
            var (guarded, refusedNow, memory) = guard.FollowUp(activity, refused, state.Guard);
            // A value refused earlier in this conversation, typed again in a shape the guard lets through ("andi88/andi12345").
            if (refusedNow.Count == 0 && guarded.IsMessage && refusedValues.Redact(conversationId, guarded.Text) is { } again)
            {
                guarded = guarded with { Text = again.Text };
                refusedNow = [.. again.Kinds.Select(ActivityGuard.Name)];
            }
            else if (refusedNow.Count > 0 && guarded.IsMessage)
            {
                refusedValues.Remember(conversationId, SecretRetraction.Removed(inbound.Text ?? "", guarded.Text ?? ""));
            }
            // "Rahasia#2024!" typed to the user id question (the eighth trial kept it as the id), "Sugeng#Rahayu77" to the error
            // question (the tenth): to an interview's question, one word in a password's shape is refused as a password.
            if (refusedNow.Count == 0 && state.Stack is [.., { State: IAsksQuestion { Options.PasswordShapeIsSecret: true } }]
                && ActivityGuard.AsPassword(guarded) is { } asPassword)
            {
                refusedValues.Remember(conversationId, SecretRetraction.Removed(guarded.Text ?? "", asPassword.Text ?? ""));
                (guarded, refusedNow) = (asPassword, [ActivityGuard.Name(SecretKind.Password)]);
            }
            turnRefused = refusedNow;
            state.Guard = memory;
            var echo = guarded with { Id = loaded.NextActivityId, Timestamp = loaded.Now, ServiceUrl = activity.ServiceUrl };
            state.TurnCount++;
            var fromUser = activity.From?.Role is null or "user";
            if (fromUser) state.Reference = echo.GetConversationReference();

            // "oops that was my password": the message that held it is taken back, in the log and (by the handler) in the dialogs.
            // A value refused now that an earlier message held too ("dewi_olshop / Dewi#2025", then "yg Dewi#2025 td itu password
            // sy"), or the opening digits of a card this message completed, leave that message the same way.
            var (retracted, rewritten) = !fromUser || !activity.IsMessage ? (null, [])
                : refusedNow.Count == 0 && SecretRetraction.Read(activity.Text) is { } kind
                    ? await TakeBackAsync(conversationId, loaded.LastSequence, kind, cancellationToken)
                : refusedNow.Count > 0
                    ? await EarlierCopiesAsync(conversationId, loaded.LastSequence, SecretRetraction.Removed(inbound.Text ?? "", guarded.Text ?? ""),
                        cardOpening: before?.CardStart is { } start && refusedNow.Contains("card") && !refused.Contains("card") ? start.Digits : 0,
                        codeOpening: before?.CodeDigits is > 0 and var opening && refusedNow.Any(k => k is "otp" or "pin" && !refused.Contains(k)) ? opening : 0,
                        cancellationToken)
                : (null, []);

            // "oops, that 2580 I typed was my real PIN": the take-back names the value itself, and is logged without it.
            if (retracted is { ReachesElsewhere: true } && retracted.Rewrite(echo) is { } echoWithout) echo = echoWithout;
            var turn = new TurnContext(echo, state, strings, cancellationToken) { Refused = refusedNow, Retracted = retracted, ActivityKey = key ?? turnKey };
            await handler.OnTurnAsync(turn);
            return new ConversationChange(turn, echo, LogInbound: true, key is null ? null : new ProcessedActivity(key, echo.Id!), rewritten);
        }, cancellationToken);

        if (write.Duplicate)
        {
            measurement.Duplicate();
            return new TurnOutcome(write.ActivityId!, [], Duplicate: true);
        }
        measurement.Committed(write.Attempts, turnRefused);
        return new TurnOutcome(write.ActivityId!, write.Replies);
    }

    /// <summary>How many of the user's latest messages a take-back looks through for the one that held the secret (an interview's worth).</summary>
    private const int TakeBackReach = 20;

    /// <summary>
    /// The message a take-back means, and the log rewritten without it: the newest of the user's last few messages that
    /// holds a value of the kind named (one the guard already redacted holds none), else the user's message before. The
    /// values go from it and from every activity logged after it (the bot's summary repeats answers); a message with no
    /// value of that shape goes whole. Wherever an activity after it holds them as text (a handoff's transcript, a card),
    /// they go too.
    /// </summary>
    private async Task<(RetractedMessage?, IReadOnlyList<LoggedActivity>)> TakeBackAsync(string conversationId, long lastSequence, SecretKind kind, CancellationToken cancellationToken)
    {
        var (recent, mine) = await RecentAsync(conversationId, lastSequence, cancellationToken);
        if (mine.Count == 0) return (null, []);
        var target = mine.FirstOrDefault(a => SecretRetraction.Values(a.Activity.Text!, kind).Count > 0) ?? mine[0];
        var text = target.Activity.Text!;
        var shaped = SecretRetraction.Values(text, kind);
        var message = new RetractedMessage(kind, text, shaped.Count > 0 ? shaped : [text]) { Shaped = shaped.Count > 0 };
        // The values go wherever they were logged, the message itself included; a message with no value of that shape goes whole.
        return (message, Rewritten(recent, message, target.Sequence));
    }

    /// <summary>The log's last entries (enough for an interview), and the user's messages among them, newest first.</summary>
    private async Task<(IReadOnlyList<LoggedActivity> Recent, List<LoggedActivity> Mine)> RecentAsync(string conversationId, long lastSequence, CancellationToken cancellationToken)
    {
        var recent = await writer.ReadLoggedAsync(conversationId, Math.Max(0, lastSequence - 60), cancellationToken);
        return (recent, recent.Where(a => a.Activity.IsMessage && a.Activity.From?.Role != "bot" && !string.IsNullOrEmpty(a.Activity.Text)).Reverse().Take(TakeBackReach).ToList());
    }

    /// <summary>The logged activities from the message taken back on, without its values (only itself, when they reach no further).</summary>
    private static List<LoggedActivity> Rewritten(IReadOnlyList<LoggedActivity> recent, RetractedMessage message, long from) =>
        [.. recent.Where(a => a.Sequence == from || a.Sequence > from && message.ReachesElsewhere)
            .Select(a => message.Rewrite(a.Activity) is { } without ? a with { Activity = without } : null).OfType<LoggedActivity>()];

    /// <summary>Values shorter than this are not looked for in earlier messages: three digits are in too many other things.</summary>
    private const int MinEarlierValue = 4;

    /// <summary>
    /// The earlier messages that held what the guard refused now, taken back as a take-back takes them: the newest of the
    /// user's last few messages that hold one of the values, at word boundaries, and the opening digits of a card this
    /// message completed, from the messages before that typed them (the seventh trial typed one in four: "ok the card is",
    /// "4539 1488", "0343", "6467", and the middle two stayed as answers).
    /// </summary>
    private async Task<(RetractedMessage?, IReadOnlyList<LoggedActivity>)> EarlierCopiesAsync(string conversationId, long lastSequence,
        IReadOnlyList<(SecretKind Kind, string Value)> removed, int cardOpening, int codeOpening, CancellationToken cancellationToken)
    {
        var values = removed.Select(r => (r.Kind, Value: r.Value.Trim())).Where(r => r.Value.Length >= MinEarlierValue).ToList();
        if (values.Count == 0 && cardOpening == 0 && codeOpening == 0) return (null, []);
        var (recent, mine) = await RecentAsync(conversationId, lastSequence, cancellationToken);
        if (mine.Count == 0) return (null, []);
        // A code's opening digits ("kodenya 73" / "1904", the tenth user trial): the digits the message before ended on.
        if (codeOpening > 0 && SecretRetraction.TrailingDigits(mine[0].Activity.Text!, codeOpening) is { } opening)
        {
            values.Insert(0, (removed.Count > 0 ? removed[0].Kind : SecretKind.Otp, opening));
        }
        // The card's opening digits, message by message back — messages of digits alone carried it on, the first ended with
        // digits that opened it — until they add up to what the guard had counted.
        var pieces = new List<string>();
        var counted = 0;
        for (var k = 0; k < mine.Count && counted < cardOpening; k++)
        {
            var text = mine[k].Activity.Text!.Trim();
            var piece = text.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '.') ? text : SecretRetraction.CardOpening(text);
            if (piece is null) break;
            pieces.Add(piece);
            counted += piece.Count(char.IsAsciiDigit);
        }
        if (counted == cardOpening) values.InsertRange(0, pieces.Select(p => (SecretKind.Card, p)));
        var targets = mine.Where(a => values.Exists(v => HoldsWord(a.Activity.Text!, v.Value))).ToList();
        if (targets.Count == 0) return (null, []);
        var held = values.Where(v => targets.Exists(t => HoldsWord(t.Activity.Text!, v.Value))).ToList();
        var message = new RetractedMessage(held[0].Kind, targets[0].Activity.Text!, [.. held.Select(v => v.Value).Distinct()]) { Refused = true };
        return (message, Rewritten(recent, message, targets.Min(t => t.Sequence)));
    }

    /// <summary>Whether the value stands in the text as a whole word: not inside a longer run of letters or digits.</summary>
    private static bool HoldsWord(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            var end = at + value.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }

    /// <summary>The conversation's state as stored (for callers that hold the turn pipeline: tests, tools).</summary>
    public Task<ConversationState> ReadStateAsync(string conversationId, CancellationToken cancellationToken = default) =>
        states.ReadAsync(conversationId, cancellationToken);
}
