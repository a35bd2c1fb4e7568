using HelpdeskBot.Data.Tickets;

namespace HelpdeskBot.Tickets;

/// <summary>
/// A ticket to create, in plain values: what whoever gathered it (the interview) hands to <see cref="TicketService"/>.
/// <see cref="IntakeId"/> keys it: creating the same one twice (a turn run again after a conflict) finds the first.
/// </summary>
public sealed record NewTicket(
    string IntakeId,
    TicketOwner Owner,
    ConversationAddress Conversation,
    TicketFields Fields,
    IReadOnlyList<EvidenceFile> Evidence,
    TicketCategory Category,
    TicketPriority Priority);
