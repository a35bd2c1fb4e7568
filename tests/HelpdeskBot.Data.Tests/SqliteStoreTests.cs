using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Data.Sqlite;
using HelpdeskBot.Data.Tickets;
using Microsoft.Data.Sqlite;

namespace HelpdeskBot.Data.Tests;

/// <summary>The embedded default: a SQLite file with the schema's steps applied.</summary>
public sealed class SqliteStore : IStoreUnderTest
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "helpdesk-data-tests", Guid.NewGuid().ToString("N"));
    private readonly SqliteDatabase database;
    private readonly SqliteWriteGate gate;

    private SqliteStore()
    {
        Directory.CreateDirectory(directory);
        database = new SqliteDatabase($"Data Source={Path.Combine(directory, "test.db")};Default Timeout=30");
        gate = new SqliteWriteGate(database);
        Conversations = new SqliteConversationStore(database, TimeProvider.System, gate);
        Tickets = new SqliteTicketStore(database, gate);
        Escalations = new SqliteEscalationStore(database, gate);
        Agents = new SqliteAgentStore(database, gate);
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
        await using var connection = await store.database.OpenAsync(CancellationToken.None);
        await SqliteSchema.MigrateAsync(connection, TimeProvider.System);
        return store;
    }

    public ValueTask DisposeAsync()
    {
        gate.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
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
