using HelpdeskBot.Activities;

namespace HelpdeskBot.Channels.BotFramework;

/// <summary>One reply on its way to a channel.</summary>
public sealed record OutboundActivity(string ServiceUrl, string ConversationId, string? ReplyToId, Activity Activity);

/// <summary>
/// Sends committed replies after the inbound request has been answered: Teams retries a request that takes
/// more than 15 seconds, and a slow or throttling channel (with retries and backoff) must not hold the answer
/// up. Each conversation's replies go out one at a time, in order; different conversations do not wait for
/// each other. On shutdown, what is queued is given the host's shutdown time to finish.
/// </summary>
public sealed partial class ConnectorOutbox(ConnectorClient client, ILogger<ConnectorOutbox> logger) : IHostedService
{
    private readonly Dictionary<string, Task> tails = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();

    public void Enqueue(string conversationId, IReadOnlyList<OutboundActivity> batch)
    {
        if (batch.Count == 0) return;
        lock (tails)
        {
            var previous = tails.GetValueOrDefault(conversationId) ?? Task.CompletedTask;
            var next = Task.Run(() => SendAfterAsync(previous, batch));
            tails[conversationId] = next;
            _ = next.ContinueWith(_ => Forget(conversationId, next), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private void Forget(string conversationId, Task finished)
    {
        lock (tails)
        {
            if (tails.TryGetValue(conversationId, out var tail) && tail == finished) tails.Remove(conversationId);
        }
    }

    private async Task SendAfterAsync(Task previous, IReadOnlyList<OutboundActivity> batch)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        foreach (var item in batch)
        {
            try
            {
                await client.SendAsync(item.ServiceUrl, item.ConversationId, item.ReplyToId, item.Activity, stopping.Token);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The reply stays in the conversation's log (the transcript); the channel did not take it even after retries.
                LogSendFailed(logger, item.ConversationId, (e as HttpRequestException)?.StatusCode is { } status ? (int)status : null, e.GetType().Name);
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] pending;
        lock (tails) pending = [.. tails.Values];
        try
        {
            await Task.WhenAll(pending).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Out of shutdown time: stop what is still sending.
        }
        finally
        {
            await stopping.CancelAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reply in conversation {ConversationId} could not be sent to the channel (status {Status}, {Error}).")]
    private static partial void LogSendFailed(ILogger logger, string conversationId, int? status, string error);
}
