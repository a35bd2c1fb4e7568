namespace HelpdeskBot.Intake;

/// <summary>One file the user gave as evidence, as stored.</summary>
public sealed record EvidenceFile(string Id, string Name, string ContentType, long Size, string ContentUrl);

/// <summary>Everything the interview has gathered so far; kept in the waterfall's state between turns.</summary>
public sealed record IntakeValues
{
    /// <summary>Keys the ticket: a rerun of the creating turn finds the ticket it already made.</summary>
    public required string IntakeId { get; init; }
    public string? UserId { get; init; }
    public string? Service { get; init; }
    public string? OccurredAtText { get; init; }
    public DateTimeOffset? OccurredAtUtc { get; init; }
    public string? Description { get; init; }
    public string? Expected { get; init; }
    public string? ErrorMessage { get; init; }
    public string? Steps { get; init; }
    public string? History { get; init; }
    public string? Attempts { get; init; }
    public IReadOnlyList<EvidenceFile> Evidence { get; init; } = [];
    public string? Email { get; init; }

    public string? Category { get; init; }
    public double CategoryConfidence { get; init; }
    public bool CategoryChosenByUser { get; init; }
    public IReadOnlyList<string>? CategoryOptions { get; init; }

    /// <summary>An open ticket of the user's that looks like this report (offered before creating).</summary>
    public string? DuplicateCandidate { get; init; }

    /// <summary>Set while the user edits one answer from the summary: after it, back to the summary.</summary>
    public string? Editing { get; init; }

    /// <summary>The problem in the user's words, every field that describes it, for the categoriser.</summary>
    public string ProblemText() =>
        string.Join(". ", new[] { Description, Expected, ErrorMessage, Steps, History }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
