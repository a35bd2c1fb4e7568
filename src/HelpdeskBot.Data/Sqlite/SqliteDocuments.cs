using System.Globalization;
using System.Text.Json;
using HelpdeskBot.Data.Agents;
using HelpdeskBot.Data.Escalations;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskBot.Data.Sqlite;

/// <summary>Escalations in SQLite: one JSON document per row, the state as its kind.</summary>
public sealed class SqliteEscalationStore(IDbContextFactory<HelpdeskDbContext> contexts, SqliteWriteGate gate) : IEscalationStore
{
    public async Task<Escalation> CreateAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        var stored = escalation with { ETag = "1" };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Escalations.Add(new DocumentRow { Id = stored.Id, Kind = stored.State.ToString(), CreatedAt = stored.RequestedAt, Version = 1, Json = Write(stored) });
        await gate.WriteAsync(() => db.SaveChangesAsync(cancellationToken), cancellationToken);
        return stored;
    }

    public async Task<Escalation?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Escalations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return row is null ? null : Read(row);
    }

    public async Task<IReadOnlyList<Escalation>> ListAsync(EscalationState? state = null, int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        IQueryable<DocumentRow> rows = db.Escalations.AsNoTracking();
        if (state is { } s) rows = rows.Where(r => r.Kind == s.ToString());
        var list = await rows.OrderByDescending(r => r.CreatedAt).Take(Math.Clamp(limit, 1, 1000)).ToListAsync(cancellationToken);
        return list.ConvertAll(Read);
    }

    public async Task<Escalation> UpdateAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(escalation.ETag, CultureInfo.InvariantCulture, out var expected)) throw new EscalationConcurrencyException(escalation.Id);
        var updated = escalation with { ETag = (expected + 1).ToString(CultureInfo.InvariantCulture) };
        var json = Write(updated);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await gate.WriteAsync(() => db.Escalations.Where(r => r.Id == escalation.Id && r.Version == expected)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Kind, updated.State.ToString()).SetProperty(r => r.Version, expected + 1).SetProperty(r => r.Json, json), cancellationToken), cancellationToken);
        if (changed == 0) throw new EscalationConcurrencyException(escalation.Id);
        return updated;
    }

    private static string Write(Escalation e) => JsonSerializer.Serialize(e with { ETag = "" }, DataJson.Options);

    private static Escalation Read(DocumentRow row)
    {
        var stored = JsonSerializer.Deserialize<Escalation>(row.Json, DataJson.Options) ?? throw new InvalidDataException($"Escalation {row.Id} is empty.");
        return stored with { ETag = row.Version.ToString(CultureInfo.InvariantCulture) };
    }
}

/// <summary>Agent accounts in SQLite, by name (case-insensitive).</summary>
public sealed class SqliteAgentStore(IDbContextFactory<HelpdeskDbContext> contexts, SqliteWriteGate gate) : IAgentStore
{
    public async Task<AgentAccount?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var id = Key(name);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Agents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return row is null ? null : Read(row);
    }

    public async Task<AgentAccount> SaveAsync(AgentAccount account, CancellationToken cancellationToken = default)
    {
        var id = Key(account.Name);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Agents.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var version = (row?.Version ?? 0) + 1;
        var stored = account with { ETag = version.ToString(CultureInfo.InvariantCulture), FailedSignIns = 0, LockedUntil = null };
        if (row is null)
        {
            db.Agents.Add(new DocumentRow { Id = id, Kind = "agent", CreatedAt = account.CreatedAt, Version = version, Json = Write(stored) });
        }
        else
        {
            row.Version = version;
            row.Json = Write(stored);
        }
        await gate.WriteAsync(() => db.SaveChangesAsync(cancellationToken), cancellationToken);
        return stored;
    }

    public async Task<bool> TryUpdateAsync(AgentAccount account, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(account.ETag, CultureInfo.InvariantCulture, out var expected)) return false;
        var id = Key(account.Name);
        var json = Write(account with { ETag = "" });
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await gate.WriteAsync(() => db.Agents.Where(r => r.Id == id && r.Version == expected)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Version, expected + 1).SetProperty(r => r.Json, json), cancellationToken), cancellationToken) == 1;
    }

    private static string Key(string name) => name.Trim().ToLowerInvariant();

    private static string Write(AgentAccount a) => JsonSerializer.Serialize(a with { ETag = "" }, DataJson.Options);

    private static AgentAccount Read(DocumentRow row)
    {
        var stored = JsonSerializer.Deserialize<AgentAccount>(row.Json, DataJson.Options) ?? throw new InvalidDataException("Agent account is empty.");
        return stored with { ETag = row.Version.ToString(CultureInfo.InvariantCulture) };
    }
}
