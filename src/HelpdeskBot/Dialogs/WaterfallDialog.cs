namespace HelpdeskBot.Dialogs;

/// <summary>A waterfall's place and its answers so far. <see cref="Backward"/> is set while "back" walks up.</summary>
public sealed record WaterfallState<TValues>(int Step, TValues Values, bool Backward = false) : DialogState;

/// <summary>
/// Steps run in order; each step usually asks one question and, when called again with the answer in
/// <see cref="WaterfallStepContext{TValues}.Result"/>, keeps it and moves on. "back" from a prompt reruns
/// the step before (steps that ask nothing are passed over in the direction of travel).
/// </summary>
public abstract class WaterfallDialog<TValues>(string id) : Dialog<WaterfallState<TValues>>(id)
{
    protected abstract IReadOnlyList<Func<WaterfallStepContext<TValues>, Task<DialogTurnStatus>>> Steps { get; }

    public override Task<DialogTurnStatus> BeginAsync(DialogContext dc) => RunStepAsync(dc, null);

    // The waterfall only waits on its child prompts; a message reaching it directly re-asks.
    public override Task<DialogTurnStatus> ContinueAsync(DialogContext dc) => RunStepAsync(dc, null);

    public override Task<DialogTurnStatus> ResumeAsync(DialogContext dc, DialogResult result)
    {
        if (result.Outcome == DialogOutcome.Back) return GoBackAsync(dc);
        return RunStepAsync(dc, result);
    }

    public override Message? Help(DialogContext dc) => null;

    internal Task<DialogTurnStatus> GoBackAsync(DialogContext dc)
    {
        var state = StateOf(dc);
        if (state.Step == 0)
        {
            dc.Turn.Send(Message.Of("Prompt.NothingBefore"));
            return RunStepAsync(dc, null);
        }
        SetState(dc, state with { Step = state.Step - 1, Backward = true });
        return RunStepAsync(dc, null);
    }

    internal Task<DialogTurnStatus> GoToAsync(DialogContext dc, int step, TValues values, bool backward = false)
    {
        if (step >= Steps.Count) return dc.EndDialogAsync(DialogResult.Skipped);
        if (step < 0) step = 0;
        SetState(dc, new WaterfallState<TValues>(step, values, backward));
        return RunStepAsync(dc, null);
    }

    private Task<DialogTurnStatus> RunStepAsync(DialogContext dc, DialogResult? result)
    {
        var state = StateOf(dc);
        return Steps[state.Step](new WaterfallStepContext<TValues>(this, dc, state, result));
    }

    internal static WaterfallState<TValues> Current(DialogContext dc) => StateOf(dc);
    internal static void Save(DialogContext dc, WaterfallState<TValues> state) => SetState(dc, state);
}

/// <summary>What a waterfall step sees and can do.</summary>
public sealed class WaterfallStepContext<TValues>(WaterfallDialog<TValues> waterfall, DialogContext dc, WaterfallState<TValues> state, DialogResult? result)
{
    public DialogContext Dialogs { get; } = dc;
    public Turns.TurnContext Turn => Dialogs.Turn;
    public int Index { get; } = state.Step;
    public TValues Values { get; private set; } = state.Values;
    public bool Backward { get; } = state.Backward;

    /// <summary>The answer to this step's own prompt; null when the step is entered.</summary>
    public DialogResult? Result { get; } = result;

    public void SetValues(TValues values)
    {
        Values = values;
        WaterfallDialog<TValues>.Save(Dialogs, WaterfallDialog<TValues>.Current(Dialogs) with { Values = values });
    }

    public Task<DialogTurnStatus> PromptAsync(Prompt prompt, PromptOptions options)
    {
        WaterfallDialog<TValues>.Save(Dialogs, WaterfallDialog<TValues>.Current(Dialogs) with { Backward = false });
        return Dialogs.BeginDialogAsync(prompt, new PromptState(options));
    }

    public Task<DialogTurnStatus> BeginAsync(Dialog child, DialogState initial)
    {
        WaterfallDialog<TValues>.Save(Dialogs, WaterfallDialog<TValues>.Current(Dialogs) with { Backward = false });
        return Dialogs.BeginDialogAsync(child, initial);
    }

    public Task<DialogTurnStatus> NextAsync() => waterfall.GoToAsync(Dialogs, Index + 1, Values);

    /// <summary>For a step with nothing to ask: moves on in the direction the user is travelling.</summary>
    public Task<DialogTurnStatus> SkipAsync() =>
        Backward && Index > 0 ? waterfall.GoToAsync(Dialogs, Index - 1, Values, backward: true) : NextAsync();

    public Task<DialogTurnStatus> GoToAsync(int step) => waterfall.GoToAsync(Dialogs, step, Values);

    public Task<DialogTurnStatus> EndAsync(DialogResult? result = null) => Dialogs.EndDialogAsync(result);
}
