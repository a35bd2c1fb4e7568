using HelpdeskBot.Data.Configuration;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Resources;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskBot.Turns;

public static class TurnsExtensions
{
    /// <summary>The conversation writer, the turn pipeline, the dialog engine and the bot's words (the root handler is the bot's: <c>AddHelpdeskBot</c>).</summary>
    public static IHostApplicationBuilder AddHelpdeskTurns(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<BotIdentityOptions>(builder.Configuration, BotIdentityOptions.Section);
        builder.Services.AddSingleton<Localizer>();
        builder.Services.AddSingleton<ConversationLocks>();
        builder.Services.TryAddSingleton<IConversationSignalBus, InProcessSignalBus>();
        builder.Services.AddSingleton<ConversationSignals>();
        builder.Services.AddSingleton(sp => new DialogSet(sp.GetServices<Dialog>(), sp.GetServices<DialogRegistration>(), sp.GetRequiredService<PromptWayOut>()));
        builder.Services.AddSingleton<ConversationStates>();
        builder.Services.AddSingleton<ConversationWriter>();
        builder.Services.AddSingleton<TurnProcessor>();
        return builder;
    }
}
