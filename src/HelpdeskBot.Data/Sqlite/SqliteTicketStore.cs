using System.Text.Json;
using HelpdeskBot.Data.Tickets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskBot.Data.Sqlite;

public sealed class SqliteTicketStore(IDbContextFactory<HelpdeskDbContext> contexts, SqliteWriteGate gate) : ITicketStore
{
    private const int SqlitePrimaryKeyViolation = 1555;
    private const int SqliteUniqueViolation = 2067;

    public async Task<Ticket> CreateAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await FindByIntakeAsync(ticket.IntakeId, cancellationToken) is { } existing) return existing;
            var stored = ticket with { ETag = "1" };
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.Tickets.Add(ToRow(stored, version: 1));
            try
            {
                await gate.WriteAsync(() => db.SaveChangesAsync(cancellationToken), cancellationToken);
                return stored;
            }
            catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteExtendedErrorCode: SqlitePrimaryKeyViolation } && attempt < 5)
            {
                ticket = ticket with { Number = TicketNumber.New() };
            }
            catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteExtendedErrorCode: SqliteUniqueViolation })
            {
                // The same intake was stored by a concurrent run of the same turn: the loop returns it.
            }
        }
    }

    public async Task<Ticket?> GetAsync(string number, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Number == number, cancellationToken);
        return row is null ? null : FromRow(row);
    }

    public async Task<Ticket?> FindByIntakeAsync(string intakeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.IntakeId == intakeId, cancellationToken);
        return row is null ? null : FromRow(row);
    }

    public async Task<IReadOnlyList<Ticket>> ListByOwnerAsync(TicketOwner owner, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Tickets.AsNoTracking()
            .Where(t => t.OwnerKey == owner.Key)
            .OrderByDescending(t => t.CreatedAt)
            .Take(100)
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(FromRow);
    }

    public async Task<IReadOnlyList<Ticket>> QueryAsync(TicketQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        IQueryable<TicketRow> rows = db.Tickets.AsNoTracking();
        if (query.Status is { } status) rows = rows.Where(t => t.Status == status.ToString());
        if (query.Category is { } category) rows = rows.Where(t => t.Category == category);
        if (query.Priority is { } priority) rows = rows.Where(t => t.Priority == priority.ToString());
        var list = await rows.OrderByDescending(t => t.CreatedAt).Take(Math.Clamp(query.Limit, 1, 1000)).ToListAsync(cancellationToken);
        return list.ConvertAll(FromRow);
    }

    public async Task<Ticket> UpdateAsync(Ticket ticket, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(ticket.ETag, out var expected)) throw new TicketConcurrencyException(ticket.Number);
        var updated = ticket with { ETag = (expected + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var row = ToRow(updated, expected + 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await gate.WriteAsync(() => db.Tickets
            .Where(t => t.Number == ticket.Number && t.Version == expected)
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, row.Status)
                .SetProperty(t => t.Category, row.Category)
                .SetProperty(t => t.Priority, row.Priority)
                .SetProperty(t => t.Version, row.Version)
                .SetProperty(t => t.Json, row.Json), cancellationToken), cancellationToken);
        if (changed == 0) throw new TicketConcurrencyException(ticket.Number);
        return updated;
    }

    private static TicketRow ToRow(Ticket ticket, long version) => new()
    {
        Number = ticket.Number,
        IntakeId = ticket.IntakeId,
        OwnerKey = ticket.Owner.Key,
        Status = ticket.Status.ToString(),
        Category = ticket.Category.Id,
        Priority = ticket.Priority.ToString(),
        CreatedAt = ticket.CreatedAt,
        Version = version,
        Json = JsonSerializer.Serialize(ticket with { ETag = "" }, DataJson.Options),
    };

    private static Ticket FromRow(TicketRow row) =>
        (JsonSerializer.Deserialize<Ticket>(row.Json, DataJson.Options)
            ?? throw new InvalidDataException($"Ticket {row.Number} is stored empty."))
        with { ETag = row.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
