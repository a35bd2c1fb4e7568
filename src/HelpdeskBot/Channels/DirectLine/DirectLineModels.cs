using System.Text.Json;
using System.Text.Json.Serialization;
using HelpdeskBot.Activities;

namespace HelpdeskBot.Channels.DirectLine;

/// <summary>Direct Line 3.0's Conversation object.</summary>
public sealed record DirectLineConversation(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);

public sealed record ResourceResponse(string Id);

public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);

public sealed record TokenParameters(ChannelAccount? User);

/// <summary>Direct Line's error body: <c>{ "error": { "code", "message" } }</c>.</summary>
public sealed record DirectLineErrorBody(DirectLineErrorBody.Detail Error)
{
    public sealed record Detail(string Code, string Message);
}

public static class DirectLineErrors
{
    public static IResult Of(int status, string code, string message) =>
        Results.Json(new DirectLineErrorBody(new DirectLineErrorBody.Detail(code, message)), ActivityJson.Options, statusCode: status);

    public static IResult BadArgument(string message) => Of(StatusCodes.Status400BadRequest, "BadArgument", message);

    /// <summary>
    /// What was wrong with a body that did not read as JSON or as an activity, in the client's terms (where, and what
    /// kind of value was expected) rather than the serializer's, which names .NET types.
    /// </summary>
    public static string Describe(JsonException e)
    {
        if (e.Path is null && e.LineNumber is null) return e.Message;
        var at = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : "";
        // The reader's own failures come wrapped (inner JsonException); a value the schema cannot take has a path and no such cause.
        if (e.InnerException is JsonException || e.Path is null) return $"it is not well-formed JSON{at}";
        return e.Path == "$" ? $"it is not a JSON object{at}" : $"the value at {e.Path} is not of the type the Activity schema gives it{at}";
    }
    public static IResult Unauthorized() => Of(StatusCodes.Status401Unauthorized, "Unauthorized", "A Direct Line secret or token is required (Authorization: Bearer ...).");
    public static IResult Expired() => Of(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; start again or refresh it before it expires.");
    public static IResult NotYetValid() => Of(StatusCodes.Status403Forbidden, "TokenNotValidYet", "The token is not valid yet (its nbf lies ahead).");
    public static IResult Forbidden() => Of(StatusCodes.Status403Forbidden, "Forbidden", "This token is not valid for this conversation.");
    public static IResult TooLarge(long limit) => Of(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The request is larger than {limit} bytes.");
}
