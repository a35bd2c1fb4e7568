using HelpdeskBot.Data.Configuration;
namespace HelpdeskBot.Telemetry;

/// <summary><c>Helpdesk:Telemetry</c>: where traces and metrics go.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Helpdesk:Telemetry";

    /// <summary>
    /// None (default): nothing is exported. AzureMonitor: Application Insights, at
    /// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>. Otlp: an OpenTelemetry collector, at the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> / <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>.
    /// </summary>
    [OneOf("None", "AzureMonitor", "Otlp")]
    public string Exporter { get; set; } = "None";
}
