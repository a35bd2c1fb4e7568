namespace HelpdeskBot.Dialogs;

/// <summary>A dialog's state that asks one question: what to ask, shown each time it asks.</summary>
public interface IAsksQuestion
{
    PromptOptions Options { get; }
}

/// <summary>A question whose answer may be files (screenshots, a video): uploads are taken while it is asked.</summary>
public interface ITakesFiles : IAsksQuestion;

/// <summary>
/// A dialog that asks one question and waits: it asks on begin, and asks again whenever something that
/// interrupted it (a status check, help) is done.
/// </summary>
public abstract class QuestionDialog<TState>(string id) : Dialog<TState>(id) where TState : DialogState, IAsksQuestion
{
    public override async Task<DialogTurnStatus> BeginAsync(DialogContext dc)
    {
        await RepromptAsync(dc);
        return DialogTurnStatus.Waiting;
    }

    public override async Task<DialogTurnStatus> ResumeAsync(DialogContext dc, DialogResult result)
    {
        await RepromptAsync(dc);
        return DialogTurnStatus.Waiting;
    }

    public override Message? Help(DialogContext dc) => StateOf(dc).Options.Help;
}
