using HelpdeskBot.Activities;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Channels.Console;

/// <summary>
/// <c>HelpdeskBot chat</c>: the same dialogs in a terminal. Choices are numbered; typing the number (or
/// the words) picks one.
/// </summary>
public static class ConsoleChannel
{
    public const string ChannelId = "console";

    public static async Task<int> RunAsync(IServiceProvider services, TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        var turns = services.GetRequiredService<TurnProcessor>();
        var user = Environment.UserName is { Length: > 0 } name ? name : "console-user";
        var conversationId = $"console-{user}";
        var locale = Environment.GetEnvironmentVariable("LANG") is { } lang && lang.StartsWith("id", StringComparison.OrdinalIgnoreCase) ? "id-ID" : "en-US";
        await output.WriteLineAsync("HelpdeskBot — type a message, or \"quit\" to leave.");

        Activity Message(string type, string? text) => new()
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            Text = text,
            Locale = locale,
            ChannelId = ChannelId,
            From = new ChannelAccount { Id = user, Name = user, Role = "user" },
            Recipient = new ChannelAccount { Id = "helpdeskbot", Name = "HelpdeskBot", Role = "bot" },
            Conversation = new ConversationAccount { Id = conversationId },
            LocalTimestamp = DateTimeOffset.Now,
            LocalTimezone = TimeZoneInfo.Local.Id,
        };

        var state = await turns.ReadStateAsync(conversationId, cancellationToken);
        var first = state.Greeted
            ? await turns.ProcessAsync(Message(ActivityTypes.Message, "help"), cancellationToken)
            : await turns.ProcessAsync(Message(ActivityTypes.Event, null) with { Name = "webchat/join" }, cancellationToken);
        await PrintAsync(output, first.Replies);
        while (true)
        {
            await output.WriteAsync("> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim().Equals("quit", StringComparison.OrdinalIgnoreCase)) break;
            if (line.Trim().Length == 0) continue;
            var outcome = await turns.ProcessAsync(Message(ActivityTypes.Message, line), cancellationToken);
            await PrintAsync(output, outcome.Replies);
        }
        return 0;
    }

    private static async Task PrintAsync(TextWriter output, IReadOnlyList<Activity> replies)
    {
        foreach (var reply in replies)
        {
            if (!reply.IsMessage) continue;
            if (!string.IsNullOrEmpty(reply.Text)) await output.WriteLineAsync("bot: " + reply.Text);
            if (reply.SuggestedActions?.Actions is { Count: > 0 } actions)
            {
                for (var i = 0; i < actions.Count; i++) await output.WriteLineAsync($"  {i + 1}. {actions[i].Title}");
            }
        }
    }
}
