using Microsoft.Extensions.Options;

namespace HelpdeskBot.Attachments;

/// <summary>Why an upload was refused before anything was stored: the status to answer, and what to tell the user.</summary>
public sealed record QuotaRefusal(int Status, string Message, TimeSpan? RetryAfter = null);

/// <summary>
/// How much a conversation and a client address have stored, against <see cref="AttachmentOptions"/>' limits: per
/// conversation for as long as it keeps uploading (its files live until the sweeper or a ticket decides), per client
/// address per hour. Space is reserved before the files are written and given back for those not kept, so two
/// uploads at once cannot both squeeze under a limit. Counted in this process: with several instances each keeps
/// its own count, and a restart starts afresh — the caps bound a burst, the sweeper bounds what stays.
/// </summary>
public sealed class UploadQuotas(IOptions<AttachmentOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan ClientWindow = TimeSpan.FromHours(1);
    private const int Prune = 10_000;

    private readonly Dictionary<string, Usage> conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Usage> clients = new(StringComparer.Ordinal);

    private sealed class Usage(DateTimeOffset since)
    {
        public DateTimeOffset Since { get; set; } = since;
        public DateTimeOffset LastUse { get; set; } = since;
        public int Files { get; set; }
        public long Bytes { get; set; }
    }

    /// <summary>Refuses when the conversation or the client has no room left at all (checked before the body is read).</summary>
    public QuotaRefusal? CheckRoom(string conversationId, string client) => TryReserve(conversationId, client, 0, 0, probeOnly: true);

    /// <summary>Reserves room for <paramref name="files"/> files of <paramref name="bytes"/> bytes in all, or says why not.</summary>
    public QuotaRefusal? TryReserve(string conversationId, string client, int files, long bytes) => TryReserve(conversationId, client, files, bytes, probeOnly: false);

    /// <summary>Gives back what was reserved for files that were not kept.</summary>
    public void Release(string conversationId, string client, int files, long bytes)
    {
        lock (conversations)
        {
            if (conversations.TryGetValue(conversationId, out var conversation)) Take(conversation, -files, -bytes);
            if (clients.TryGetValue(client, out var usage)) Take(usage, -files, -bytes);
        }
    }

    private QuotaRefusal? TryReserve(string conversationId, string client, int files, long bytes, bool probeOnly)
    {
        var limits = options.Value;
        var now = clock.GetUtcNow();
        lock (conversations)
        {
            if (conversations.Count > Prune) Forget(conversations, now - TimeSpan.FromHours(Math.Max(1, limits.UnreferencedGraceHours)));
            if (clients.Count > Prune) Forget(clients, now - ClientWindow);

            var conversation = conversations.TryGetValue(conversationId, out var c) ? c : conversations[conversationId] = new Usage(now);
            if (!clients.TryGetValue(client, out var usage) || now - usage.Since >= ClientWindow) clients[client] = usage = new Usage(now);

            var full = probeOnly ? 1 : 0;
            if (conversation.Files + files + full > limits.MaxFilesPerConversation || conversation.Bytes + bytes + full > limits.MaxBytesPerConversation)
            {
                return new QuotaRefusal(StatusCodes.Status413PayloadTooLarge,
                    $"This conversation has stored {conversation.Files} file(s), {Megabytes(conversation.Bytes)}; a conversation may keep at most " +
                    $"{limits.MaxFilesPerConversation} files and {Megabytes(limits.MaxBytesPerConversation)}.");
            }
            if (usage.Files + files + full > limits.MaxFilesPerClientPerHour || usage.Bytes + bytes + full > limits.MaxBytesPerClientPerHour)
            {
                var wait = usage.Since + ClientWindow - now;
                return new QuotaRefusal(StatusCodes.Status429TooManyRequests,
                    $"Your address has uploaded {usage.Files} file(s), {Megabytes(usage.Bytes)}, this hour; the limit is " +
                    $"{limits.MaxFilesPerClientPerHour} files and {Megabytes(limits.MaxBytesPerClientPerHour)} an hour. Try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} minute(s).",
                    wait);
            }
            if (!probeOnly)
            {
                Take(conversation, files, bytes);
                Take(usage, files, bytes);
                conversation.LastUse = usage.LastUse = now;
            }
            return null;
        }
    }

    private static void Take(Usage usage, int files, long bytes)
    {
        usage.Files = Math.Max(0, usage.Files + files);
        usage.Bytes = Math.Max(0, usage.Bytes + bytes);
    }

    private static void Forget(Dictionary<string, Usage> usages, DateTimeOffset before)
    {
        foreach (var key in usages.Where(u => u.Value.LastUse < before).Select(u => u.Key).ToList()) usages.Remove(key);
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";
}
