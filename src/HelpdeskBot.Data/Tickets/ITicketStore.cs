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
    Task<Ticket> CreateAsync(Ticket ticket, CancellationToken cancellationToken = default);

    Task<Ticket?> GetAsync(string number, CancellationToken cancellationToken = default);

    Task<Ticket?> FindByIntakeAsync(string intakeId, CancellationToken cancellationToken = default);

    /// <summary>The owner's tickets, newest first.</summary>
    Task<IReadOnlyList<Ticket>> ListByOwnerAsync(TicketOwner owner, CancellationToken cancellationToken = default);

    /// <summary>Tickets for agents, newest first.</summary>
    Task<IReadOnlyList<Ticket>> QueryAsync(TicketQuery query, CancellationToken cancellationToken = default);

    /// <summary>Replaces the ticket if its <see cref="Ticket.ETag"/> still matches; returns it with the new ETag.</summary>
    /// <exception cref="TicketConcurrencyException">The ticket changed since it was read.</exception>
    Task<Ticket> UpdateAsync(Ticket ticket, CancellationToken cancellationToken = default);

    /// <summary>
    /// The ids of every attachment any of the owner's tickets refers to (all of them, not only the newest), so
    /// an unreferenced upload can be told from evidence.
    /// </summary>
    Task<IReadOnlySet<string>> AttachmentIdsAsync(TicketOwner owner, CancellationToken cancellationToken = default);
}
