using System.Runtime.CompilerServices;
using HelpdeskBot.Activities;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Infrastructure;

/// <summary>
/// A conversation test, read top to bottom like the chat it checks:
/// <c>await chat.Send("report a problem").AssertField("userId").Send("budi_s88").AssertField("service");</c>
/// Steps queue up and run in order when the chain is awaited.
/// </summary>
public sealed class TestChat(TurnProcessor turns, string channelId = "test", string userId = "user-1", string? conversationId = null)
{
    private readonly List<Func<Task>> steps = [];
    private readonly List<Activity> transcript = [];

    public string ConversationId { get; } = conversationId ?? "conv-" + Guid.NewGuid().ToString("N");
    public string Locale { get; set; } = "en-US";
    public string UserName { get; set; } = "Budi";
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }

    /// <summary>The replies of the last turn.</summary>
    public IReadOnlyList<Activity> Replies { get; private set; } = [];

    /// <summary>Every activity of the conversation so far, the user's and the bot's.</summary>
    public IReadOnlyList<Activity> Transcript => transcript;

    public Activity LastReply => Replies.Count > 0 ? Replies[^1] : throw new Xunit.Sdk.XunitException("The bot said nothing.");

    public HelpdeskChannelData? Contract => Replies.Select(HelpdeskChannelData.From).LastOrDefault(d => d is not null);

    /// <summary>The kinds the guard refused in the last message, as the contract's <c>refused</c> says; null when none.</summary>
    public IReadOnlyList<string>? Refused => Replies.Select(HelpdeskChannelData.From).FirstOrDefault(d => d?.Refused is not null)?.Refused;

    /// <summary>The ticket the last turn announced (<c>channelData.helpdesk.ticket</c>), if any.</summary>
    public TicketInfo? Ticket => Replies.Select(HelpdeskChannelData.From).Select(d => d?.Ticket).LastOrDefault(t => t is not null);

    /// <summary>The tickets the last turn listed (<c>channelData.helpdesk.tickets</c>), if it listed any.</summary>
    public IReadOnlyList<TicketInfo>? Tickets => Replies.Select(HelpdeskChannelData.From).Select(d => d?.Tickets).LastOrDefault(t => t is not null);

    public TestChat Send(string text, IReadOnlyList<Attachment>? attachments = null) =>
        Queue(() => RunAsync(new Activity { Type = ActivityTypes.Message, Text = text, Attachments = attachments }));

    public TestChat Join() => Queue(() => RunAsync(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" }));

    public TestChat AssertField(string field) => Queue(() =>
    {
        Assert.True(Contract?.Field == field, $"Expected the bot to ask for '{field}', but it asked for '{Contract?.Field ?? "nothing"}'. It said: {Said()}");
        return Task.CompletedTask;
    });

    public TestChat AssertSays(string fragment) => Queue(() =>
    {
        Assert.True(Replies.Any(r => r.Text?.Contains(fragment, StringComparison.OrdinalIgnoreCase) == true), $"Expected '{fragment}' in: {Said()}");
        return Task.CompletedTask;
    });

    public TestChat AssertNotSays(string fragment) => Queue(() =>
    {
        Assert.False(Replies.Any(r => r.Text?.Contains(fragment, StringComparison.OrdinalIgnoreCase) == true), $"Did not expect '{fragment}' in: {Said()}");
        return Task.CompletedTask;
    });

    public TestChat Check(Action<TestChat> check) => Queue(() =>
    {
        check(this);
        return Task.CompletedTask;
    });

    public TaskAwaiter GetAwaiter() => RunQueuedAsync().GetAwaiter();

    public string Said() => string.Join(" | ", Replies.Select(r => r.Text));

    private async Task RunQueuedAsync()
    {
        var queued = steps.ToList();
        steps.Clear();
        foreach (var step in queued) await step();
    }

    private TestChat Queue(Func<Task> step)
    {
        steps.Add(step);
        return this;
    }

    private async Task RunAsync(Activity activity)
    {
        var inbound = activity with
        {
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = channelId,
            Locale = Locale,
            From = new ChannelAccount { Id = userId, Name = UserName, Role = "user" },
            Recipient = new ChannelAccount { Id = "helpdeskbot", Name = "HelpdeskBot", Role = "bot" },
            Conversation = new ConversationAccount { Id = ConversationId },
            LocalTimestamp = LocalTimestamp,
            LocalTimezone = LocalTimezone,
        };
        var outcome = await turns.ProcessAsync(inbound);
        transcript.Add(inbound);
        transcript.AddRange(outcome.Replies);
        Replies = outcome.Replies;
    }
}
