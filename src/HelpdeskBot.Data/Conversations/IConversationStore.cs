namespace HelpdeskBot.Data.Conversations;

/// <summary>A conversation's dialog state as stored, with the version that a commit must match.</summary>
/// <param name="Version">The ETag: 0 for a conversation that has never been saved.</param>
/// <param name="LastSequence">The sequence number of the last activity in the conversation's log.</param>
public sealed record ConversationSnapshot(string ConversationId, string? StateJson, long Version, long LastSequence)
{
    public static ConversationSnapshot Empty(string conversationId) => new(conversationId, null, 0, 0);
}

/// <summary>One activity in a conversation's log (the Direct Line stream and the redacted transcript).</summary>
public sealed record StoredActivity(long Sequence, string Json);

/// <summary>
/// Everything one turn changes, saved atomically: the new state, the activities appended to the log
/// (numbered LastSequence+1, +2, … of the snapshot the turn read), and the id of the inbound activity, so a
/// channel's retry is recognised; and what must be sent once the commit stands (<see cref="Outbox"/>: replies for a
/// channel that does not read the log), written in the same commit; and activities already logged that are rewritten in
/// place (<see cref="Replaced"/>: a message the user said held a secret, its text removed), never renumbered.
/// </summary>
public sealed record ConversationCommit(
    string ConversationId,
    long ExpectedVersion,
    string StateJson,
    IReadOnlyList<string> Activities,
    ProcessedActivity? Processed = null,
    IReadOnlyList<Outbox.OutboxMessage>? Outbox = null,
    IReadOnlyList<StoredActivity>? Replaced = null);

/// <summary>An inbound activity's key (its id or client id) and the id under which its echo was logged.</summary>
public sealed record ProcessedActivity(string Key, string ResultId);

/// <summary>Either the id an activity was processed under before (<see cref="Processed"/>), or the conversation to run it on.</summary>
public sealed record ProcessedOrLoaded(string? Processed, ConversationSnapshot? Snapshot);

public enum CommitOutcome { Committed, Conflict, Duplicate }

public sealed record CommitResult(CommitOutcome Outcome, long Version, long LastSequence);

public interface IConversationStore
{
    Task<ConversationSnapshot> LoadAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the commit when the stored version still equals <see cref="ConversationCommit.ExpectedVersion"/>
    /// (<see cref="CommitOutcome.Conflict"/> otherwise) and its processed key is new
    /// (<see cref="CommitOutcome.Duplicate"/> otherwise). Nothing is written unless everything is.
    /// </summary>
    Task<CommitResult> CommitAsync(ConversationCommit commit, CancellationToken cancellationToken = default);

    /// <summary>The result id recorded for an inbound activity key, or null when it was never processed.</summary>
    Task<string?> FindProcessedAsync(string conversationId, string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// What a turn reads first: the result id recorded for <paramref name="key"/> (null when the activity is new) and the
    /// conversation as <see cref="LoadAsync"/> reads it. A store that can answer both in one read does (issue 15).
    /// </summary>
    async Task<ProcessedOrLoaded> LoadUnlessProcessedAsync(string conversationId, string key, CancellationToken cancellationToken = default) =>
        await FindProcessedAsync(conversationId, key, cancellationToken) is { } earlier
            ? new ProcessedOrLoaded(earlier, null)
            : new ProcessedOrLoaded(null, await LoadAsync(conversationId, cancellationToken));

    /// <summary>Activities after <paramref name="afterSequence"/>, oldest first.</summary>
    Task<IReadOnlyList<StoredActivity>> ReadActivitiesAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken = default);

    /// <summary>True when the store answers (for the health check).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes and commits a small health record of its own (never a conversation's), so the readiness check sees
    /// a full disk, a read-only file or an unreachable database before a user's turn does. Throws when it cannot.
    /// </summary>
    Task ProbeCommitAsync(CancellationToken cancellationToken = default);
}
