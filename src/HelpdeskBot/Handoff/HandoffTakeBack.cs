using HelpdeskBot.Bot;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Handoff;

/// <summary>
/// A value the user took back leaves what agents see: an escalation's answers kept it (the interview's answers when the
/// user asked for a person, and what they wrote while waiting), and those are on every agent's screen.
/// </summary>
public sealed class HandoffTakeBack(HandoffService handoff) : ITakeBack
{
    public async Task<Message?> ForgetAsync(TurnContext turn, RetractedMessage message) =>
        await handoff.ForgetAsync(turn, message) && turn.State.Handoff is null ? Message.Of("Guard.RetractedFromHandoff") : null;
}
