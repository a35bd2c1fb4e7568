using System.Globalization;
using HelpdeskBot.Activities;
using HelpdeskBot.Categorization;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Intake.Extraction;
using HelpdeskBot.Notifications;
using HelpdeskBot.Tickets;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Intake;

/// <summary>The prompts the interview uses, one definition each.</summary>
public sealed record IntakePrompts(
    FieldTextPrompt UserId,
    FieldTextPrompt Service,
    OccurredAtPrompt OccurredAt,
    TextPrompt Description,
    TextPrompt Text,
    EvidencePrompt Evidence,
    EmailPrompt Email,
    ChoicePrompt Choice,
    SummaryPrompt Summary)
{
    public IEnumerable<Dialog> All => [UserId, Service, OccurredAt, Description, Text, Evidence, Email, Choice, Summary];
}

/// <summary>
/// The interview (DESIGN.md's intake fields, in order), then the category when the model is unsure, the
/// summary with edits, the duplicate check, and the ticket.
/// </summary>
public sealed class IntakeDialog : WaterfallDialog<IntakeValues>
{
    public const string DialogId = "intake";
    // The pairs asked in one question, and email (offered in the summary), by their fields' ids.
    private static readonly string EmailField = IntakeField.Email.Id;
    private static readonly string HistoryField = IntakeField.History.Id;
    private static readonly string AttemptsField = IntakeField.Attempts.Id;
    private static readonly string ErrorField = IntakeField.ErrorMessage.Id;
    private static readonly string EvidenceField = IntakeField.Evidence.Id;

    /// <summary>
    /// The answer opens by saying it was tried ("udh coba …", "I already …", "tried …"): what was done to fix it, not what was
    /// done before it ("waited for a reply" is the steps).
    /// </summary>
    private static bool SaysTried(string text) =>
        TypedText.Words(text) is { Count: > 1 } words && (words[0] is "udh" or "udah" or "sudah" or "sdh" or "dah" or "already" or "tried" or "coba" or "nyoba"
            || words[0] is "i" or "saya" or "sy" or "aku" or "we" && words[1] is "already" or "tried" or "udh" or "udah" or "sudah" or "sdh" or "coba" or "have" or "ve");

    /// <summary>Several actions in a row: a comma between them or a word for "then".</summary>
    private static bool TellsSequence(string text) =>
        text.Contains(',', StringComparison.Ordinal) || TypedText.Normalize(text).Split(' ').Any(w => w is "then" or "terus" or "trus" or "lalu" or "kemudian" or "abis" or "habis" or "setelah" or "after");

    /// <summary>The error message and a screenshot are asked in one question while neither is known.</summary>
    private static bool AsksWithEvidence(IntakeValues values) =>
        values.ErrorMessage is null && values.Evidence.Count == 0 && !values.Covered.Contains(EvidenceField) && !values.Covered.Contains(ErrorField)
        && values.Editing != ErrorField;

    /// <summary>What changed and what was tried are asked in one question while neither is known.</summary>
    /// <summary>The answer without the clause that says what was tried, or null when little else is left.</summary>
    private static string? WithoutTried(string answer, string tried)
    {
        var at = answer.IndexOf(tried, StringComparison.Ordinal);
        if (at < 0) return tried.Length * 5 >= answer.Length * 4 ? null : answer;
        var rest = string.Join(' ', answer[..at].TrimEnd(' ', ',', ';', '.', '-'), answer[(at + tried.Length)..].TrimStart(' ', ',', ';', '.', '-')).Trim();
        return rest.Count(char.IsLetter) < 4 || rest.ToLowerInvariant() is "and" or "dan" or "terus" or "trs" or "also" or "juga" ? null : rest;
    }

    private static bool AsksWithAttempts(IntakeValues values) => values.Attempts is null && !values.Covered.Contains(AttemptsField) && values.Editing != HistoryField;
    private static readonly int CategoryIndex = IntakeField.All.Count;
    private static readonly int ConfirmIndex = CategoryIndex + 1;

    private readonly IntakePrompts prompts;
    private readonly ICategorizer categorizer;
    private readonly PriorityRules priorities;
    private readonly CategoryCatalog catalog;
    private readonly TicketService tickets;
    private readonly TicketReplies replies;
    private readonly Notifications.TicketEmails emails;
    private readonly IOptions<CategorizationOptions> categorization;
    private readonly IOptions<IntakeOptions> options;
    private readonly UserClock clock;

    public IntakeDialog(IntakePrompts prompts, ICategorizer categorizer, PriorityRules priorities, CategoryCatalog catalog,
        TicketService tickets, TicketReplies replies, Notifications.TicketEmails emails, IOptions<CategorizationOptions> categorization, IOptions<IntakeOptions> options, UserClock clock)
        : base(DialogId)
    {
        this.emails = emails;
        this.clock = clock;
        this.prompts = prompts;
        this.categorizer = categorizer;
        this.priorities = priorities;
        this.catalog = catalog;
        this.tickets = tickets;
        this.replies = replies;
        this.categorization = categorization;
        this.options = options;
        Steps = [.. IntakeField.All.Select(FieldStep), CategoryStepAsync, ConfirmStepAsync, DuplicateStepAsync, CreateStepAsync];
    }

    protected override IReadOnlyList<Func<WaterfallStepContext<IntakeValues>, Task<DialogTurnStatus>>> Steps { get; }

    /// <summary>A screenshot sent at any of its questions goes on the ticket (<see cref="EarlyEvidence"/>).</summary>
    public override bool KeepsFilesSentAnywhere => true;

    public static IntakeValues NewValues() => new() { IntakeId = Guid.NewGuid().ToString("N") };

    private Func<WaterfallStepContext<IntakeValues>, Task<DialogTurnStatus>> FieldStep(IntakeField field, int index) => async step =>
    {
        if (step.Result is { } result)
        {
            // What the answer says, read once: for a correction of an earlier answer, and for the answers still missing.
            var reading = FreeTextReader.Read(step.Turn.Text, clock.ReadingContext(step.Turn));
            // "oh wait, sorry, it was yesterday not today. same time": an earlier answer corrected, and this question still open.
            if (result.Outcome == DialogOutcome.Done && result.Answer is not (ElsewhereAnswer or EvidenceAnswer or ErrorAndEvidenceAnswer { ErrorMessage: null })
                && EarlierAnswerCorrection.Read(step.Turn.Text, step.Values, field.Id, reading, clock.Of(step.Turn.Activity, step.Turn.Language).Zone) is { } correction)
            {
                step.SetValues(correction.Values);
                step.Turn.Send(Message.Of("Intake.confirm.Changed", ReadLabels(step.Turn, correction.Fields)));
                return await AskAsync(step, field, index);
            }
            // "…like usual. oh wait its actually since dec 4 not 3": the answer, and an earlier answer corrected in its last sentence.
            if (result.Outcome == DialogOutcome.Done && result.Answer is TextAnswer && EarlierAnswerCorrection.InLastSentence(step.Turn.Text, field.Id) is var (answer, said)
                && EarlierAnswerCorrection.Read(said, step.Values, field.Id, FreeTextReader.Read(said, clock.ReadingContext(step.Turn)),
                    clock.Of(step.Turn.Activity, step.Turn.Language).Zone) is { } trailing)
            {
                step.SetValues(trailing.Values);
                step.Turn.Send(Message.Of("Intake.confirm.Changed", ReadLabels(step.Turn, trailing.Fields)));
                result = DialogResult.Done(new TextAnswer(answer));
                reading = FreeTextReader.Read(answer, clock.ReadingContext(step.Turn));
            }
            // "gk ada error, lgsg ketutup aja aplikasinya", "no message, app just closes": no error message was shown, and that is the
            // answer; the rest of what it says is read like any longer answer (the fifth trial kept the sentence as the error).
            if (field.Id == ErrorField && result.Answer is TextAnswer or ErrorAndEvidenceAnswer && SaysNoError(step.Turn.Text))
            {
                result = result.Answer is ErrorAndEvidenceAnswer withFiles ? DialogResult.Done(new EvidenceAnswer(withFiles.Files)) : DialogResult.Skipped;
            }
            // "udh coba logout login" to "what did you do just before?" (the seventh trial kept it as the steps): a fix tried,
            // all of it and nothing after it, is kept for its own question and this one asked again. A sequence ("Restarted
            // the phone, opened the app, tapped Send") is the steps.
            if (field == IntakeField.ReproSteps && result.Answer is TextAnswer && step.Values.Attempts is null && !TellsSequence(step.Turn.Text) && SaysTried(step.Turn.Text)
                && reading is { Steps: null, Attempts: { } triedFirst } && triedFirst.Length * 5 >= step.Turn.Text.Trim().Length * 4)
            {
                result = DialogResult.Done(new ElsewhereAnswer());
            }
            var answered = result.Answer switch
            {
                ElsewhereAnswer => step.Values,
                ErrorAndEvidenceAnswer both => step.Values with { ErrorMessage = both.ErrorMessage, Evidence = both.Files },
                EvidenceAnswer files when field.Id == ErrorField => step.Values with { Evidence = files.Files },
                _ => field.Apply(step.Values, result.Outcome == DialogOutcome.Done ? result.Answer : null),
            };
            // Whatever else the answer said fills the answers still missing, so they are not asked.
            // Asked what changed and what was tried at once, an answer with both keeps each in its own field.
            if (field.Id == HistoryField && AsksWithAttempts(step.Values) && reading is { History: { } changed, Attempts: not null })
            {
                answered = answered with { History = changed };
            }
            // "restarted outlook" to that question: only what was tried, not also what changed; "baru kali ini, udh coba logout
            // login": what changed is what is left once what was tried is taken out.
            if (field.Id == HistoryField && AsksWithAttempts(step.Values) && reading is { History: null, Attempts: { } tried })
            {
                answered = answered with { History = WithoutTried(step.Turn.Text.Trim(), tried) };
            }
            if (result.Answer is not ElsewhereAnswer && answered.Prefilled.Contains(field.Id))
            {
                answered = answered with { Prefilled = [.. answered.Prefilled.Where(f => f != field.Id)] };
            }
            var values = answered.Absorb(reading, field.Id);
            if (result.Answer is ElsewhereAnswer)
            {
                // The whole story told to a short question: it is the description when there is none yet.
                if (values.Description is null && ReportIntent.DescribesProblem(step.Turn.Text) && !ServiceAnswer.OnlyTime(step.Turn.Text))
                {
                    values = values with { Description = Clip(step.Turn.Text), Prefilled = [.. values.Prefilled, "description"], JustRead = [.. values.JustRead, "description"] };
                }
                // "I tapped pay, the app froze, so I tapped again" to the error question: what they did, when that is still unknown.
                else if (field.Id == ErrorField && values.JustRead.Count == 0 && values.ReproSteps is null)
                {
                    values = values with { ReproSteps = Clip(step.Turn.Text), Prefilled = [.. values.Prefilled, "steps"], JustRead = ["steps"] };
                }
                step.SetValues(values);
                step.Turn.Send(values.JustRead.Count > 0
                    ? Message.Of("Intake.KeptTheRest", ReadLabels(step.Turn, values.JustRead))
                    : Message.Of($"Intake.{field.Id}.Retry"));
                return await AskAsync(step, field, index);
            }
            if (values.Editing == field.Id)
            {
                step.SetValues(values with { Editing = null });
                return await step.GoToAsync(CategoryIndex);
            }
            // The question about what changed also asked what was tried, the one about the error also for a screenshot:
            // its answer (or its "skip") answers both.
            if (field.Id == HistoryField && AsksWithAttempts(step.Values))
            {
                // What was tried was asked here, so it is an answer, not something read from another message.
                values = values.Attempts is null
                    ? values with { Covered = [.. values.Covered, AttemptsField] }
                    : values with { Prefilled = [.. values.Prefilled.Where(f => f != AttemptsField)], JustRead = [.. values.JustRead.Where(f => f != AttemptsField)] };
            }
            if (field.Id == ErrorField && AsksWithEvidence(step.Values))
            {
                values = values with { Covered = [.. values.Covered, EvidenceField] };
            }
            step.SetValues(values);
            return await step.NextAsync();
        }
        var known = step.Values;
        if (known.Editing != field.Id)
        {
            // The CoreBot pattern: a field already known is not asked. Walking back with "back" re-asks what was asked,
            // and passes over what was read from the user's words (the summary edits those). Email is offered in the summary.
            if (field.Id == EmailField || known.Covered.Contains(field.Id) || step.Backward && known.Prefilled.Contains(field.Id)) return await step.SkipAsync();
            if (!step.Backward && field.Show(known) is not null) return await step.NextAsync();
        }
        return await AskAsync(step, field, index);
    };

    private async Task<DialogTurnStatus> AskAsync(WaterfallStepContext<IntakeValues> step, IntakeField field, int index)
    {
        var values = step.Values;
        var (number, count) = Progress(values, index);
        var prompt = new PromptOptions
        {
            Field = field.Id,
            Text = field.Id == HistoryField && AsksWithAttempts(values) ? Message.Of("Intake.history.AskWithAttempts")
                : field.Id == ErrorField && AsksWithEvidence(values) ? Message.Of("Intake.errorMessage.AskWithEvidence")
                : Message.Of($"Intake.{field.Id}.Ask"),
            Help = Message.Of($"Intake.{field.Id}.Help"),
            Retry = Message.Of($"Intake.{field.Id}.Retry"),
            Optional = field.Optional,
            NothingIsAnAnswer = field.NothingIsAnAnswer,
            PasswordShapeIsSecret = field.PasswordShapeIsSecret,
            QuestionNumber = number,
            QuestionCount = count,
            Prefilled = values.JustRead,
            Choices = field.Choices(step.Turn, options.Value),
        };
        if (values.JustRead.Count > 0) step.SetValues(values with { JustRead = [] });
        if (field.Id == ErrorField && AsksWithEvidence(values))
        {
            return await step.BeginAsync(prompts.Evidence, new EvidenceState(prompt, [], TakesText: true));
        }
        var (dialog, state) = field.Ask(prompts, prompt, step.Values);
        return await step.BeginAsync(dialog, state);
    }

    /// <summary>
    /// The questions this interview asks (<c>steps</c>): every field not read from the user's words, but email (the
    /// summary offers it), plus the summary; and where the field at <paramref name="index"/> stands among them (<c>step</c>).
    /// </summary>
    public static (int Number, int Count) Progress(IntakeValues values, int index)
    {
        bool Asked(IntakeField f) => f.Id != EmailField && !values.Prefilled.Contains(f.Id) && !values.Covered.Contains(f.Id)
            && !(f.Id == AttemptsField && values.Editing != AttemptsField && AsksWithAttempts(values) && !values.Prefilled.Contains(HistoryField))
            && !(f.Id == EvidenceField && values.Editing != EvidenceField && AsksWithEvidence(values) && !values.Prefilled.Contains(ErrorField));
        var count = IntakeField.All.Count(Asked) + 1;
        var number = IntakeField.All.Take(Math.Min(index, IntakeField.All.Count)).Count(Asked) + 1;
        return (Math.Min(number, count), count);
    }

    /// <summary>
    /// "oops that was my password": every answer the taken-back message gave (the whole message, or a part read from it)
    /// is cleared, and the interview goes back to the first of them. A service is a name from a list, so only one typed
    /// as the whole message is its. The files are not text and stay.
    /// </summary>
    public override DialogState? Forget(DialogState state, Turns.RetractedMessage message)
    {
        if (state is not WaterfallState<IntakeValues> { Values: var values } waterfall) return null;
        var said = TypedText.Normalize(message.Text);
        if (said.Length < 3) return null;
        // Values of the kind's shape were found: an answer that is one of them is cleared, a longer one keeps the rest of
        // what it says ("…I'm logged in as [password removed], no error…"). Otherwise the whole message goes: every answer
        // it gave (the message, or a part read from it).
        bool Holds(string? value) => value is not null && message.Values.Any(v => value.Contains(v, StringComparison.Ordinal));
        bool IsSecret(string value) => message.Values.Any(v => TypedText.Normalize(v) == TypedText.Normalize(value));
        bool From(string? value, bool wholeOnly = false) =>
            value is not null && TypedText.Normalize(value) is { } v && (v == said
                || !wholeOnly && (v.Length >= 3 && said.Contains(v, StringComparison.Ordinal) || v.Contains(said, StringComparison.Ordinal)));
        var fields = IntakeField.All.Where(f => f != IntakeField.Evidence).ToList();
        var cleared = message.Whole
            ? fields.Where(f => From(f.Show(values), wholeOnly: f == IntakeField.Service)).ToList()
            : fields.Where(f => f.Show(values) is { } shown && Holds(shown) && IsSecret(shown)).ToList();
        var scrubbed = message.Whole ? [] : fields.Where(f => f.Show(values) is { } shown && Holds(shown) && !IsSecret(shown)).ToList();
        var opening = message.Whole ? From(values.Opening) : Holds(values.Opening);
        if (cleared.Count == 0 && scrubbed.Count == 0 && !opening) return null;
        var kept = cleared.Aggregate(values, (v, f) => f.Apply(v, null));
        kept = scrubbed.Aggregate(kept, (v, f) => f.Apply(v, new TextAnswer(message.Without(f.Show(v)!))));
        var ids = cleared.Select(f => f.Id).ToList();
        kept = kept with
        {
            Opening = !opening ? kept.Opening : message.Whole ? null : message.Without(kept.Opening!),
            Prefilled = [.. kept.Prefilled.Except(ids)],
            Covered = [.. kept.Covered.Except(ids)],
            JustRead = [],
            // Taken back at the summary, one answer: asked again, then straight back to the summary, as an edit is.
            Editing = waterfall.Step >= CategoryIndex && cleared.Count == 1 ? cleared[0].Id : null,
            DuplicateCandidate = null,
        };
        // Nothing to ask again when only the rest of longer answers was kept: the interview goes on where it was.
        var first = cleared.Count == 0 ? waterfall.Step : cleared.Min(f => IntakeField.IndexOf(f.Id));
        return new WaterfallState<IntakeValues>(Math.Min(first, waterfall.Step), kept);
    }

    /// <summary>Phrases that say no error message was shown, read anywhere in a short answer.</summary>
    private static readonly string[] NoError =
    [
        "no error", "no error message", "no message", "no errors", "there was no error", "there's no error", "without an error", "without any error",
        "gk ada error", "ga ada error", "gak ada error", "nggak ada error", "tidak ada error", "tdk ada error", "gada error", "gaada error",
        "gk ada pesan", "ga ada pesan", "gak ada pesan", "tidak ada pesan", "gk ada eror", "ga ada eror", "gak ada eror", "tanpa error", "tanpa pesan",
        // The twelfth trial: in Sundanese, Javanese and eastern Indonesian ("teu aya error").
        "teu aya error", "ora ono error", "ra ono error", "ndak ada error", "nda ada error", "tra ada error", "seng ada error",
    ];

    /// <summary>"none, just white", "it says success, no error": a short answer to the error question that says there was none.</summary>
    public static bool SaysNoError(string text)
    {
        var words = TypedText.Words(text);
        if (words.Count is 0 or > 14) return false;
        return words[0] is "none" or "nothing" or "nope" || HasNoErrorClause(text);
    }

    /// <summary>
    /// A clause of its own, in a message of any length, that says no error was shown ("…, no error message, I already cleared
    /// the cache"); not words inside what the screen said ("Error 500: no error handler registered").
    /// </summary>
    public static bool HasNoErrorClause(string text)
    {
        foreach (var clause in text.Split([',', '.', ';', '!', ':', '\n']))
        {
            var said = string.Join(' ', TypedText.Words(clause));
            if (NoError.Any(p => said == p || said.StartsWith(p + " ", StringComparison.Ordinal) && said.Split(' ').Length <= p.Split(' ').Length + 1)) return true;
        }
        return false;
    }

    /// <summary>The labels of fields, joined for a sentence ("Service, When it happened").</summary>
    public static string ReadLabels(Turns.TurnContext turn, IEnumerable<string> fields) =>
        string.Join(", ", fields.Select(IntakeField.Find).OfType<IntakeField>().Select(f => turn.Render(f.Label)));

    private async Task<DialogTurnStatus> CategoryStepAsync(WaterfallStepContext<IntakeValues> step)
    {
        var values = step.Values;
        // "I'm not sure dear, you pick", "skip", "terserah" (the eighth trial was stuck here): the model's best guess stands, as
        // the model's, for the team to change.
        if (step.Result is { Outcome: DialogOutcome.Skipped } or { Answer: ChoiceAnswer { Value: UnsureCategory } })
        {
            step.SetValues(values with { Category = values.CategoryOptions?.FirstOrDefault() ?? "other", CategoryChosenByUser = false });
            return await step.NextAsync();
        }
        if (step.Result is { Answer: ChoiceAnswer choice })
        {
            step.SetValues(values with { Category = choice.Value, CategoryChosenByUser = true, CategoryConfidence = 1 });
            return await step.NextAsync();
        }
        if (step.Backward && !values.CategoryChosenByUser) return await step.SkipAsync();
        if (!step.Backward && values.CategoryChosenByUser && values.Category is not null) return await step.NextAsync();

        var prediction = await categorizer.CategorizeAsync(values.ProblemText(), step.Turn.CancellationToken);
        if (prediction.Confidence >= categorization.Value.ConfidenceThreshold && !step.Backward)
        {
            step.SetValues(values with { Category = prediction.Category, CategoryConfidence = prediction.Confidence, CategoryChosenByUser = false });
            return await step.NextAsync();
        }
        var top = prediction.Top.Select(s => s.Category).Take(3).ToList();
        if (!top.Contains("other")) top.Add("other");
        step.SetValues(values with { CategoryOptions = top, CategoryConfidence = prediction.Confidence });
        return await step.PromptAsync(prompts.Choice, new PromptOptions
        {
            Field = "category",
            Text = Message.Of("Intake.category.Ask"),
            Help = Message.Of("Intake.category.Help"),
            QuestionNumber = Progress(values, CategoryIndex).Count,
            QuestionCount = Progress(values, CategoryIndex).Count,
            Optional = true,
            Choices = [.. top.Select(id => new Choice(id, Message.Text(catalog.DisplayName(id, step.Turn.Language)),
                [catalog.DisplayName(id, Resources.Localizer.English), catalog.DisplayName(id, Resources.Localizer.Indonesian)])),
                new Choice(UnsureCategory, Message.Of("Intake.category.Unsure"), UnsureWords)],
        });
    }

    private const string UnsureCategory = "unsure";

    private static readonly string[] UnsureWords =
    [
        "not sure", "i'm not sure", "im not sure", "unsure", "don't know", "dont know", "i don't know", "no idea", "you pick", "you choose",
        "any", "whatever", "tidak tahu", "tidak yakin", "gak tau", "ga tau", "gk tau", "nggak tau", "gatau", "terserah", "bingung", "ga yakin",
        "gk yakin", "kurang tahu", "kurang tau",
    ];

    private async Task<DialogTurnStatus> ConfirmStepAsync(WaterfallStepContext<IntakeValues> step)
    {
        if (step.Result?.Answer is CorrectionAnswer correction)
        {
            // Changed in the user's words at the summary: kept as typed answers, then the category and the summary again.
            var before = step.Values;
            var changed = before;
            foreach (var change in correction.Changes)
            {
                if (IntakeField.Find(change.Field) is not { } field) continue;
                var utc = change.Utc is { } read ? KeepClock(read, change.Text, before, step.Turn) : (DateTimeOffset?)null;
                changed = field.Apply(changed, change.Text.Length == 0 ? null : utc is { } at ? new OccurredAtAnswer(change.Text, at) : new TextAnswer(change.Text));
            }
            // Only what now reads differently is announced: "Changed" for a value already there would be a false promise.
            var fields = correction.Changes.Select(c => c.Field).Distinct()
                .Where(id => IntakeField.Find(id) is { } f && f.Show(before) != f.Show(changed)).ToList();
            step.SetValues(changed with { Prefilled = [.. changed.Prefilled.Except(fields)] });
            step.Turn.Send(fields.Count == 0 ? Message.Of("Intake.confirm.Unchanged") : Message.Of("Intake.confirm.Changed", ReadLabels(step.Turn, fields)));
            return await step.GoToAsync(CategoryIndex);
        }
        var answer = (step.Result?.Answer as ChoiceAnswer)?.Value;
        if (answer == "yes") return await step.NextAsync();
        if (answer?.StartsWith("edit:", StringComparison.Ordinal) == true)
        {
            var field = answer["edit:".Length..];
            step.SetValues(step.Values with { Editing = field });
            return await step.GoToAsync(IntakeField.IndexOf(field));
        }
        if (answer == SummaryPrompt.NoThanks)
        {
            // "no thanks" to the email offer: the summary asks only whether to create the ticket.
            if (step.Values.Email is null && !step.Values.EmailDeclined) step.SetValues(step.Values with { EmailDeclined = true });
            else answer = "edit";
        }
        if (answer == SummaryPrompt.NoThanks) answer = null;
        if (answer?.StartsWith(SummaryPrompt.EmailAnswer, StringComparison.Ordinal) == true)
        {
            // An address typed at the summary is where the confirmation goes; the summary shows it before the ticket is made.
            step.SetValues(step.Values with { Email = answer[SummaryPrompt.EmailAnswer.Length..] });
            answer = null;
        }
        var values = step.Values;
        var questions = Progress(values, CategoryIndex).Count;
        var summary = new PromptOptions
        {
            Field = "confirm",
            QuestionNumber = questions,
            QuestionCount = questions,
            Prefilled = values.JustRead,
            Help = Message.Of("Intake.confirm.Help"),
            Text = answer == "edit" ? Message.Of("Intake.confirm.WhichField")
                : values.Email is null && !values.EmailDeclined ? Message.Of("Intake.confirm.SummaryOfferEmail", Summary(step))
                : Message.Of("Intake.confirm.Summary", Summary(step)),
            Choices = answer == "edit"
                ? [.. IntakeField.All.Select(f => new Choice("edit:" + f.Id, f.Label))]
                : [new Choice("yes", Message.Of("Intake.confirm.Yes")), new Choice("edit", Message.Of("Intake.confirm.Edit"))],
        };
        if (values.JustRead.Count > 0) step.SetValues(values with { JustRead = [] });
        return await step.PromptAsync(prompts.Summary, summary);
    }

    /// <summary>
    /// "the time is wrong, it was yesterday not today" (the fourteenth trial: "since this morning around 9" became yesterday
    /// noon): a day said again without a clock keeps the clock of the answer it corrects.
    /// </summary>
    private DateTimeOffset KeepClock(DateTimeOffset corrected, string said, IntakeValues before, Turns.TurnContext turn)
    {
        if (said.Any(char.IsAsciiDigit) || before.OccurredAtUtc is not { } earlier || before.OccurredAtText is not { } told || !told.Any(char.IsAsciiDigit))
        {
            return corrected;
        }
        var (userNow, zone) = clock.Of(turn.Activity, turn.Language);
        DateTimeOffset Local(DateTimeOffset at) => zone is null ? at.ToOffset(userNow.Offset) : TimeZoneInfo.ConvertTime(at, zone);
        var day = Local(corrected);
        var time = Local(earlier);
        var kept = new DateTimeOffset(day.Year, day.Month, day.Day, time.Hour, time.Minute, 0, day.Offset).ToUniversalTime();
        return kept > clock.UtcNow ? corrected : kept;
    }

    private async Task<DialogTurnStatus> DuplicateStepAsync(WaterfallStepContext<IntakeValues> step)
    {
        var values = step.Values;
        if (step.Result is { Answer: ChoiceAnswer choice })
        {
            if (choice.Value == "add" && values.DuplicateCandidate is { } number)
            {
                var comment = step.Turn.Render(Message.Of("Intake.duplicate.Comment", Summary(step)));
                var ticket = await tickets.AddInfoAsync(number, comment, values.Evidence, "user", step.Turn.ActivityKey, step.Turn.CancellationToken);
                replies.SendAdded(step.Turn, ticket);
                return await step.EndAsync(DialogResult.Done(new TextAnswer(ticket.Number)));
            }
            return await step.NextAsync();
        }
        if (step.Backward) return await step.SkipAsync();
        var owner = TicketService.OwnerOf(step.Turn.Activity);
        var duplicate = await tickets.FindDuplicateAsync(owner, values.Service, values.Description, step.Turn.CancellationToken);
        if (duplicate is null) return await step.NextAsync();
        step.SetValues(values with { DuplicateCandidate = duplicate.Number });
        return await step.PromptAsync(prompts.Choice, new PromptOptions
        {
            Field = "duplicate",
            QuestionNumber = Progress(values, CategoryIndex).Count,
            QuestionCount = Progress(values, CategoryIndex).Count,
            Text = Message.Of("Intake.duplicate.Ask", duplicate.Number, Shorten(duplicate.Fields.Description, 120)),
            Choices =
            [
                new Choice("add", Message.Of("Intake.duplicate.Add", duplicate.Number)),
                new Choice("new", Message.Of("Intake.duplicate.New"), ["new", "baru", "buat baru", "create new", "new ticket", "tiket baru"]),
            ],
        });
    }

    private async Task<DialogTurnStatus> CreateStepAsync(WaterfallStepContext<IntakeValues> step)
    {
        var values = step.Values;
        var categoryId = values.Category ?? "other";
        var priority = priorities.Assess(categoryId, values.ProblemText());
        var category = new TicketCategory(categoryId, values.CategoryConfidence, values.CategoryChosenByUser ? CategorySource.User : CategorySource.Model);
        var language = step.Turn.Language;
        var ticket = await tickets.CreateAsync(values.ToNewTicket(category, priority, step.Turn.Activity), step.Turn.CancellationToken, stored => emails.Created(stored, language));
        replies.SendCreated(step.Turn, ticket);
        return await step.EndAsync(DialogResult.Done(new TextAnswer(ticket.Number)));
    }

    private static string Summary(WaterfallStepContext<IntakeValues> step)
    {
        var turn = step.Turn;
        var fromWords = turn.Render(Message.Of("Intake.FromYourWords"));
        string? Shown(IntakeField f) => f == IntakeField.Service && step.Values.Service is { } service ? turn.Render(IntakeField.ServiceTitle(service)) : f.Show(step.Values);
        var lines = IntakeField.All.Select(f =>
            $"• {turn.Render(f.Label)}: {Shown(f) ?? turn.Render(Message.Of("Intake.Skipped"))}{(step.Values.Prefilled.Contains(f.Id) ? " " + fromWords : "")}");
        return string.Join("\n", lines);
    }

    /// <summary>The longest answer a field keeps (the free-text questions' own limit): longer text is cut at a word, with "…".</summary>
    public const int MaxAnswerLength = 4000;

    public static string Clip(string text)
    {
        if (text.Length <= MaxAnswerLength) return text;
        var cut = text.LastIndexOf(' ', MaxAnswerLength - 1);
        return text[..(cut > MaxAnswerLength / 2 ? cut : MaxAnswerLength - 1)].TrimEnd() + "…";
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd() + "…";

    internal static string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
