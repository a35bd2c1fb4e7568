using HelpdeskBot.Data.Configuration;
namespace HelpdeskBot.Bot.Understanding;

public static class UnderstandingExtensions
{
    /// <summary>
    /// Reading intents from people's own words: options from <c>Helpdesk:Understanding</c>, the local intent model
    /// (trained while the app starts), and the reader the root handler asks.
    /// </summary>
    public static IHostApplicationBuilder AddHelpdeskUnderstanding(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<UnderstandingOptions>(builder.Configuration, UnderstandingOptions.Section);
        builder.Services.AddSingleton<IntentModel>();
        builder.Services.AddSingleton<IntentReader>();
        builder.Services.AddHostedService<IntentModelWarmUp>();
        return builder;
    }
}
