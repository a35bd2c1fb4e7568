namespace HelpdeskBot.Turns;

/// <summary>
/// Carries "this conversation's log grew" between instances. The turn pipeline publishes after every commit;
/// a bus that reaches every instance lets the streams wait on the signal alone, so an idle open chat costs
/// no store reads.
/// </summary>
public interface IConversationSignalBus
{
    /// <summary>True when a publish reaches every instance sharing the store; otherwise streams re-read it on a timer.</summary>
    bool ReachesOtherInstances { get; }

    /// <summary>Tells the other instances; must not block or throw (a lost signal is covered by <see cref="IConversationSignalSink.WakeAll"/>).</summary>
    void Publish(string conversationId);

    void Attach(IConversationSignalSink sink);
}

/// <summary>What a bus calls when another instance's signal arrives.</summary>
public interface IConversationSignalSink
{
    void Wake(string conversationId);

    /// <summary>Signals may have been lost (the bus reconnected): every waiting stream looks at the store once.</summary>
    void WakeAll();
}

/// <summary>One instance: every write is made here, so the local wake-up is the whole story.</summary>
public sealed class InProcessSignalBus : IConversationSignalBus
{
    public bool ReachesOtherInstances => false;

    public void Publish(string conversationId)
    {
    }

    public void Attach(IConversationSignalSink sink)
    {
    }
}

/// <summary>
/// Wakes the streams waiting on a conversation when its log grows, here or (through the bus) on another
/// instance. Without a bus that reaches other instances, streams also re-read the store every
/// <see cref="StoreRecheck"/>, which is how they see writes of instances that share the store.
/// </summary>
public sealed class ConversationSignals : IConversationSignalSink
{
    public static readonly TimeSpan StoreRecheck = TimeSpan.FromSeconds(1);

    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> watched = new(StringComparer.Ordinal);
    private readonly IConversationSignalBus bus;

    public ConversationSignals(IConversationSignalBus bus)
    {
        this.bus = bus;
        bus.Attach(this);
    }

    /// <summary>How long a stream waits before it re-reads the store on its own; infinite when the bus covers every writer.</summary>
    public TimeSpan Recheck => bus.ReachesOtherInstances ? Timeout.InfiniteTimeSpan : StoreRecheck;

    /// <summary>The log of <paramref name="conversationId"/> grew here: wake local streams and tell the other instances.</summary>
    public void Notify(string conversationId)
    {
        Wake(conversationId);
        bus.Publish(conversationId);
    }

    public void Wake(string conversationId)
    {
        TaskCompletionSource? fired = null;
        lock (gate)
        {
            if (watched.TryGetValue(conversationId, out var entry)) fired = entry.Renew();
        }
        fired?.TrySetResult();
    }

    public void WakeAll()
    {
        List<TaskCompletionSource> fired;
        lock (gate)
        {
            fired = [.. watched.Values.Select(e => e.Renew())];
        }
        foreach (var f in fired) f.TrySetResult();
    }

    /// <summary>
    /// Starts watching a conversation. Take <see cref="ConversationWatch.Changed"/> before reading the store and
    /// await it after, so a write that lands between the read and the wait is not missed.
    /// </summary>
    public ConversationWatch Watch(string conversationId)
    {
        lock (gate)
        {
            if (!watched.TryGetValue(conversationId, out var entry)) watched[conversationId] = entry = new Entry();
            entry.Watchers++;
        }
        return new ConversationWatch(this, conversationId);
    }

    internal Task Changed(string conversationId)
    {
        lock (gate) return watched[conversationId].Next.Task;
    }

    internal void Unwatch(string conversationId)
    {
        lock (gate)
        {
            if (watched.TryGetValue(conversationId, out var entry) && --entry.Watchers == 0) watched.Remove(conversationId);
        }
    }

    /// <summary>Open watches, for tests and telemetry.</summary>
    public int WatchedCount
    {
        get
        {
            lock (gate) return watched.Count;
        }
    }

    private sealed class Entry
    {
        public int Watchers;
        public TaskCompletionSource Next = NewSource();

        public TaskCompletionSource Renew()
        {
            var fired = Next;
            Next = NewSource();
            return fired;
        }

        private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>A stream's interest in one conversation; dispose when the stream ends.</summary>
public sealed class ConversationWatch(ConversationSignals signals, string conversationId) : IDisposable
{
    private bool disposed;

    /// <summary>Completes at the next change after this call.</summary>
    public Task Changed() => signals.Changed(conversationId);

    /// <summary>Waits for <paramref name="changed"/> or the signals' recheck interval, whichever comes first.</summary>
    public async Task WaitAsync(Task changed, CancellationToken cancellationToken)
    {
        try
        {
            await changed.WaitAsync(signals.Recheck, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Time to look at the store anyway.
        }
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        signals.Unwatch(conversationId);
    }
}
