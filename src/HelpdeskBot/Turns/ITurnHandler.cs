namespace HelpdeskBot.Turns;

/// <summary>Decides what the bot says in one turn. Must be a function of (state, activity): it may be rerun.</summary>
public interface ITurnHandler
{
    Task OnTurnAsync(TurnContext turn);
}
