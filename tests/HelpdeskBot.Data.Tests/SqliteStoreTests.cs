using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Data.Sqlite;
using HelpdeskBot.Data.Tickets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskBot.Data.Tests;

/// <summary>The embedded default: a SQLite file with the committed migrations applied.</summary>
public sealed class SqliteStore : IStoreUnderTest
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "helpdesk-data-tests", Guid.NewGuid().ToString("N"));
    private readonly Factory factory;

    private SqliteStore()
    {
        Directory.CreateDirectory(directory);
        var options = new DbContextOptionsBuilder<HelpdeskDbContext>()
            .UseSqlite($"Data Source={Path.Combine(directory, "test.db")};Default Timeout=30").Options;
        factory = new Factory(options);
        var gate = new SqliteWriteGate();
        var database = new SqliteDatabase(factory);
        Conversations = new SqliteConversationStore(database, TimeProvider.System, gate);
        Tickets = new SqliteTicketStore(factory, database, gate);
        Escalations = new SqliteEscalationStore(factory, gate);
        Agents = new SqliteAgentStore(factory, gate);
        Outbox = new SqliteOutboxStore(database, gate);
    }

    public IConversationStore Conversations { get; }
    public ITicketStore Tickets { get; }
    public HelpdeskBot.Data.Escalations.IEscalationStore Escalations { get; }
    public HelpdeskBot.Data.Agents.IAgentStore Agents { get; }
    public HelpdeskBot.Data.Outbox.IOutboxStore Outbox { get; }

    public static async Task<IStoreUnderTest> CreateAsync()
    {
        var store = new SqliteStore();
        await using var db = store.factory.CreateDbContext();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        return store;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }

    private sealed class Factory(DbContextOptions<HelpdeskDbContext> options) : IDbContextFactory<HelpdeskDbContext>
    {
        public HelpdeskDbContext CreateDbContext() => new(options);
    }
}

public sealed class SqliteConversationStoreTests : ConversationStoreContract
{
    protected override Task<IStoreUnderTest> CreateAsync() => SqliteStore.CreateAsync();
}

public sealed class SqliteTicketStoreTests : TicketStoreContract
{
    protected override Task<IStoreUnderTest> CreateAsync() => SqliteStore.CreateAsync();
}

public sealed class SqliteOutboxStoreTests : OutboxStoreContract
{
    protected override Task<IStoreUnderTest> CreateAsync() => SqliteStore.CreateAsync();
}

public sealed class SqliteHandoffStoreTests : HandoffStoreContract
{
    protected override Task<IStoreUnderTest> CreateAsync() => SqliteStore.CreateAsync();
}
