using HelpdeskBot.Activities;
using HelpdeskBot.Data.Concurrency;
using HelpdeskBot.Data.Escalations;
using HelpdeskBot.Data.Tickets;

namespace HelpdeskBot.Tickets;

/// <summary>What the bot does with tickets on a user's behalf: create from an interview, find their own, add to them.</summary>
public sealed class TicketService(ITicketStore store, TimeProvider clock)
{
    /// <summary>Tries at a ticket write that keeps losing the race before the conflict is the caller's.</summary>
    public const int MaxAttempts = 6;

    /// <summary>
    /// The owner of what an activity says: its channel and the user's id there (in Teams the stable Entra
    /// object id). In Direct Line the id is the one the token names, never what the client claims.
    /// </summary>
    public static TicketOwner OwnerOf(Activity activity) => new(
        activity.ChannelId ?? "unknown",
        activity.ChannelId == "msteams" && !string.IsNullOrEmpty(activity.From?.AadObjectId) ? activity.From.AadObjectId : activity.From?.Id ?? "");

    public static ConversationAddress AddressOf(Activity activity) => new(
        activity.ChannelId ?? "unknown",
        activity.Conversation?.Id ?? "",
        activity.From?.Id ?? "",
        activity.From?.Name,
        activity.ServiceUrl,
        activity.Recipient?.Id,
        activity.Locale,
        activity.Conversation?.TenantId);

    /// <param name="outbox">What to send about the ticket as stored (a confirmation email), committed with it.</param>
    public async Task<Ticket> CreateAsync(NewTicket request, CancellationToken cancellationToken,
        Func<Ticket, IReadOnlyList<Data.Outbox.OutboxMessage>>? outbox = null)
    {
        var now = clock.GetUtcNow();
        var ticket = new Ticket
        {
            Number = TicketNumber.New(),
            IntakeId = request.IntakeId,
            Owner = request.Owner,
            Conversation = request.Conversation,
            Fields = request.Fields,
            Attachments = request.Evidence.Select(ToAttachment).ToList(),
            Category = request.Category,
            Priority = request.Priority,
            Status = TicketStatus.New,
            CreatedAt = now,
            UpdatedAt = now,
            Events = [new TicketEvent(now, TicketEventKind.Created, "user")],
        };
        return outbox is null ? await store.CreateAsync(ticket, cancellationToken) : await store.CreateAsync(ticket, outbox, cancellationToken);
    }

    /// <summary>
    /// A ticket from a request for a person that nobody picked up: whatever the interview had, the rest
    /// marked as not given. Keyed by the escalation's intake id, so doing it twice makes one ticket.
    /// </summary>
    public async Task<Ticket> CreateFromEscalationAsync(Escalation escalation, TicketCategory category, TicketPriority priority, CancellationToken cancellationToken,
        TicketStatus status = TicketStatus.New, string? note = null, string? assignee = null)
    {
        var now = clock.GetUtcNow();
        string? Answer(string field) => escalation.Answers.FirstOrDefault(a => a.Field == field)?.Value;
        const string NotGiven = "(not given: the user asked for a person)";
        // What they wrote while waiting, when the interview had no description yet.
        string? Told() => escalation.Answers.Where(a => a.Field == EscalationAnswer.WhileWaiting).Select(a => a.Value).ToList() is { Count: > 0 } told
            ? string.Join(" / ", told) is var all && all.Length > MaxToldLength ? all[..MaxToldLength] + "…" : all
            : null;
        var ticket = new Ticket
        {
            Number = TicketNumber.New(),
            IntakeId = escalation.IntakeId,
            Owner = escalation.Owner,
            Conversation = escalation.Conversation,
            Fields = new TicketFields
            {
                // The channel's id for the user is the owner, not an id they gave (the sixth trial: "dl_WslftH9qpSyrk2HK" shown as theirs).
                UserId = Answer("userId") ?? NotGiven,
                Service = Answer("service") ?? NotGiven,
                OccurredAtText = Answer("occurredAt") ?? NotGiven,
                OccurredAtUtc = Answer("occurredAt") is null ? null : escalation.OccurredAtUtc,
                Description = Answer("description") ?? Told() ?? NotGiven,
                Expected = Answer("expected") ?? NotGiven,
                ErrorMessage = Answer("errorMessage"),
                Steps = Answer("steps") ?? NotGiven,
                History = Answer("history"),
                Attempts = Answer("attempts"),
                Email = Answer("email"),
            },
            Category = category,
            Priority = priority,
            Status = status,
            Assignee = assignee,
            CreatedAt = now,
            UpdatedAt = now,
            Events = [new TicketEvent(now, TicketEventKind.Created, "bot", note ?? $"No agent accepted escalation {escalation.Id} in time."),
                // With a description from the interview, what they wrote while waiting is kept beside it, one comment each
                // (the eighth trial's "ada tulisan 'Mailbox quota exceeded'" was in no ticket).
                .. Answer("description") is null ? [] : escalation.Answers.Where(a => a.Field == EscalationAnswer.WhileWaiting)
                    .Select(a => new TicketEvent(now, TicketEventKind.CommentAdded, "user", a.Value, Source: EscalationAnswer.WhileWaiting))],
        };
        return await store.CreateAsync(ticket, cancellationToken);
    }

    private const int MaxToldLength = 2000;

    /// <summary>The owner's tickets made in that conversation.</summary>
    private async Task<IEnumerable<Ticket>> MadeInAsync(TicketOwner owner, string conversationId, CancellationToken cancellationToken) =>
        (await store.ListByOwnerAsync(owner, cancellationToken)).Where(t => t.Conversation?.ConversationId == conversationId);

    /// <summary>The owner's newest ticket made in that conversation, open or not, or null.</summary>
    public async Task<Ticket?> NewestInAsync(TicketOwner owner, string conversationId, CancellationToken cancellationToken) =>
        (await MadeInAsync(owner, conversationId, cancellationToken)).MaxBy(t => t.CreatedAt);

    /// <summary>
    /// The owner's ticket made in that conversation that the team last set to wait for the user, or null: not always the
    /// newest ticket (the tenth trial's user had a handoff's ticket made after the one the agent asked about).
    /// </summary>
    public async Task<Ticket?> WaitingInAsync(TicketOwner owner, string conversationId, CancellationToken cancellationToken) =>
        (await MadeInAsync(owner, conversationId, cancellationToken)).Where(t => t.Status == TicketStatus.WaitingForUser).MaxBy(t => t.UpdatedAt);

    /// <summary>The owner's ticket made in that conversation that was last closed or resolved, or null.</summary>
    public async Task<Ticket?> LastClosedInAsync(TicketOwner owner, string conversationId, CancellationToken cancellationToken) =>
        (await MadeInAsync(owner, conversationId, cancellationToken)).Where(t => !t.IsOpen).MaxBy(t => t.UpdatedAt);

    /// <summary>The owner's ticket closed most recently, in any conversation, if that was within <paramref name="within"/>; or null.</summary>
    public async Task<Ticket?> LastClosedWithinAsync(TicketOwner owner, TimeSpan within, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - within;
        return (await store.ListByOwnerAsync(owner, cancellationToken)).Where(t => !t.IsOpen && t.UpdatedAt >= since).MaxBy(t => t.UpdatedAt);
    }

    /// <summary>The owner's newest open ticket made in that conversation, or null.</summary>
    public async Task<Ticket?> NewestOpenInAsync(TicketOwner owner, string conversationId, CancellationToken cancellationToken) =>
        (await MadeInAsync(owner, conversationId, cancellationToken)).Where(t => t.IsOpen).MaxBy(t => t.CreatedAt);

    /// <summary>The owner's ticket with that number; null when there is none — or it is someone else's, which looks the same.</summary>
    public async Task<Ticket?> GetOwnAsync(TicketOwner owner, string? number, CancellationToken cancellationToken)
    {
        if (TicketNumber.Normalize(number) is not { } normalized) return null;
        var ticket = await store.GetAsync(normalized, cancellationToken);
        return ticket is not null && ticket.Owner == owner ? ticket : null;
    }

    /// <summary>
    /// The owner's one ticket whose number is that one mistyped — one character changed or two neighbours swapped — or null
    /// when none or several are.
    /// </summary>
    public async Task<Ticket?> NearOwnAsync(TicketOwner owner, string typed, CancellationToken cancellationToken)
    {
        var near = (await store.ListByOwnerAsync(owner, cancellationToken)).Where(t => Safety.Typos.OneSlipApart(t.Number, typed.ToUpperInvariant())).Take(2).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    public Task<IReadOnlyList<Ticket>> ListOwnAsync(TicketOwner owner, CancellationToken cancellationToken) =>
        store.ListByOwnerAsync(owner, cancellationToken);

    /// <summary>An open ticket of the same owner, for the same service, describing a similar problem.</summary>
    public async Task<Ticket?> FindDuplicateAsync(TicketOwner owner, string? service, string? description, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(service) || string.IsNullOrWhiteSpace(description)) return null;
        var mine = await store.ListByOwnerAsync(owner, cancellationToken);
        return mine
            .Where(t => t.IsOpen && string.Equals(Similarity.Normalize(t.Fields.Service), Similarity.Normalize(service), StringComparison.Ordinal))
            .Select(t => (Ticket: t, Score: Similarity.Of(t.Fields.Description, description)))
            .Where(x => x.Score >= Similarity.DuplicateThreshold)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Ticket)
            .FirstOrDefault();
    }

    /// <summary>
    /// Appends a comment and files to a ticket (re-reading it if it changed meanwhile). Keyed by
    /// <paramref name="source"/>, the activity that asked: a turn run again after a conflict adds nothing twice.
    /// </summary>
    public Task<Ticket> AddInfoAsync(string number, string? comment, IReadOnlyList<EvidenceFile> files, string by, string? source, CancellationToken cancellationToken) =>
        ETagRetry.RunAsync<TicketConcurrencyException, Ticket>(MaxAttempts, async _ =>
        {
            var ticket = await store.GetAsync(number, cancellationToken) ?? throw new InvalidOperationException($"Ticket {number} is gone.");
            if (source is not null && ticket.Events.Any(e => e.Source == source)) return ticket;
            var now = clock.GetUtcNow();
            var events = ticket.Events.ToList();
            if (!string.IsNullOrWhiteSpace(comment)) events.Add(new TicketEvent(now, TicketEventKind.CommentAdded, by, comment.Trim(), Source: source));
            var newFiles = files.Where(f => ticket.Attachments.All(a => a.Id != f.Id)).Select(ToAttachment).ToList();
            foreach (var file in newFiles) events.Add(new TicketEvent(now, TicketEventKind.AttachmentAdded, by, file.Name, Source: source));
            var updated = ticket with
            {
                Events = events,
                Attachments = [.. ticket.Attachments, .. newFiles],
                UpdatedAt = now,
                // New information from the user puts a ticket that waited for them back in the queue.
                Status = ticket.Status == TicketStatus.WaitingForUser ? TicketStatus.Open : ticket.Status,
            };
            return await store.UpdateAsync(updated, cancellationToken);
        });

    /// <summary>
    /// The user closes or reopens their own ticket ("close HD-…, it works again", "it still fails, please reopen HD-…"):
    /// what they wrote goes on it as a comment and the status change is recorded as theirs. Keyed by
    /// <paramref name="source"/> like <see cref="AddInfoAsync"/>.
    /// </summary>
    public Task<Ticket> SetStatusByUserAsync(string number, TicketStatus status, string? comment, string? source, CancellationToken cancellationToken) =>
        ETagRetry.RunAsync<TicketConcurrencyException, Ticket>(MaxAttempts, async _ =>
        {
            var ticket = await store.GetAsync(number, cancellationToken) ?? throw new InvalidOperationException($"Ticket {number} is gone.");
            if (source is not null && ticket.Events.Any(e => e.Source == source)) return ticket;
            var now = clock.GetUtcNow();
            var events = ticket.Events.ToList();
            if (!string.IsNullOrWhiteSpace(comment)) events.Add(new TicketEvent(now, TicketEventKind.CommentAdded, "user", comment.Trim(), Source: source));
            if (status != ticket.Status)
            {
                events.Add(new TicketEvent(now, TicketEventKind.StatusChanged, "user", From: TicketReplies.StatusId(ticket.Status), To: TicketReplies.StatusId(status), Source: source));
            }
            return await store.UpdateAsync(ticket with { Events = events, Status = status, UpdatedAt = now }, cancellationToken);
        });

    /// <summary>
    /// The agent who closed a chat about an existing ticket takes it on, as a ticket made from the chat is: assigned to them
    /// when nobody has it, and open when it was new (the tenth trial was told "assigned to them" of a ticket nobody had).
    /// </summary>
    public Task<Ticket> TakeOnAsync(string number, string agent, CancellationToken cancellationToken) =>
        ETagRetry.RunAsync<TicketConcurrencyException, Ticket>(MaxAttempts, async _ =>
        {
            var ticket = await store.GetAsync(number, cancellationToken) ?? throw new InvalidOperationException($"Ticket {number} is gone.");
            if (ticket.Assignee is not null && ticket.Status != TicketStatus.New) return ticket;
            var now = clock.GetUtcNow();
            var by = "agent:" + agent;
            var events = ticket.Events.ToList();
            var updated = ticket;
            if (ticket.Assignee is null)
            {
                events.Add(new TicketEvent(now, TicketEventKind.AssigneeChanged, by, To: agent));
                updated = updated with { Assignee = agent };
            }
            if (ticket.Status == TicketStatus.New)
            {
                events.Add(new TicketEvent(now, TicketEventKind.StatusChanged, by, From: TicketReplies.StatusId(TicketStatus.New), To: TicketReplies.StatusId(TicketStatus.Open)));
                updated = updated with { Status = TicketStatus.Open };
            }
            return await store.UpdateAsync(updated with { Events = events, UpdatedAt = now }, cancellationToken);
        });

    /// <summary>
    /// Lines of a chat the user had with a person, added to the ticket as comments by whoever wrote them ("user",
    /// "agent:NAME"), each once: its activity id is its source.
    /// </summary>
    public Task<Ticket> AddChatAsync(string number, IReadOnlyList<TicketEvent> lines, CancellationToken cancellationToken) =>
        ETagRetry.RunAsync<TicketConcurrencyException, Ticket>(MaxAttempts, async _ =>
        {
            var ticket = await store.GetAsync(number, cancellationToken) ?? throw new InvalidOperationException($"Ticket {number} is gone.");
            var added = lines.Where(l => l.Source is null || ticket.Events.All(e => e.Source != l.Source)).ToList();
            if (added.Count == 0) return ticket;
            return await store.UpdateAsync(ticket with { Events = [.. ticket.Events, .. added], UpdatedAt = clock.GetUtcNow() }, cancellationToken);
        });

    /// <summary>
    /// Passes every field and every comment of the owner's tickets made in that conversation through <paramref name="scrub"/>
    /// (what a take-back leaves of a text); the numbers of the tickets it changed. A history line's from and to are
    /// statuses and names the team set, never what the user typed.
    /// </summary>
    public async Task<IReadOnlyList<string>> ForgetAsync(TicketOwner owner, string conversationId, Func<string, string> scrub, CancellationToken cancellationToken)
    {
        var changed = new List<string>();
        string? Scrub(string? text) => text is null ? null : scrub(text);
        foreach (var made in await MadeInAsync(owner, conversationId, cancellationToken))
        {
            var updated = await ETagRetry.RunAsync<TicketConcurrencyException, Ticket?>(MaxAttempts, async _ =>
            {
                var ticket = await store.GetAsync(made.Number, cancellationToken);
                if (ticket is null) return null;
                var f = ticket.Fields;
                var fields = f with
                {
                    UserId = Scrub(f.UserId)!,
                    Service = Scrub(f.Service)!,
                    OccurredAtText = Scrub(f.OccurredAtText)!,
                    Description = Scrub(f.Description)!,
                    Expected = Scrub(f.Expected)!,
                    ErrorMessage = Scrub(f.ErrorMessage),
                    Steps = Scrub(f.Steps)!,
                    History = Scrub(f.History),
                    Attempts = Scrub(f.Attempts),
                    Email = Scrub(f.Email),
                };
                var events = ticket.Events.Select(e => e with { Text = Scrub(e.Text) }).ToList();
                if (fields == f && events.SequenceEqual(ticket.Events)) return null;
                return await store.UpdateAsync(ticket with { Fields = fields, Events = events, UpdatedAt = clock.GetUtcNow() }, cancellationToken);
            });
            if (updated is not null) changed.Add(updated.Number);
        }
        return changed;
    }

    private static TicketAttachment ToAttachment(EvidenceFile f) => new(f.Id, f.Name, f.ContentType, f.Size, f.ContentUrl);
}
