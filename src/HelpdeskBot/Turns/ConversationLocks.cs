namespace HelpdeskBot.Turns;

/// <summary>
/// One turn at a time per conversation in this process (first come, first served). Across processes the
/// store's ETag check does the same job; this lock only saves the reruns.
/// </summary>
public sealed class ConversationLocks
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (entries)
        {
            if (!entries.TryGetValue(conversationId, out entry!))
            {
                entry = new Entry();
                entries[conversationId] = entry;
            }
            entry.Users++;
        }
        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Release(conversationId, entry, held: false);
            throw;
        }
        return new Releaser(this, conversationId, entry);
    }

    private void Release(string conversationId, Entry entry, bool held)
    {
        if (held) entry.Semaphore.Release();
        lock (entries)
        {
            if (--entry.Users == 0) entries.Remove(conversationId);
        }
    }

    private sealed class Entry
    {
        public readonly SemaphoreSlim Semaphore = new(1, 1);
        public int Users;
    }

    private sealed class Releaser(ConversationLocks owner, string conversationId, Entry entry) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) owner.Release(conversationId, entry, held: true);
        }
    }
}
