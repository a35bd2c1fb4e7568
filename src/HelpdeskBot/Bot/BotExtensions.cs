using HelpdeskBot.Turns;

namespace HelpdeskBot.Bot;

public static class BotExtensions
{
    /// <summary>The root handler of every turn (the turn pipeline composes it with the conversation writer).</summary>
    public static IHostApplicationBuilder AddHelpdeskBot(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ITurnHandler, HelpdeskBotHandler>();
        return builder;
    }
}
