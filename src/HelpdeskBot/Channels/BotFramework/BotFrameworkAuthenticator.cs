using System.Collections;
using System.Text.Json;
using HelpdeskBot.Activities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace HelpdeskBot.Channels.BotFramework;

/// <summary>A validated token: who sent it and the facts the activity must then agree with.</summary>
public sealed record BotFrameworkToken(bool FromEmulator, string? ServiceUrl, IReadOnlyCollection<string> Endorsements)
{
    /// <summary>
    /// The reason the activity does not match its token (a signing key not endorsed for its channel, another
    /// <c>serviceUrl</c>), or null when it does. Emulator tokens carry neither, by the Emulator's design.
    /// </summary>
    public string? Mismatch(Activity activity)
    {
        if (FromEmulator) return null;
        if (string.IsNullOrEmpty(activity.ChannelId) || !Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return "the signing key is not endorsed for the activity's channel";
        }
        if (ServiceUrl is null || !string.Equals(ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return "the serviceurl claim does not match the activity's serviceUrl";
        }
        return null;
    }
}

/// <summary>The outcome of checking a request's bearer token: the token, or why it was refused.</summary>
public sealed record TokenCheck(BotFrameworkToken? Token, string? Failure)
{
    public static TokenCheck Fail(string reason) => new(null, reason);
}

/// <summary>
/// Validates the bearer token on a request from Azure Bot Service the way "Authentication with the Bot
/// Connector API" specifies: signed by a key from the Bot Connector's OpenID metadata (cached, re-read on a
/// schedule and when an unknown key appears), issuer <c>https://api.botframework.com</c>, audience the bot's app
/// id, 5 minutes of clock skew; then the activity must match the key's endorsements and the <c>serviceurl</c>
/// claim. Optionally the Emulator's tokens, which Entra ID signs.
/// </summary>
public sealed class BotFrameworkAuthenticator
{
    public const string HttpClientName = "BotFramework.Metadata";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly BotFrameworkOptions options;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private readonly ConfigurationManager<OpenIdConnectConfiguration> channelMetadata;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> emulatorMetadata;

    public BotFrameworkAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClients)
    {
        this.options = options.Value;
        channelMetadata = Metadata(this.options.OpenIdMetadataUrl, httpClients);
        emulatorMetadata = Metadata(this.options.EmulatorOpenIdMetadataUrl, httpClients);
    }

    private ConfigurationManager<OpenIdConnectConfiguration> Metadata(string url, IHttpClientFactory httpClients) =>
        new(url, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName)) { RequireHttps = options.RequireHttpsMetadata })
        {
            AutomaticRefreshInterval = options.MetadataRefreshInterval,
        };

    /// <summary>Checks the <c>Authorization</c> header's bearer token; the activity is checked against it after.</summary>
    public async Task<TokenCheck> ValidateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorization) || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return TokenCheck.Fail("no bearer token");
        }
        var token = authorization["Bearer ".Length..].Trim();
        JsonWebToken unverified;
        try
        {
            unverified = handler.ReadJsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException)
        {
            return TokenCheck.Fail("the token is not a JWT");
        }

        var fromEmulator = options.AcceptEmulatorTokens && options.EmulatorIssuers.Contains(unverified.Issuer, StringComparer.Ordinal);
        var metadata = fromEmulator ? emulatorMetadata : channelMetadata;
        OpenIdConnectConfiguration configuration;
        TokenValidationResult result;
        try
        {
            configuration = await metadata.GetConfigurationAsync(cancellationToken);
            result = await handler.ValidateTokenAsync(token, Parameters(configuration, fromEmulator));
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                // A key rotated in since the metadata was read: read it again, once.
                metadata.RequestRefresh();
                configuration = await metadata.GetConfigurationAsync(cancellationToken);
                result = await handler.ValidateTokenAsync(token, Parameters(configuration, fromEmulator));
            }
        }
        catch (InvalidOperationException)
        {
            // The metadata could not be read and there is no earlier copy: nothing can be verified.
            return TokenCheck.Fail("the signing keys are unavailable");
        }
        if (!result.IsValid) return TokenCheck.Fail(Describe(result.Exception));

        var jwt = (JsonWebToken)result.SecurityToken;
        if (fromEmulator)
        {
            // Requirement specific to the Emulator path: the token was issued to this bot (v1 "appid", v2 "azp").
            var issuedTo = jwt.TryGetPayloadValue<string>(jwt.TryGetPayloadValue<string>("ver", out var ver) && ver == "2.0" ? "azp" : "appid", out var id) ? id : null;
            return issuedTo == options.MicrosoftAppId
                ? new TokenCheck(new BotFrameworkToken(true, null, []), null)
                : TokenCheck.Fail("the Emulator token was issued to another app");
        }
        var serviceUrl = jwt.TryGetPayloadValue<string>("serviceurl", out var url) ? url : null;
        return new TokenCheck(new BotFrameworkToken(false, serviceUrl, EndorsementsOf(configuration, jwt)), null);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, bool fromEmulator) => new()
    {
        ValidIssuers = fromEmulator ? options.EmulatorIssuers : [options.ChannelIssuer],
        ValidAudience = options.MicrosoftAppId,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = configuration.IdTokenSigningAlgValuesSupported is { Count: > 0 } algorithms ? algorithms : [SecurityAlgorithms.RsaSha256],
        ClockSkew = ClockSkew,
    };

    /// <summary>The <c>endorsements</c> the Bot Connector lists beside the key that actually verified the signature.</summary>
    private static IReadOnlyCollection<string> EndorsementsOf(OpenIdConnectConfiguration configuration, JsonWebToken jwt)
    {
        var keyId = jwt.SigningKey?.KeyId ?? jwt.Kid;
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == keyId);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value)) return [];
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            string single => [single],
            IEnumerable items => [.. items.Cast<object?>().Select(i => i?.ToString()).OfType<string>()],
            _ => [],
        };
    }

    private static string Describe(Exception? e) => e switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenInvalidIssuerException => "the token's issuer is not accepted",
        SecurityTokenInvalidAudienceException => "the token is for another audience",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "the token's signature does not verify",
        SecurityTokenInvalidAlgorithmException => "the token's algorithm is not accepted",
        null => "the token is invalid",
        _ => "the token is invalid (" + e.GetType().Name + ")",
    };
}
