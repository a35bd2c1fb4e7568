using System.Text.Json;
using HelpdeskBot.Data.Outbox;
using HelpdeskBot.Outbox;
using Microsoft.Extensions.Options;
using MimeKit;
using Polly;
using Polly.Retry;

namespace HelpdeskBot.Notifications;

/// <summary>
/// Sends the outbox's emails. The Message-ID is made from the entry's id, so every attempt at one entry carries the
/// same one and a resend is recognisable. Within an attempt only a failure before anything was handed over is
/// retried (Polly, exponential backoff); anything else goes back to the outbox's own, slower schedule.
/// </summary>
public sealed class EmailOutboxSender : IOutboxSender
{
    private readonly IEmailSender sender;
    private readonly IOptions<SmtpOptions> options;
    private readonly ResiliencePipeline pipeline;

    public EmailOutboxSender(IEmailSender sender, IOptions<SmtpOptions> options, TimeProvider clock)
    {
        this.sender = sender;
        this.options = options;
        pipeline = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<EmailSendException>(e => e.Failure == EmailFailure.NotSent),
                MaxRetryAttempts = 2,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromSeconds(1),
                UseJitter = true,
            })
            .Build();
    }

    public string Kind => TicketEmails.Kind;

    public async Task<OutboxSendResult> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var notice = JsonSerializer.Deserialize<EmailNotice>(entry.Payload, Data.DataJson.Options);
        if (notice is null || !MailboxAddress.TryParse(notice.To, out var to)) return new OutboxSendResult(OutboxSendOutcome.GiveUp, "not an email");
        var message = Compose(entry.Id, to, notice);
        try
        {
            await pipeline.ExecuteAsync(async token => await sender.SendAsync(message, token), cancellationToken);
            return OutboxSendResult.Sent;
        }
        catch (EmailSendException e)
        {
            return new OutboxSendResult(e.Failure == EmailFailure.Rejected ? OutboxSendOutcome.GiveUp : OutboxSendOutcome.RetryLater, $"{e.Failure}: {e.Reason}");
        }
    }

    /// <summary>The Message-ID of an outbox entry's email: <c>&lt;entry id@sender's domain&gt;</c>.</summary>
    public string MessageId(string entryId)
    {
        var domain = MailboxAddress.TryParse(options.Value.From, out var from) && from.Domain is { Length: > 0 } d ? d : "helpdeskbot.local";
        return entryId + "@" + domain;
    }

    private MimeMessage Compose(string entryId, MailboxAddress to, EmailNotice notice)
    {
        var message = new MimeMessage { MessageId = MessageId(entryId), Subject = notice.Subject };
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(to);
        message.Body = new TextPart("plain") { Text = notice.Body };
        return message;
    }
}
