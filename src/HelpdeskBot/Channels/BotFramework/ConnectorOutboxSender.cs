using System.Net;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Outbox;
using HelpdeskBot.Outbox;

namespace HelpdeskBot.Channels.BotFramework;

/// <summary>A proactive message as the outbox keeps it: where it goes, and the activity as the channel gets it.</summary>
/// <param name="ActivityId">Its id in the conversation's log: the entry's idempotency key is made from it.</param>
/// <param name="Activity">The rendered activity, as JSON (already through the guard, as everything the bot says).</param>
public sealed record ConnectorOutboxPayload(string ServiceUrl, string ConversationId, string ActivityId, string Activity)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}

/// <summary>
/// Sends a proactive message the outbox worker leased to the channel's <c>serviceUrl</c>. The HTTP client has already
/// retried what cannot duplicate (a 429 after its Retry-After, a connection never made); what is left decides here:
/// the channel cannot have taken it (still throttled, unreachable, our token refused) — try again later with the same
/// entry; it may have taken it (a 5xx, a timeout or a connection lost after the request went out) — given up, since
/// sending it again could show it twice; it refused it for good (another 4xx) — given up.
/// </summary>
public sealed class ConnectorOutboxSender(ConnectorClient client) : IOutboxSender
{
    public const string OutboxKind = "connector";

    public string Kind => OutboxKind;

    public async Task<OutboxSendResult> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<ConnectorOutboxPayload>(entry.Payload, ConnectorOutboxPayload.Json);
        if (payload is null) return new OutboxSendResult(OutboxSendOutcome.GiveUp, "unreadable payload");
        try
        {
            await client.SendAsync(payload.ServiceUrl, payload.ConversationId, null, ActivityJson.Deserialize(payload.Activity), cancellationToken);
            return OutboxSendResult.Sent;
        }
        catch (HttpRequestException e) when (e.StatusCode is { } status)
        {
            var error = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return status is HttpStatusCode.TooManyRequests or HttpStatusCode.Unauthorized
                ? new OutboxSendResult(OutboxSendOutcome.RetryLater, error)
                : new OutboxSendResult(OutboxSendOutcome.GiveUp, (int)status >= 500 ? error + " (may have been posted; not sent again)" : error);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError)
        {
            return new OutboxSendResult(OutboxSendOutcome.RetryLater, e.HttpRequestError.ToString());
        }
        catch (HttpRequestException e)
        {
            return new OutboxSendResult(OutboxSendOutcome.GiveUp, e.HttpRequestError + " (may have been posted; not sent again)");
        }
        catch (Polly.CircuitBreaker.BrokenCircuitException e)
        {
            // The channel's circuit is open: nothing was sent.
            return new OutboxSendResult(OutboxSendOutcome.RetryLater, e.GetType().Name);
        }
        catch (InvalidOperationException e)
        {
            // The token would go over plain HTTP to another machine: never.
            return new OutboxSendResult(OutboxSendOutcome.GiveUp, e.GetType().Name);
        }
        catch (Exception e) when (e is TimeoutException or Polly.Timeout.TimeoutRejectedException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new OutboxSendResult(OutboxSendOutcome.GiveUp, e.GetType().Name + " (may have been posted; not sent again)");
        }
    }
}
