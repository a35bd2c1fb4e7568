using System.Globalization;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Concurrency;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Data.Escalations;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Intake;
using HelpdeskBot.Tickets;
using HelpdeskBot.Turns;
using Microsoft.Extensions.Options;
using static HelpdeskBot.Data.Escalations.EscalationState;

namespace HelpdeskBot.Handoff;

/// <summary>
/// Escalation to a person: asking (from a turn), accepting, agent messages, resolving and timing out
/// (proactively, in the user's conversation). The escalation record and the conversation's state move
/// together; a ticket keyed by the escalation makes sure nothing the user said is lost.
/// </summary>
public sealed class HandoffService(
    IEscalationStore escalations,
    IConversationStore conversations,
    TicketService tickets,
    TicketReplies replies,
    AgentNotifier notifier,
    Categorization.ICategorizer categorizer,
    Categorization.PriorityRules priorities,
    ConversationWriter writer,
    DialogSet dialogs,
    IOptions<HandoffOptions> options,
    TimeProvider clock,
    UserClock userClock,
    Bot.Understanding.IntentModel intentModel,
    Attachments.IAttachmentStore files)
{
    /// <summary>Tries at an escalation write that keeps losing the race before the conflict is the caller's.</summary>
    private const int MaxAttempts = 6;

    /// <summary>Inside a turn: records the request, tells the user what happens next, and emits handoff.initiate.</summary>
    public async Task StartAsync(DialogContext dc, string reason)
    {
        var turn = dc.Turn;
        if (turn.State.Handoff is { } current)
        {
            turn.Send(Message.Of("Handoff.AlreadyWaiting"), new HelpdeskChannelData { Handoff = new HandoffInfo(current.State, current.Agent) });
            return;
        }
        var draft = dc.Find<WaterfallState<IntakeValues>>()?.Values;
        var answers = draft is null
            ? []
            : IntakeField.All.Select(f => (f.Id, Value: f.Show(draft))).Where(a => !string.IsNullOrWhiteSpace(a.Value))
                .Select(a => new EscalationAnswer(a.Id, a.Value!)).ToList();
        // "I need to talk to a human NOW. Uber charged me 3 times for one ride": a request that also tells the problem goes
        // with it, as what the user wrote while waiting would (the seventh trial found the reason in no answer and no ticket).
        if (draft is null && TellsMoreThanTheRequest(turn))
        {
            answers.Add(new EscalationAnswer(EscalationAnswer.WhileWaiting, Told(turn.Text)));
        }
        // The ticket a timeout makes is keyed by the turn's own activity, so a rerun of this turn finds
        // the escalation it already stored instead of asking twice.
        var id = "esc-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(turn.Activity.Conversation?.Id + "|" + turn.ActivityKey)))[..16].ToLowerInvariant();
        // Asked right after a ticket, with no report under way: the agent sees which ticket it is about from the start (the
        // sixth trial found the number only once the request closed).
        var owner = TicketService.OwnerOf(turn.Activity);
        // A request that tells its problem right after the ticket about it ("can i talk to a real person about the double charge",
        // the tenth trial made a new ticket of it) is about that ticket too, unless it names another service or the ticket is old.
        var about = draft is null ? await tickets.NewestOpenInAsync(owner, turn.Activity.Conversation?.Id ?? "", turn.CancellationToken) : null;
        if (about is not null && answers.Count > 0
            && (clock.GetUtcNow() - about.CreatedAt > RecentTicket
                || Intake.Extraction.FreeTextReader.Read(turn.Text, userClock.ReadingContext(turn)).Service is { } named && named != about.Fields.Service))
        {
            about = null;
        }
        var escalation = await escalations.GetAsync(id, turn.CancellationToken) ?? await escalations.CreateAsync(new Escalation
        {
            Id = id,
            Conversation = TicketService.AddressOf(turn.Activity) with { Locale = Resources.Localizer.LocaleOf(turn.Language) },
            Owner = owner,
            Reason = reason,
            RequestedAt = clock.GetUtcNow(),
            Answers = answers,
            // The sixth trial: "yesterday at 6pm" reached the ticket as text only, with no time to sort or filter by.
            OccurredAtUtc = draft?.OccurredAtUtc,
            // The seventh trial: a category picked, then "talk to a person", and the ticket was "other", low.
            Category = draft is { CategoryChosenByUser: true, Category: { } chosen } ? new TicketCategory(chosen, 1, CategorySource.User) : null,
            IntakeId = draft?.IntakeId ?? id,
            TicketNumber = about?.Number,
        }, turn.CancellationToken);

        turn.State.Handoff = new HandoffStatus(escalation.Id, Requested);
        var minutes = Math.Max(1, (int)Math.Ceiling(options.Value.TimeoutSeconds / 60.0));
        turn.Send(Message.Of(minutes == 1 ? "Handoff.RequestedOne" : "Handoff.Requested", minutes.ToString(CultureInfo.InvariantCulture)), new HelpdeskChannelData { Handoff = new HandoffInfo(Requested) });
        turn.SendActivity(await InitiateEventAsync(escalation, turn));
        turn.AfterCommit(_ => notifier.EscalationsChangedAsync());
    }

    /// <summary>How long after a ticket a request for a person that tells a problem is still taken to be about it.</summary>
    private static readonly TimeSpan RecentTicket = TimeSpan.FromMinutes(30);

    /// <summary>While waiting for a person, the bot says it is still looking at most this often, unless asked.</summary>
    private static readonly TimeSpan StillWaitingAfter = TimeSpan.FromMinutes(1);

    private const int MaxToldWhileWaiting = 10;
    private const int MaxToldLength = 1000;

    /// <summary>
    /// A request that also says what is wrong: it names a service, a time or an error as a report's first message would
    /// ("… Uber charged me 3 times for one ride"), not only the words that ask for a person ("can I speak to a real human please").
    /// </summary>
    private bool TellsMoreThanTheRequest(Turns.TurnContext turn) =>
        !string.IsNullOrWhiteSpace(turn.Text) && (!Intake.Extraction.FreeTextReader.Read(turn.Text, userClock.ReadingContext(turn)).IsEmpty
            // "akun ovo sy ke blokir tiba2, mau ngomong sama petugas aja", "Prime Video is charging me twice, kindly connect me to
            // customer care" (the thirteenth trial: both reached the agents' queue empty): a problem told in no field's words.
            || ReportIntent.SaysWhatIsWrong(TypedText.Normalize(turn.Text)));

    private static string Told(string text) => text.Trim() is { Length: > MaxToldLength } long_ ? long_[..MaxToldLength] + "…" : text.Trim();

    /// <summary>A message from the user while a person is asked for or connected: kept, passed on, not answered by the bot.</summary>
    public async Task<bool> OnUserMessageAsync(DialogContext dc)
    {
        var turn = dc.Turn;
        if (turn.State.Handoff is not { } handoff) return false;
        if (handoff.State == Requested && Bot.Understanding.IntentReader.CallsOff(turn.Text))
        {
            turn.State.Handoff = null;
            turn.Send(Message.Of("Handoff.Withdrawn"), new HelpdeskChannelData { Handoff = new HandoffInfo(Resolved) });
            turn.AfterCommit(async ct =>
            {
                await UpdateAsync(handoff.EscalationId, e => e.IsOpen ? e with { State = EscalationState.Resolved, ClosedAt = clock.GetUtcNow() } : null, ct);
                await notifier.EscalationsChangedAsync();
            });
            // Back with the bot where they were: the question the request interrupted is asked again.
            if (dc.IsActive) await dc.RepromptAsync();
            return true;
        }
        if (handoff.State == Requested)
        {
            // The first message is acknowledged; after that the bot stays out of the way while the user writes, but answers
            // "anyone there?" and a quiet minute, so nobody waits on a silent chat.
            var now = clock.GetUtcNow();
            var quiet = handoff.AcknowledgedAt is not { } last || now - last >= StillWaitingAfter;
            if (!handoff.WaitingAcknowledged || WaitingNudge.In(turn.Text) || quiet)
            {
                turn.State.Handoff = handoff with { WaitingAcknowledged = true, AcknowledgedAt = now };
                turn.Send(Message.Of(handoff.WaitingAcknowledged ? "Handoff.StillLooking" : "Handoff.StillWaiting"), new HelpdeskChannelData { Handoff = new HandoffInfo(Requested) });
            }
        }
        var message = new AgentMessage(handoff.EscalationId, "user", turn.Activity.From?.Name, turn.Text,
            turn.Activity.Attachments?.Select(a => a.Name ?? "file").ToList() ?? [], clock.GetUtcNow());
        turn.AfterCommit(_ => notifier.MessageAsync(message));
        // What the user tells while nobody has answered yet goes with the request: if nobody comes, it is the ticket's description.
        if (handoff.State == Requested && !string.IsNullOrWhiteSpace(turn.Text) && !WaitingNudge.In(turn.Text))
        {
            var told = new EscalationAnswer(EscalationAnswer.WhileWaiting, Told(turn.Text));
            turn.AfterCommit(ct => UpdateAsync(handoff.EscalationId, e => e.State == EscalationState.Requested && e.Answers.Count(a => a.Field == EscalationAnswer.WhileWaiting) < MaxToldWhileWaiting
                ? e with { Answers = [.. e.Answers, told] }
                : null, ct));
        }
        return true;
    }

    public async Task<(Escalation? Escalation, string? Problem)> AcceptAsync(string id, string agent, CancellationToken cancellationToken)
    {
        var before = await escalations.GetAsync(id, cancellationToken);
        if (before is null) return (null, "notFound");
        // A second click by the same agent changes nothing and tells the user nothing twice.
        if (before.State == EscalationState.Accepted && before.Agent == agent) return (before, null);
        var escalation = await UpdateAsync(id, e => e.State == EscalationState.Requested
            ? e with { State = EscalationState.Accepted, Agent = agent, AcceptedAt = clock.GetUtcNow() }
            : null, cancellationToken);
        if (escalation is null || escalation.State != EscalationState.Accepted || escalation.Agent != agent) return (escalation ?? before, "notWaiting");
        await writer.RunProactiveAsync(escalation.Conversation.ConversationId, turn =>
        {
            if (turn.State.Handoff?.EscalationId == id) turn.State.Handoff = turn.State.Handoff with { State = Accepted, Agent = agent };
            turn.Send(Message.Of("Handoff.Accepted", agent), new HelpdeskChannelData { Handoff = new HandoffInfo(Accepted, agent) });
            return Task.CompletedTask;
        }, cancellationToken);
        await notifier.EscalationsChangedAsync();
        return (escalation, null);
    }

    /// <summary>An agent's words to the user, from the agent (the guard has already passed them).</summary>
    public async Task<Escalation?> SendAgentMessageAsync(Escalation escalation, string agent, string text, CancellationToken cancellationToken)
    {
        await writer.RunProactiveAsync(escalation.Conversation.ConversationId, turn =>
        {
            turn.SendActivity(new Activity
            {
                Type = ActivityTypes.Message,
                Text = text,
                TextFormat = "plain",
                From = new ChannelAccount { Id = "agent:" + agent, Name = agent, Role = "bot" },
                ChannelData = new HelpdeskChannelData { Handoff = new HandoffInfo(Accepted, agent) }.ToChannelData(),
            });
            return Task.CompletedTask;
        }, cancellationToken);
        await notifier.MessageAsync(new AgentMessage(escalation.Id, "agent", agent, text, [], clock.GetUtcNow()));
        return escalation;
    }

    /// <summary>
    /// The agent is done: the user is back with the bot, at the menu. What the user had told (a report they had started,
    /// what they wrote while waiting) is kept as a ticket with its number, so it can be quoted (the fifth trial: "do i have a
    /// ticket number for this?" — "You don't have any tickets yet."); a request that told nothing, right after a ticket, is
    /// about that ticket. Closing the chat is not solving the problem (the sixth trial: "expect an update within 2 working
    /// days", and the ticket was marked resolved): the ticket is open and assigned to the agent, who resolves it when it is.
    /// </summary>
    public async Task<Escalation?> ResolveAsync(string id, string agent, CancellationToken cancellationToken)
    {
        var escalation = await UpdateAsync(id, e => e.IsOpen ? e with { State = EscalationState.Resolved, ClosedAt = clock.GetUtcNow(), Agent = e.Agent ?? agent } : null, cancellationToken);
        if (escalation is null) return null;
        var chat = await ChatLinesAsync(escalation, cancellationToken);
        var linkedBefore = escalation.TicketNumber;
        var closedBy = $"Chat with {agent} in escalation {escalation.Id}, closed by them.";
        var ticket = escalation.TicketNumber is { } linked ? await tickets.GetOwnAsync(escalation.Owner, linked, cancellationToken)
            : escalation.Answers.Count == 0 ? await tickets.NewestOpenInAsync(escalation.Owner, escalation.Conversation.ConversationId, cancellationToken)
            : await CreateTicketAsync(escalation, cancellationToken, TicketStatus.Open, closedBy, agent);
        // Nothing told before the person joined, no ticket to follow, but the chat with the person told the problem (the
        // seventh trial: a refund promised, then "what's my ticket number?" — "You don't have any tickets yet."): the chat is the ticket.
        // Only when the user told a problem there: thanks and a question about another ticket ("great, thanks! how long will
        // it take?", "oke makasih kak", the eighth trial) made empty tickets with a number the user was told to quote.
        if (ticket is null && chat.Exists(l => l.By == "user" && l.Text is { } said && TellsProblem(said)))
        {
            var told = chat.Where(l => l.By == "user").Take(MaxToldWhileWaiting).Select(l => new EscalationAnswer(EscalationAnswer.WhileWaiting, Told(l.Text!))).ToList();
            ticket = await CreateTicketAsync(escalation with { Answers = told }, cancellationToken, TicketStatus.Open, closedBy, agent);
        }
        if (ticket is not null && escalation.TicketNumber is null)
        {
            escalation = await UpdateAsync(id, e => e with { TicketNumber = ticket.Number }, cancellationToken) ?? escalation;
        }
        // What the user told with the request or while waiting goes on the ticket the request was about.
        if (ticket is not null && linkedBefore == ticket.Number) await AddToldAsync(ticket, escalation, cancellationToken);
        // An existing ticket the chat was about is the agent's now, as one made from the chat is (the reply says "assigned to them").
        if (ticket is not null && ticket.IsOpen && ticket.Assignee is null) ticket = await tickets.TakeOnAsync(ticket.Number, agent, cancellationToken);
        if (ticket is not null && chat.Count > 0) await tickets.AddChatAsync(ticket.Number, chat, cancellationToken);
        if (ticket is not null) await AddFilesSentAsync(ticket, escalation, cancellationToken);
        await HandBackAsync(escalation, ticket is null ? Message.Of("Handoff.Resolved") : Message.Of("Handoff.ResolvedTicket", ticket.Number),
            new HandoffInfo(Resolved, agent), ticket, cancellationToken, ticket is null ? Message.Of("Handoff.ResolvedReportClosed") : null);
        await notifier.EscalationsChangedAsync();
        return escalation;
    }

    /// <summary>
    /// A line of the chat that tells a problem: it describes one, the intent model reads it as a report, and it names no
    /// ticket (the chat was then about that one). (The model, not the reader: the reader is built from the intents, and
    /// the person's intent is built from this service.)
    /// </summary>
    private bool TellsProblem(string said) =>
        ReportIntent.DescribesProblem(said) && StatusIntent.NumberIn(TypedText.Normalize(said)) is null && intentModel.Read(said).Intent == "report";

    /// <summary>
    /// What the user and the person wrote to each other once the person joined, line by line, for the ticket: an address
    /// or a date the user gave the person, and what the person promised, are the ticket's to keep (the sixth trial found
    /// them in no ticket). The log holds them as the guard let them through.
    /// </summary>
    private async Task<List<TicketEvent>> ChatLinesAsync(Escalation escalation, CancellationToken cancellationToken)
    {
        var lines = new List<TicketEvent>();
        if (escalation.AcceptedAt is not { } joined) return lines;
        foreach (var stored in await TranscriptAsync(escalation, cancellationToken))
        {
            var activity = ActivityJson.Deserialize(stored.Json);
            if (!activity.IsMessage || activity.Timestamp is not { } at || at < joined || string.IsNullOrWhiteSpace(activity.Text)) continue;
            var by = activity.From?.Role == "user" ? "user"
                : activity.From?.Id?.StartsWith("agent:", StringComparison.Ordinal) == true ? "agent:" + activity.From.Name : null;
            if (by is not null) lines.Add(new TicketEvent(at, TicketEventKind.CommentAdded, by, activity.Text, Source: "chat:" + activity.Id));
        }
        return lines;
    }

    /// <summary>Nobody accepted in time: what the user said becomes a ticket, and they are told.</summary>
    public async Task TimeOutAsync(Escalation waiting, CancellationToken cancellationToken)
    {
        // Asked for a person right after a ticket, and said nothing more: that ticket is what the team follows up, not a new empty one.
        var made = waiting.TicketNumber is { } linked ? await tickets.GetOwnAsync(waiting.Owner, linked, cancellationToken)
            : waiting.Answers.Count == 0 ? await tickets.NewestOpenInAsync(waiting.Owner, waiting.Conversation.ConversationId, cancellationToken) : null;
        if (made is not null) await AddToldAsync(made, waiting, cancellationToken);
        var ticket = made ?? await CreateTicketAsync(waiting, cancellationToken);
        await AddFilesSentAsync(ticket, waiting, cancellationToken);
        var escalation = await UpdateAsync(waiting.Id, e => e.State == EscalationState.Requested
            ? e with { State = EscalationState.TimedOut, ClosedAt = clock.GetUtcNow(), TicketNumber = ticket.Number }
            : null, cancellationToken);
        if (escalation is null || escalation.State != EscalationState.TimedOut) return;
        await HandBackAsync(escalation, Message.Of(made is null ? "Handoff.TimedOut" : "Handoff.TimedOutExisting", ticket.Number), new HandoffInfo(TimedOut), ticket, cancellationToken);
        await notifier.EscalationsChangedAsync();
    }

    /// <summary>A ticket of what the request carried: the interview's answers and what was written while waiting.</summary>
    /// <summary>What the user told with the request or while waiting, as comments on the ticket the request was about (each once).</summary>
    private async Task AddToldAsync(Ticket ticket, Escalation escalation, CancellationToken cancellationToken)
    {
        var told = escalation.Answers.Where(a => a.Field == EscalationAnswer.WhileWaiting).ToList();
        for (var i = 0; i < told.Count; i++)
        {
            await tickets.AddInfoAsync(ticket.Number, told[i].Value, [], "user", $"{escalation.Id}:told:{i}", cancellationToken);
        }
    }

    /// <summary>
    /// Screenshots the user sent while asking for or chatting with a person (the fourteenth trial: an agent asked for one and
    /// the upload was refused) go on the ticket the chat ends with, each once: only files stored for this conversation count.
    /// </summary>
    private async Task AddFilesSentAsync(Ticket ticket, Escalation escalation, CancellationToken cancellationToken)
    {
        var sent = new List<EvidenceFile>();
        foreach (var stored in await TranscriptAsync(escalation, cancellationToken))
        {
            var activity = ActivityJson.Deserialize(stored.Json);
            if (!activity.IsMessage || activity.From?.Role != "user" || activity.Timestamp is not { } at || at < escalation.RequestedAt || activity.Attachments is not { Count: > 0 } attachments) continue;
            foreach (var attachment in attachments)
            {
                if (Attachments.AttachmentUrls.IdOf(attachment.ContentUrl) is { } id && await files.GetAsync(id, cancellationToken) is { } file
                    && file.ConversationId == escalation.Conversation.ConversationId && sent.TrueForAll(f => f.Id != file.Id))
                {
                    sent.Add(new EvidenceFile(file.Id, file.Name, file.ContentType, file.Size, attachment.ContentUrl!));
                }
            }
        }
        if (sent.Count > 0) await tickets.AddInfoAsync(ticket.Number, null, sent, "user", $"{escalation.Id}:files", cancellationToken);
    }

    private async Task<Ticket> CreateTicketAsync(Escalation waiting, CancellationToken cancellationToken, TicketStatus status = TicketStatus.New, string? note = null, string? assignee = null)
    {
        var text = string.Join(". ", waiting.Answers.Where(a => a.Field is "description" or "expected" or "errorMessage" or "steps" or EscalationAnswer.WhileWaiting).Select(a => a.Value));
        var prediction = await categorizer.CategorizeAsync(text, cancellationToken);
        var category = waiting.Category ?? new TicketCategory(prediction.Category, prediction.Confidence, string.IsNullOrWhiteSpace(text) ? CategorySource.Pending : CategorySource.Model);
        return await tickets.CreateFromEscalationAsync(waiting, category, priorities.Assess(category.Id, text), cancellationToken, status, note, assignee);
    }

    public async Task<IReadOnlyList<StoredActivity>> TranscriptAsync(Escalation escalation, CancellationToken cancellationToken)
    {
        var all = new List<StoredActivity>();
        long after = 0;
        while (true)
        {
            var page = await conversations.ReadActivitiesAsync(escalation.Conversation.ConversationId, after, 500, cancellationToken);
            all.AddRange(page);
            if (page.Count < 500) return all;
            after = page[^1].Sequence;
        }
    }

    /// <summary>
    /// The request is over: a person dealt with it, or nobody came and it became a ticket. Either way the interview it
    /// interrupted is closed, not picked up again: after a person has helped, the user's next words are thanks or a
    /// question ("brilliant, thanks!", "do I have a ticket number?"), not the answer to a question asked before the
    /// person came; the escalation already carries the draft's answers, and "report a problem" starts a new one.
    /// </summary>
    private async Task HandBackAsync(Escalation escalation, Message text, HandoffInfo info, Ticket? ticket, CancellationToken cancellationToken, Message? withDraft = null)
    {
        await writer.RunProactiveAsync(escalation.Conversation.ConversationId, turn =>
        {
            if (turn.State.Handoff?.EscalationId == escalation.Id) turn.State.Handoff = null;
            // A person closed the chat (not a timeout, not a withdrawal): what the user types next is for the chat's ticket.
            turn.State.HandedBack = ticket is { IsOpen: true } && info.State == Resolved && info.Agent is not null ? new HandedBack(ticket.Number, clock.GetUtcNow()) : null;
            var dc = new DialogContext(turn, dialogs);
            var draftClosed = withDraft is not null && dc.Find<WaterfallState<IntakeValues>>() is not null;
            turn.Send(draftClosed ? withDraft! : text, new HelpdeskChannelData { Handoff = info, Ticket = ticket is null ? null : replies.Info(ticket) });
            dc.CancelAll();
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>
    /// A message the user took back leaves what agents see of this conversation's requests for a person: the answers
    /// an escalation carries lose its values (the transcript is the log, which the turn rewrites), and an open console
    /// reloads once the rewrite is committed. Returns whether an escalation's answers changed.
    /// </summary>
    public async Task<bool> ForgetAsync(TurnContext turn, RetractedMessage message)
    {
        var asked = await escalations.ListInConversationAsync(turn.Activity.Conversation?.Id ?? "", turn.CancellationToken);
        var changed = false;
        foreach (var escalation in asked)
        {
            await UpdateAsync(escalation.Id, e =>
            {
                var answers = e.Answers.Select(a => a with { Value = message.Scrub(a.Value) }).ToList();
                if (answers.SequenceEqual(e.Answers)) return null;
                changed = true;
                return e with { Answers = answers };
            }, turn.CancellationToken);
        }
        if (asked.Count > 0) turn.AfterCommit(_ => notifier.EscalationsChangedAsync());
        return changed;
    }

    /// <summary>Read-modify-write with the ETag; <paramref name="change"/> returns null for "leave it".</summary>
    private Task<Escalation?> UpdateAsync(string id, Func<Escalation, Escalation?> change, CancellationToken cancellationToken) =>
        ETagRetry.RunAsync<EscalationConcurrencyException, Escalation?>(MaxAttempts, async _ =>
        {
            var current = await escalations.GetAsync(id, cancellationToken);
            if (current is null) return null;
            if (change(current) is not { } changed) return current;
            return await escalations.UpdateAsync(changed, cancellationToken);
        });

    private async Task<Activity> InitiateEventAsync(Escalation escalation, TurnContext turn)
    {
        var transcript = await conversations.ReadActivitiesAsync(escalation.Conversation.ConversationId, 0, 500, turn.CancellationToken);
        var activities = transcript.Select(a => JsonDocument.Parse(a.Json).RootElement).ToList();
        return new Activity
        {
            Type = ActivityTypes.Event,
            Name = "handoff.initiate",
            Value = JsonSerializer.SerializeToElement(new { escalationId = escalation.Id, reason = escalation.Reason, answers = escalation.Answers }, ActivityJson.Options),
            Attachments =
            [
                new Attachment
                {
                    ContentType = "application/json",
                    Name = "Transcript",
                    Content = JsonSerializer.SerializeToElement(new { activities }, ActivityJson.Options),
                },
            ],
        };
    }
}
