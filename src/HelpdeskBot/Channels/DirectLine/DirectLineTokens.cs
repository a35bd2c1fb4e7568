using System.Security.Claims;
using System.Security.Cryptography;
using HelpdeskBot.Data;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HelpdeskBot.Channels.DirectLine;

/// <summary>What a valid token grants: one conversation, as one user.</summary>
public sealed record DirectLineGrant(string ConversationId, string UserId, string? UserName);

public enum TokenCheck { Valid, Missing, Invalid, Expired, NotYetValid }

/// <summary>
/// Direct Line tokens: JWTs signed with a key every instance shares, bound to one conversation and one
/// user, expiring after <see cref="DirectLineOptions.TokenLifetimeSeconds"/>.
/// </summary>
public sealed class DirectLineTokens
{
    private const string Issuer = "helpdeskbot-directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";
    private const string UserNameClaim = "name";

    /// <summary>The audience of a browser's user key: never valid as a conversation token, nor one as a key.</summary>
    private const string BrowserAudience = "helpdeskbot-browser";

    /// <summary>How far ahead of this instance's clock another instance's may be when it issues a token.</summary>
    private static readonly TimeSpan NotBeforeSkew = TimeSpan.FromSeconds(30);

    private readonly JsonWebTokenHandler handler = new();
    private readonly SigningCredentials credentials;
    private readonly TokenValidationParameters validation;
    private readonly TokenValidationParameters browserValidation;
    private readonly DirectLineOptions options;
    private readonly TimeProvider clock;

    public DirectLineTokens(IOptions<DirectLineOptions> options, DataDirectory dataDirectory, TimeProvider clock)
    {
        this.options = options.Value;
        this.clock = clock;
        var key = new SymmetricSecurityKey(dataDirectory.SigningKey("directline-signing.key", this.options.SigningKey, "Helpdesk:DirectLine:SigningKey")) { KeyId = "directline" };
        credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        validation = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = key,
            // Lifetime is checked below against the injected clock: expiry and "not before" answer differently.
            ValidateLifetime = false,
        };
        browserValidation = validation.Clone();
        browserValidation.ValidAudience = BrowserAudience;
    }

    public int LifetimeSeconds => options.TokenLifetimeSeconds;

    public string Issue(DirectLineGrant grant)
    {
        var claims = new Dictionary<string, object> { [ConversationClaim] = grant.ConversationId, [UserClaim] = grant.UserId };
        if (!string.IsNullOrEmpty(grant.UserName)) claims[UserNameClaim] = grant.UserName;
        return Sign(Issuer, TimeSpan.FromSeconds(options.TokenLifetimeSeconds), claims);
    }

    private string Sign(string audience, TimeSpan lifetime, Dictionary<string, object> claims)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            Claims = claims,
            SigningCredentials = credentials,
        });
    }

    public async Task<(TokenCheck Check, DirectLineGrant? Grant)> ValidateAsync(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return (TokenCheck.Missing, null);
        if (!handler.CanReadToken(token)) return (TokenCheck.Invalid, null);
        var result = await handler.ValidateTokenAsync(token, validation);
        if (!result.IsValid) return (TokenCheck.Invalid, null);
        var now = clock.GetUtcNow().UtcDateTime;
        var jwt = (JsonWebToken)result.SecurityToken;
        if (!jwt.TryGetPayloadValue<long>("exp", out _)) return (TokenCheck.Invalid, null);
        if (jwt.ValidTo <= now) return (TokenCheck.Expired, null);
        // A token whose nbf lies ahead (beyond the clocks' usual disagreement) was not meant to be used yet.
        if (jwt.TryGetPayloadValue<long>("nbf", out _) && jwt.ValidFrom > now + NotBeforeSkew) return (TokenCheck.NotYetValid, null);
        var identity = result.ClaimsIdentity;
        var conversation = identity.FindFirst(ConversationClaim)?.Value;
        var user = identity.FindFirst(UserClaim)?.Value;
        if (conversation is null || user is null) return (TokenCheck.Invalid, null);
        return (TokenCheck.Valid, new DirectLineGrant(conversation, user, identity.FindFirst(UserNameClaim)?.Value));
    }

    /// <summary>
    /// A browser's user key: the anonymous user id a website visitor was given, signed, so that the visitor's next
    /// conversation (a new tab, tomorrow) continues as the same user and finds their tickets.
    /// </summary>
    public string IssueBrowserUser(string userId, TimeSpan lifetime) => Sign(BrowserAudience, lifetime, new() { [UserClaim] = userId });

    /// <summary>The user id a browser's key holds, or null when the key is missing, forged, another kind of token or expired.</summary>
    public async Task<string?> BrowserUserOfAsync(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || !handler.CanReadToken(key)) return null;
        var result = await handler.ValidateTokenAsync(key, browserValidation);
        if (!result.IsValid || ((JsonWebToken)result.SecurityToken).ValidTo <= clock.GetUtcNow().UtcDateTime) return null;
        return result.ClaimsIdentity.FindFirst(UserClaim)?.Value;
    }

    public bool IsSecret(string? value) =>
        !string.IsNullOrEmpty(options.Secret) && value is not null
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(value), System.Text.Encoding.UTF8.GetBytes(options.Secret));

    public static string NewConversationId() => Base62(16);

    public static string NewUserId() => "dl_" + Base62(16);

    private static string Base62(int length)
    {
        const string alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        return RandomNumberGenerator.GetString(alphabet, length);
    }
}
