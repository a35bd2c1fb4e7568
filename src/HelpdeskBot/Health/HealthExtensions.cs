using System.Text.Json.Serialization;
using HelpdeskBot.Data;
using HelpdeskBot.Data.Availability;
using HelpdeskBot.Data.Configuration;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HelpdeskBot.Health;

public static class HealthExtensions
{
    /// <summary>Unreadable requests answered 400 and storage trouble 503 (registered after the channels, whose own error bodies come first).</summary>
    public static IHostApplicationBuilder AddHelpdeskHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<HealthOptions>(builder.Configuration, HealthOptions.Section);
        builder.Services.AddExceptionHandler<BadRequestHandler>();
        // Outside Development minimal APIs answer a body they cannot read with an empty 400; thrown, BadRequestHandler says why.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<StorageUnavailableHandler>();
        builder.Services.AddSingleton<ModelsHealthCheck>();
        builder.Services.AddHealthChecks()
            .AddCheck<StoreCommitHealthCheck>("store", tags: [StorageExtensions.ReadyTag])
            .AddCheck<DataDirectoryHealthCheck>("data-directory", tags: [StorageExtensions.ReadyTag])
            .AddCheck<ModelsHealthCheck>("models", tags: [StorageExtensions.ReadyTag]);
        return builder;
    }

    /// <summary>
    /// <c>/healthz/live</c>: the process answers (no checks: restarting it would not free a disk).
    /// <c>/healthz/ready</c> and <c>/healthz</c>: the store commits, the data directory takes a write, and the intent and
    /// category models are loaded; 503 while any fails, 200 again as soon as all pass.
    /// </summary>
    public static IEndpointRouteBuilder MapHelpdeskHealth(this IEndpointRouteBuilder app)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(StorageExtensions.ReadyTag), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/healthz", ready);
        app.MapHealthChecks("/healthz/ready", ready);
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        return app;
    }

    /// <summary><c>{ status, checks: { name: { status, description } } }</c>: which check failed, and why, for the operator.</summary>
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var checks = report.Entries.ToDictionary(e => e.Key, e => new CheckResult(e.Value.Status.ToString(), e.Value.Description));
        return http.Response.WriteAsJsonAsync(new Report(report.Status.ToString(), checks), HealthJson.Default.Report);
    }

    internal sealed record Report(string Status, Dictionary<string, CheckResult> Checks);

    internal sealed record CheckResult(string Status, string? Description);
}

[JsonSerializable(typeof(HealthExtensions.Report))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
internal sealed partial class HealthJson : JsonSerializerContext;
