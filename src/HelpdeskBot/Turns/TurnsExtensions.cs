using HelpdeskBot.Data.Configuration;
using HelpdeskBot.Bot;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Resources;

namespace HelpdeskBot.Turns;

public static class TurnsExtensions
{
    /// <summary>The turn pipeline, the dialog engine, the root handler and the bot's words.</summary>
    public static IHostApplicationBuilder AddHelpdeskTurns(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<BotIdentityOptions>(builder.Configuration, BotIdentityOptions.Section);
        builder.Services.AddSingleton<Localizer>();
        builder.Services.AddSingleton<ConversationLocks>();
        builder.Services.AddSingleton<ConversationSignals>();
        builder.Services.AddSingleton(sp => new DialogSet(sp.GetServices<Dialog>(), sp.GetServices<DialogRegistration>(), sp.GetRequiredService<PromptWayOut>(), sp));
        builder.Services.AddSingleton<ITurnHandler, HelpdeskBotHandler>();
        builder.Services.AddSingleton<TurnProcessor>();
        return builder;
    }
}
