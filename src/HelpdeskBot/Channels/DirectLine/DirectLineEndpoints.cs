using System.Text;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Attachments;
using HelpdeskBot.Channels;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Turns;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Channels.DirectLine;

/// <summary>
/// The embedded Direct Line 3.0 service: what the official Web Chat control and botframework-directlinejs
/// call on Azure, answered by this process from its own store.
/// </summary>
public static class DirectLineEndpoints
{
    public const string ChannelId = "directline";
    public const string StartPolicy = "directline-start";
    public const string MessagePolicy = "directline-messages";
    private const int PageSize = 100;

    private static readonly HashSet<string> AcceptedTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing, ActivityTypes.ConversationUpdate,
        ActivityTypes.EndOfConversation, ActivityTypes.MessageReaction, ActivityTypes.Invoke,
    };

    /// <summary>Needs <c>UseWebSockets</c> (the stream) and <c>UseRateLimiter</c> in the pipeline before it.</summary>
    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v3/directline").WithTags("Direct Line");
        // The handlers read their bodies themselves (size limits before parsing), so no Accepts<>: its content-type
        // check would answer 415 without Direct Line's error body. The responses are declared here.
        group.MapPost("/tokens/generate", GenerateTokenAsync).RequireRateLimiting(StartPolicy)
            .Produces<DirectLineConversation>().Errors(400, 401, 429);
        group.MapPost("/tokens/refresh", RefreshTokenAsync).RequireRateLimiting(StartPolicy)
            .Produces<DirectLineConversation>().Errors(400, 401, 403, 429);
        group.MapPost("/conversations", StartConversationAsync).RequireRateLimiting(StartPolicy)
            .Produces<DirectLineConversation>(StatusCodes.Status201Created).Errors(401, 403, 429);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync)
            .Produces<DirectLineConversation>().Errors(401, 403);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).RequireRateLimiting(MessagePolicy)
            .Produces<ResourceResponse>().Errors(400, 401, 403, 409, 413, 429);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync)
            .Produces<ActivitySet>().Errors(400, 401, 403);
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync).RequireRateLimiting(MessagePolicy).DisableAntiforgery()
            .Produces<ResourceResponse>().Errors(400, 401, 403, 409, 413, 429);
        group.Map("/conversations/{conversationId}/stream", DirectLineStream.RunAsync).ExcludeFromDescription();
        group.MapGet("/attachments/{id}", GetAttachmentAsync)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").Errors(404);
        return group;
    }

    /// <summary>Declares Direct Line's <c>{error}</c> body for these statuses.</summary>
    private static RouteHandlerBuilder Errors(this RouteHandlerBuilder endpoint, params int[] statuses)
    {
        foreach (var status in statuses) endpoint.Produces<DirectLineErrorBody>(status);
        return endpoint;
    }

    private static async Task<IResult> GenerateTokenAsync(HttpContext http, DirectLineTokens tokens)
    {
        if (!tokens.IsSecret(DirectLineAuth.BearerOf(http))) return DirectLineErrors.Unauthorized();
        var parameters = await ReadOptionalJsonAsync<TokenParameters>(http, 16 * 1024);
        if (parameters.Error is { } error) return error;
        var user = parameters.Value?.User;
        var grant = new DirectLineGrant(DirectLineTokens.NewConversationId(), string.IsNullOrWhiteSpace(user?.Id) ? DirectLineTokens.NewUserId() : user.Id, user?.Name);
        return Results.Json(new DirectLineConversation(grant.ConversationId, tokens.Issue(grant), tokens.LifetimeSeconds), ActivityJson.Options);
    }

    private static async Task<IResult> RefreshTokenAsync(HttpContext http, DirectLineTokens tokens)
    {
        var (caller, error) = await DirectLineAuth.AuthorizeAsync(http, tokens, null);
        if (error is not null) return error;
        if (caller!.Grant is not { } grant) return DirectLineErrors.BadArgument("Refresh takes a token, not the secret.");
        return Results.Json(new DirectLineConversation(grant.ConversationId, tokens.Issue(grant), tokens.LifetimeSeconds), ActivityJson.Options);
    }

    private static async Task<IResult> StartConversationAsync(HttpContext http, DirectLineTokens tokens, IOptions<DirectLineOptions> options)
    {
        DirectLineGrant grant;
        if (DirectLineAuth.BearerOf(http) is null)
        {
            if (!options.Value.AllowAnonymous) return DirectLineErrors.Unauthorized();
            var user = await BrowserUser.ReadAsync(http, tokens, options.Value) ?? DirectLineTokens.NewUserId();
            grant = new DirectLineGrant(DirectLineTokens.NewConversationId(), user, null);
            BrowserUser.Remember(http, tokens, options.Value, user);
        }
        else
        {
            var (caller, error) = await DirectLineAuth.AuthorizeAsync(http, tokens, null);
            if (error is not null) return error;
            grant = caller!.Grant ?? new DirectLineGrant(DirectLineTokens.NewConversationId(), DirectLineTokens.NewUserId(), null);
        }
        var token = tokens.Issue(grant);
        return Results.Json(
            new DirectLineConversation(grant.ConversationId, token, tokens.LifetimeSeconds, StreamUrl(http, grant.ConversationId, token)),
            ActivityJson.Options,
            statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ReconnectAsync(HttpContext http, string conversationId, DirectLineTokens tokens)
    {
        var (caller, error) = await DirectLineAuth.AuthorizeAsync(http, tokens, conversationId);
        if (error is not null) return error;
        var grant = caller!.Grant ?? new DirectLineGrant(conversationId, DirectLineTokens.NewUserId(), null);
        var token = tokens.Issue(grant);
        return Results.Json(new DirectLineConversation(conversationId, token, tokens.LifetimeSeconds, StreamUrl(http, conversationId, token)), ActivityJson.Options);
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext http, string conversationId, DirectLineTokens tokens, TurnProcessor turns, IOptions<DirectLineOptions> options, IOptions<BotIdentityOptions> bot)
    {
        var (caller, error) = await DirectLineAuth.AuthorizeAsync(http, tokens, conversationId);
        if (error is not null) return error;
        var body = await ReadBodyAsync(http, options.Value.MaxActivityBytes);
        if (body.Error is not null) return body.Error;
        Activity activity;
        try
        {
            activity = ActivityJson.Deserialize(body.Text!);
        }
        catch (JsonException e)
        {
            return DirectLineErrors.BadArgument($"The body is not a valid activity: {DirectLineErrors.Describe(e)}.");
        }
        return await SubmitAsync(http, conversationId, caller!, activity, turns, bot.Value);
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, string conversationId, DirectLineCaller caller, Activity activity, TurnProcessor turns, BotIdentityOptions bot)
    {
        if (string.IsNullOrWhiteSpace(activity.Type)) return DirectLineErrors.BadArgument("The activity needs a type, such as \"message\".");
        if (!AcceptedTypes.Contains(activity.Type)) return DirectLineErrors.BadArgument($"Activity type '{Truncate(activity.Type)}' is not supported here; send message, event or typing.");
        var from = caller.Grant is { } grant
            // A token speaks for its own user only: the ticket owner is whoever the token names.
            ? new ChannelAccount { Id = grant.UserId, Name = activity.From?.Name ?? grant.UserName, Role = "user" }
            : activity.From is { Id: { Length: > 0 } } sent ? sent with { Role = "user" } : null;
        if (from is null) return DirectLineErrors.BadArgument("With the secret, the activity must say who it is from (from.id).");
        if (activity.Type == ActivityTypes.Typing) return Results.Json(new ResourceResponse(Guid.NewGuid().ToString("N")), ActivityJson.Options);

        var inbound = activity with
        {
            ChannelId = ChannelId,
            Conversation = new ConversationAccount { Id = conversationId },
            From = from,
            Recipient = new ChannelAccount { Id = bot.Id, Name = bot.Name, Role = "bot" },
            ServiceUrl = BaseUrl(http),
        };
        try
        {
            var outcome = await turns.ProcessAsync(inbound, http.RequestAborted);
            return Results.Json(new ResourceResponse(outcome.ActivityId), ActivityJson.Options);
        }
        catch (ConversationBusyException)
        {
            return DirectLineErrors.Of(StatusCodes.Status409Conflict, "Conflict", "The conversation is busy; send the activity again.");
        }
    }

    private static async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId, string? watermark, DirectLineTokens tokens, IConversationStore store)
    {
        var (_, error) = await DirectLineAuth.AuthorizeAsync(http, tokens, conversationId);
        if (error is not null) return error;
        if (!TryParseWatermark(watermark, out var after)) return DirectLineErrors.BadArgument("The watermark must be a number from a previous answer, or empty.");
        var page = await store.ReadActivitiesAsync(conversationId, after, PageSize, http.RequestAborted);
        return new ActivitySetResult(page, after);
    }

    private static async Task<IResult> UploadAsync(
        HttpContext http, string conversationId, DirectLineTokens tokens, TurnProcessor turns, IAttachmentStore files, UploadWindow window, UploadQuotas quotas,
        IOptions<AttachmentOptions> attachmentOptions, IOptions<DirectLineOptions> options, IOptions<BotIdentityOptions> bot, Safety.ActivityGuard guard)
    {
        var (caller, error) = await DirectLineAuth.AuthorizeAsync(http, tokens, conversationId);
        if (error is not null) return error;
        // Refused before the body is read: an upload nobody asked for, or one over a quota, costs no disk.
        if (!await window.IsOpenAsync(conversationId, http.RequestAborted))
        {
            return DirectLineErrors.Of(StatusCodes.Status409Conflict, "UploadNotExpected", UploadWindow.Refusal);
        }
        var client = ClientKey(http);
        if (quotas.CheckRoom(conversationId, client) is { } full) return QuotaExceeded(http, full);
        var limits = attachmentOptions.Value;
        var maxBody = limits.MaxBytes * limits.MaxFilesPerUpload + options.Value.MaxActivityBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature) sizeFeature.MaxRequestBodySize = maxBody;
        if (http.Request.ContentLength > maxBody) return DirectLineErrors.TooLarge(maxBody);
        if (!http.Request.HasFormContentType) return DirectLineErrors.BadArgument("Upload takes multipart/form-data with an 'activity' part and 'file' parts.");

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBody, ValueLengthLimit = options.Value.MaxActivityBytes }, http.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return e is BadHttpRequestException { StatusCode: 413 } || e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? DirectLineErrors.TooLarge(maxBody)
                : DirectLineErrors.BadArgument("The multipart body could not be read.");
        }

        Activity activity;
        try
        {
            activity = await ReadActivityPartAsync(form, options.Value.MaxActivityBytes)
                ?? new Activity { Type = ActivityTypes.Message };
        }
        catch (JsonException e)
        {
            return DirectLineErrors.BadArgument($"The 'activity' part is not a valid activity: {DirectLineErrors.Describe(e)}.");
        }

        var uploads = form.Files.Where(f => f.Name != "activity").ToList();
        if (uploads.Count > limits.MaxFilesPerUpload) return DirectLineErrors.BadArgument($"At most {limits.MaxFilesPerUpload} files at once.");
        var reserved = uploads.Sum(f => Math.Min(f.Length, limits.MaxBytes));
        if (quotas.TryReserve(conversationId, client, uploads.Count, reserved) is { } over) return QuotaExceeded(http, over);
        var origin = new FileOrigin(conversationId, new Data.Tickets.TicketOwner(ChannelId, caller!.Grant?.UserId ?? activity.From?.Id ?? ""));
        var attachments = new List<Attachment>();
        var kept = 0;
        long keptBytes = 0;
        try
        {
            foreach (var file in uploads)
            {
                await using var stream = file.OpenReadStream();
                // A file name is user text too: the guard sees it before it is stored anywhere.
                var name = guard.Scan(FileSystemAttachmentStore.SafeName(file.FileName)).Redacted;
                var saved = await files.SaveAsync(origin, name, stream, http.RequestAborted);
                if (saved.File is { } stored)
                {
                    kept++;
                    keptBytes += stored.Size;
                    attachments.Add(new Attachment { Name = stored.Name, ContentType = stored.ContentType, ContentUrl = AttachmentUrls.For(BaseUrl(http), stored.Id) });
                }
                else
                {
                    attachments.Add(AttachmentUrls.Rejected(name, file.ContentType, saved.Problem));
                }
            }
        }
        finally
        {
            // Only what was kept counts against the quotas.
            quotas.Release(conversationId, client, uploads.Count - kept, reserved - keptBytes);
        }
        return await SubmitAsync(http, conversationId, caller, activity with { Type = activity.Type ?? ActivityTypes.Message, Attachments = attachments }, turns, bot.Value);
    }

    /// <summary>The client address, as the rate limiter counts it.</summary>
    private static string ClientKey(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static IResult QuotaExceeded(HttpContext http, QuotaRefusal refusal)
    {
        if (refusal.RetryAfter is { } wait) http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return DirectLineErrors.Of(refusal.Status, "QuotaExceeded", refusal.Message);
    }

    private static async Task<IResult> GetAttachmentAsync(HttpContext http, string id, IAttachmentStore files)
    {
        var opened = await files.OpenAsync(id, http.RequestAborted);
        if (opened is not { } found) return DirectLineErrors.Of(StatusCodes.Status404NotFound, "NotFound", "No such attachment.");
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, max-age=3600";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return Results.Stream(found.Content, found.File.ContentType, enableRangeProcessing: true);
    }

    private static async Task<Activity?> ReadActivityPartAsync(IFormCollection form, int maxBytes)
    {
        if (form.Files.GetFile("activity") is { } part)
        {
            if (part.Length > maxBytes) throw new JsonException("The activity part is too large.");
            await using var stream = part.OpenReadStream();
            return await JsonSerializer.DeserializeAsync<Activity>(stream, ActivityJson.Options);
        }
        return form.TryGetValue("activity", out var value) && !string.IsNullOrEmpty(value.ToString())
            ? ActivityJson.Deserialize(value.ToString())
            : null;
    }

    internal static bool TryParseWatermark(string? watermark, out long after)
    {
        after = 0;
        if (string.IsNullOrWhiteSpace(watermark) || watermark == "-") return true;
        return long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out after);
    }

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";

    private static string StreamUrl(HttpContext http, string conversationId, string token)
    {
        var scheme = http.Request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{http.Request.Host}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?watermark=-&t={Uri.EscapeDataString(token)}";
    }

    private static string Truncate(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private sealed record Body(string? Text, IResult? Error);

    /// <summary>Reads a UTF-8 body up to <paramref name="limit"/> bytes; 413 past it, without reading the rest.</summary>
    private static async Task<Body> ReadBodyAsync(HttpContext http, int limit)
    {
        if (http.Request.ContentLength > limit) return new Body(null, DirectLineErrors.TooLarge(limit));
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit) return new Body(null, DirectLineErrors.TooLarge(limit));
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) return new Body(null, DirectLineErrors.BadArgument("The body is empty; send an activity as JSON."));
        try
        {
            return new Body(new UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
        }
        catch (DecoderFallbackException)
        {
            return new Body(null, DirectLineErrors.BadArgument("The body is not valid UTF-8."));
        }
    }

    private static async Task<(T? Value, IResult? Error)> ReadOptionalJsonAsync<T>(HttpContext http, int limit) where T : class
    {
        if (http.Request.ContentLength is null or 0 && !http.Request.Headers.TransferEncoding.Any()) return (null, null);
        var body = await ReadBodyAsync(http, limit);
        if (body.Error is not null) return (null, http.Request.ContentLength is null ? null : body.Error);
        try
        {
            return (JsonSerializer.Deserialize<T>(body.Text!, ActivityJson.Options), null);
        }
        catch (JsonException e)
        {
            return (null, DirectLineErrors.BadArgument($"The body is not valid JSON: {DirectLineErrors.Describe(e)}."));
        }
    }

    /// <summary>Writes the stored activities' JSON as it is, without parsing and re-serialising each one.</summary>
    private sealed class ActivitySetResult(IReadOnlyList<StoredActivity> page, long after) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(Write(page, after), http.RequestAborted);
        }

        internal static string Write(IReadOnlyList<StoredActivity> page, long after)
        {
            var sb = new StringBuilder("{\"activities\":[");
            for (var i = 0; i < page.Count; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(page[i].Json);
            }
            var watermark = page.Count > 0 ? page[^1].Sequence : after;
            sb.Append("],\"watermark\":\"").Append(watermark.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\"}");
            return sb.ToString();
        }
    }

    internal static string ActivitySetJson(IReadOnlyList<StoredActivity> page, long after) => ActivitySetResult.Write(page, after);
}
