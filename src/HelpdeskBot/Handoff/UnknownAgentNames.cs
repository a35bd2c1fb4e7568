namespace HelpdeskBot.Handoff;

/// <summary>
/// Failed sign-ins for names that have no account, counted as a real account's are, so that after the same
/// number of failures an unknown name is "locked" too: the answers (401, 401, …, 423) do not tell an attacker
/// which names exist. In memory and bounded: spraying random names evicts the oldest entries rather than growing.
/// </summary>
internal sealed class UnknownAgentNames(int capacity = 10_000)
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    private sealed record Entry(int Failures, DateTimeOffset? LockedUntil, DateTimeOffset LastSeen);

    public bool IsLocked(string name, DateTimeOffset now)
    {
        lock (entries)
        {
            return entries.TryGetValue(Key(name), out var entry) && entry.LockedUntil > now;
        }
    }

    /// <summary>Counts a failure; true when it locks the name (as the account's last allowed failure would).</summary>
    public bool Fail(string name, DateTimeOffset now, HandoffOptions options)
    {
        var key = Key(name);
        lock (entries)
        {
            var failures = (entries.TryGetValue(key, out var entry) ? entry.Failures : 0) + 1;
            var locked = failures >= options.MaxFailedSignIns;
            if (entry is null && entries.Count >= capacity) Evict(now);
            entries[key] = new Entry(locked ? 0 : failures, locked ? now.AddMinutes(options.LockoutMinutes) : null, now);
            return locked;
        }
    }

    private void Evict(DateTimeOffset now)
    {
        // Expired locks first; then the least recently seen name.
        foreach (var (key, entry) in entries.Where(e => e.Value.LockedUntil <= now).ToList()) entries.Remove(key);
        if (entries.Count < capacity) return;
        var oldest = entries.MinBy(e => e.Value.LastSeen).Key;
        entries.Remove(oldest);
    }

    private static string Key(string name) => name.Trim().ToLowerInvariant();
}
