using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HelpdeskBot.Activities;
using HelpdeskBot.Attachments;

namespace HelpdeskBot.Safety;

/// <summary>
/// Runs before anything else sees an inbound activity, over every string in it that could be stored, logged,
/// echoed or shown. What the bot does not use is dropped (<c>value</c>, <c>speak</c>, entities, card content,
/// thumbnails, unknown properties, channel data other than Web Chat's <c>clientActivityID</c> and Teams'
/// <c>tenant.id</c>). What it uses is scanned: the user's own words (text, summary, file names) are redacted and
/// reported, so the bot refuses them; a display name holding a secret is removed rather than shown or greeted;
/// ids holding one are replaced by a hash of themselves (a channel's retry still matches); every other kept string
/// is redacted quietly.
/// </summary>
public sealed class ActivityGuard(SecretScanner scanner)
{
    public (Activity Activity, IReadOnlyList<string> Refused) Apply(Activity activity)
    {
        var pass = new Pass(scanner);
        var cleaned = new Activity
        {
            Type = activity.Type,
            Id = pass.Id(activity.Id),
            Timestamp = activity.Timestamp,
            LocalTimestamp = activity.LocalTimestamp,
            LocalTimezone = pass.Quiet(activity.LocalTimezone),
            ServiceUrl = activity.ServiceUrl,
            ChannelId = activity.ChannelId,
            From = pass.Account(activity.From),
            Conversation = pass.Conversation(activity.Conversation),
            Recipient = pass.Account(activity.Recipient),
            MembersAdded = activity.MembersAdded?.Select(m => pass.Account(m)!).ToList(),
            MembersRemoved = activity.MembersRemoved?.Select(m => pass.Account(m)!).ToList(),
            Text = pass.Typed(activity.Text),
            Summary = pass.Typed(activity.Summary),
            Attachments = activity.Attachments?.Select(pass.Attachment).ToList(),
            ChannelData = pass.ChannelData(activity.ChannelData),
            ReplyToId = pass.Id(activity.ReplyToId),
            Name = pass.Quiet(activity.Name),
            Locale = pass.Quiet(activity.Locale),
        };
        return (cleaned, pass.Refused.ConvertAll(Name));
    }

    /// <summary>Checks text the bot is about to send or store on a person's behalf (an agent's message or field).</summary>
    public ScanResult Scan(string text) => scanner.Scan(text);

    public static string Name(SecretKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>One activity's scan: the kinds found in what the user typed, in order of first appearance.</summary>
    private sealed class Pass(SecretScanner scanner)
    {
        public List<SecretKind> Refused { get; } = [];

        /// <summary>The user's own words: redacted, and the kinds reported so the bot refuses the message.</summary>
        public string? Typed(string? text)
        {
            if (string.IsNullOrEmpty(text)) return text;
            var result = scanner.Scan(text);
            foreach (var kind in result.Kinds)
            {
                if (!Refused.Contains(kind)) Refused.Add(kind);
            }
            return result.Redacted;
        }

        /// <summary>A string the bot uses but the user did not type as a message: redacted, not refused.</summary>
        public string? Quiet(string? text) => string.IsNullOrEmpty(text) ? text : scanner.Scan(text).Redacted;

        /// <summary>A display name: shown and greeted, so one that holds a secret goes altogether.</summary>
        public string? DisplayName(string? name) => string.IsNullOrEmpty(name) || !scanner.Scan(name).Found ? name : null;

        /// <summary>
        /// An id the pipeline keys on (duplicate detection): redacting would make different activities look alike,
        /// so one holding a secret becomes a hash of itself, which a retry of the same activity hashes alike.
        /// </summary>
        public string? Id(string? id) =>
            string.IsNullOrEmpty(id) || !scanner.Scan(id).Found
                ? id
                : "hashed-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..32];

        public ChannelAccount? Account(ChannelAccount? account) => account is null ? null : new ChannelAccount
        {
            // The channel assigns user and bot ids (a Direct Line token's, an authenticated Bot Connector's).
            Id = account.Id,
            Name = DisplayName(account.Name),
            AadObjectId = Quiet(account.AadObjectId),
            Role = Quiet(account.Role),
        };

        public ConversationAccount? Conversation(ConversationAccount? conversation) => conversation is null ? null : new ConversationAccount
        {
            Id = conversation.Id,
            IsGroup = conversation.IsGroup,
            ConversationType = Quiet(conversation.ConversationType),
            Name = DisplayName(conversation.Name),
            TenantId = Quiet(conversation.TenantId),
        };

        public Attachment Attachment(Attachment attachment) => new()
        {
            ContentType = Quiet(attachment.ContentType),
            ContentUrl = Url(attachment.ContentUrl),
            Name = Typed(attachment.Name),
            // The server's own mark on an upload it did not keep (a known reason, nothing else).
            Extra = AttachmentUrls.ProblemOf(attachment) is { } problem
                ? new() { [AttachmentUrls.RejectedProperty] = JsonSerializer.SerializeToElement(problem.ToString()) }
                : null,
        };

        /// <summary>
        /// A link: one to a file this service stored ends in 128 random bits of hex, which may happen to look like
        /// digits of a card; only the rest of it is the sender's to choose, and only the rest is scanned.
        /// </summary>
        public string? Url(string? url)
        {
            if (string.IsNullOrEmpty(url)) return url;
            if (AttachmentUrls.IdOf(url) is { Length: 32 } id && id.All(char.IsAsciiHexDigit) && url.EndsWith(id, StringComparison.Ordinal))
            {
                var rest = url[..^id.Length];
                return Quiet(rest) + id;
            }
            return Quiet(url);
        }

        /// <summary>Web Chat's <c>clientActivityID</c> (its echo must carry it) and Teams' <c>tenant.id</c>; nothing else.</summary>
        public JsonElement? ChannelData(JsonElement? channelData)
        {
            if (channelData is not { ValueKind: JsonValueKind.Object } data) return null;
            var kept = new JsonObject();
            if (data.TryGetProperty("clientActivityID", out var client) && client.ValueKind == JsonValueKind.String)
            {
                kept["clientActivityID"] = Id(client.GetString());
            }
            if (data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
                && tenant.TryGetProperty("id", out var tenantId) && tenantId.ValueKind == JsonValueKind.String)
            {
                kept["tenant"] = new JsonObject { ["id"] = Quiet(tenantId.GetString()) };
            }
            return kept.Count == 0 ? null : JsonSerializer.SerializeToElement(kept);
        }
    }

    private static readonly string[] ErrorPrefixes = ["error", "err", "code", "kode", "http", "status", "exception"];

    /// <summary>
    /// A message answering an interview question (whose answers are never passwords) that is one word shaped like a
    /// password: capitals, small letters, digits and a symbol no user name takes ("Rahasia#2024!"). Returns it with the
    /// word removed, as a password; null for anything else.
    /// </summary>
    public static Activity? AsPassword(Activity activity)
    {
        var word = activity.Text?.Trim();
        if (string.IsNullOrEmpty(word) || word.Length > 64 || word.Any(char.IsWhiteSpace)
            || !(word.Any(char.IsAsciiLetterUpper) && word.Any(char.IsAsciiLetterLower) && word.Any(char.IsAsciiDigit)
                && word.Any(c => !char.IsLetterOrDigit(c) && c is not ('.' or '_' or '-' or '@' or '+')))
            // "Error#404", "Code:E401x": what a screen printed, typed to the error question.
            || ErrorPrefixes.Any(p => word.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return activity with { Text = Redaction.Placeholder(SecretKind.Password) };
    }

    /// <summary>
    /// The second look, with the conversation's state at hand: a message's text checked against what the user's
    /// previous message left waiting (<see cref="GuardMemory"/>) — the value after "my password is", the rest of a
    /// card number typed in two parts. Returns the activity with those removed too, every kind refused, and what
    /// this message leaves waiting for the next one. Activities that are not messages (typing, events) leave the
    /// memory as it was.
    /// </summary>
    public (Activity Activity, IReadOnlyList<string> Refused, GuardMemory? Memory) FollowUp(Activity activity, IReadOnlyList<string> refused, GuardMemory? memory)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(refused);
        if (!activity.IsMessage)
        {
            return (activity, refused, memory);
        }

        var (result, next) = scanner.ScanAfter(activity.Text ?? "", memory);
        if (!result.Found)
        {
            return (activity, refused, next);
        }

        var kinds = refused.ToList();
        kinds.AddRange(result.Kinds.Select(Name).Where(k => !kinds.Contains(k)));
        return (activity with { Text = result.Redacted }, kinds, next);
    }
}
