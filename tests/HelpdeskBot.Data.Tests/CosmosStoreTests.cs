using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Data.Cosmos;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Emulators;
using Microsoft.Azure.Cosmos;

namespace HelpdeskBot.Data.Tests;

/// <summary>
/// The Cosmos DB stores, exactly as the app builds them (gateway mode, the emulator's certificate trusted
/// because the endpoint is loopback), against the local emulator, in a database of their own.
/// </summary>
public sealed class CosmosStore : IStoreUnderTest
{
    private readonly CosmosClient client;
    private readonly CosmosContainers containers;

    private CosmosStore(CosmosOptions options)
    {
        client = CosmosContainers.CreateClient(options);
        containers = new CosmosContainers(client, options);
        Conversations = new CosmosConversationStore(containers, TimeProvider.System);
        Tickets = new CosmosTicketStore(containers);
        Escalations = new CosmosEscalationStore(containers);
        Agents = new CosmosAgentStore(containers);
        Outbox = new CosmosOutboxStore(containers);
    }

    public IConversationStore Conversations { get; }
    public ITicketStore Tickets { get; }
    public HelpdeskBot.Data.Escalations.IEscalationStore Escalations { get; }
    public HelpdeskBot.Data.Agents.IAgentStore Agents { get; }
    public HelpdeskBot.Data.Outbox.IOutboxStore Outbox { get; }

    public static async Task<IStoreUnderTest> CreateAsync()
    {
        var emulator = await CosmosEmulator.GetAsync();
        var store = new CosmosStore(new CosmosOptions
        {
            Endpoint = emulator.Endpoint,
            Key = CosmosEmulator.Key,
            Database = CosmosEmulator.NewDatabase(),
            TrustEmulatorCertificate = true,
            ConnectionMode = "Gateway",
        });
        await store.containers.EnsureCreatedAsync(conversationTtlDays: 30, CancellationToken.None);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        await client.GetDatabase(containers.Options.Database).DeleteAsync();
        client.Dispose();
    }
}

public sealed class CosmosConversationStoreTests : ConversationStoreContract
{
    protected override Task<IStoreUnderTest> CreateAsync() => CosmosStore.CreateAsync();
}

public sealed class CosmosTicketStoreTests : TicketStoreContract
{
    protected override Task<IStoreUnderTest> CreateAsync() => CosmosStore.CreateAsync();
}

public sealed class CosmosOutboxStoreTests : OutboxStoreContract
{
    protected override Task<IStoreUnderTest> CreateAsync() => CosmosStore.CreateAsync();
}

public sealed class CosmosHandoffStoreTests : HandoffStoreContract
{
    protected override Task<IStoreUnderTest> CreateAsync() => CosmosStore.CreateAsync();
}
