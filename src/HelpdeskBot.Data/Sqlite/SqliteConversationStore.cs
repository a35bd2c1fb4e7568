using HelpdeskBot.Data.Conversations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskBot.Data.Sqlite;

public sealed class SqliteConversationStore(IDbContextFactory<HelpdeskDbContext> contexts, TimeProvider clock) : IConversationStore
{
    public async Task<ConversationSnapshot> LoadAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        return row is null
            ? ConversationSnapshot.Empty(conversationId)
            : new ConversationSnapshot(row.Id, row.StateJson, row.Version, row.LastSequence);
    }

    public async Task<CommitResult> CommitAsync(ConversationCommit commit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var newVersion = commit.ExpectedVersion + 1;
        long lastSequence;
        if (commit.ExpectedVersion == 0)
        {
            if (await db.Conversations.AnyAsync(c => c.Id == commit.ConversationId, cancellationToken))
            {
                return new CommitResult(CommitOutcome.Conflict, 0, 0);
            }
            lastSequence = commit.Activities.Count;
            db.Conversations.Add(new ConversationRow
            {
                Id = commit.ConversationId,
                StateJson = commit.StateJson,
                Version = newVersion,
                LastSequence = lastSequence,
                UpdatedAt = now,
            });
        }
        else
        {
            var current = await db.Conversations.AsNoTracking()
                .Where(c => c.Id == commit.ConversationId)
                .Select(c => new { c.Version, c.LastSequence })
                .FirstOrDefaultAsync(cancellationToken);
            if (current is null || current.Version != commit.ExpectedVersion)
            {
                return new CommitResult(CommitOutcome.Conflict, current?.Version ?? 0, current?.LastSequence ?? 0);
            }
            lastSequence = current.LastSequence + commit.Activities.Count;
            await db.Conversations.Where(c => c.Id == commit.ConversationId).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.StateJson, commit.StateJson)
                .SetProperty(c => c.Version, newVersion)
                .SetProperty(c => c.LastSequence, lastSequence)
                .SetProperty(c => c.UpdatedAt, now), cancellationToken);
        }

        var sequence = lastSequence - commit.Activities.Count;
        foreach (var json in commit.Activities)
        {
            db.Activities.Add(new ActivityRow { ConversationId = commit.ConversationId, Sequence = ++sequence, Json = json });
        }
        if (commit.Processed is { } processed)
        {
            if (await db.ProcessedActivities.AnyAsync(p => p.ConversationId == commit.ConversationId && p.Key == processed.Key, cancellationToken))
            {
                return new CommitResult(CommitOutcome.Duplicate, commit.ExpectedVersion, lastSequence - commit.Activities.Count);
            }
            db.ProcessedActivities.Add(new ProcessedActivityRow { ConversationId = commit.ConversationId, Key = processed.Key, ResultId = processed.ResultId });
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            // A constraint failed: another writer took this version or these sequence numbers first.
            return new CommitResult(CommitOutcome.Conflict, 0, 0);
        }
        return new CommitResult(CommitOutcome.Committed, newVersion, lastSequence);
    }

    public async Task<string?> FindProcessedAsync(string conversationId, string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ProcessedActivities.AsNoTracking()
            .Where(p => p.ConversationId == conversationId && p.Key == key)
            .Select(p => p.ResultId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoredActivity>> ReadActivitiesAsync(string conversationId, long afterSequence, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Activities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence > afterSequence)
            .OrderBy(a => a.Sequence)
            .Take(max)
            .Select(a => new StoredActivity(a.Sequence, a.Json))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            // A query on a real table, so a missing or unreadable schema counts as down too.
            _ = await db.Conversations.AsNoTracking().Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }
}
