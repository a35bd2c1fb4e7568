using HelpdeskBot.Turns;

namespace HelpdeskBot.Dialogs;

/// <summary>Runs the conversation's dialog stack for one turn.</summary>
public sealed class DialogContext(TurnContext turn, DialogSet dialogs)
{
    public TurnContext Turn { get; } = turn;
    public DialogSet Dialogs { get; } = dialogs;

    private List<DialogFrame> Stack => Turn.State.Stack;

    public bool IsActive => Stack.Count > 0;

    public DialogFrame ActiveFrame => Stack.Count > 0 ? Stack[^1] : throw new InvalidOperationException("No dialog is active.");

    public Dialog? ActiveDialog => Stack.Count > 0 ? Dialogs.Find(Stack[^1].DialogId) : null;

    /// <summary>The frames from the root down, for code that needs the enclosing dialog (e.g. help, step).</summary>
    public IReadOnlyList<DialogFrame> Frames => Stack;

    public Task<DialogTurnStatus> BeginDialogAsync(Dialog dialog, DialogState initialState)
    {
        if (initialState.GetType() != dialog.StateType)
        {
            throw new ArgumentException($"Dialog '{dialog.Id}' keeps {dialog.StateType.Name}, not {initialState.GetType().Name}.", nameof(initialState));
        }
        Stack.Add(new DialogFrame(dialog.Id, initialState));
        return dialog.BeginAsync(this);
    }

    public Task<DialogTurnStatus> ContinueDialogAsync() =>
        ActiveDialog is { } dialog ? dialog.ContinueAsync(this) : Task.FromResult(DialogTurnStatus.Complete);

    /// <summary>Ends the active dialog and hands its result to the parent, if any.</summary>
    public Task<DialogTurnStatus> EndDialogAsync(DialogResult? result = null)
    {
        if (Stack.Count > 0) Stack.RemoveAt(Stack.Count - 1);
        return ActiveDialog is { } parent
            ? parent.ResumeAsync(this, result ?? DialogResult.Skipped)
            : Task.FromResult(DialogTurnStatus.Complete);
    }

    public Task RepromptAsync() => ActiveDialog is { } dialog ? dialog.RepromptAsync(this) : Task.CompletedTask;

    public void CancelAll() => Stack.Clear();

    /// <summary>
    /// Forgets what the dialogs kept of a message the user took back: the outermost dialog that kept something of it
    /// takes its state without it, and the dialogs it had started end (they were asking about the answer now gone).
    /// Continue the dialogs after it to ask again. False when no dialog kept anything of it.
    /// </summary>
    public bool Forget(Turns.RetractedMessage message)
    {
        for (var i = 0; i < Stack.Count; i++)
        {
            if (Dialogs.Find(Stack[i].DialogId).Forget(Stack[i].State, message) is not { } kept) continue;
            Stack.RemoveRange(i + 1, Stack.Count - i - 1);
            Stack[i] = Stack[i] with { State = kept };
            return true;
        }
        return false;
    }

    public void ReplaceActiveState(DialogState state)
    {
        var frame = ActiveFrame;
        if (state.GetType() != frame.State.GetType())
        {
            throw new ArgumentException($"State of '{frame.DialogId}' must stay {frame.State.GetType().Name}.", nameof(state));
        }
        Stack[^1] = frame with { State = state };
    }

    /// <summary>Changes the state of the nearest enclosing dialog of type <typeparamref name="TState"/>; false when there is none.</summary>
    public bool Update<TState>(Func<TState, TState> change) where TState : DialogState
    {
        for (var i = Stack.Count - 1; i >= 0; i--)
        {
            if (Stack[i].State is not TState state) continue;
            Stack[i] = Stack[i] with { State = change(state) };
            return true;
        }
        return false;
    }

    /// <summary>The state of the nearest enclosing dialog of type <typeparamref name="TState"/>, if any.</summary>
    public TState? Find<TState>() where TState : DialogState =>
        Stack.Select(f => f.State).OfType<TState>().LastOrDefault();
}
