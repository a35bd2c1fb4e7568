using System.Globalization;
using System.Threading.RateLimiting;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Configuration;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskBot.Channels.DirectLine;

public static class DirectLineExtensions
{
    public static IHostApplicationBuilder AddHelpdeskDirectLine(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DirectLineOptions.Section);
        builder.Services.AddValidatedOptions<DirectLineOptions>(builder.Configuration, DirectLineOptions.Section);
        builder.Services.AddSingleton<DirectLineTokens>();
        builder.Services.AddExceptionHandler<DirectLineStorageErrors>();
        builder.Services.TryAddSingleton<UploadWindow>();
        // Web Chat sends an empty frame every 20 s; ours keep proxies from closing an idle stream.
        builder.Services.Configure<WebSocketOptions>(o => o.KeepAliveInterval = TimeSpan.FromSeconds(30));
        var limits = section.Get<DirectLineOptions>()?.RateLimit ?? new DirectLineOptions.RateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(DirectLineEndpoints.StartPolicy, new DirectLineRateLimit(limits.StartsPerMinute));
            options.AddPolicy(DirectLineEndpoints.MessagePolicy, new DirectLineRateLimit(limits.MessagesPerMinute));
        });
        return builder;
    }
}

/// <summary>
/// A per-client-address limit whose refusal is Direct Line's own <c>{error}</c> body with <c>Retry-After</c>,
/// whatever other APIs in the process answer for theirs.
/// </summary>
internal sealed class DirectLineRateLimit(int perMinute) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, cancellationToken) =>
    {
        var response = context.HttpContext.Response;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(
            new DirectLineErrorBody(new DirectLineErrorBody.Detail("TooManyRequests", "Too many requests; wait and try again.")),
            ActivityJson.Options, cancellationToken);
    };

    public RateLimitPartition<string> GetPartition(HttpContext http) =>
        RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
