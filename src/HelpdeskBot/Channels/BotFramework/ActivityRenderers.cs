using System.Globalization;
using System.Text;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Categorization;
using HelpdeskBot.Resources;

namespace HelpdeskBot.Channels.BotFramework;

/// <summary>
/// Turns a reply, as the dialogs wrote it (text, choices as suggested actions, <c>channelData.helpdesk</c>), into
/// what one channel can actually show. Runs just before the reply is sent; the conversation's log keeps the
/// reply as written.
/// </summary>
public interface IActivityRenderer
{
    bool Handles(string? channelId);

    Activity Render(Activity reply);
}

/// <summary>Picks the renderer for a reply's channel; channels without one (Web Chat, the Emulator) get the reply as it is.</summary>
public sealed class ChannelRendering(IEnumerable<IActivityRenderer> renderers)
{
    private readonly IReadOnlyList<IActivityRenderer> renderers = [.. renderers];

    public Activity Render(Activity reply) =>
        renderers.FirstOrDefault(r => r.Handles(reply.ChannelId)) is { } renderer ? renderer.Render(reply) : reply;
}

/// <summary>
/// Teams shows no suggested actions: the choices become the buttons of a hero card (imBack, so a press sends the
/// choice's words like a click in Web Chat does), and a new ticket becomes an Adaptive Card. The contract in
/// <c>channelData</c> is for our own clients; Teams reads its own keys there, so it is left out.
/// </summary>
public sealed class TeamsRenderer(Localizer strings, CategoryCatalog catalog) : IActivityRenderer
{
    public const string ChannelId = "msteams";
    public const string HeroCardType = "application/vnd.microsoft.card.hero";
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    public bool Handles(string? channelId) => channelId == ChannelId;

    public Activity Render(Activity reply)
    {
        var actions = reply.SuggestedActions?.Actions ?? [];
        var attachments = new List<Attachment>(reply.Attachments ?? []);
        if (HelpdeskChannelData.From(reply)?.Ticket is { } ticket)
        {
            var language = Localizer.LanguageOf(reply.Locale);
            attachments.Add(new Attachment { ContentType = AdaptiveCardType, Content = TicketCard.Build(ticket, reply.Text, actions, strings, catalog, language) });
            // The card says it all; the text stays as the notification's preview.
            return reply with { Text = null, Summary = reply.Text, SuggestedActions = null, ChannelData = null, Attachments = attachments };
        }
        if (actions.Count > 0)
        {
            attachments.Add(new Attachment
            {
                ContentType = HeroCardType,
                Content = JsonSerializer.SerializeToElement(new HeroCard(actions), ActivityJson.Options),
            });
        }
        return reply with { SuggestedActions = null, ChannelData = null, Attachments = attachments.Count > 0 ? attachments : null };
    }

    private sealed record HeroCard(IReadOnlyList<CardAction> Buttons);
}

/// <summary>
/// Slack, through Azure Bot Service, shows suggested actions as plain text, so the choices are written as a
/// numbered list; the user answers with the number (or the words). See <see cref="SlackNumbers"/>.
/// </summary>
public sealed class SlackRenderer : IActivityRenderer
{
    public const string ChannelId = "slack";

    public bool Handles(string? channelId) => channelId == ChannelId;

    public Activity Render(Activity reply)
    {
        if (reply.SuggestedActions?.Actions is not { Count: > 0 } actions) return reply with { ChannelData = null };
        var text = new StringBuilder(reply.Text ?? "");
        if (text.Length > 0) text.Append("\n\n");
        for (var i = 0; i < actions.Count; i++)
        {
            if (i > 0) text.Append('\n');
            text.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(actions[i].Title);
        }
        return reply with { Text = text.ToString(), SuggestedActions = null, ChannelData = null };
    }
}
