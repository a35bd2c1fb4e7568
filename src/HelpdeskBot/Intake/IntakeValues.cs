using System.Text.Json.Serialization;
using HelpdeskBot.Intake.Extraction;
using HelpdeskBot.Tickets;

namespace HelpdeskBot.Intake;

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

    /// <summary>
    /// A first message that named the problem in too few words to describe it ("app crash"): the description the user
    /// gives next is kept after it, so the ticket does not lose what they said first.
    /// </summary>
    public string? Opening { get; init; }
    public string? Expected { get; init; }
    public string? ErrorMessage { get; init; }
    /// <summary>What they did just before it went wrong (the contract's <c>steps</c>, stored under that name).</summary>
    [JsonPropertyName("steps")]
    public string? ReproSteps { get; init; }
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

    /// <summary>The fields read from the user's own words rather than asked: the summary marks them.</summary>
    public IReadOnlyList<string> Prefilled { get; init; } = [];

    /// <summary>The user said no to the confirmation email the summary offers.</summary>
    public bool EmailDeclined { get; init; }

    /// <summary>Fields whose question was asked together with another's ("what changed, and what have you tried?").</summary>
    public IReadOnlyList<string> Covered { get; init; } = [];

    /// <summary>The fields read from the last message, announced on the next prompt (<c>channelData.helpdesk.prefilled</c>).</summary>
    public IReadOnlyList<string> JustRead { get; init; } = [];

    /// <summary>
    /// Keeps what a message said beyond its answer: each field it states that has no answer yet (and is not
    /// <paramref name="asked"/>, which its own question takes) is filled and marked as read from the user's words.
    /// </summary>
    public IntakeValues Absorb(FreeTextReading reading, string? asked = null)
    {
        var values = this;
        var read = new List<string>();
        foreach (var id in reading.Fields)
        {
            if (id == asked || IntakeField.Find(id) is not { } field || field.Show(values) is not null) continue;
            values = field.Keep(values, reading);
            read.Add(id);
        }
        return read.Count == 0 ? values : values with { Prefilled = [.. Prefilled.Union(read)], JustRead = [.. JustRead.Union(read)] };
    }

    /// <summary>The problem in the user's words, every field that describes it, for the categoriser.</summary>
    public string ProblemText() =>
        string.Join(". ", new[] { Description, Expected, ErrorMessage, ReproSteps, History }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
