using System.Runtime.CompilerServices;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using HelpdeskBot.Data.Configuration;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HelpdeskBot.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Exports the bot's traces and metrics (<see cref="HelpdeskTelemetry"/>), ASP.NET Core's, and with OTLP also logs,
    /// outgoing HTTP spans and runtime metrics, to the
    /// exporter <c>Helpdesk:Telemetry:Exporter</c> names. ASP.NET Core's spans keep query strings redacted,
    /// so the token in a stream URL stays out of them.
    /// </summary>
    public static IHostApplicationBuilder AddHelpdeskTelemetry(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(TelemetryOptions.Section);
        builder.Services.AddValidatedOptions<TelemetryOptions>(builder.Configuration, TelemetryOptions.Section);
        var exporter = (section.Get<TelemetryOptions>() ?? new TelemetryOptions()).Exporter;
        // Without an exporter, no provider listens: the bot's instruments cost next to nothing.
        if (!string.Equals(exporter, "None", StringComparison.OrdinalIgnoreCase)) AddExporter(builder.Services, exporter);
        return builder;
    }

    // OpenTelemetry is named only here, in a method that runs when an exporter is set, and not inlined: ahead-of-time
    // code loads what a method names when the method starts (issue 15: without an exporter its code stayed resident).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddExporter(IServiceCollection services, string exporter)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(HelpdeskTelemetry.Name))
            // Azure.Cosmos.Operation: the Cosmos SDK's own spans, one per store call.
            .WithTracing(tracing => tracing.AddSource(HelpdeskTelemetry.Name, "Azure.Cosmos.Operation"))
            .WithMetrics(metrics => metrics.AddMeter(HelpdeskTelemetry.Name));
        if (string.Equals(exporter, "AzureMonitor", StringComparison.OrdinalIgnoreCase))
        {
            // The distro brings ASP.NET Core's instrumentation and reads APPLICATIONINSIGHTS_CONNECTION_STRING.
            telemetry.UseAzureMonitor();
        }
        else if (string.Equals(exporter, "Otlp", StringComparison.OrdinalIgnoreCase))
        {
            // What the Azure Monitor distro brings by itself: logs, ASP.NET Core's and HttpClient's spans (query strings
            // redacted by both), and the runtime's metrics; one exporter for the three signals.
            telemetry
                .WithLogging()
                .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation())
                .UseOtlpExporter();
        }
        else
        {
            throw new InvalidOperationException($"Helpdesk:Telemetry:Exporter '{exporter}' is unknown; use None, AzureMonitor or Otlp.");
        }
    }
}
