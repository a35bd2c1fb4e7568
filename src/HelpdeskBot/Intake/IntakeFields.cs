using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Intake;

/// <summary>
/// The interview's fields, in order (DESIGN.md's field ids). Each says whether it may be skipped, how its
/// answer is kept, and how it reads in the summary.
/// </summary>
public sealed record IntakeField(
    string Id,
    bool Optional,
    Func<IntakeValues, Answer?, IntakeValues> Apply,
    Func<IntakeValues, string?> Show)
{
    public Message Label => Message.Of($"Intake.{Id}.Label");

    public static readonly IReadOnlyList<IntakeField> All =
    [
        new("userId", false, (v, a) => v with { UserId = TextOf(a) }, v => v.UserId),
        new("service", false, (v, a) => v with { Service = TextOf(a) }, v => v.Service),
        new("occurredAt", false,
            (v, a) => a is OccurredAtAnswer t ? v with { OccurredAtText = t.Text, OccurredAtUtc = t.Utc } : v with { OccurredAtText = TextOf(a), OccurredAtUtc = null },
            v => v.OccurredAtText),
        new("description", false, (v, a) => v with { Description = TextOf(a) }, v => v.Description),
        new("expected", false, (v, a) => v with { Expected = TextOf(a) }, v => v.Expected),
        new("errorMessage", true, (v, a) => v with { ErrorMessage = TextOf(a) }, v => v.ErrorMessage),
        new("steps", false, (v, a) => v with { Steps = TextOf(a) }, v => v.Steps),
        new("history", true, (v, a) => v with { History = TextOf(a) }, v => v.History),
        new("attempts", true, (v, a) => v with { Attempts = TextOf(a) }, v => v.Attempts),
        new("evidence", true,
            (v, a) => v with { Evidence = a is EvidenceAnswer e ? e.Files : [] },
            v => v.Evidence.Count == 0 ? null : string.Join(", ", v.Evidence.Select(f => f.Name))),
        new("email", true, (v, a) => v with { Email = TextOf(a) }, v => v.Email),
    ];

    public static IntakeField? Find(string id)
    {
        var index = IndexOf(id);
        return index < 0 ? null : All[index];
    }

    public static int IndexOf(string id)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Id == id) return i;
        }
        return -1;
    }

    private static string? TextOf(Answer? answer) => answer switch
    {
        TextAnswer t => t.Text.Trim(),
        ChoiceAnswer c => c.Value,
        _ => null,
    };
}
