using HelpdeskBot.Attachments;
using HelpdeskBot.Bot;
using HelpdeskBot.Bot.Understanding;
using HelpdeskBot.Categorization;
using HelpdeskBot.Channels.BotFramework;
using HelpdeskBot.Channels.DirectLine;
using HelpdeskBot.Data;
using HelpdeskBot.Handoff;
using HelpdeskBot.Health;
using HelpdeskBot.Intake;
using HelpdeskBot.Notifications;
using HelpdeskBot.OpenApi;
using HelpdeskBot.Outbox;
using HelpdeskBot.Safety;
using HelpdeskBot.Telemetry;
using HelpdeskBot.Tickets;
using HelpdeskBot.Turns;
using HelpdeskBot.WebChat;

namespace HelpdeskBot;

public static class HelpdeskComposition
{
    /// <summary>Every concern of the bot, each registering itself; shared by the web app and the command line.</summary>
    public static IHostApplicationBuilder AddHelpdesk(this IHostApplicationBuilder builder) => builder
        .AddHelpdeskTelemetry()
        .AddHelpdeskStorage()
        .AddHelpdeskSafety()
        .AddHelpdeskAttachments()
        .AddHelpdeskTurns()
        .AddHelpdeskBot()
        .AddHelpdeskUnderstanding()
        .AddHelpdeskCategorization()
        .AddHelpdeskNotifications()
        .AddHelpdeskTickets()
        .AddHelpdeskOutbox()
        .AddHelpdeskIntake()
        .AddHelpdeskHandoff()
        .AddHelpdeskDirectLine()
        .AddHelpdeskBotFramework()
        .AddHelpdeskHealth()
        .AddHelpdeskWebChat()
        .AddHelpdeskOpenApi();
}
