using HelpdeskBot.Activities;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Tickets;

namespace HelpdeskBot.Intake;

/// <summary>The interview's answers as the plain new ticket Tickets takes (Intake depends on Tickets, never back).</summary>
public static class IntakeTicket
{
    public static NewTicket ToNewTicket(this IntakeValues values, TicketCategory category, TicketPriority priority, Activity activity) => new(
        values.IntakeId,
        TicketService.OwnerOf(activity),
        TicketService.AddressOf(activity),
        new TicketFields
        {
            UserId = values.UserId ?? "",
            Service = values.Service ?? "",
            OccurredAtText = values.OccurredAtText ?? "",
            OccurredAtUtc = values.OccurredAtUtc,
            Description = values.Description ?? "",
            Expected = values.Expected ?? "",
            ErrorMessage = values.ErrorMessage,
            Steps = values.ReproSteps ?? "",
            History = values.History,
            Attempts = values.Attempts,
            Email = values.Email,
        },
        values.Evidence,
        category,
        priority);
}
