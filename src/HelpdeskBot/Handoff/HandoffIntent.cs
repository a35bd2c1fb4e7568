using HelpdeskBot.Bot;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Handoff;

/// <summary>"Talk to a person": says honestly that live handoff is not available in this build.</summary>
public sealed class HandoffIntent : IIntent
{
    public int Order => 30;
    public Choice? MenuChoice { get; } = Commands.AgentChoice;
    public bool Interrupts => true;

    public bool Matches(TurnContext turn) => Commands.IsAgent(turn.Text);

    public async Task<DialogTurnStatus> StartAsync(DialogContext dc)
    {
        dc.Turn.Send(Message.Of("Handoff.Unavailable"));
        if (dc.IsActive)
        {
            await dc.RepromptAsync();
            return DialogTurnStatus.Waiting;
        }
        return DialogTurnStatus.Complete;
    }
}

public static class HandoffExtensions
{
    public static IHostApplicationBuilder AddHelpdeskHandoff(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IIntent, HandoffIntent>();
        return builder;
    }
}
