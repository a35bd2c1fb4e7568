using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace HelpdeskBot.Telemetry;

/// <summary>
/// The bot's own traces and metrics. What they carry: channel ids, outcomes, counts, durations, ticket
/// categories and priorities, the kinds of secret refused. Never what anyone wrote: no message text, no
/// answers, no names.
/// </summary>
public static class HelpdeskTelemetry
{
    public const string Name = "HelpdeskBot";

    public static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("helpdesk.turns", "{turn}", "Turns run to the end, by channel and outcome.");
    private static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>(
        "helpdesk.turn.duration", "s", "From receiving an activity to its replies being committed, reruns included.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
    private static readonly Counter<long> Reruns = Meter.CreateCounter<long>("helpdesk.turn.reruns", "{rerun}", "Turns run again because the conversation changed under them (another instance, usually).");
    private static readonly Counter<long> TicketsCreated = Meter.CreateCounter<long>("helpdesk.tickets.created", "{ticket}", "Tickets created and announced, by category and priority.");
    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>("helpdesk.refusals", "{refusal}", "Messages in which the guard found a secret, by kind.");

    private static readonly Counter<long> OutboxAttempts = Meter.CreateCounter<long>(
        "helpdesk.outbox.attempts", "{attempt}", "Attempts to send an outbox entry (a confirmation email), by kind and outcome: sent, retry, abandoned, leaseLost.");
    private static readonly Histogram<double> OutboxDelay = Meter.CreateHistogram<double>(
        "helpdesk.outbox.delay", "s", "From an outbox entry being committed with its change to its being sent, retries included.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1, 5, 10, 30, 60, 300, 900, 3600] });

    /// <summary>One attempt to send an outbox entry ended with <paramref name="outcome"/>.</summary>
    public static void OutboxAttempt(string kind, string outcome) =>
        OutboxAttempts.Add(1, new KeyValuePair<string, object?>("helpdesk.outbox.kind", kind), new KeyValuePair<string, object?>("helpdesk.outcome", outcome));

    /// <summary>An outbox entry was sent, <paramref name="delay"/> after it was committed.</summary>
    public static void OutboxSent(string kind, TimeSpan delay) =>
        OutboxDelay.Record(Math.Max(0, delay.TotalSeconds), new KeyValuePair<string, object?>("helpdesk.outbox.kind", kind));

    /// <summary>A ticket was created and its turn committed (called after the commit, so a rerun counts once).</summary>
    public static void TicketCreated(string category, Data.Tickets.TicketPriority priority) =>
        TicketsCreated.Add(1,
            new KeyValuePair<string, object?>("helpdesk.ticket.category", category),
            new KeyValuePair<string, object?>("helpdesk.ticket.priority", priority.ToString()));

    /// <summary>Starts measuring one turn: a span, and the clock for its duration.</summary>
    public static TurnMeasurement StartTurn(string? channelId) => new(channelId ?? "unknown", Source.StartActivity("helpdesk.turn"));

    public sealed class TurnMeasurement : IDisposable
    {
        private readonly string channel;
        private readonly Activity? span;
        private readonly long started = Stopwatch.GetTimestamp();
        private string outcome = "failed";

        internal TurnMeasurement(string channel, Activity? span)
        {
            this.channel = channel;
            this.span = span;
            span?.SetTag("helpdesk.channel", channel);
        }

        /// <summary>The turn committed: count it and the secrets it refused.</summary>
        public void Committed(int attempts, IReadOnlyList<string> refused)
        {
            outcome = "committed";
            span?.SetTag("helpdesk.attempts", attempts);
            if (attempts > 1) Reruns.Add(attempts - 1, new KeyValuePair<string, object?>("helpdesk.channel", channel));
            foreach (var kind in refused) Refusals.Add(1, new KeyValuePair<string, object?>("helpdesk.refusal.kind", kind));
            if (refused.Count > 0) span?.SetTag("helpdesk.refused", string.Join(",", refused));
        }

        /// <summary>The activity had been processed already (a channel's retry).</summary>
        public void Duplicate() => outcome = "duplicate";

        public void Dispose()
        {
            var tags = new TagList { { "helpdesk.channel", channel }, { "helpdesk.outcome", outcome } };
            Turns.Add(1, tags);
            TurnDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            span?.SetTag("helpdesk.outcome", outcome);
            if (outcome == "failed") span?.SetStatus(ActivityStatusCode.Error);
            span?.Dispose();
        }
    }
}
