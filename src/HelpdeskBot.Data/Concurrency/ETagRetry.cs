namespace HelpdeskBot.Data.Concurrency;

/// <summary>
/// The one read-change-write loop under an ETag, used by every store write that can lose a race (a conversation's
/// turn, an escalation, a ticket, an agent account): read the current copy, change it, write it with If-Match; when
/// another writer got there first, read again and redo the change, up to a number of attempts.
/// </summary>
public static class ETagRetry
{
    /// <summary>
    /// Runs <paramref name="attempt"/> (given its 1-based number) until it reports no conflict, at most
    /// <paramref name="maxAttempts"/> times; after that many conflicts the answer is <paramref name="exhausted"/>'s
    /// (which may throw instead).
    /// </summary>
    public static async Task<T> RunAsync<T>(int maxAttempts, Func<int, Task<ETagAttempt<T>>> attempt, Func<T> exhausted)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        for (var number = 1; number <= maxAttempts; number++)
        {
            var result = await attempt(number);
            if (!result.Conflict) return result.Value;
        }
        return exhausted();
    }

    /// <summary>
    /// The same for a store that reports a lost race by throwing <typeparamref name="TConflict"/>: each attempt but the
    /// last that throws it is run again; the last one's exception reaches the caller.
    /// </summary>
    public static Task<T> RunAsync<TConflict, T>(int maxAttempts, Func<int, Task<T>> attempt) where TConflict : Exception =>
        RunAsync(maxAttempts, async number =>
        {
            try
            {
                return ETagAttempt.Done(await attempt(number));
            }
            catch (TConflict) when (number < maxAttempts)
            {
                return ETagAttempt<T>.Lost;
            }
        }, () => throw new InvalidOperationException("Unreachable: the last attempt's conflict is thrown."));
}

/// <summary>How one attempt went: done with a value, or lost the race (another writer changed the copy it read).</summary>
public readonly record struct ETagAttempt<T>(bool Conflict, T Value)
{
    public static ETagAttempt<T> Lost { get; } = new(true, default!);
}

public static class ETagAttempt
{
    public static ETagAttempt<T> Done<T>(T value) => new(false, value);
}
