namespace HelpdeskBot.Handoff;

public sealed class HandoffOptions
{
    public const string Section = "Helpdesk:Handoff";

    /// <summary>How long a request waits for an agent before it becomes a ticket.</summary>
    public int TimeoutSeconds { get; set; } = 300;

    /// <summary>How often waiting requests are checked against the timeout.</summary>
    public int CheckIntervalSeconds { get; set; } = 5;

    /// <summary>Agent console sign-in: failures before the account is locked, and for how long.</summary>
    public int MaxFailedSignIns { get; set; } = 5;
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in attempts per client address per minute (the lockout counts per account; this bounds guessing across accounts).</summary>
    public int SignInsPerMinute { get; set; } = 20;

    /// <summary>Lifetime of an agent's bearer token.</summary>
    public int AgentTokenMinutes { get; set; } = 480;

    /// <summary>Key that signs agent tokens (base64, ≥ 32 bytes), shared by every instance; generated into the data directory when unset.</summary>
    public string? SigningKey { get; set; }
}
