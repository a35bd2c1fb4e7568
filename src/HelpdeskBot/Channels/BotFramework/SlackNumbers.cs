using System.Globalization;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Channels.BotFramework;

/// <summary>
/// The other half of <see cref="SlackRenderer"/>: a Slack user who types "2" under a numbered list means its
/// second option. Prompts with choices read numbers already, but the main menu and the evidence step read
/// words only, so a number answering the bot's latest list is replaced by that option's words before the turn
/// — exactly what a click on the option sends in Web Chat.
/// </summary>
public sealed class SlackNumbers(IConversationStore store)
{
    private const int LookBack = 30;

    private static int Number(Activity activity) =>
        activity.ChannelId == SlackRenderer.ChannelId && activity.IsMessage
        && int.TryParse(TypedText.Normalize(activity.Text), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;

    /// <summary>Whether <see cref="ResolveAsync"/> has anything to look up for this activity: a bare number typed on Slack.</summary>
    public static bool Applies(Activity activity) => Number(activity) > 0;

    public async Task<Activity> ResolveAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (Number(activity) is not (> 0 and var number) || activity.Conversation?.Id is not { } conversationId) return activity;

        var snapshot = await store.LoadAsync(conversationId, cancellationToken);
        var recent = await store.ReadActivitiesAsync(conversationId, Math.Max(0, snapshot.LastSequence - LookBack), LookBack, cancellationToken);
        var botId = activity.Recipient?.Id;
        for (var i = recent.Count - 1; i >= 0; i--)
        {
            Activity logged;
            try
            {
                logged = ActivityJson.Deserialize(recent[i].Json);
            }
            catch (JsonException)
            {
                continue;
            }
            // The user spoke after the bot's last list: the number is an answer of its own.
            if (logged.From?.Id != botId) return activity;
            if (logged.SuggestedActions?.Actions is { Count: > 0 } actions)
            {
                return number <= actions.Count ? activity with { Text = WordsOf(actions[number - 1]) } : activity;
            }
        }
        return activity;
    }

    private static string WordsOf(CardAction action) =>
        action.Value is { ValueKind: JsonValueKind.String } value ? value.GetString()! : action.Title;
}
