namespace HelpdeskBot.Data.Agents;

/// <summary>A support agent who signs in to the console. The password is kept only as a salted hash.</summary>
public sealed record AgentAccount
{
    public required string Name { get; init; }
    public required string PasswordHash { get; init; }
    public int FailedSignIns { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string ETag { get; init; } = "";
}

public interface IAgentStore
{
    Task<AgentAccount?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Creates the account, or replaces its password when it exists (clearing any lockout).</summary>
    Task<AgentAccount> SaveAsync(AgentAccount account, CancellationToken cancellationToken = default);

    /// <summary>Records a sign-in outcome if the ETag still matches; false when someone else changed it first.</summary>
    Task<bool> TryUpdateAsync(AgentAccount account, CancellationToken cancellationToken = default);
}
