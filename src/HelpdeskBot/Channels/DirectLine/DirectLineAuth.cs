namespace HelpdeskBot.Channels.DirectLine;

/// <summary>Who is calling: the secret's holder (any conversation), or a token's one conversation and user.</summary>
public sealed record DirectLineCaller(bool IsSecret, DirectLineGrant? Grant);

public static class DirectLineAuth
{
    public static string? BearerOf(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    /// <summary>
    /// Authenticates a request for <paramref name="conversationId"/> (or for no particular conversation when
    /// null). Returns the caller, or the Direct Line error to answer with.
    /// </summary>
    public static async Task<(DirectLineCaller? Caller, IResult? Error)> AuthorizeAsync(
        HttpContext http, DirectLineTokens tokens, string? conversationId, string? tokenOverride = null)
    {
        var bearer = tokenOverride ?? BearerOf(http);
        if (bearer is null) return (null, DirectLineErrors.Unauthorized());
        if (tokens.IsSecret(bearer)) return (new DirectLineCaller(true, null), null);
        var (check, grant) = await tokens.ValidateAsync(bearer);
        switch (check)
        {
            case TokenCheck.Expired: return (null, DirectLineErrors.Expired());
            case TokenCheck.NotYetValid: return (null, DirectLineErrors.NotYetValid());
            case TokenCheck.Valid when conversationId is null || grant!.ConversationId == conversationId:
                return (new DirectLineCaller(false, grant), null);
            case TokenCheck.Valid: return (null, DirectLineErrors.Forbidden());
            default: return (null, DirectLineErrors.Unauthorized());
        }
    }
}
