using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using HelpdeskBot.Telemetry;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Tests.Intake;
using HelpdeskBot.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;

namespace HelpdeskBot.Tests.Telemetry;

/// <summary>The bot's instruments are process-wide; these tests run alone so the counts are theirs.</summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;

[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests
{
    private static readonly string[] Answers =
    [
        "budi_s88", "The app closes on the payment screen", "The payment screen should open",
        "Error 502: Bad gateway", "Opened the app and tapped Pay", "Since yesterday's update", "Restarted my phone", "budi@example.com",
    ];

    [Fact]
    public async Task Turns_their_duration_and_created_tickets_are_measured_without_any_text()
    {
        using var app = new HelpdeskApp();
        using var recorder = new Recorder();
        var chat = new TestChat(app.Get<TurnProcessor>(), userId: "user-telemetry") { LocalTimezone = "Asia/Jakarta" };
        await IntakeConversationTests.AnswerAll(chat).Send("yes").AssertSays("Your ticket number is HD-");
        var turns = chat.Transcript.Count(a => a.From?.Role == "user");

        Assert.Equal(turns, recorder.Sum("helpdesk.turns", ("helpdesk.channel", "test"), ("helpdesk.outcome", "committed")));
        Assert.Equal(turns, recorder.Count("helpdesk.turn.duration"));
        Assert.All(recorder.Values("helpdesk.turn.duration"), seconds => Assert.InRange(seconds, 0, 60));
        var ticket = Assert.Single(recorder.Measurements, m => m.Instrument == "helpdesk.tickets.created");
        Assert.Equal(1, ticket.Value);
        Assert.Contains(ticket.Tags, t => t.Key == "helpdesk.ticket.category" && t.Value is string { Length: > 0 });
        Assert.Equal(turns, recorder.Spans.Count(s => s.OperationName == "helpdesk.turn" && (string?)s.GetTagItem("helpdesk.outcome") == "committed"));

        var everything = recorder.AllText();
        Assert.All(Answers, answer => Assert.DoesNotContain(answer, everything, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Refusals_are_counted_by_kind_and_a_retry_as_a_duplicate()
    {
        using var recorder = new Recorder();
        using (var turn = HelpdeskTelemetry.StartTurn("directline")) turn.Committed(2, ["card", "otp"]);
        using (var retry = HelpdeskTelemetry.StartTurn("directline")) retry.Duplicate();
        using (HelpdeskTelemetry.StartTurn("directline"))
        {
            // Ended without an outcome: the turn failed.
        }

        Assert.Equal(1, recorder.Sum("helpdesk.refusals", ("helpdesk.refusal.kind", "card")));
        Assert.Equal(1, recorder.Sum("helpdesk.refusals", ("helpdesk.refusal.kind", "otp")));
        Assert.Equal(1, recorder.Sum("helpdesk.turn.reruns"));
        Assert.Equal(1, recorder.Sum("helpdesk.turns", ("helpdesk.outcome", "duplicate")));
        Assert.Equal(1, recorder.Sum("helpdesk.turns", ("helpdesk.outcome", "failed")));
        Assert.Equal(ActivityStatusCode.Error, recorder.Spans.Single(s => (string?)s.GetTagItem("helpdesk.outcome") == "failed").Status);
    }

    /// <summary>The app exporting all three signals to <paramref name="collector"/> over OTLP, each batch sent within a fraction of a second.</summary>
    private static HelpdeskApp OtlpApp(OtlpCollector collector) => new(new()
    {
        ["Helpdesk:Telemetry:Exporter"] = "Otlp",
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint,
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
        ["OTEL_BLRP_SCHEDULE_DELAY"] = "100",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
    });

    [Fact]
    public async Task Otlp_export_carries_the_bots_spans_and_metrics_and_no_message_text_or_token()
    {
        await using var collector = await OtlpCollector.StartAsync();
        using var app = OtlpApp(collector);
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        const string secretText = "zebra-kiwi-unique-text-4711";
        await client.SendAsync("hello " + secretText);
        using var stream = client.Request(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities?watermark=&t={Uri.EscapeDataString(client.Token)}");
        using var _ = await http.SendAsync(stream);

        // Each signal at its own path: the metrics alone name both "helpdesk.turn.duration" and "helpdesk.turns", and may come first.
        var exported = await collector.WaitForAsync(
            _ => collector.BodiesAt("/v1/traces").Contains("helpdesk.turn", StringComparison.Ordinal)
                && collector.BodiesAt("/v1/metrics").Contains("helpdesk.turns", StringComparison.Ordinal),
            TimeSpan.FromSeconds(20));
        Assert.Contains(collector.Paths, p => p == "/v1/traces");
        Assert.Contains(collector.Paths, p => p == "/v1/metrics");
        Assert.Contains("/v3/directline/conversations", exported, StringComparison.Ordinal);
        Assert.DoesNotContain(secretText, exported, StringComparison.Ordinal);
        Assert.DoesNotContain(client.Token, exported, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Otlp_export_carries_logs_outgoing_http_spans_and_runtime_metrics()
    {
        await using var collector = await OtlpCollector.StartAsync();
        using var app = OtlpApp(collector);
        app.CreateClient();
        app.Get<ILoggerFactory>().CreateLogger("HelpdeskBot.Probe").LogWarning("probe-log-record-{Number}", 4711);
        // An outgoing call through the app's own client factory, as the connector, MSAL and Azure Language make.
        using var outgoing = await app.Get<IHttpClientFactory>().CreateClient().GetAsync(collector.Endpoint.TrimEnd('/') + "/outgoing-probe?secret=hidden-query-value");

        await collector.WaitForAsync(
            body => body.Contains("probe-log-record-", StringComparison.Ordinal) && body.Contains("/outgoing-probe", StringComparison.Ordinal)
                && body.Contains("dotnet.assembly.count", StringComparison.Ordinal),
            TimeSpan.FromSeconds(20));
        Assert.Contains("probe-log-record-", collector.BodiesAt("/v1/logs"), StringComparison.Ordinal);
        Assert.Contains("/outgoing-probe", collector.BodiesAt("/v1/traces"), StringComparison.Ordinal);
        Assert.Contains("dotnet.assembly.count", collector.BodiesAt("/v1/metrics"), StringComparison.Ordinal);
        // HttpClient's spans keep query strings redacted, as ASP.NET Core's do.
        Assert.DoesNotContain("hidden-query-value", collector.BodiesAt("/v1/traces"), StringComparison.Ordinal);
    }

    /// <summary>Everything the bot's instruments emit while it lives: its metrics through the platform's collectors, its spans.</summary>
    private sealed class Recorder : IDisposable
    {
        private readonly MetricCollector<long>[] counters =
            [.. new[] { "helpdesk.turns", "helpdesk.turn.reruns", "helpdesk.tickets.created", "helpdesk.refusals" }
                .Select(name => new MetricCollector<long>(null, HelpdeskTelemetry.Name, name))];
        private readonly MetricCollector<double> durations = new(null, HelpdeskTelemetry.Name, "helpdesk.turn.duration");
        private readonly ActivityListener spans;

        public Recorder()
        {
            spans = new ActivityListener
            {
                ShouldListenTo = source => source.Name == HelpdeskTelemetry.Name,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity => Spans.Add(activity),
            };
            ActivitySource.AddActivityListener(spans);
        }

        public IEnumerable<Measurement> Measurements =>
            counters.SelectMany(c => c.GetMeasurementSnapshot().Select(m => new Measurement(c.Instrument?.Name ?? "", m.Value, [.. m.Tags])))
                .Concat(durations.GetMeasurementSnapshot().Select(m => new Measurement("helpdesk.turn.duration", m.Value, [.. m.Tags])))
                .ToList();

        public ConcurrentBag<Activity> Spans { get; } = [];

        public sealed record Measurement(string Instrument, double Value, KeyValuePair<string, object?>[] Tags);

        public double Sum(string instrument, params (string Key, string Value)[] tags) =>
            Measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.Any(x => x.Key == t.Key && Equals(x.Value, t.Value)))).Sum(m => m.Value);

        public int Count(string instrument) => Measurements.Count(m => m.Instrument == instrument);

        public IEnumerable<double> Values(string instrument) => Measurements.Where(m => m.Instrument == instrument).Select(m => m.Value);

        public string AllText() => string.Join("\n",
            Measurements.SelectMany(m => m.Tags.Select(t => $"{t.Key}={t.Value}"))
                .Concat(Spans.SelectMany(s => s.TagObjects.Select(t => $"{t.Key}={t.Value}").Append(s.DisplayName).Concat(s.Events.Select(e => e.Name)))));

        public void Dispose()
        {
            foreach (var counter in counters) counter.Dispose();
            durations.Dispose();
            spans.Dispose();
        }
    }

    /// <summary>An OTLP/HTTP receiver on 127.0.0.1 that keeps what it is sent (protobuf: its strings are plain UTF-8).</summary>
    private sealed class OtlpCollector : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly ConcurrentQueue<(string Path, string Body)> received = new();

        private OtlpCollector(WebApplication app) => this.app = app;

        public string Endpoint => app.Urls.First();
        public IEnumerable<string> Paths => received.Select(r => r.Path).Distinct();

        public string BodiesAt(string path) => string.Join("\n", received.Where(r => r.Path == path).Select(r => r.Body));

        public static async Task<OtlpCollector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var collector = new OtlpCollector(app);
            app.Run(async http =>
            {
                using var body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body);
                collector.received.Enqueue((http.Request.Path, Encoding.UTF8.GetString(body.ToArray())));
                http.Response.StatusCode = 200;
            });
            await app.StartAsync();
            return collector;
        }

        public async Task<string> WaitForAsync(Func<string, bool> done, TimeSpan timeout)
        {
            var until = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < until)
            {
                var all = string.Join("\n", received.Select(r => r.Body));
                if (done(all)) return all;
                await Task.Delay(100);
            }
            throw new TimeoutException($"The collector did not receive the expected telemetry; paths: {string.Join(", ", Paths)}");
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
