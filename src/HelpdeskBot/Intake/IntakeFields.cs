using HelpdeskBot.Dialogs;
using HelpdeskBot.Intake.Extraction;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Intake;

/// <summary>
/// The interview's fields, in order (DESIGN.md's field ids). Each carries what the interview needs to ask and keep it: whether
/// it may be skipped, which of the interview's prompts asks it (the prompt holds its validation: the user id's, the
/// description's, the time reader's), the answers it suggests, how an answer is kept, what free text says of it (its parser),
/// and how it reads in the summary. The interview walks the list without knowing any field by its id.
/// </summary>
public sealed record IntakeField(
    string Id,
    bool Optional,
    Func<IntakeValues, Answer?, IntakeValues> Apply,
    Func<IntakeValues, string?> Show)
{
    public Message Label => Message.Of($"Intake.{Id}.Label");

    /// <summary>What a free-text reading says of this field, or null.</summary>
    public Func<FreeTextReading, string?> Read { get; init; } = _ => null;

    /// <summary>Keeps what a free-text reading says of this field.</summary>
    public Func<IntakeValues, FreeTextReading, IntakeValues> Keep { get; init; } = (values, _) => values;

    /// <summary>The dialog that asks it, and the state it starts with (a free-text prompt unless the field says otherwise).</summary>
    public Func<IntakePrompts, PromptOptions, IntakeValues, (Dialog Dialog, DialogState State)> Ask { get; init; } =
        (prompts, options, _) => (prompts.Text, new PromptState(options));

    /// <summary>Whether "nothing" ("tidak ada") is an answer to it rather than an attempt to skip it.</summary>
    public bool NothingIsAnAnswer { get; init; }

    /// <summary>
    /// An answer shaped like a password is refused as one (<see cref="PromptOptions.PasswordShapeIsSecret"/>): no answer the
    /// interview asks for is one word of capitals, small letters, digits and a symbol ("Sugeng#Rahayu77" typed to the error
    /// question was kept in the tenth user trial; "Rahasia#2024!" to the id question in the eighth).
    /// </summary>
    public bool PasswordShapeIsSecret { get; init; } = true;

    /// <summary>The answers offered as buttons when it is asked.</summary>
    public Func<TurnContext, IntakeOptions, IReadOnlyList<Choice>?> Choices { get; init; } = (_, _) => null;

    private static readonly Func<TurnContext, IntakeOptions, IReadOnlyList<Choice>?> SkipOnly = (_, _) => [PromptWords.SkipChoice];

    public static readonly IntakeField UserId = new("userId", false, (v, a) => v with { UserId = TextOf(a) }, v => v.UserId)
    {
        Read = r => r.UserId,
        Keep = (v, r) => v with { UserId = r.UserId },
        Ask = (p, o, _) => (p.UserId, new PromptState(o)),
        // The name the channel gives them is offered, unless it is a placeholder or too long to be an id.
        Choices = (turn, _) => turn.Activity.From?.Name?.Trim() is { Length: > 0 and <= 100 } name && !name.Equals("user", StringComparison.OrdinalIgnoreCase)
            ? [new Choice(name, Message.Text(name))]
            : null,
    };

    public static readonly IntakeField Service = new("service", false, (v, a) => v with { Service = TextOf(a) }, v => v.Service)
    {
        Read = r => r.Service,
        Keep = (v, r) => v with { Service = r.Service },
        Ask = (p, o, _) => (p.Service, new PromptState(o)),
        Choices = (_, options) => [.. (options.Services is { Count: > 0 } configured ? configured : IntakeOptions.DefaultServices).Select(s => new Choice(s, ServiceTitle(s)))],
    };

    public static readonly IntakeField OccurredAt = new("occurredAt", false,
        (v, a) => a is OccurredAtAnswer t ? v with { OccurredAtText = t.Text, OccurredAtUtc = t.Utc } : v with { OccurredAtText = TextOf(a), OccurredAtUtc = null },
        v => v.OccurredAtText)
    {
        Read = r => r.OccurredAtText,
        Keep = (v, r) => v with { OccurredAtText = r.OccurredAtText, OccurredAtUtc = r.OccurredAtUtc },
        Ask = (p, o, _) => (p.OccurredAt, new PromptState(o)),
    };

    // An edit from the summary replaces the whole answer: the opening was joined to the first one (the eighth trial could not
    // edit "Laporkan masalah: …" away).
    public static readonly IntakeField Description = new("description", false,
        (v, a) => v with { Description = v.Editing == "description" ? TextOf(a) : AfterOpening(v.Opening, TextOf(a)) }, v => v.Description)
    {
        Ask = (p, o, _) => (p.Description, new PromptState(o)),
    };

    public static readonly IntakeField Expected = new("expected", false, (v, a) => v with { Expected = TextOf(a) }, v => v.Expected)
    {
        Read = r => r.Expected,
        Keep = (v, r) => v with { Expected = r.Expected },
    };

    public static readonly IntakeField ErrorMessage = new("errorMessage", true, (v, a) => v with { ErrorMessage = TextOf(a) }, v => v.ErrorMessage)
    {
        Read = r => r.ErrorMessage,
        Keep = (v, r) => v with { ErrorMessage = r.ErrorMessage },
        Choices = SkipOnly,
    };

    /// <summary>What the user did just before (the contract's <c>steps</c>).</summary>
    public static readonly IntakeField ReproSteps = new("steps", false, (v, a) => v with { ReproSteps = TextOf(a) }, v => v.ReproSteps)
    {
        Read = r => r.Steps,
        Keep = (v, r) => v with { ReproSteps = r.Steps },
        // Doing nothing in particular is a real answer, and the agent should read it as one.
        NothingIsAnAnswer = true,
    };

    public static readonly IntakeField History = new("history", true, (v, a) => v with { History = TextOf(a) }, v => v.History)
    {
        Read = r => r.History,
        Keep = (v, r) => v with { History = r.History },
        Choices = SkipOnly,
    };

    public static readonly IntakeField Attempts = new("attempts", true, (v, a) => v with { Attempts = TextOf(a) }, v => v.Attempts)
    {
        Read = r => r.Attempts,
        Keep = (v, r) => v with { Attempts = r.Attempts },
        Choices = SkipOnly,
    };

    public static readonly IntakeField Evidence = new("evidence", true,
        (v, a) => v with { Evidence = a is EvidenceAnswer e ? e.Files : [] },
        v => v.Evidence.Count == 0 ? null : string.Join(", ", v.Evidence.Select(f => f.Name)))
    {
        Ask = (p, o, v) => (p.Evidence, new EvidenceState(o, v.Evidence)),
    };

    public static readonly IntakeField Email = new("email", true, (v, a) => v with { Email = TextOf(a) }, v => v.Email)
    {
        Read = r => r.Email,
        Keep = (v, r) => v with { Email = r.Email },
        Ask = (p, o, _) => (p.Email, new PromptState(o)),
        Choices = SkipOnly,
    };

    public static readonly IReadOnlyList<IntakeField> All = [UserId, Service, OccurredAt, Description, Expected, ErrorMessage, ReproSteps, History, Attempts, Evidence, Email];

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

    /// <summary>"app crash" then "when I open the camera": "app crash: when I open the camera", unless the answer says it again.</summary>
    private static string? AfterOpening(string? opening, string? answer) =>
        opening is null || answer is null || TypedText.Normalize(answer).Contains(TypedText.Normalize(opening), StringComparison.Ordinal)
            ? answer
            : $"{opening.TrimEnd('.', '!', ' ')}: {answer}";

    /// <summary>
    /// A service as the user reads it: the default services in the user's language ("Pembayaran" for Payments), a
    /// configured one by its own name. The answer kept is always the service's own name.
    /// </summary>
    public static Message ServiceTitle(string service) => service switch
    {
        "Mobile app" => Message.Of("Service.MobileApp"),
        "Website" => Message.Of("Service.Website"),
        "Payments" => Message.Of("Service.Payments"),
        "Email" => Message.Of("Service.Email"),
        "Account & login" => Message.Of("Service.Account"),
        _ => Message.Text(service),
    };

    private static string? TextOf(Answer? answer) => answer switch
    {
        TextAnswer t => t.Text.Trim(),
        ChoiceAnswer c => c.Value,
        _ => null,
    };
}
