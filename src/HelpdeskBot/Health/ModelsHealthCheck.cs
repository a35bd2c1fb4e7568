using HelpdeskBot.Bot.Understanding;
using HelpdeskBot.Categorization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HelpdeskBot.Health;

/// <summary>
/// Ready only when the intent model and the local category model are in hand, so no user's first message waits for a
/// training run. The intent model is trained while the app starts; the category model loads on first use, so the first
/// readiness probe starts loading it (from its cache in the data directory, or by training) and waits a little for it.
/// A failed load is reported and tried again by the next probe.
/// </summary>
internal sealed class ModelsHealthCheck(IntentModel intents, LocalCategoryModel categories) : IHealthCheck
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly Lock gate = new();
    private Task? loading;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (intents.IsLoaded && categories.IsLoaded) return HealthCheckResult.Healthy("The intent and category models are loaded.");
        Task load;
        lock (gate)
        {
            if (loading is null || loading.IsFaulted) loading = Task.Run(async () =>
            {
                intents.WarmUp();
                await categories.GetAsync(CancellationToken.None);
            }, CancellationToken.None);
            load = loading;
        }
        try
        {
            await load.WaitAsync(Wait, cancellationToken);
            return HealthCheckResult.Healthy("The intent and category models are loaded.");
        }
        catch (TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The models are still loading.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"A model failed to load: {e.Message}");
        }
    }
}
