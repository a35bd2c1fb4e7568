using HelpdeskBot.Dialogs;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Bot;

/// <summary>
/// Something outside the dialogs that may keep what a user's message said (a ticket made from it) and forgets the values
/// the user took back ("oops that was my password"). Each concern that keeps such text registers its own.
/// </summary>
public interface ITakeBack
{
    /// <summary>Forgets the message's values; what to tell the user it forgot them from, or null when it kept none.</summary>
    Task<Message?> ForgetAsync(TurnContext turn, RetractedMessage message);
}
