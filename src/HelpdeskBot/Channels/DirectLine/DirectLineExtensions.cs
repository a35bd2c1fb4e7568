using HelpdeskBot.Data.Configuration;
using System.Globalization;
using System.Threading.RateLimiting;
using HelpdeskBot.Activities;
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
        var limits = section.Get<DirectLineOptions>()?.RateLimit ?? new DirectLineOptions.RateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(60);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.Response.WriteAsJsonAsync(
                    new DirectLineErrorBody(new DirectLineErrorBody.Detail("TooManyRequests", "Too many requests; wait and try again.")),
                    ActivityJson.Options, cancellationToken);
            };
            options.AddPolicy(DirectLineEndpoints.StartPolicy, http => PerClient(http, limits.StartsPerMinute));
            options.AddPolicy(DirectLineEndpoints.MessagePolicy, http => PerClient(http, limits.MessagesPerMinute));
        });
        return builder;
    }

    private static RateLimitPartition<string> PerClient(HttpContext http, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
