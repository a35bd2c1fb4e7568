namespace HelpdeskBot.Dialogs;

/// <summary>
/// A stateless dialog definition. Everything a running instance remembers lives in its
/// <see cref="DialogState"/> on the conversation's stack.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>The record this dialog keeps on the stack.</summary>
    public abstract Type StateType { get; }

    /// <summary>Runs right after the dialog was pushed with its initial state.</summary>
    public abstract Task<DialogTurnStatus> BeginAsync(DialogContext dc);

    /// <summary>The user said something while this dialog was on top.</summary>
    public abstract Task<DialogTurnStatus> ContinueAsync(DialogContext dc);

    /// <summary>A child this dialog started has ended.</summary>
    public virtual Task<DialogTurnStatus> ResumeAsync(DialogContext dc, DialogResult result) => dc.EndDialogAsync(result);

    /// <summary>Ask again (after help, an interruption or a language switch).</summary>
    public virtual Task RepromptAsync(DialogContext dc) => Task.CompletedTask;

    /// <summary>
    /// The user said a message of theirs held a secret: this dialog's state without what it kept of that message or of the
    /// values in it, set to ask for it again; null when it kept nothing of it.
    /// </summary>
    public virtual DialogState? Forget(DialogState state, Turns.RetractedMessage message) => null;

    /// <summary>
    /// True when files the user sends at any question asked under this dialog are kept by it (the interview keeps them for
    /// its ticket), so uploads are taken there, not only at a question that asks for files.
    /// </summary>
    public virtual bool KeepsFilesSentAnywhere => false;

    /// <summary>Short help for the question this dialog is asking, or null.</summary>
    public virtual Message? Help(DialogContext dc) => null;
}

/// <summary>A dialog with a typed state record.</summary>
public abstract class Dialog<TState>(string id) : Dialog(id) where TState : DialogState
{
    public sealed override Type StateType => typeof(TState);

    protected static TState StateOf(DialogContext dc) => (TState)dc.ActiveFrame.State;

    protected static void SetState(DialogContext dc, TState state) => dc.ReplaceActiveState(state);
}
