using System.ComponentModel.DataAnnotations;

namespace HelpdeskBot.Outbox;

/// <summary>The outbox worker: how often it looks for work, how long it holds an entry, how it backs off.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Helpdesk:Outbox";

    /// <summary>
    /// How often to look for entries written by other instances (or due for a retry) when nothing woke the worker.
    /// This instance's own new entries wake it at once.
    /// </summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 15;

    /// <summary>How long a leased entry is this instance's; longer than one attempt can take (SMTP timeouts included).</summary>
    [Range(10, 86400)]
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>The wait after the first failed attempt; it doubles with each attempt, up to <see cref="MaxRetrySeconds"/>.</summary>
    [Range(1, 86400)]
    public int FirstRetrySeconds { get; set; } = 10;

    [Range(1, 86400)]
    public int MaxRetrySeconds { get; set; } = 600;

    /// <summary>Attempts before an entry is abandoned (kept, with its last error). The defaults cover about two hours.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 16;

    /// <summary>
    /// How long a sent entry is kept (for an operator asking "did that email go?") before the worker deletes it.
    /// Abandoned entries are kept until an operator removes them.
    /// </summary>
    [Range(1, 87600)]
    public int SentRetentionHours { get; set; } = 168;

    /// <summary>Entries leased at a time.</summary>
    [Range(1, 100)]
    public int BatchSize { get; set; } = 16;
}
