using HelpdeskBot.Data.Outbox;

namespace HelpdeskBot.Outbox;

public enum OutboxSendOutcome
{
    Sent,
    /// <summary>Not delivered, or not known to be: try again after the backoff, with the same idempotency key.</summary>
    RetryLater,
    /// <summary>Refused for good (a mailbox that does not exist): trying again cannot help.</summary>
    GiveUp,
}

/// <param name="Error">What went wrong, for the entry and the log: a status code or an exception type, never a body.</param>
public sealed record OutboxSendResult(OutboxSendOutcome Outcome, string? Error = null)
{
    public static readonly OutboxSendResult Sent = new(OutboxSendOutcome.Sent);
}

/// <summary>Sends one kind of outbox entry. Each concern that writes entries registers the sender for its kind.</summary>
public interface IOutboxSender
{
    string Kind { get; }

    /// <summary>
    /// Sends the entry once (a sender may retry inside only what cannot duplicate: a failure before anything was
    /// handed over). Every attempt carries <see cref="OutboxEntry.Id"/> so a receiver can recognise a resend.
    /// </summary>
    Task<OutboxSendResult> SendAsync(OutboxEntry entry, CancellationToken cancellationToken);
}
