namespace HelpdeskBot.Dialogs;

/// <summary>
/// The persisted state of one dialog on the stack. Each dialog declares its own record deriving from
/// this; <see cref="DialogSet"/> registers them for polymorphic JSON, so the stack is one typed document.
/// </summary>
public abstract record DialogState;

public sealed record DialogFrame(string DialogId, DialogState State);

/// <summary>How a child dialog ended, as its parent sees it.</summary>
public enum DialogOutcome { Done, Skipped, Back, Cancelled }

/// <summary>A child dialog's result. Not persisted: a parent consumes it in the same turn.</summary>
public sealed record DialogResult(DialogOutcome Outcome, Answer? Answer = null)
{
    public static readonly DialogResult Skipped = new(DialogOutcome.Skipped);
    public static readonly DialogResult Back = new(DialogOutcome.Back);
    public static readonly DialogResult Cancelled = new(DialogOutcome.Cancelled);
    public static DialogResult Done(Answer answer) => new(DialogOutcome.Done, answer);
}

/// <summary>What a prompt recognised.</summary>
public abstract record Answer;
public sealed record TextAnswer(string Text) : Answer;
public sealed record ChoiceAnswer(string Value, string Text) : Answer;
public sealed record ConfirmAnswer(bool Value) : Answer;

/// <summary>Whether the dialogs wait for the user's next message, or the stack emptied.</summary>
public enum DialogTurnStatus { Waiting, Complete }
