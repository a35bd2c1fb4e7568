namespace HelpdeskBot.Intake.Extraction;

/// <summary>
/// The interview answers a message states plainly, read from the user's own words; a field is null when the message
/// does not say it (or does not say it plainly enough to fill it without asking).
/// </summary>
public sealed record FreeTextReading
{
    public static readonly FreeTextReading Empty = new();

    public string? UserId { get; init; }
    public string? Service { get; init; }
    public string? OccurredAtText { get; init; }
    public DateTimeOffset? OccurredAtUtc { get; init; }
    public string? ErrorMessage { get; init; }
    public string? Email { get; init; }
    public string? Expected { get; init; }
    public string? Attempts { get; init; }
    public string? History { get; init; }

    /// <summary>What the user did just before. Not in the corpus's labels, so its precision is not measured there.</summary>
    public string? Steps { get; init; }

    /// <summary>The field ids found, in the interview's order.</summary>
    public IReadOnlyList<string> Fields =>
    [
        .. new (string Id, object? Value)[]
        {
            ("userId", UserId), ("service", Service), ("occurredAt", OccurredAtText), ("expected", Expected),
            ("errorMessage", ErrorMessage), ("steps", Steps), ("history", History), ("attempts", Attempts), ("email", Email),
        }.Where(f => f.Value is not null).Select(f => f.Id),
    ];

    public bool IsEmpty => Fields.Count == 0;
}
