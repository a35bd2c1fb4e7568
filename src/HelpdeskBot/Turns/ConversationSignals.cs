using System.Collections.Concurrent;

namespace HelpdeskBot.Turns;

/// <summary>
/// Wakes the streams waiting on a conversation when its log grows in this process. Streams also re-read
/// the store on a short timer, which covers writes made by other instances.
/// </summary>
public sealed class ConversationSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiters = new(StringComparer.Ordinal);

    public void Notify(string conversationId)
    {
        if (waiters.TryRemove(conversationId, out var waiter)) waiter.TrySetResult();
    }

    public async Task WaitAsync(string conversationId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waiter = waiters.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            await waiter.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Time to look at the store anyway.
        }
    }
}
