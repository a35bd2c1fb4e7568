using HelpdeskBot.Data.Configuration;

namespace HelpdeskBot.Outbox;

public static class OutboxExtensions
{
    /// <summary>The worker that sends what the stores committed to the outbox; each kind's sender is registered by its own concern.</summary>
    public static IHostApplicationBuilder AddHelpdeskOutbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<OutboxOptions>(builder.Configuration, OutboxOptions.Section)
            .Validate(o => o.MaxRetrySeconds >= o.FirstRetrySeconds, $"{OutboxOptions.Section}:MaxRetrySeconds must be at least FirstRetrySeconds.");
        builder.Services.AddSingleton<OutboxWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        return builder;
    }
}
