using System.Text.Json;
using System.Text.Json.Nodes;
using HelpdeskBot.Activities;
using HelpdeskBot.Categorization;
using HelpdeskBot.Resources;

namespace HelpdeskBot.Channels.BotFramework;

/// <summary>
/// The new ticket as an Adaptive Card (schema 1.4, which every Teams client renders), written as raw JSON: there
/// is no AdaptiveCards package here, and the card is small.
/// </summary>
public static class TicketCard
{
    public const string Version = "1.4";

    public static JsonElement Build(TicketInfo ticket, string? text, IReadOnlyList<CardAction> actions, Localizer strings, CategoryCatalog catalog, string language)
    {
        var body = new JsonArray
        {
            TextBlock(strings.Get("Card.Ticket", language, ticket.Number), bold: true),
        };
        if (!string.IsNullOrWhiteSpace(text)) body.Add(TextBlock(text));
        var facts = new JsonArray
        {
            Fact(strings.Get("Card.Category", language), catalog.DisplayName(ticket.Category, language)),
            Fact(strings.Get("Card.Priority", language), Localized(strings, "Priority.", ticket.Priority, language)),
            Fact(strings.Get("Card.Status", language), Localized(strings, "Status.", ticket.Status, language)),
        };
        if (!string.IsNullOrWhiteSpace(ticket.Service)) facts.Add(Fact(strings.Get("Intake.service.Label", language), ticket.Service));
        body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        if (!string.IsNullOrWhiteSpace(ticket.Description)) body.Add(TextBlock(ticket.Description, subtle: true));

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions.Count > 0)
        {
            // Teams' imBack from an Adaptive Card: the button sends its words as the user's message.
            card["actions"] = new JsonArray([.. actions.Select(a => (JsonNode)new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = a.Title,
                ["data"] = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = ValueOf(a) } },
            })]);
        }
        return JsonSerializer.SerializeToElement(card);
    }

    private static JsonObject TextBlock(string text, bool bold = false, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bold)
        {
            block["weight"] = "Bolder";
            block["size"] = "Medium";
        }
        if (subtle) block["isSubtle"] = true;
        return block;
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    /// <summary>The contract's ids ("high", "waitingForUser") shown with the bot's words for them.</summary>
    private static string Localized(Localizer strings, string prefix, string id, string language)
    {
        if (id.Length == 0) return id;
        var key = prefix + char.ToUpperInvariant(id[0]) + id[1..];
        try
        {
            return strings.Get(key, language);
        }
        catch (KeyNotFoundException)
        {
            return id;
        }
    }

    private static string ValueOf(CardAction action) =>
        action.Value is { ValueKind: JsonValueKind.String } value ? value.GetString()! : action.Title;
}
