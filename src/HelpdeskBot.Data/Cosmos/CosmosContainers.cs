using System.Net;
using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace HelpdeskBot.Data.Cosmos;

/// <summary>
/// The four containers and why they are partitioned as they are (each hot path reads one partition):
/// <list type="bullet">
/// <item><c>conversations</c>, partition key <c>/conversationId</c>: a conversation's state document, its
/// activity log and its processed activity ids together, so a turn commits them in one transactional batch;
/// expires by TTL.</item>
/// <item><c>tickets</c>, partition key <c>/ownerKey</c>: a user's tickets ("my tickets" reads one partition)
/// and one marker per intake, created in the same batch as the ticket, so an intake makes one ticket.</item>
/// <item><c>ticketNumbers</c>, partition key <c>/id</c>: one small document per number naming its owner, so
/// "HD-…" is two point reads, and creating it first is what makes a number unique across partitions.</item>
/// <item><c>handoff</c>, partition key <c>/id</c>: escalations and agent accounts, each read and updated by
/// its id.</item>
/// </list>
/// </summary>
public sealed class CosmosContainers
{
    public CosmosContainers(CosmosClient client, CosmosOptions options)
    {
        Client = client;
        Options = options;
        var database = client.GetDatabase(options.Database);
        Conversations = database.GetContainer(options.ConversationsContainer);
        Tickets = database.GetContainer(options.TicketsContainer);
        TicketNumbers = database.GetContainer(options.TicketNumbersContainer);
        Handoff = database.GetContainer(options.HandoffContainer);
    }

    public CosmosClient Client { get; }
    public CosmosOptions Options { get; }
    public Container Conversations { get; }
    public Container Tickets { get; }
    public Container TicketNumbers { get; }
    public Container Handoff { get; }

    public static CosmosClient CreateClient(CosmosOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Endpoint))
        {
            throw new InvalidOperationException("Helpdesk:Storage:Cosmos:Endpoint is required when Helpdesk:Storage:Provider is Cosmos.");
        }
        var clientOptions = new CosmosClientOptions
        {
            ApplicationName = "HelpdeskBot",
            // Documents are written by System.Text.Json with the one shape every store uses.
            UseSystemTextJsonSerializerWithOptions = DataJson.Options,
            ConnectionMode = Enum.Parse<ConnectionMode>(options.ConnectionMode, ignoreCase: true),
            // Writes return no body: the stores only need the status and the new ETag.
            EnableContentResponseOnWrite = false,
        };
        if (options.TrustEmulatorCertificate && options.IsLoopback())
        {
            clientOptions.ServerCertificateCustomValidationCallback = (_, _, _) => true;
        }
        return string.IsNullOrWhiteSpace(options.Key)
            ? new CosmosClient(options.Endpoint, new DefaultAzureCredential(), clientOptions)
            : new CosmosClient(options.Endpoint, options.Key, clientOptions);
    }

    /// <summary>The container definitions; the Bicep template declares the same ones.</summary>
    public static IReadOnlyList<ContainerProperties> Definitions(CosmosOptions options, int conversationTtlDays)
    {
        var conversations = new ContainerProperties(options.ConversationsContainer, "/conversationId")
        {
            DefaultTimeToLive = conversationTtlDays > 0 ? conversationTtlDays * 86400 : null,
        };
        // The state and activity JSON are opaque text: indexing them would cost RUs on every write for nothing.
        conversations.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = "/state/?" });
        conversations.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = "/json/?" });
        var tickets = new ContainerProperties(options.TicketsContainer, "/ownerKey");
        tickets.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = "/events/*" });
        tickets.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = "/fields/*" });
        var numbers = new ContainerProperties(options.TicketNumbersContainer, "/id");
        var handoff = new ContainerProperties(options.HandoffContainer, "/id");
        handoff.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = "/escalation/*" });
        handoff.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = "/account/*" });
        return [conversations, tickets, numbers, handoff];
    }

    /// <summary>Creates the database and containers when missing; fails with a clear message when it may not.</summary>
    public async Task EnsureCreatedAsync(int conversationTtlDays, CancellationToken cancellationToken)
    {
        try
        {
            // With Entra ID these only read (data-plane roles may read metadata but not create it): the
            // Bicep template creates everything, and a missing piece ends in the message below.
            Database database = (await Client.CreateDatabaseIfNotExistsAsync(Options.Database, cancellationToken: cancellationToken)).Database;
            foreach (var definition in Definitions(Options, conversationTtlDays))
            {
                await database.CreateContainerIfNotExistsAsync(definition, cancellationToken: cancellationToken);
            }
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            throw new InvalidOperationException(
                $"Cosmos DB database '{Options.Database}' or its containers are missing and this identity may not create them " +
                $"({(int)e.StatusCode}). Deploy deploymentTemplates/main.bicep, which creates them.", e);
        }
    }
}
