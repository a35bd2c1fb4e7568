using HelpdeskBot.Data.Outbox;

namespace HelpdeskBot.Data.Tickets;

public sealed record TicketQuery(TicketStatus? Status = null, string? Category = null, TicketPriority? Priority = null, int Limit = 200);

/// <summary>Thrown when an update's ETag no longer matches the stored ticket.</summary>
public sealed class TicketConcurrencyException(string number)
    : Exception($"Ticket {number} was changed by someone else; reload it and try again.");

public interface ITicketStore
{
    /// <summary>
    /// Stores a new ticket. Idempotent by <see cref="Ticket.IntakeId"/>: when that intake already made a
    /// ticket, that ticket is returned unchanged. A taken number is replaced by a fresh one.
    /// </summary>
    Task<Ticket> CreateAsync(Ticket ticket, CancellationToken cancellationToken = default) => CreateAsync(ticket, NoMessages, cancellationToken);

    /// <summary>
    /// As <see cref="CreateAsync(Ticket, CancellationToken)"/>, and in the same commit the outbox messages
    /// <paramref name="outbox"/> makes for the ticket as stored (its number final): they exist exactly when the
    /// ticket does. When the intake already made a ticket, nothing is written and no message is made.
    /// </summary>
    Task<Ticket> CreateAsync(Ticket ticket, Func<Ticket, IReadOnlyList<OutboxMessage>> outbox, CancellationToken cancellationToken = default);

    Task<Ticket?> GetAsync(string number, CancellationToken cancellationToken = default);

    Task<Ticket?> FindByIntakeAsync(string intakeId, CancellationToken cancellationToken = default);

    /// <summary>The owner's tickets, newest first.</summary>
    Task<IReadOnlyList<Ticket>> ListByOwnerAsync(TicketOwner owner, CancellationToken cancellationToken = default);

    /// <summary>Tickets for agents, newest first.</summary>
    Task<IReadOnlyList<Ticket>> QueryAsync(TicketQuery query, CancellationToken cancellationToken = default);

    /// <summary>Replaces the ticket if its <see cref="Ticket.ETag"/> still matches; returns it with the new ETag.</summary>
    /// <exception cref="TicketConcurrencyException">The ticket changed since it was read.</exception>
    Task<Ticket> UpdateAsync(Ticket ticket, CancellationToken cancellationToken = default) => UpdateAsync(ticket, [], cancellationToken);

    /// <summary>
    /// As <see cref="UpdateAsync(Ticket, CancellationToken)"/>, with the outbox messages written in the same commit:
    /// a conflict writes neither.
    /// </summary>
    Task<Ticket> UpdateAsync(Ticket ticket, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken = default);

    /// <summary>
    /// The ids of every attachment any of the owner's tickets refers to (all of them, not only the newest), so
    /// an unreferenced upload can be told from evidence.
    /// </summary>
    Task<IReadOnlySet<string>> AttachmentIdsAsync(TicketOwner owner, CancellationToken cancellationToken = default);

    private static IReadOnlyList<OutboxMessage> NoMessages(Ticket ticket) => [];
}
