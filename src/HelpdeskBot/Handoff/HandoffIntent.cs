using HelpdeskBot.Bot;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Handoff;

/// <summary>"Talk to a person", "petugas", "can I speak to a real human", "cs dong", "you're not helping": asks for an agent, at any point.</summary>
public sealed class HandoffIntent(HandoffService handoff) : IIntent
{
    private static readonly string[] NotHelping = ["not helping", "you're not helping", "you are not helping", "useless bot", "tidak membantu", "gak membantu", "nggak membantu", "ga membantu"];

    public string Id => "agent";
    public int Order => 30;
    public Choice? MenuChoice { get; } = Commands.AgentChoice;
    public bool Interrupts => true;

    public bool Matches(string text) => Commands.IsAgent(text) || PersonRequest.In(text);

    public async Task<DialogTurnStatus> StartAsync(DialogContext dc)
    {
        var text = Commands.Normalize(dc.Turn.Text);
        var reason = NotHelping.Any(p => Commands.ContainsPhrase(text, p)) ? "notHelping"
            : dc.IsActive && dc.ActiveFrame.State is PromptState { Attempts: >= 3 } ? "stuck"
            : "user";
        await handoff.StartAsync(dc, reason);
        return dc.IsActive ? DialogTurnStatus.Waiting : DialogTurnStatus.Complete;
    }
}

/// <summary>While a person is asked for or connected, the user's messages go to them, not to the dialogs.</summary>
public sealed class HandoffGate(HandoffService handoff) : ITurnGate
{
    public Task<bool> TryHandleAsync(DialogContext dc) => handoff.OnUserMessageAsync(dc);
}

/// <summary>Turns requests nobody accepted in time into tickets, and tells their users.</summary>
public sealed class HandoffTimeouts(HandoffService handoff, Data.Escalations.IEscalationStore store, Microsoft.Extensions.Options.IOptions<HandoffOptions> options, TimeProvider clock, ILogger<HandoffTimeouts> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.CheckIntervalSeconds)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Checking handoff timeouts failed ({Error}); trying again on the next tick.", e.GetType().Name);
            }
        }
    }

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddSeconds(-options.Value.TimeoutSeconds);
        foreach (var waiting in await store.ListAsync(Data.Escalations.EscalationState.Requested, 500, cancellationToken))
        {
            if (waiting.RequestedAt <= cutoff) await handoff.TimeOutAsync(waiting, cancellationToken);
        }
    }
}
