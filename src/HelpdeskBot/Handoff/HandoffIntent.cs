using System.Collections.Frozen;
using HelpdeskBot.Bot;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Handoff;

/// <summary>"Talk to a person", "petugas", "can I speak to a real human", "cs dong", "you're not helping": asks for an agent, at any point.</summary>
public sealed class HandoffIntent(HandoffService handoff) : IIntent
{
    /// <summary>Offered in the menu and as the way out of a question that keeps failing (see <see cref="PromptWayOut"/>).</summary>
    public static readonly Choice AgentChoice = new("agent", Message.Of("Choice.Agent"));

    /// <summary>A question that keeps failing offers a person (beside "skip" when it may be skipped).</summary>
    public static readonly PromptWayOut WayOut = new(Message.Of("Prompt.GiveUpOptional"), Message.Of("Prompt.GiveUpRequired"), [AgentChoice]);

    /// <summary>Asking for a person, as the whole message.</summary>
    private static readonly FrozenSet<string> AgentWords = new[] { "agent", "human", "person", "a person", "talk to a person", "customer service", "petugas", "cs", "operator", "live agent", "live chat", "manusia", "bicara dengan petugas", "bicara dengan manusia", "talk to a human", "speak to a person", "speak to a human", "talk to an agent", "speak to an agent", "real person", "hubungi petugas", "agen", "minta cs", "mau bicara dengan cs", "representative", "a representative", "supervisor", "your supervisor", "manager", "atasan", "panggil atasan", "panggilin atasan" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"The bot is not helping": a person is asked for, with that reason.</summary>
    private static readonly string[] NotHelping = ["not helping", "you're not helping", "you are not helping", "useless bot", "tidak membantu", "gak membantu", "nggak membantu", "ga membantu"];

    /// <summary>Asking for a person, anywhere in the message.</summary>
    private static readonly string[] AgentPhrases = ["talk to a person", "talk to a human", "speak to a person", "speak to a human", "talk to an agent", "speak to an agent", "customer service", "real person", "live agent", "bicara dengan manusia", "bicara dengan petugas", "hubungi petugas", "sambungkan ke petugas", "minta petugas", "mau ke cs", "bicara dengan cs", "ngobrol dengan cs", "talk to a representative", "speak to a representative", "speak to your supervisor", "panggilin atasan", "panggil atasan kamu", "put me through to", "transfer me to", "one of your agents",
        "connect me to an agent", "connect me to a person", "sambungin ke cs", "sambungkan ke cs", "sambungin ke petugas", .. NotHelping];

    public string Id => "agent";
    public int Order => 30;
    public Choice? MenuChoice { get; } = AgentChoice;
    public bool Interrupts => true;

    public bool Matches(string text) => AsksForAgent(text) || PersonRequest.In(text);

    public async Task<DialogTurnStatus> StartAsync(DialogContext dc)
    {
        var text = TypedText.Normalize(dc.Turn.Text);
        var reason = NotHelping.Any(p => TypedText.ContainsPhrase(text, p)) ? "notHelping"
            : dc.IsActive && dc.ActiveFrame.State is PromptState { FailedAnswers: >= 3 } ? "stuck"
            : "user";
        await handoff.StartAsync(dc, reason);
        return dc.IsActive ? DialogTurnStatus.Waiting : DialogTurnStatus.Complete;
    }

    private static bool AsksForAgent(string text)
    {
        var n = TypedText.Normalize(text);
        return AgentWords.Contains(n) || AgentPhrases.Any(p => TypedText.ContainsPhrase(n, p));
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
