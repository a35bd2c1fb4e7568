using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using HelpdeskBot.Activities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HelpdeskBot.Tests.BotFramework;

/// <summary>A reply the fake channel received: where it was POSTed, with which Authorization header, and the activity.</summary>
public sealed record ReceivedActivity(string Path, string? Authorization, Activity Activity);

/// <summary>
/// Azure Bot Service as the bot sees it, on 127.0.0.1: the Bot Connector's OpenID metadata and signing keys (with
/// endorsements), Entra ID's token endpoint for the bot's client credentials, the Emulator's metadata, a
/// <c>serviceUrl</c> that receives replies and serves Teams attachments — over HTTPS with a certificate made for
/// the test, and a plain-HTTP <c>serviceUrl</c> for the Emulator. It signs tokens with its own RSA keys.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    public const string AppId = "7b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    public const string AppPassword = "test-app-password";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuer = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";
    public const string BotAccountId = "28:" + AppId;

    private readonly WebApplication server;
    private readonly X509Certificate2 certificate;
    private readonly List<ReceivedActivity> received = [];
    private readonly List<Dictionary<string, string>> tokenRequests = [];
    private readonly List<(string Path, string? Authorization)> downloads = [];
    private readonly SemaphoreSlim arrived = new(0);
    private int failuresLeft;
    private int failureStatus = 429;
    private TimeSpan? failureRetryAfter;
    private int sendAttempts;
    private readonly List<DateTimeOffset> sendTimes = [];

    /// <summary>Signs the Bot Connector's tokens; endorsed for every channel the tests use.</summary>
    public RsaSecurityKey ChannelKey { get; } = NewKey("bf-key-all");

    /// <summary>Also a Bot Connector key, but endorsed for Web Chat only.</summary>
    public RsaSecurityKey WebChatOnlyKey { get; } = NewKey("bf-key-webchat");

    /// <summary>Entra ID's key for the Emulator's tokens (no endorsements, as in Entra ID's metadata).</summary>
    public RsaSecurityKey EmulatorKey { get; } = NewKey("aad-key");

    /// <summary>A key nobody publishes.</summary>
    public RsaSecurityKey RogueKey { get; } = NewKey("rogue-key");

    public string HttpsBase { get; }
    public string HttpBase { get; }

    /// <summary>Where Teams, Slack and Web Chat (through Azure) want replies: HTTPS, with a path like the real regional ones.</summary>
    public string ServiceUrl => HttpsBase + "/amer/";

    /// <summary>Where the Emulator wants replies: plain HTTP on this machine.</summary>
    public string EmulatorServiceUrl => HttpBase + "/emulator/";

    public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    private FakeChannel(WebApplication server, X509Certificate2 certificate, string httpsBase, string httpBase)
    {
        this.server = server;
        this.certificate = certificate;
        HttpsBase = httpsBase;
        HttpBase = httpBase;
    }

    public static async Task<FakeChannel> StartAsync()
    {
        var certificate = NewCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        FakeChannel? channel = null;
        app.Run(http => channel!.HandleAsync(http));
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        channel = new FakeChannel(app, certificate, addresses.Single(a => a.StartsWith("https://", StringComparison.Ordinal)).TrimEnd('/'),
            addresses.Single(a => a.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/'));
        return channel;
    }

    /// <summary>The bot's settings for this channel: its identity, and every Microsoft endpoint pointed here.</summary>
    public Dictionary<string, string?> Settings(bool withAppId = true, bool acceptEmulatorTokens = false) => new()
    {
        ["MicrosoftAppId"] = withAppId ? AppId : "",
        ["MicrosoftAppPassword"] = withAppId ? AppPassword : "",
        ["MicrosoftAppType"] = "MultiTenant",
        ["Helpdesk:BotFramework:OpenIdMetadataUrl"] = HttpsBase + "/v1/.well-known/openidconfiguration",
        ["Helpdesk:BotFramework:EmulatorOpenIdMetadataUrl"] = HttpsBase + "/botframework.com/v2.0/.well-known/openid-configuration",
        ["Helpdesk:BotFramework:AcceptEmulatorTokens"] = acceptEmulatorTokens ? "true" : "false",
        // Without an app id, the Emulator's local-development mode, as Development turns it on.
        ["Helpdesk:BotFramework:EmulatorMode"] = withAppId ? "false" : "true",
        ["Helpdesk:BotFramework:AuthorityHost"] = HttpsBase,
        // Keep the retries' backoff short and predictable.
        ["Helpdesk:BotFramework:Resilience:Retry:Delay"] = "00:00:00.020",
        ["Helpdesk:BotFramework:Resilience:Retry:UseJitter"] = "false",
        ["urls"] = "http://127.0.0.1:0",
    };

    /// <summary>Makes every HTTP client of the bot trust this channel's certificate (and only that one besides the system's).</summary>
    public void Trust(IServiceCollection services)
    {
        var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        services.ConfigureAll<HttpClientFactoryOptions>(options => options.HttpMessageHandlerBuilderActions.Add(handler =>
            handler.PrimaryHandler = new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                SslOptions = new SslClientAuthenticationOptions
                {
                    RemoteCertificateValidationCallback = (_, cert, _, errors) =>
                        errors == SslPolicyErrors.None || (cert is not null && cert.GetCertHashString(HashAlgorithmName.SHA256) == thumbprint),
                },
            }));
    }

    /// <summary>A token as the Bot Connector signs it; every part can be made wrong.</summary>
    public string Token(
        string? serviceUrl,
        string audience = AppId,
        string issuer = ChannelIssuer,
        SecurityKey? key = null,
        DateTime? expires = null,
        bool signed = true,
        IDictionary<string, object>? claims = null)
    {
        var now = DateTime.UtcNow;
        var exp = expires ?? now.AddMinutes(30);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = exp.AddHours(-1),
            NotBefore = exp.AddHours(-1),
            Expires = exp,
            Claims = new Dictionary<string, object>(claims ?? new Dictionary<string, object>()),
            SigningCredentials = signed ? new SigningCredentials(key ?? ChannelKey, SecurityAlgorithms.RsaSha256) : null,
        };
        if (serviceUrl is not null) descriptor.Claims["serviceurl"] = serviceUrl;
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>A token as the Emulator gets it from Entra ID with the bot's own credentials.</summary>
    public string EmulatorToken(string appId = AppId) => Token(
        serviceUrl: null,
        issuer: EmulatorIssuer,
        key: EmulatorKey,
        claims: new Dictionary<string, object> { ["azp"] = appId, ["ver"] = "2.0" });

    /// <summary>The next <paramref name="count"/> replies are refused with 429 (then accepted).</summary>
    public void Throttle(int count) => Fail(count, 429);

    /// <summary>The next <paramref name="count"/> replies are answered <paramref name="status"/> (with a Retry-After when given), then accepted.</summary>
    public void Fail(int count, int status, TimeSpan? retryAfter = null)
    {
        failureStatus = status;
        failureRetryAfter = retryAfter;
        Interlocked.Exchange(ref failuresLeft, count);
    }

    public int SendAttempts => Volatile.Read(ref sendAttempts);

    /// <summary>When each reply POST arrived, in order.</summary>
    public IReadOnlyList<DateTimeOffset> SendTimes
    {
        get
        {
            lock (sendTimes) return [.. sendTimes];
        }
    }

    public IReadOnlyList<ReceivedActivity> Received
    {
        get
        {
            lock (received) return [.. received];
        }
    }

    public IReadOnlyList<Dictionary<string, string>> TokenRequests
    {
        get
        {
            lock (tokenRequests) return [.. tokenRequests];
        }
    }

    public IReadOnlyList<(string Path, string? Authorization)> Downloads
    {
        get
        {
            lock (downloads) return [.. downloads];
        }
    }

    /// <summary>Waits (at most 20 s) until the replies received satisfy <paramref name="done"/>.</summary>
    public async Task<IReadOnlyList<ReceivedActivity>> WaitForAsync(Func<IReadOnlyList<ReceivedActivity>, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var now = Received;
            if (done(now)) return now;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}; received {now.Count}: " + string.Join(" | ", now.Select(r => r.Activity.Text)));
            await arrived.WaitAsync(left < TimeSpan.FromMilliseconds(500) ? left : TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>The <paramref name="count"/> replies to the channel's activity <paramref name="activityId"/>, in the order they arrived.</summary>
    public async Task<IReadOnlyList<ReceivedActivity>> RepliesToAsync(string activityId, int count)
    {
        var all = await WaitForAsync(r => r.Count(x => x.Activity.ReplyToId == activityId) >= count, $"{count} replies to {activityId}");
        return [.. all.Where(x => x.Activity.ReplyToId == activityId)];
    }

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        var method = http.Request.Method;
        if (method == "GET" && path == "/v1/.well-known/openidconfiguration")
        {
            await WriteJsonAsync(http, new JsonObject
            {
                ["issuer"] = ChannelIssuer,
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = HttpsBase + "/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            });
        }
        else if (method == "GET" && path == "/v1/.well-known/keys")
        {
            await WriteJsonAsync(http, new JsonObject
            {
                ["keys"] = new JsonArray(
                    Jwk(ChannelKey, "msteams", "slack", "webchat", "emulator", "directline"),
                    Jwk(WebChatOnlyKey, "webchat")),
            });
        }
        else if (method == "GET" && path == "/botframework.com/v2.0/.well-known/openid-configuration")
        {
            await WriteJsonAsync(http, new JsonObject
            {
                ["issuer"] = EmulatorIssuer,
                ["token_endpoint"] = HttpsBase + "/botframework.com/oauth2/v2.0/token",
                ["jwks_uri"] = HttpsBase + "/common/discovery/v2.0/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            });
        }
        else if (method == "GET" && path == "/common/discovery/v2.0/keys")
        {
            await WriteJsonAsync(http, new JsonObject { ["keys"] = new JsonArray(Jwk(EmulatorKey)) });
        }
        else if (method == "POST" && path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            var form = await http.Request.ReadFormAsync();
            int n;
            lock (tokenRequests)
            {
                var request = form.ToDictionary(f => f.Key, f => f.Value.ToString());
                request["path"] = path;
                tokenRequests.Add(request);
                n = tokenRequests.Count;
            }
            var valid = form["client_id"] == AppId && form["client_secret"] == AppPassword && form["grant_type"] == "client_credentials";
            if (!valid)
            {
                http.Response.StatusCode = 401;
                await WriteJsonAsync(http, new JsonObject { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret provided." }, 401);
                return;
            }
            await WriteJsonAsync(http, new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = $"connector-token-{n}",
            });
        }
        else if (method == "POST" && path.Contains("/v3/conversations/", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref sendAttempts);
            lock (sendTimes) sendTimes.Add(DateTimeOffset.UtcNow);
            if (Interlocked.Decrement(ref failuresLeft) >= 0)
            {
                http.Response.StatusCode = failureStatus;
                if (failureRetryAfter is { } wait) http.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return;
            }
            var activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, ActivityJson.Options);
            lock (received) received.Add(new ReceivedActivity(RawPath(http), http.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, activity!));
            arrived.Release();
            await WriteJsonAsync(http, new JsonObject { ["id"] = Guid.NewGuid().ToString("N") });
        }
        else if (method == "GET" && path.StartsWith("/amer/v3/attachments/", StringComparison.Ordinal))
        {
            var authorization = http.Request.Headers.Authorization.ToString();
            lock (downloads) downloads.Add((path, authorization.Length > 0 ? authorization : null));
            var name = path["/amer/v3/attachments/".Length..];
            if (!authorization.StartsWith("Bearer connector-token-", StringComparison.Ordinal)) http.Response.StatusCode = 401;
            else if (!Files.TryGetValue(name, out var bytes)) http.Response.StatusCode = 404;
            else
            {
                http.Response.ContentType = "image/png";
                await http.Response.Body.WriteAsync(bytes);
            }
        }
        else if (method == "GET" && path.StartsWith("/personal/", StringComparison.Ordinal))
        {
            // A OneDrive download link as Teams hands it over for a file sent to the bot: pre-authorised, no token.
            var authorization = http.Request.Headers.Authorization.ToString();
            lock (downloads) downloads.Add((path, authorization.Length > 0 ? authorization : null));
            if (!Files.TryGetValue(path["/personal/".Length..], out var bytes)) http.Response.StatusCode = 404;
            else await http.Response.Body.WriteAsync(bytes);
        }
        else
        {
            http.Response.StatusCode = 404;
        }
    }

    private static string RawPath(HttpContext http) =>
        http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "";

    private static async Task WriteJsonAsync(HttpContext http, JsonNode body, int status = 200)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString());
    }

    private static JsonObject Jwk(RsaSecurityKey key, params string[] endorsements)
    {
        var parameters = key.Rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements.Length > 0) jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
        return jwk;
    }

    private static RsaSecurityKey NewKey(string id) => new(RSA.Create(2048)) { KeyId = id };

    private static X509Certificate2 NewCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    public async ValueTask DisposeAsync()
    {
        await server.StopAsync();
        await server.DisposeAsync();
        certificate.Dispose();
        ChannelKey.Rsa.Dispose();
        WebChatOnlyKey.Rsa.Dispose();
        EmulatorKey.Rsa.Dispose();
        RogueKey.Rsa.Dispose();
        arrived.Dispose();
    }
}
