using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Turns;

/// <summary>
/// Everything the bot remembers about one conversation between turns, saved as one JSON document with
/// an ETag. Mutated only inside a turn; a turn that loses a race is rerun from the stored copy.
/// </summary>
public sealed class ConversationState
{
    /// <summary>The language the user chose explicitly ("en" / "id"); null follows the activity's locale.</summary>
    public string? Language { get; set; }

    /// <summary>The language the user's last telling message was written in; it outranks the locale, not a choice.</summary>
    public string? WrittenLanguage { get; set; }

    public List<DialogFrame> Stack { get; set; } = [];

    /// <summary>What the last cancel stopped, kept for one turn so that "undo" brings it back.</summary>
    public List<DialogFrame>? Cancelled { get; set; }

    public bool Greeted { get; set; }

    /// <summary>The intents the last menu offered, in its order, so a number typed at it ("2") picks that choice.</summary>
    public List<string>? MenuOffered { get; set; }

    /// <summary>Turns this conversation has run (a cheap witness that no turn's state was lost).</summary>
    public long TurnCount { get; set; }

    /// <summary>Set while a person is asked for or connected: the bot then stays out of the way.</summary>
    public HandoffStatus? Handoff { get; set; }

    /// <summary>The reference a later, proactive message uses to reach the user.</summary>
    public Activities.ConversationReference? Reference { get; set; }

    /// <summary>
    /// The ticket a person's chat just ended with, and when: the user's next words, typed as the chat closed, are for it (the
    /// thirteenth trial's "and the seller also not reply my chat since 3 days" started a new interview).
    /// </summary>
    public HandedBack? HandedBack { get; set; }

    /// <summary>What the user's last message left waiting for the guard ("my password is" …); never a secret.</summary>
    public Safety.GuardMemory? Guard { get; set; }
}

/// <summary>The conversation's side of an escalation. <see cref="State"/> is requested or accepted (stored by the enum's names).</summary>
public sealed record HandoffStatus(string EscalationId, Data.Escalations.EscalationState State, string? Agent = null, bool WaitingAcknowledged = false,
    DateTimeOffset? AcknowledgedAt = null);

/// <summary>A person's chat that ended with <see cref="TicketNumber"/> at <see cref="At"/>.</summary>
public sealed record HandedBack(string TicketNumber, DateTimeOffset At);
