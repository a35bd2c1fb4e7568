using System.Net.Http.Headers;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Attachments;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Channels.BotFramework;

/// <summary>
/// Files a Teams user sends, brought in before the turn so the interview's evidence step sees them like a Web
/// Chat upload: an image pasted into the chat (its <c>contentUrl</c> needs the bot's token) or a file sent with
/// <c>supportsFiles</c> (a pre-authorised <c>downloadUrl</c>). Each is downloaded only from the activity's own
/// <c>serviceUrl</c> host or a configured Teams host, over HTTPS, without following redirects, up to the
/// attachment size limit, and stored through <see cref="IAttachmentStore"/> (which checks the content); the
/// activity then points at our copy. Anything else is marked as not accepted.
/// </summary>
public sealed partial class TeamsAttachments(
    IHttpClientFactory httpClients,
    IConnectorTokens tokens,
    IAttachmentStore files,
    UploadWindow window,
    UploadQuotas quotas,
    Safety.ActivityGuard guard,
    IOptions<BotFrameworkOptions> options,
    IOptions<AttachmentOptions> limits,
    ILogger<TeamsAttachments> logger)
{
    public const string HttpClientName = "BotFramework.Attachments";
    public const string FileDownloadInfoType = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>Whether <see cref="ImportAsync"/> has anything to fetch for this activity: files sent on Teams.</summary>
    public static bool Applies(Activity activity) => activity.ChannelId == TeamsRenderer.ChannelId && activity.Attachments is { Count: > 0 };

    public async Task<Activity> ImportAsync(Activity activity, string ourBaseUrl, CancellationToken cancellationToken)
    {
        if (!Applies(activity) || activity.Attachments is not { } attachments || activity.Conversation?.Id is not { } conversationId)
        {
            return activity;
        }
        var imported = new List<Attachment>();
        var downloads = 0;
        // Files are fetched only at a question that asks for them, and within the same quotas as a Web Chat upload
        // (the sender's user id stands for the client address: every Teams request comes from Azure Bot Service).
        bool? expected = null;
        var owner = Tickets.TicketService.OwnerOf(activity);
        var origin = new FileOrigin(conversationId, owner);
        // One budget for all of the message's files: the channel is waiting for the answer.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.AttachmentDownloadTimeout);
        foreach (var attachment in attachments)
        {
            var contentType = attachment.ContentType ?? "";
            if (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            {
                // Teams' HTML rendering of the message itself (with the pasted image inline), not a file.
                continue;
            }
            var source = Source(attachment, activity.ServiceUrl);
            if (source is null)
            {
                imported.Add(attachment);
                continue;
            }
            // The file name is stored with the file: the guard reads it first, as for a Web Chat upload.
            var name = guard.Scan(FileSystemAttachmentStore.SafeName(attachment.Name ?? (source.Value.WithToken ? "image" : null))).Redacted;
            if (++downloads > limits.Value.MaxFilesPerUpload || source.Value.Url is not { } url
                || !(expected ??= await window.IsOpenAsync(conversationId, cancellationToken)))
            {
                imported.Add(AttachmentUrls.Rejected(name, contentType, UploadProblem.NotMedia));
                continue;
            }
            if (quotas.TryReserve(conversationId, owner.Key, 1, 0) is not null)
            {
                // Over a quota: said as "too large", the nearest reason the interview has words for.
                imported.Add(AttachmentUrls.Rejected(name, contentType, UploadProblem.TooLarge));
                continue;
            }
            var downloaded = await DownloadAsync(origin, name, contentType, url, source.Value.WithToken, ourBaseUrl, budget.Token, cancellationToken);
            imported.Add(await CountAsync(origin, owner.Key, downloaded, name, contentType, cancellationToken));
        }
        return activity with { Attachments = imported.Count > 0 ? imported : null };
    }

    /// <summary>Where to fetch a Teams file from (null URL: from somewhere not trusted), or null when it is not a Teams file.</summary>
    private (Uri? Url, bool WithToken)? Source(Attachment attachment, string? serviceUrl)
    {
        var contentType = attachment.ContentType ?? "";
        if (contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) && attachment.ContentUrl is { } contentUrl)
        {
            return (Allowed(contentUrl, serviceUrl, options.Value.TeamsAttachmentHosts), true);
        }
        if (contentType == FileDownloadInfoType
            && attachment.Content is { ValueKind: JsonValueKind.Object } content
            && content.TryGetProperty("downloadUrl", out var downloadUrl) && downloadUrl.ValueKind == JsonValueKind.String)
        {
            // A pre-authorised link to the user's OneDrive: no token is shown to it.
            return (Allowed(downloadUrl.GetString()!, null, options.Value.TeamsFileHosts), false);
        }
        return null;
    }

    private static Uri? Allowed(string url, string? serviceUrl, IReadOnlyList<string> hosts)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(uri.UserInfo)) return null;
        if (serviceUrl is not null && Uri.TryCreate(serviceUrl, UriKind.Absolute, out var service)
            && service.Scheme == Uri.UriSchemeHttps && string.Equals(service.IdnHost, uri.IdnHost, StringComparison.OrdinalIgnoreCase) && service.Port == uri.Port)
        {
            return uri;
        }
        return hosts.Any(pattern => Matches(pattern, uri)) ? uri : null;
    }

    /// <summary>"host", "*.domain" (any subdomain) on the default port, or "host:port".</summary>
    private static bool Matches(string pattern, Uri uri)
    {
        if (pattern.Contains(':', StringComparison.Ordinal)) return string.Equals(pattern, uri.IdnHost + ":" + uri.Port, StringComparison.OrdinalIgnoreCase);
        if (!uri.IsDefaultPort) return false;
        return pattern.StartsWith("*.", StringComparison.Ordinal)
            ? uri.IdnHost.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && uri.IdnHost.Length > pattern.Length - 1
            : string.Equals(pattern, uri.IdnHost, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Charges a kept file's bytes to the quotas (deleting it again when they are over), or gives back the reserved file.</summary>
    private async Task<Attachment> CountAsync(FileOrigin origin, string client, Attachment attachment, string name, string contentType, CancellationToken cancellationToken)
    {
        if (AttachmentUrls.IdOf(attachment.ContentUrl) is not { } id || await files.GetAsync(id, cancellationToken) is not { } stored)
        {
            quotas.Release(origin.ConversationId, client, 1, 0);
            return attachment;
        }
        if (quotas.TryReserve(origin.ConversationId, client, 0, stored.Size) is null) return attachment;
        await files.DeleteAsync(stored.Id, cancellationToken);
        quotas.Release(origin.ConversationId, client, 1, 0);
        return AttachmentUrls.Rejected(name, contentType, UploadProblem.TooLarge);
    }

    private async Task<Attachment> DownloadAsync(
        FileOrigin origin, string name, string contentType, Uri url, bool withToken, string ourBaseUrl, CancellationToken budget, CancellationToken cancellationToken)
    {
        var conversationId = origin.ConversationId;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (withToken && await tokens.GetTokenAsync(budget) is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, budget);
            if (!response.IsSuccessStatusCode)
            {
                LogDownloadFailed(logger, conversationId, (int)response.StatusCode);
                return AttachmentUrls.Rejected(name, contentType, UploadProblem.NotMedia);
            }
            if (response.Content.Headers.ContentLength > limits.Value.MaxBytes) return AttachmentUrls.Rejected(name, contentType, UploadProblem.TooLarge);
            await using var body = await response.Content.ReadAsStreamAsync(budget);
            var saved = await files.SaveAsync(origin, name, body, budget);
            return saved.File is { } stored
                ? new Attachment { Name = stored.Name, ContentType = stored.ContentType, ContentUrl = AttachmentUrls.For(ourBaseUrl, stored.Id) }
                : AttachmentUrls.Rejected(name, contentType, saved.Problem);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException or Microsoft.Identity.Client.MsalException)
        {
            if (cancellationToken.IsCancellationRequested) throw;
            LogDownloadFailed(logger, conversationId, null);
            return AttachmentUrls.Rejected(name, contentType, UploadProblem.NotMedia);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Teams file in conversation {ConversationId} could not be downloaded (status {Status}).")]
    private static partial void LogDownloadFailed(ILogger logger, string conversationId, int? status);
}
