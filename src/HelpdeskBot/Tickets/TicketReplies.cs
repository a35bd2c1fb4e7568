using System.Globalization;
using HelpdeskBot.Activities;
using HelpdeskBot.Categorization;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tickets;

/// <summary>How the bot tells a user about their tickets: created, added to, their status.</summary>
public sealed class TicketReplies(CategoryCatalog catalog)
{
    public TicketInfo Info(Ticket ticket) => new(
        ticket.Number,
        ticket.Category.Id,
        ticket.Priority.ToString().ToLowerInvariant(),
        StatusId(ticket.Status),
        ticket.CreatedAt,
        ticket.Fields.Service,
        Shorten(ticket.Fields.Description, 140));

    public static string StatusId(TicketStatus status) => JsonNamingPolicyCamel(status.ToString());

    public void SendCreated(TurnContext turn, Ticket ticket)
    {
        var category = catalog.DisplayName(ticket.Category.Id, turn.Language);
        var priority = turn.Render(Message.Of("Priority." + ticket.Priority));
        turn.Send(Message.Of("Ticket.Created", ticket.Number, category, priority),
            new HelpdeskChannelData { Ticket = Info(ticket) });
        turn.Send(Message.Of("Ticket.NextSteps", ticket.Number));
        turn.AfterCommit(_ => { Telemetry.HelpdeskTelemetry.TicketCreated(ticket.Category.Id, ticket.Priority); return Task.CompletedTask; });
        // The email itself was committed to the outbox with the ticket (TicketEmails.Created); the outbox worker sends it.
        if (ticket.Fields.Email is { } email) turn.Send(Message.Of("Ticket.EmailSent", email));
    }

    public void SendAdded(TurnContext turn, Ticket ticket) =>
        turn.Send(Message.Of("Ticket.Added", ticket.Number), new HelpdeskChannelData { Ticket = Info(ticket) });

    public void SendStatus(TurnContext turn, IReadOnlyList<Ticket> tickets)
    {
        if (tickets.Count == 0)
        {
            turn.Send(Message.Of("Status.None"), new HelpdeskChannelData { Tickets = [] });
            return;
        }
        var lines = tickets.Take(10).Select(t => turn.Render(Message.Of("Status.Line",
            t.Number,
            turn.Render(Message.Of("Status." + t.Status)),
            catalog.DisplayName(t.Category.Id, turn.Language),
            OnUsersClock(turn, t.CreatedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Shorten(t.Fields.Description, 70))) + WhatIsAwaited(turn, t));
        var intro = tickets.Count == 1 ? Message.Of("Status.One") : Message.Of("Status.Many", tickets.Count.ToString(CultureInfo.InvariantCulture));
        turn.Send(Message.Text(turn.Render(intro) + "\n" + string.Join("\n", lines)), new HelpdeskChannelData { Tickets = [.. tickets.Take(20).Select(Info)] });
    }

    /// <summary>
    /// "HD-… — Waiting for you" said nothing of what was awaited (the fourteenth trial: the agent's question had gone to the chat
    /// the ticket was made in): a ticket waiting for the user shows the team's last words to them. And "what was the fix?" (the
    /// fifteenth trial: the agent's note on resolving was nowhere in the status): any other ticket shows the team's last public
    /// note too.
    /// </summary>
    private static string WhatIsAwaited(TurnContext turn, Ticket ticket) =>
        ticket.Events.LastOrDefault(e => e.Kind == TicketEventKind.CommentAdded && !e.Internal && e.By.StartsWith("agent:", StringComparison.Ordinal)) is { Text: { } said }
            ? "\n  " + turn.Render(ticket.Status == TicketStatus.WaitingForUser
                ? Message.Of("Status.Awaited", Shorten(said, 200), ticket.Number)
                : Message.Of("Status.TeamSaid", Shorten(said, 200)))
            : "";

    /// <summary>
    /// A moment as the user's calendar shows it: in the time zone their channel sends (Web Chat's <c>localTimezone</c>,
    /// Teams' <c>clientInfo</c>), else at the offset of their clock, else UTC (a ticket made at 02:13 in Jakarta was
    /// listed as made the day before).
    /// </summary>
    private static DateTimeOffset OnUsersClock(TurnContext turn, DateTimeOffset at) =>
        turn.Activity.SenderTimeZone() is { } zone ? TimeZoneInfo.ConvertTime(at, zone)
        : turn.Activity.LocalTimestamp is { } local ? at.ToOffset(local.Offset)
        : at;

    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd() + "…";

    private static string JsonNamingPolicyCamel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);
}
