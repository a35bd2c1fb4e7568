using HelpdeskBot.Activities;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Resources;
using JsonNodes = System.Text.Json.Nodes;

namespace HelpdeskBot.Turns;

/// <summary>
/// A message the user took back: the kind of secret they said it held, its text and the values in it of that kind's shape
/// (the whole text when none is); never stored again.
/// </summary>
public sealed record RetractedMessage(Safety.SecretKind Kind, string Text, IReadOnlyList<string> Values)
{
    public string KindName => Kind.ToString().ToLowerInvariant();

    /// <summary>No value of the kind's shape was found, so the whole message is what is taken back.</summary>
    public bool Whole => Values.Count == 1 && Values[0] == Text;

    /// <summary>The values are what the guard itself refused in a later message, not what the user said a message held.</summary>
    public bool Refused { get; init; }

    /// <summary>A message shorter than this taken back whole is taken from its own place only.</summary>
    private const int MinWholeElsewhere = 6;

    /// <summary>
    /// Whether the values are looked for beyond the message itself (the bot's later words, answers, tickets, requests for a
    /// person): not for a short message taken back whole ("bot", "ok"), which would match there by chance.
    /// </summary>
    public bool ReachesElsewhere => Refused || Shaped || !Whole || Text.Trim().Length >= MinWholeElsewhere;

    /// <summary>
    /// The values have the kind's shape (digits for a PIN or code, a password-shaped word), even when one is the whole
    /// message: "2580" taken back as a PIN is looked for in the bot's summary too (the eighth trial found it there).
    /// </summary>
    public bool Shaped { get; init; }

    /// <summary>The text without the values taken back (the placeholder in their place), or the placeholder alone when the whole message goes.</summary>
    public string Without(string text) =>
        Values.Aggregate(text, (t, v) => t.Replace(v, Safety.SecretRetraction.Placeholder(Kind), StringComparison.Ordinal));

    /// <summary>
    /// The activity without the values, wherever it holds them as text: its text, and what it carries (a handoff's
    /// transcript holds the user's messages, a card the answers). Null when it holds none.
    /// </summary>
    public Activity? Rewrite(Activity activity)
    {
        var node = System.Text.Json.JsonSerializer.SerializeToNode(activity, ActivityJson.Options);
        return node is not null && WithoutIn(node) ? System.Text.Json.JsonSerializer.Deserialize<Activity>(node, ActivityJson.Options) : null;
    }

    /// <summary>What identifies or routes an activity: never rewritten, whatever it happens to contain.</summary>
    private static readonly HashSet<string> Identity = new(StringComparer.Ordinal)
    {
        "id", "type", "serviceUrl", "channelId", "role", "replyToId", "conversation", "from", "recipient", "locale", "timestamp",
        "localTimestamp", "localTimezone", "contentType", "contentUrl", "membersAdded", "membersRemoved", "clientActivityID",
    };

    /// <summary>Replaces the values in every string of a JSON tree (never in a property's name or an id); whether any held one.</summary>
    private bool WithoutIn(JsonNodes.JsonNode node)
    {
        var changed = false;
        switch (node)
        {
            case JsonNodes.JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (Identity.Contains(name)) continue;
                    if (child is JsonNodes.JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        if (Without(text) is var without && without != text) { obj[name] = without; changed = true; }
                    }
                    else if (child is not null) changed |= WithoutIn(child);
                }
                break;
            case JsonNodes.JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonNodes.JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        if (Without(text) is var without && without != text) { array[i] = without; changed = true; }
                    }
                    else if (array[i] is { } child) changed |= WithoutIn(child);
                }
                break;
        }
        return changed;
    }

    /// <summary>
    /// A copy kept elsewhere of what the message said (an escalation's answer, a ticket's field), without what was taken
    /// back. Taken back whole, a copy cut short ("…") of the message goes, and so does a part read from it (three characters
    /// or more); a short message taken back whole, only a copy of all of it.
    /// </summary>
    public string Scrub(string kept)
    {
        if (!Whole) return Without(kept);
        var said = Text.Trim();
        var placeholder = Safety.SecretRetraction.Placeholder(Kind);
        if (said.Length == 0) return kept;
        if (!ReachesElsewhere) return kept.Trim() == said ? placeholder : kept;
        if (kept.Trim() is { Length: >= 3 } copy && (said.Contains(copy, StringComparison.Ordinal)
            || copy.EndsWith('…') && copy.Length > 3 && said.StartsWith(copy[..^1].TrimEnd(), StringComparison.Ordinal)))
        {
            return placeholder;
        }
        return kept.Replace(said, placeholder, StringComparison.Ordinal);
    }
}

/// <summary>
/// One turn: the inbound activity (already through the guard), the conversation's state, and the
/// replies, which are buffered here and only delivered once the state has been saved.
/// </summary>
public sealed class TurnContext(Activity activity, ConversationState state, Localizer strings, CancellationToken cancellationToken)
{
    private readonly List<Activity> replies = [];
    private readonly List<Func<CancellationToken, Task>> afterCommit = [];

    public Activity Activity { get; } = activity;
    public ConversationState State { get; } = state;
    public Localizer Strings { get; } = strings;
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The kinds of secret the guard removed from this activity's text (empty when none).</summary>
    public IReadOnlyList<string> Refused { get; init; } = [];

    /// <summary>
    /// A message of the user's that this one says held a secret the guard did not see ("oops that was my password"): the
    /// log already keeps it without its text; what the dialogs and tickets kept of it is still to be forgotten.
    /// </summary>
    public RetractedMessage? Retracted { get; init; }

    /// <summary>
    /// What identifies the inbound activity across reruns of this turn (the channel's id or Web Chat's
    /// client id): the key for side effects that must happen once.
    /// </summary>
    public string ActivityKey { get; init; } = Guid.NewGuid().ToString("N");

    public string Language => State.Language ?? State.WrittenLanguage ?? Localizer.LanguageOf(Activity.Locale);

    public string Text => answer ?? Activity.Text?.Trim() ?? "";

    private string? answer;

    /// <summary>
    /// The rest of the turn reads only <paramref name="part"/> of the message: the answer a user gave after asking about the
    /// question ("maksudnya gimana nak? ya harusnya kebuka buat liat saldo"). The guard has seen the whole message; the log keeps it.
    /// </summary>
    public void ReadOnly(string part) => answer = part.Trim();

    public IReadOnlyList<Activity> Replies => replies;

    public string Render(Message message) => message.Render(Strings, Language);

    /// <summary>Queues a message reply; choices become suggested actions (each channel renders them its way).</summary>
    public void Send(Message text, HelpdeskChannelData? data = null, IReadOnlyList<Choice>? choices = null, IReadOnlyList<Attachment>? attachments = null) =>
        SendActivity(new Activity
        {
            Type = ActivityTypes.Message,
            Text = Render(text),
            TextFormat = "plain",
            InputHint = choices is { Count: > 0 } ? "expectingInput" : null,
            SuggestedActions = choices is { Count: > 0 }
                ? new SuggestedActions { Actions = [.. choices.Select(c => ImBack(Render(c.Title)))] }
                : null,
            Attachments = attachments,
            ChannelData = data?.ToChannelData(),
        });

    public void SendActivity(Activity reply) => replies.Add(reply);

    /// <summary>
    /// Work that must happen once, and only if the turn's state is saved (an email): a turn that is rerun
    /// after a conflict drops what its first run queued.
    /// </summary>
    public void AfterCommit(Func<CancellationToken, Task> work) => afterCommit.Add(work);

    internal IReadOnlyList<Func<CancellationToken, Task>> AfterCommitWork => afterCommit;

    private static CardAction ImBack(string title) => new() { Type = ActionTypes.ImBack, Title = title, Value = System.Text.Json.JsonSerializer.SerializeToElement(title) };
}
