using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Turns;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Connector's call to the bot, from Azure Bot Service (Teams, Slack, Web Chat)
/// or the Bot Framework Emulator. The request is authenticated, the turn runs, and the answer is an empty 200;
/// the replies go back separately, to the activity's <c>serviceUrl</c> (see <see cref="BotConnectorDelivery"/>).
/// </summary>
public static partial class BotFrameworkEndpoints
{
    public const string Route = "/api/messages";

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Activity types that run a turn; typing and invoke are acknowledged without one.</summary>
    private static readonly HashSet<string> TurnTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Event, ActivityTypes.EndOfConversation,
        ActivityTypes.InstallationUpdate, ActivityTypes.MessageReaction,
    };

    public static RouteGroupBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route).WithTags("Bot Framework");
        // An empty 200 once the turn ran; the replies go to the activity's serviceUrl. No Accepts<>: the body is read
        // (and refused) by the handler, not by a content-type check that would answer 415.
        group.MapPost("", PostActivityAsync).DisableAntiforgery()
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext http,
        BotFrameworkAuthenticator authenticator,
        TrustedServiceUrls trusted,
        EmulatorFence emulator,
        Safety.ActivityGuard guard,
        TurnProcessor turns,
        IConversationStore store,
        SlackNumbers slackNumbers,
        TeamsAttachments teamsAttachments,
        IOptions<BotFrameworkOptions> options,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(BotFrameworkEndpoints));
        var settings = options.Value;
        var cancellationToken = http.RequestAborted;

        // Who is calling comes first: an unauthenticated caller learns nothing about what it sent.
        BotFrameworkToken? token = null;
        if (settings.HasAppId)
        {
            var check = await authenticator.ValidateAsync(http.Request.Headers.Authorization.ToString(), cancellationToken);
            if (check.Token is null)
            {
                LogRefused(logger, check.Failure ?? "unknown");
                return Unauthorized("The request does not carry a valid Bot Framework token.");
            }
            token = check.Token;
        }
        else if (emulator.CheckCaller(http) is { } refusal)
        {
            LogRefused(logger, "no app id is configured and the caller is not the Emulator on this machine in emulator mode");
            return Refuse(refusal);
        }

        var (activity, problem) = await ReadActivityAsync(http, settings.MaxActivityBytes);
        if (problem is not null) return problem;
        if (Missing(activity!) is { } missing) return BadRequest(missing);
        // Ids are stored and logged as they are (they key the conversation and its owner): none may hold a secret.
        if (new[] { activity!.Conversation?.Id, activity.From?.Id, activity.Recipient?.Id }.Any(id => id is not null && guard.Scan(id).Found))
        {
            return BadRequest("An id (conversation, from or recipient) holds what looks like a card number or a credential.");
        }
        if (token?.Mismatch(activity!) is { } mismatch)
        {
            LogRefused(logger, mismatch);
            return Unauthorized("The request does not carry a valid Bot Framework token for this activity.");
        }
        if (token is null && emulator.CheckServiceUrl(activity!) is { } elsewhere)
        {
            LogRefused(logger, "emulator mode replies to one serviceUrl origin only");
            return Refuse(elsewhere);
        }
        if (BotConnectorDelivery.LocalChannels.Contains(activity!.ChannelId!))
        {
            return BadRequest($"Channel '{activity.ChannelId}' is served by this bot itself, not through /api/messages.");
        }

        trusted.Trust(activity.ServiceUrl!);
        if (activity.Type is null || !TurnTypes.Contains(activity.Type)) return Results.Ok();

        var conversationId = activity.Conversation!.Id!;
        // A channel's retry of an activity already answered (Teams retries after 15 s) is not run again (the conversation
        // writer drops it); one that would fetch something first (Teams files, Slack's numbered options) is dropped here.
        if ((SlackNumbers.Applies(activity) || TeamsAttachments.Applies(activity))
            && (activity.ClientActivityId ?? activity.Id) is { } key && await store.FindProcessedAsync(conversationId, key, cancellationToken) is not null)
        {
            return Results.Ok();
        }

        activity = await slackNumbers.ResolveAsync(activity, cancellationToken);
        activity = await teamsAttachments.ImportAsync(activity, $"{http.Request.Scheme}://{http.Request.Host}", cancellationToken);
        try
        {
            using (InboundActivity.Begin(conversationId, activity.Id))
            {
                await turns.ProcessAsync(activity, cancellationToken);
            }
        }
        catch (ConversationBusyException)
        {
            http.Response.Headers.RetryAfter = "1";
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Conversation busy", detail: "The conversation is busy; send the activity again.");
        }
        return Results.Ok();
    }

    /// <summary>What a Bot Connector activity must have for the bot to answer it, or null.</summary>
    private static string? Missing(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type)) return "The activity needs a type.";
        if (string.IsNullOrWhiteSpace(activity.ChannelId)) return "The activity needs a channelId.";
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id)) return "The activity needs conversation.id.";
        if (TrustedServiceUrls.Normalize(activity.ServiceUrl) is null) return "The activity needs a serviceUrl: an absolute http(s) URL.";
        return null;
    }

    private static async Task<(Activity? Activity, IResult? Problem)> ReadActivityAsync(HttpContext http, int limit)
    {
        if (http.Request.ContentLength > limit) return (null, TooLarge(limit));
        // Sized by Content-Length when given (an activity is a few hundred bytes), so a turn does not allocate a 16 KB
        // chunk and a growing stream (issue 15: 100-140 KB allocated per turn).
        using var buffer = new MemoryStream(http.Request.ContentLength is { } length and > 0 ? (int)length : 1024);
        var chunk = ArrayPool<byte>.Shared.Rent(4 * 1024);
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit) return (null, TooLarge(limit));
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        if (buffer.Length == 0) return (null, BadRequest("The body is empty; send an activity as JSON."));
        try
        {
            var json = StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            return (ActivityJson.Deserialize(json), null);
        }
        catch (Exception e) when (e is JsonException or DecoderFallbackException)
        {
            return (null, BadRequest("The body is not a valid activity (JSON, UTF-8)."));
        }
    }

    private static IResult Unauthorized(string detail) => new UnauthorizedProblem(detail);

    private static IResult Refuse(EmulatorRefusal refusal) =>
        refusal.Status == StatusCodes.Status401Unauthorized
            ? Unauthorized(refusal.Detail)
            : Results.Problem(statusCode: refusal.Status, title: refusal.Status == StatusCodes.Status403Forbidden ? "Forbidden" : "Bad activity", detail: refusal.Detail);

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad activity", detail: detail);

    private static IResult TooLarge(int limit) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large", detail: $"An activity may be at most {limit} bytes.");

    /// <summary>401 with <c>WWW-Authenticate: Bearer</c>, as a ProblemDetails body.</summary>
    private sealed class UnauthorizedProblem(string detail) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: detail).ExecuteAsync(http);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Bot Framework request: {Reason}.")]
    private static partial void LogRefused(ILogger logger, string reason);
}
