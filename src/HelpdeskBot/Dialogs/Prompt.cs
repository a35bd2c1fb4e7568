using System.Text.Json.Serialization;
using HelpdeskBot.Activities;

namespace HelpdeskBot.Dialogs;

/// <summary>What a prompt asks, shown each time it asks.</summary>
public sealed record PromptOptions
{
    /// <summary>The contract's field id (<c>channelData.helpdesk.field</c>).</summary>
    public required string Field { get; init; }
    public required Message Text { get; init; }
    /// <summary>Said after an answer that is not valid, before asking again (the recogniser's own reason wins).</summary>
    public Message? Retry { get; init; }
    public Message? Help { get; init; }
    public IReadOnlyList<Choice>? Choices { get; init; }
    public bool Optional { get; init; }
    /// <summary>"Nothing" ("tidak ada") answers this question ("what did you do just before?") rather than skipping it.</summary>
    public bool NothingIsAnAnswer { get; init; }
    /// <summary>
    /// An answer of one word shaped like a password (capitals, small letters, digits and a symbol) is refused as one: people
    /// type their password into the question about their user id by mistake. The turn pipeline's guard reads it.
    /// </summary>
    public bool PasswordShapeIsSecret { get; init; }
    public int MaxAttempts { get; init; } = 3;
    /// <summary>Where this question stands in its interview, for a progress indicator (the contract's <c>step</c>; stored by that name).</summary>
    [JsonPropertyName("step")]
    public int? QuestionNumber { get; init; }
    /// <summary>How many questions the interview asks (the contract's <c>steps</c>; stored by that name).</summary>
    [JsonPropertyName("steps")]
    public int? QuestionCount { get; init; }
    /// <summary>The contract's <c>prefilled</c>: what the asking dialog filled from the user's own words before asking.</summary>
    public IReadOnlyList<string>? Prefilled { get; init; }
}

/// <summary>A prompt's question and how many answers to it failed so far (stored as <c>attempts</c>).</summary>
public sealed record PromptState(PromptOptions Options, [property: JsonPropertyName("attempts")] int FailedAnswers = 0) : DialogState, IAsksQuestion;

/// <summary>
/// What a prompt says and offers after <see cref="PromptOptions.MaxAttempts"/> failed answers instead of asking the same way
/// again: the app's way out of the question (its <see cref="Choices"/>, after "skip" when the question may be skipped). The
/// engine does not know what the way out is; the app gives it to the <see cref="DialogSet"/>.
/// </summary>
public sealed record PromptWayOut(Message WhenOptional, Message WhenRequired, IReadOnlyList<Choice> Choices);

/// <summary>A recogniser's verdict: an answer, or the reason the text is not one.</summary>
public sealed record Recognition(Answer? Answer, Message? Problem = null)
{
    public static Recognition Of(Answer answer) => new(answer);
    public static Recognition Fail(Message? problem = null) => new(null, problem);
}

/// <summary>
/// A question that waits for a valid answer: recognises and validates it, says why an answer was not
/// taken, and after <see cref="PromptOptions.MaxAttempts"/> failures offers to skip (optional fields) or
/// a person instead of asking the same way forever. "back" and "skip" end it with those outcomes.
/// </summary>
public abstract class Prompt(string id) : QuestionDialog<PromptState>(id)
{
    public override Task RepromptAsync(DialogContext dc)
    {
        var options = StateOf(dc).Options;
        dc.Turn.Send(options.Text, ContractData(options), options.Choices);
        return Task.CompletedTask;
    }

    public override async Task<DialogTurnStatus> ContinueAsync(DialogContext dc)
    {
        var state = StateOf(dc);
        var options = state.Options;
        var text = dc.Turn.Text;
        if (RecognizesControlWords && await RecognizeAsync(dc, options) is { Answer: { } early })
        {
            return await dc.EndDialogAsync(DialogResult.Done(early));
        }
        if (PromptWords.IsBack(text)) return await dc.EndDialogAsync(DialogResult.Back);
        if (options.NothingIsAnAnswer && PromptWords.IsNothing(text)) return await dc.EndDialogAsync(DialogResult.Done(new TextAnswer(text.Trim())));
        Recognition recognition;
        if (PromptWords.IsSkip(text))
        {
            if (options.Optional) return await dc.EndDialogAsync(DialogResult.Skipped);
            // A required question skipped again and again is a question the user cannot answer: it counts as a failed try.
            recognition = Recognition.Fail(Message.Of("Prompt.CannotSkip"));
        }
        else
        {
            recognition = await RecognizeAsync(dc, options);
            if (recognition.Answer is { } answer)
            {
                return await dc.EndDialogAsync(DialogResult.Done(answer));
            }
        }

        var attempts = state.FailedAnswers + 1;
        SetState(dc, state with { FailedAnswers = attempts });
        var problem = recognition.Problem ?? options.Retry ?? Message.Of("Prompt.Retry");
        if (attempts >= options.MaxAttempts)
        {
            // Asking the same way again would loop: offer a way out instead, and keep listening.
            dc.Turn.Send(problem);
            var wayOut = dc.Dialogs.WayOut;
            IReadOnlyList<Choice> ways = options.Optional ? [PromptWords.SkipChoice, .. wayOut.Choices] : wayOut.Choices;
            dc.Turn.Send(options.Optional ? wayOut.WhenOptional : wayOut.WhenRequired, ContractData(options), ways);
            return DialogTurnStatus.Waiting;
        }
        await RetryAsync(dc, problem);
        return DialogTurnStatus.Waiting;
    }

    /// <summary>After an answer it could not take: says why, then asks again.</summary>
    protected virtual async Task RetryAsync(DialogContext dc, Message problem)
    {
        dc.Turn.Send(problem);
        await RepromptAsync(dc);
    }

    /// <summary>
    /// True for prompts whose own answers overlap the control words ("no" to a yes/no question):
    /// their recogniser is asked before "back" and "skip" are.
    /// </summary>
    protected virtual bool RecognizesControlWords => false;

    protected abstract Task<Recognition> RecognizeAsync(DialogContext dc, PromptOptions options);

    public static HelpdeskChannelData ContractData(PromptOptions options) =>
        new() { Field = options.Field, Step = options.QuestionNumber, Steps = options.QuestionCount, Prefilled = options.Prefilled is { Count: > 0 } p ? p : null };
}
