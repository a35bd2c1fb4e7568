using System.Net;
using HelpdeskBot.Data.Agents;
using HelpdeskBot.Data.Escalations;
using Microsoft.Azure.Cosmos;

namespace HelpdeskBot.Data.Cosmos;

/// <summary>An escalation as stored: its id is the partition key; the state and time are there to filter on.</summary>
internal sealed record EscalationDocument(
    string Id, string Type, string State, DateTimeOffset RequestedAt, Escalation Escalation,
    [property: System.Text.Json.Serialization.JsonPropertyName("_etag")] string? ETag = null);

/// <summary>An agent account as stored, under "agent:" and the lower-cased name.</summary>
internal sealed record AgentDocument(string Id, string Type, AgentAccount Account);

/// <summary>
/// Escalations in the <c>handoff</c> container (partition key <c>/id</c>): each is read and updated by
/// its id with If-Match; the agents' queue is a small cross-partition query, not a hot path.
/// </summary>
public sealed class CosmosEscalationStore(CosmosContainers containers) : IEscalationStore
{
    private const string Type = "escalation";
    private Container Container => containers.Handoff;

    public async Task<Escalation> CreateAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        var response = await Container.CreateItemAsync(ToDocument(escalation), new PartitionKey(escalation.Id), cancellationToken: cancellationToken);
        return escalation with { ETag = response.ETag };
    }

    public async Task<Escalation?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await Container.ReadItemAsync<EscalationDocument>(id, new PartitionKey(id), cancellationToken: cancellationToken);
            return response.Resource.Type == Type ? response.Resource.Escalation with { ETag = response.ETag } : null;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<Escalation>> ListAsync(EscalationState? state = null, int limit = 200, CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition(state is null
                ? "SELECT * FROM c WHERE c.type = @type"
                : "SELECT * FROM c WHERE c.type = @type AND c.state = @state")
            .WithParameter("@type", Type)
            .WithParameter("@state", state?.ToString());
        return (await QueryAsync(query, cancellationToken))
            .Where(d => state is null || d.State == state.ToString())
            .OrderByDescending(d => d.RequestedAt)
            .Take(Math.Clamp(limit, 1, 1000))
            .Select(d => d.Escalation with { ETag = d.ETag ?? "" })
            .ToList();
    }

    public async Task<IReadOnlyList<Escalation>> ListInConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type AND c.escalation.conversation.conversationId = @conversation")
            .WithParameter("@type", Type)
            .WithParameter("@conversation", conversationId);
        return (await QueryAsync(query, cancellationToken))
            .Where(d => d.Escalation.Conversation.ConversationId == conversationId)
            .OrderByDescending(d => d.RequestedAt)
            .Select(d => d.Escalation with { ETag = d.ETag ?? "" })
            .ToList();
    }

    /// <summary>Every page of a query's escalations (what a query returns is checked again by type: the container holds agents too).</summary>
    private async Task<List<EscalationDocument>> QueryAsync(QueryDefinition query, CancellationToken cancellationToken)
    {
        var found = new List<EscalationDocument>();
        using var iterator = Container.GetItemQueryIterator<EscalationDocument>(query);
        while (iterator.HasMoreResults)
        {
            found.AddRange(await iterator.ReadNextAsync(cancellationToken));
        }
        return found.Where(d => d.Type == Type).ToList();
    }

    public async Task<Escalation> UpdateAsync(Escalation escalation, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await Container.ReplaceItemAsync(ToDocument(escalation), escalation.Id, new PartitionKey(escalation.Id),
                new ItemRequestOptions { IfMatchEtag = escalation.ETag }, cancellationToken);
            return escalation with { ETag = response.ETag };
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            throw new EscalationConcurrencyException(escalation.Id);
        }
    }

    private static EscalationDocument ToDocument(Escalation e) => new(e.Id, Type, e.State.ToString(), e.RequestedAt, e with { ETag = "" });
}

/// <summary>Agent accounts in the <c>handoff</c> container, one document each, updated with If-Match.</summary>
public sealed class CosmosAgentStore(CosmosContainers containers) : IAgentStore
{
    private const string Type = "agent";
    private Container Container => containers.Handoff;

    public async Task<AgentAccount?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var id = Id(name);
        try
        {
            var response = await Container.ReadItemAsync<AgentDocument>(id, new PartitionKey(id), cancellationToken: cancellationToken);
            return response.Resource.Account with { ETag = response.ETag };
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<AgentAccount> SaveAsync(AgentAccount account, CancellationToken cancellationToken = default)
    {
        var id = Id(account.Name);
        var stored = account with { ETag = "", FailedSignIns = 0, LockedUntil = null };
        var response = await Container.UpsertItemAsync(new AgentDocument(id, Type, stored), new PartitionKey(id), cancellationToken: cancellationToken);
        return stored with { ETag = response.ETag };
    }

    public async Task<bool> TryUpdateAsync(AgentAccount account, CancellationToken cancellationToken = default)
    {
        var id = Id(account.Name);
        try
        {
            await Container.ReplaceItemAsync(new AgentDocument(id, Type, account with { ETag = "" }), id, new PartitionKey(id),
                new ItemRequestOptions { IfMatchEtag = account.ETag }, cancellationToken);
            return true;
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    private static string Id(string name) => "agent:" + name.Trim().ToLowerInvariant();
}
