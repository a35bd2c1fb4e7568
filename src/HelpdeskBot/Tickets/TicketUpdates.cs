using HelpdeskBot.Activities;
using HelpdeskBot.Data.Concurrency;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Notifications;
using HelpdeskBot.Resources;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tickets;

/// <summary>
/// An agent's changes to a ticket, each recorded in its history; the user hears about the ones that
/// concern them (a new status, a public comment) in their conversation and by email. Internal notes stay
/// internal.
/// </summary>
public sealed class TicketUpdates(ITicketStore store, TicketReplies replies, TicketEmails emails, Localizer strings, ConversationWriter conversations, TimeProvider clock, ILogger<TicketUpdates> logger)
{
    public async Task<Ticket?> ApplyAsync(string number, TicketPatch patch, string agent, CancellationToken cancellationToken)
    {
        var (notice, saved) = await ETagRetry.RunAsync<TicketConcurrencyException, (UpdateNotice? Notice, Ticket? Saved)>(TicketService.MaxAttempts, async _ =>
        {
            var ticket = await store.GetAsync(number, cancellationToken);
            if (ticket is null) return (null, null);
            var now = clock.GetUtcNow();
            var by = "agent:" + agent;
            var events = ticket.Events.ToList();
            var updated = ticket;
            if (patch.Status is { } status && status != ticket.Status)
            {
                events.Add(new TicketEvent(now, TicketEventKind.StatusChanged, by, From: TicketReplies.StatusId(ticket.Status), To: TicketReplies.StatusId(status)));
                updated = updated with { Status = status };
            }
            if (patch.Priority is { } priority && priority != ticket.Priority)
            {
                events.Add(new TicketEvent(now, TicketEventKind.PriorityChanged, by, From: ticket.Priority.ToString().ToLowerInvariant(), To: priority.ToString().ToLowerInvariant()));
                updated = updated with { Priority = priority };
            }
            if (!string.IsNullOrWhiteSpace(patch.Category) && patch.Category != ticket.Category.Id)
            {
                events.Add(new TicketEvent(now, TicketEventKind.CategoryChanged, by, From: ticket.Category.Id, To: patch.Category));
                updated = updated with { Category = new TicketCategory(patch.Category, 1, CategorySource.Agent) };
            }
            if (patch.Assignee?.Trim() is { } assignee && assignee != (ticket.Assignee ?? ""))
            {
                events.Add(new TicketEvent(now, TicketEventKind.AssigneeChanged, by, From: ticket.Assignee, To: assignee.Length == 0 ? null : assignee));
                updated = updated with { Assignee = assignee.Length == 0 ? null : assignee };
            }
            foreach (var (field, value) in patch.Fields?.Given() ?? [])
            {
                var was = TicketFieldsPatch.Read(updated.Fields, field);
                if ((was ?? "") == value) continue;
                events.Add(new TicketEvent(now, TicketEventKind.FieldChanged, by, field, From: was, To: value.Length == 0 ? null : value));
                updated = updated with { Fields = TicketFieldsPatch.Apply(updated.Fields, field, value) };
            }
            if (!string.IsNullOrWhiteSpace(patch.Comment)) events.Add(new TicketEvent(now, TicketEventKind.CommentAdded, by, patch.Comment.Trim()));
            if (!string.IsNullOrWhiteSpace(patch.InternalNote)) events.Add(new TicketEvent(now, TicketEventKind.InternalNote, by, patch.InternalNote.Trim(), Internal: true));
            // Nothing changed: nothing written, nobody told.
            if (events.Count == ticket.Events.Count) return (null, ticket);
            updated = updated with { Events = events, UpdatedAt = now };
            var notice = Notice(ticket, updated, patch);
            // The email is committed with the change (the outbox worker sends it); the conversation hears of it after.
            return (notice, await store.UpdateAsync(updated, notice is null ? [] : emails.Update(updated, notice.Language, notice.Text), cancellationToken));
        });
        if (notice is not null && saved is not null) await NotifyAsync(saved, notice, cancellationToken);
        return saved;
    }

    /// <summary>What the owner is told of a change (a new status, a public comment), or null when it does not concern them.</summary>
    private UpdateNotice? Notice(Ticket before, Ticket after, TicketPatch patch)
    {
        var statusChanged = before.Status != after.Status;
        var comment = string.IsNullOrWhiteSpace(patch.Comment) ? null : patch.Comment.Trim();
        if (!statusChanged && comment is null) return null;
        var language = Localizer.LanguageOf(after.Conversation.Locale);
        var status = strings.Get("Status." + after.Status, language);
        var text = statusChanged
            ? strings.Get("Ticket.StatusChanged", language, after.Number, status)
            : strings.Get("Ticket.Commented", language, after.Number);
        if (comment is not null) text += "\n" + comment;
        return new UpdateNotice(language, text, statusChanged, comment);
    }

    /// <summary>What the owner is told: <see cref="Text"/> in the ticket's language for the e-mail; the parts, for the chat.</summary>
    private sealed record UpdateNotice(string Language, string Text, bool StatusChanged, string? Comment);

    private async Task NotifyAsync(Ticket after, UpdateNotice notice, CancellationToken cancellationToken)
    {
        try
        {
            await conversations.RunProactiveAsync(after.Conversation.ConversationId, turn =>
            {
                // In the language the conversation speaks now, not the locale it started with: the tenth trial's Indonesian
                // user, on an en-US browser, was told of the change in English.
                var said = turn.Render(notice.StatusChanged
                    ? Message.Of("Ticket.StatusChanged", after.Number, turn.Render(Message.Of("Status." + after.Status)))
                    : Message.Of("Ticket.Commented", after.Number));
                turn.Send(Message.Text(notice.Comment is null ? said : said + "\n" + notice.Comment), new HelpdeskChannelData { Ticket = replies.Info(after) });
                return Task.CompletedTask;
            }, cancellationToken);
        }
        catch (Exception e) when (e is IOException or ConversationBusyException)
        {
            // The change is saved; telling the user failed and is logged, not undone.
            logger.LogWarning("Could not notify the owner of ticket {Number} ({Error}).", after.Number, e.GetType().Name);
        }
    }
}

/// <summary>
/// A change to a ticket; absent properties stay as they are. A property it does not know is refused, not ignored: a
/// misspelt "internal" would otherwise send an internal note to the user as a comment (the fifth trial).
/// </summary>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record TicketPatch(
    TicketStatus? Status = null,
    TicketPriority? Priority = null,
    string? Category = null,
    string? Assignee = null,
    string? Comment = null,
    string? InternalNote = null,
    TicketFieldsPatch? Fields = null);

/// <summary>
/// Answers an agent corrects (the tenth trial's agent could not set the service back to "Website" after the bot had changed
/// it): each given one replaces the user's, recorded in the history with both values. The time is corrected as text.
/// </summary>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record TicketFieldsPatch(
    string? UserId = null,
    string? Service = null,
    string? OccurredAt = null,
    string? Description = null,
    string? Expected = null,
    string? ErrorMessage = null,
    string? Steps = null,
    string? History = null,
    string? Attempts = null,
    string? Email = null)
{
    /// <summary>The given values by the contract's field names.</summary>
    public IEnumerable<(string Field, string Value)> Given()
    {
        (string, string?)[] all =
        [
            ("userId", UserId), ("service", Service), ("occurredAt", OccurredAt), ("description", Description), ("expected", Expected),
            ("errorMessage", ErrorMessage), ("steps", Steps), ("history", History), ("attempts", Attempts), ("email", Email),
        ];
        return all.Where(f => f.Item2 is not null).Select(f => (f.Item1, f.Item2!.Trim()));
    }

    /// <summary>The answers every ticket has: they may be corrected, not emptied.</summary>
    public static bool IsRequired(string field) => field is "userId" or "service" or "occurredAt" or "description" or "expected" or "steps";

    public static TicketFields Apply(TicketFields fields, string field, string value)
    {
        var optional = value.Length == 0 ? null : value;
        return field switch
        {
            "userId" => fields with { UserId = value },
            "service" => fields with { Service = value },
            "occurredAt" => fields with { OccurredAtText = value, OccurredAtUtc = null },
            "description" => fields with { Description = value },
            "expected" => fields with { Expected = value },
            "errorMessage" => fields with { ErrorMessage = optional },
            "steps" => fields with { Steps = value },
            "history" => fields with { History = optional },
            "attempts" => fields with { Attempts = optional },
            "email" => fields with { Email = optional },
            _ => fields,
        };
    }

    public static string? Read(TicketFields fields, string field) => field switch
    {
        "userId" => fields.UserId,
        "service" => fields.Service,
        "occurredAt" => fields.OccurredAtText,
        "description" => fields.Description,
        "expected" => fields.Expected,
        "errorMessage" => fields.ErrorMessage,
        "steps" => fields.Steps,
        "history" => fields.History,
        "attempts" => fields.Attempts,
        "email" => fields.Email,
        _ => null,
    };
}
