using HelpdeskBot.Bot;
using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Tickets;

public static class TicketsExtensions
{
    /// <summary>Tickets: the service, how the bot tells users about them, agents' changes, the status and add-info intents.</summary>
    public static IHostApplicationBuilder AddHelpdeskTickets(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TicketService>();
        builder.Services.AddSingleton<TicketReplies>();
        builder.Services.AddSingleton<TicketUpdates>();
        builder.Services.AddSingleton<EvidenceChecker>();
        builder.Services.AddSingleton<AddInfoPrompt>();
        builder.Services.AddSingleton<AddInfoDialog>();
        builder.Services.AddDialogs(sp => [sp.GetRequiredService<AddInfoPrompt>(), sp.GetRequiredService<AddInfoDialog>()]);
        builder.Services.AddSingleton<IIntent, StatusIntent>();
        builder.Services.AddSingleton<IIntent, AddInfoIntent>();
        builder.Services.AddSingleton<IIntent, CloseOrReopenIntent>();
        builder.Services.AddSingleton<ITakeBack, TicketTakeBack>();
        return builder;
    }
}
