using System.ComponentModel.DataAnnotations;
namespace HelpdeskBot.Handoff;

public sealed class HandoffOptions
{
    public const string Section = "Helpdesk:Handoff";

    /// <summary>How long a request waits for an agent before it becomes a ticket.</summary>
    [Range(0, int.MaxValue)]
    public int TimeoutSeconds { get; set; } = 300;

    /// <summary>How often waiting requests are checked against the timeout.</summary>
    [Range(1, 3600)]
    public int CheckIntervalSeconds { get; set; } = 5;

    /// <summary>Agent console sign-in: failures before the account is locked, and for how long.</summary>
    [Range(1, 1000)]
    public int MaxFailedSignIns { get; set; } = 5;
    [Range(1, 525_600)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in attempts per client address per minute (the lockout counts per account; this bounds guessing across accounts).</summary>
    public int SignInsPerMinute { get; set; } = 20;

    /// <summary>Lifetime of an agent's bearer token.</summary>
    [Range(1, 10_080)]
    public int AgentTokenMinutes { get; set; } = 480;

    /// <summary>Key that signs agent tokens (base64, ≥ 32 bytes), shared by every instance; generated into the data directory when unset.</summary>
    public string? SigningKey { get; set; }
}
