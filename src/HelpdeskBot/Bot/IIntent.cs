using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Bot;

/// <summary>
/// Something a user can ask for by name: reporting a problem, their tickets, a person. Each concern
/// registers its own; the main menu lists them and the root handler routes to them.
/// </summary>
public interface IIntent
{
    /// <summary>The intent's name, as the intent model and the corpus label it (report, status, agent, addInfo).</summary>
    string Id { get; }

    /// <summary>Position in the main menu.</summary>
    int Order { get; }

    /// <summary>The main menu's button for it, or null when it is not offered there.</summary>
    Choice? MenuChoice { get; }

    /// <summary>True when it may start while another dialog is asking something (the question is asked again after).</summary>
    bool Interrupts { get; }

    /// <summary>True when the text holds one of the intent's own command phrases (the fast path, before the model).</summary>
    bool Matches(string text);

    /// <summary>Whether the intent starts on this text while a dialog of <paramref name="dc"/> is asking something.</summary>
    bool InterruptsWith(DialogContext dc, string text) => Interrupts && Matches(text);

    /// <summary>
    /// Whether the intent takes a message the intent model read as asking for it: the model proposes, the intent may
    /// refuse what it cannot be ("ok" is no problem to report). The bot then offers the likely choices instead.
    /// </summary>
    bool Accepts(string text) => true;

    /// <summary>
    /// Whether the intent takes the message because of what the conversation has done, before its words are read for an
    /// intent: a question right after a ticket ("when will I get my money back?") is about that ticket, not a new report.
    /// Asked only where no question is open.
    /// </summary>
    Task<bool> ClaimsAsync(DialogContext dc) => Task.FromResult(false);

    Task<DialogTurnStatus> StartAsync(DialogContext dc);
}

/// <summary>
/// Gets the first look at a user's message, after the guard and before any command or dialog: a concern
/// that owns the conversation for a while (a person handling it) answers true and the bot says nothing
/// of its own.
/// </summary>
public interface ITurnGate
{
    Task<bool> TryHandleAsync(DialogContext dc);
}
