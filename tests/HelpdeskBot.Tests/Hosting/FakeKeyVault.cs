using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using HelpdeskBot.Hosting;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;
using AccessToken = Azure.Core.AccessToken;
using TokenCredential = Azure.Core.TokenCredential;
using TokenRequestContext = Azure.Core.TokenRequestContext;

namespace HelpdeskBot.Tests.Hosting;

/// <summary>
/// Key Vault's wrapkey/unwrapkey on 127.0.0.1 that really does RSA-OAEP-256 with an RSA key of its own (whose private
/// half, as in Key Vault, never leaves it): it answers only a request with the test token, for its one key, with the
/// algorithm named RSA-OAEP-256, and unwraps only what its key wrapped.
/// </summary>
public sealed partial class FakeKeyVault : IDisposable
{
    public const string Token = "test-token-for-the-fake-vault";
    public const string KeyName = "dataprotection";
    public const string KeyVersion = "0123456789abcdef0123456789abcdef";

    private readonly RSA rsa = RSA.Create(2048);
    private readonly WireMockServer server;

    public FakeKeyVault()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        Endpoint = $"http://127.0.0.1:{port}";
        server = WireMockServer.Start(new WireMockServerSettings { Urls = [Endpoint] });
        server.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithCallback(Answer));
    }

    public string Endpoint { get; }

    /// <summary>The configured key id: versionless, as the templates set it.</summary>
    public string KeyId => $"{Endpoint}/keys/{KeyName}";

    /// <summary>Every request, as "operation" or "operation refused: why".</summary>
    public ConcurrentQueue<string> Calls { get; } = new();

    public KeyVaultKeyWrap NewWrap(string token = Token) =>
        new(new HttpClient(), new StaticCredential(token), KeyVaultKeyId.Parse(KeyId)!, "https://vault.azure.net/.default");

    private IResponseMessage Answer(IRequestMessage request)
    {
        var match = OperationPath().Match(request.AbsolutePath);
        if (!match.Success || match.Groups["name"].Value != KeyName) return Refuse("no such key", HttpStatusCode.NotFound);
        var operation = match.Groups["op"].Value;
        var version = match.Groups["version"].Success ? match.Groups["version"].Value : null;
        if (!request.Headers!.TryGetValue("Authorization", out var auth) || auth.Count != 1 || auth[0] != "Bearer " + Token)
        {
            return Refuse(operation + " refused: no token", HttpStatusCode.Unauthorized);
        }
        using var body = JsonDocument.Parse(request.Body ?? "{}");
        if (body.RootElement.GetProperty("alg").GetString() != "RSA-OAEP-256") return Refuse(operation + " refused: algorithm", HttpStatusCode.BadRequest);
        var value = Base64Url.DecodeFromChars(body.RootElement.GetProperty("value").GetString());
        byte[] result;
        if (operation == "wrapkey")
        {
            if (version is not null && version != KeyVersion) return Refuse("wrapkey refused: version", HttpStatusCode.NotFound);
            result = rsa.Encrypt(value, RSAEncryptionPadding.OaepSHA256);
        }
        else
        {
            if (version != KeyVersion) return Refuse("unwrapkey refused: version", HttpStatusCode.NotFound);
            try
            {
                result = rsa.Decrypt(value, RSAEncryptionPadding.OaepSHA256);
            }
            catch (CryptographicException)
            {
                return Refuse("unwrapkey refused: not ours", HttpStatusCode.BadRequest);
            }
        }
        Calls.Enqueue(operation);
        var json = JsonSerializer.Serialize(new { kid = $"{Endpoint}/keys/{KeyName}/{KeyVersion}", value = Base64Url.EncodeToString(result) });
        return Json(HttpStatusCode.OK, json);
    }

    private ResponseMessage Refuse(string why, HttpStatusCode status)
    {
        Calls.Enqueue(why);
        return Json(status, """{"error":{"code":"Refused"}}""");
    }

    private static ResponseMessage Json(HttpStatusCode status, string json)
    {
        var response = new ResponseMessage
        {
            StatusCode = (int)status,
            BodyData = new BodyData { BodyAsString = json, DetectedBodyType = BodyType.String },
        };
        response.AddHeader("Content-Type", "application/json");
        return response;
    }

    [GeneratedRegex("^/keys/(?<name>[^/]+)(/(?<version>[^/]+))?/(?<op>wrapkey|unwrapkey)$")]
    private static partial Regex OperationPath();

    public void Dispose()
    {
        server.Stop();
        server.Dispose();
        rsa.Dispose();
    }

    private sealed class StaticCredential(string token) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(requestContext.Scopes.SequenceEqual(["https://vault.azure.net/.default"]) ? token : "wrong-scope", DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
