namespace HelpdeskBot.WarmUp;

/// <summary><c>Helpdesk:WarmUp</c>: how much of the hot path runs before the app reports ready.</summary>
public sealed class WarmUpOptions
{
    public const string Section = "Helpdesk:WarmUp";

    /// <summary>
    /// Synthetic interviews run in-process against a throwaway store before the app listens and reports ready,
    /// so the first real users do not pay for the JIT. 0 switches the warm-up off (the tests do).
    /// </summary>
    public int Interviews { get; set; } = 24;
}
