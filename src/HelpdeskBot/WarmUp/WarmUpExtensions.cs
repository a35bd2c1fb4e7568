using HelpdeskBot.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.WarmUp;

public static class WarmUpExtensions
{
    /// <summary>
    /// The warm-up (issue 15, "the first minute"): synthetic interviews through the turn pipeline against a
    /// throwaway store while the app starts, and a readiness check that fails until they are done.
    /// </summary>
    public static IHostApplicationBuilder AddHelpdeskWarmUp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WarmUpOptions>()
            .Bind(builder.Configuration.GetSection(WarmUpOptions.Section))
            .Validate(o => o.Interviews is >= 0 and <= 10_000, $"{WarmUpOptions.Section}:Interviews must be between 0 and 10000.")
            .ValidateOnStart();
        builder.Services.AddSingleton<HotPathWarmUp>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HotPathWarmUp>());
        builder.Services.AddHealthChecks().AddCheck<WarmUpHealthCheck>("warm-up", tags: [StorageExtensions.ReadyTag]);
        return builder;
    }
}

/// <summary>Not ready until the warm-up has run (or failed: a failed warm-up only means a slower first minute).</summary>
internal sealed class WarmUpHealthCheck(HotPathWarmUp warmUp) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmUp.Finished
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Warming up the hot path."));
}
