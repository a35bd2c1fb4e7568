using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HelpdeskBot.Emulators;

/// <summary>
/// Stands between the .NET Cosmos SDK (gateway mode) and @vercel/cosmosdb-server, answering what that
/// server cannot, so the production stores run unchanged against it:
/// <list type="bullet">
/// <item>Query plans. On Linux the SDK asks the gateway for one before most queries; the server has no
/// answer. The proxy describes every query as a plain pass-through query, which is the right plan for a
/// server with one partition key range: the server itself filters, sorts and limits.</item>
/// <item>Reading a missing document. The server fails with 500; the proxy answers 404, as Cosmos does.</item>
/// <item>Transactional batches. The SDK sends them as HybridRow; the server only knows the JavaScript
/// SDK's JSON bulk format and applies operations one by one without rolling back. The proxy decodes the
/// batch, checks every operation's precondition first (existence, If-Match) and applies all or none,
/// holding one write lock that every other write through the proxy takes too — so a batch is atomic.</item>
/// <item>The account's address: the server advertises its own port; the proxy puts its own there, so the
/// SDK keeps talking to the proxy.</item>
/// </list>
/// What stays the emulator's: queries ignore the partition key (the stores filter on it anyway), and
/// there is no TTL expiry.
/// </summary>
public sealed class CosmosGatewayProxy : IAsyncDisposable
{
    private static readonly string[] SkippedRequestHeaders = ["Host", "Content-Length", "Content-Type", "Connection", "Transfer-Encoding", "Expect"];
    private static readonly string[] SkippedResponseHeaders = ["Transfer-Encoding", "Connection", "Content-Length", "Content-Type", "Content-Location"];

    private readonly WebApplication app;
    private readonly HttpClient upstream;
    private readonly Uri upstreamBase;
    private readonly SemaphoreSlim writes = new(1, 1);
    private string publicBase = "";

    private CosmosGatewayProxy(WebApplication app, Uri upstreamBase)
    {
        this.app = app;
        this.upstreamBase = upstreamBase;
        upstream = new HttpClient(new SocketsHttpHandler
        {
            // The emulator's certificate is self-signed; this client only ever talks to it on loopback.
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
            MaxConnectionsPerServer = 16,
        })
        { BaseAddress = upstreamBase };
    }

    public Uri Endpoint => new(publicBase);

    /// <summary>How often each bridge was used, by name: shows in a test's output what the emulator could not do itself.</summary>
    public IReadOnlyDictionary<string, int> Bridged => bridged;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> bridged = new(StringComparer.Ordinal);

    private void Count(string bridge) => bridged.AddOrUpdate(bridge, 1, (_, n) => n + 1);

    public static async Task<CosmosGatewayProxy> StartAsync(Uri upstreamBase)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // Not the console's lifetime: a proxy inside a test process must not take over its Ctrl+C and SIGTERM.
        builder.Services.AddSingleton<IHostLifetime, NoSignals>();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(SelfSignedCertificate())));
        var app = builder.Build();
        var proxy = new CosmosGatewayProxy(app, upstreamBase);
        app.Run(proxy.HandleAsync);
        await app.StartAsync();
        var address = app.Urls.First();
        proxy.publicBase = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/";
        return proxy;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var body = await ReadBodyAsync(http.Request);
        var headers = http.Request.Headers;
        if (IsTrue(headers["x-ms-cosmos-is-query-plan-request"]))
        {
            Count("query plan");
            await WriteJsonAsync(http, 200, PassThroughPlan);
            return;
        }
        if (IsTrue(headers["x-ms-cosmos-is-batch-request"]))
        {
            await ExecuteBatchAsync(http, body);
            return;
        }

        var isWrite = http.Request.Method != "GET" && !IsTrue(headers["x-ms-documentdb-isquery"])
            && !string.Equals(http.Request.ContentType, "application/query+json", StringComparison.OrdinalIgnoreCase);
        Count(http.Request.Method + (IsTrue(headers["x-ms-documentdb-isquery"]) ? " query" : ""));
        if (isWrite) await writes.WaitAsync();
        try
        {
            using var request = Forwarded(http.Request, body);
            using var response = await upstream.SendAsync(request);
            var content = await response.Content.ReadAsByteArrayAsync();
            var status = (int)response.StatusCode;
            if (status == 500 && http.Request.Method == "GET" && IsDocumentPath(http.Request.Path))
            {
                Count("missing item read");
                await WriteJsonAsync(http, 404, """{"code":"NotFound","message":"Entity with the specified id does not exist in the system."}""");
                return;
            }
            if (http.Request.Path == "/" && http.Request.Method == "GET")
            {
                // The server advertises https://its-host:its-port/ whatever it serves.
                var advertised = $"https://{upstreamBase.Authority}/";
                content = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace(advertised, publicBase, StringComparison.Ordinal));
            }
            http.Response.StatusCode = status;
            foreach (var header in response.Headers.Concat(response.Content.Headers))
            {
                if (SkippedResponseHeaders.Contains(header.Key, StringComparer.OrdinalIgnoreCase)) continue;
                http.Response.Headers[header.Key] = header.Value.ToArray();
            }
            http.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/json";
            await http.Response.Body.WriteAsync(content);
        }
        finally
        {
            if (isWrite) writes.Release();
        }
    }

    private async Task ExecuteBatchAsync(HttpContext http, byte[] body)
    {
        var operations = await BatchWire.ReadOperationsAsync(body);
        var batchPartition = http.Request.Headers["x-ms-documentdb-partitionkey"].ToString();
        var collection = http.Request.Path.Value!.TrimEnd('/');
        if (collection.EndsWith("/docs", StringComparison.Ordinal)) collection = collection[..^"/docs".Length];

        await writes.WaitAsync();
        try
        {
            // First every precondition, against the documents as they are plus what earlier operations of
            // this batch would do; only if all hold, the writes.
            var pending = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < operations.Count; i++)
            {
                var operation = operations[i];
                var partition = operation.PartitionKeyJson ?? batchPartition;
                var id = operation.Id ?? IdOf(operation.ResourceBody);
                var key = partition + "\n" + id;
                var current = pending.TryGetValue(key, out var known)
                    ? known
                    : await CurrentETagAsync(collection, partition, id);
                var exists = current is not null;
                var status = operation.OperationType switch
                {
                    BatchOperation.Create => exists ? 409 : 201,
                    BatchOperation.Replace or BatchOperation.Delete when !exists => 404,
                    BatchOperation.Replace or BatchOperation.Delete or BatchOperation.Upsert
                        when exists && operation.IfMatch is not null && operation.IfMatch != current => 412,
                    BatchOperation.Replace or BatchOperation.Upsert => 200,
                    BatchOperation.Delete => 204,
                    BatchOperation.Read => exists ? 200 : 404,
                    _ => 400,
                };
                if (status >= 400)
                {
                    Count("batch refused");
                    var failed = operations.Select((_, j) => new BatchResult(j == i ? status : 424)).ToList();
                    await WriteBatchAsync(http, 207, failed);
                    return;
                }
                // A document this batch writes has no ETag anyone could know yet.
                pending[key] = operation.OperationType == BatchOperation.Delete ? null : operation.OperationType == BatchOperation.Read ? current : "(written by this batch)";
            }

            var results = new List<BatchResult>(operations.Count);
            foreach (var operation in operations)
            {
                results.Add(await ApplyAsync(collection, operation.PartitionKeyJson ?? batchPartition, operation));
            }
            Count("batch applied");
            await WriteBatchAsync(http, 200, results);
        }
        finally
        {
            writes.Release();
        }
    }

    private async Task<BatchResult> ApplyAsync(string collection, string partition, BatchOperation operation)
    {
        var id = operation.Id ?? IdOf(operation.ResourceBody);
        var (method, path) = operation.OperationType switch
        {
            BatchOperation.Create or BatchOperation.Upsert => (HttpMethod.Post, $"{collection}/docs"),
            BatchOperation.Replace => (HttpMethod.Put, $"{collection}/docs/{Uri.EscapeDataString(id)}"),
            BatchOperation.Delete => (HttpMethod.Delete, $"{collection}/docs/{Uri.EscapeDataString(id)}"),
            _ => (HttpMethod.Get, $"{collection}/docs/{Uri.EscapeDataString(id)}"),
        };
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        request.Headers.TryAddWithoutValidation("x-ms-documentdb-partitionkey", partition);
        if (operation.OperationType == BatchOperation.Upsert) request.Headers.TryAddWithoutValidation("x-ms-documentdb-is-upsert", "True");
        if (operation.IfMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", operation.IfMatch);
        if (operation.ResourceBody is not null)
        {
            request.Content = new ByteArrayContent(operation.ResourceBody);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        using var response = await upstream.SendAsync(request);
        var content = await response.Content.ReadAsByteArrayAsync();
        string? etag = null;
        if (content.Length > 0 && response.IsSuccessStatusCode && JsonNode.Parse(content) is JsonObject document)
        {
            etag = document["_etag"]?.GetValue<string>();
        }
        var minimal = operation.MinimalReturn && operation.OperationType != BatchOperation.Read;
        return new BatchResult((int)response.StatusCode, etag, minimal || content.Length == 0 ? null : content);
    }

    /// <summary>The document's ETag, or null when there is no such document.</summary>
    private async Task<string?> CurrentETagAsync(string collection, string partition, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{collection}/docs/{Uri.EscapeDataString(id)}".TrimStart('/'));
        request.Headers.TryAddWithoutValidation("x-ms-documentdb-partitionkey", partition);
        using var response = await upstream.SendAsync(request);
        if (!response.IsSuccessStatusCode) return null;
        var document = JsonNode.Parse(await response.Content.ReadAsByteArrayAsync());
        return document?["_etag"]?.GetValue<string>();
    }

    private static async Task WriteBatchAsync(HttpContext http, int status, IReadOnlyList<BatchResult> results)
    {
        var payload = await BatchWire.WriteResultsAsync(results);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        http.Response.Headers["x-ms-request-charge"] = results.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers["x-ms-activity-id"] = Guid.NewGuid().ToString();
        await http.Response.Body.WriteAsync(payload);
    }

    private HttpRequestMessage Forwarded(HttpRequest incoming, byte[] body)
    {
        var request = new HttpRequestMessage(new HttpMethod(incoming.Method), (incoming.Path + incoming.QueryString).TrimStart('/'));
        foreach (var header in incoming.Headers)
        {
            if (SkippedRequestHeaders.Contains(header.Key, StringComparer.OrdinalIgnoreCase)) continue;
            request.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
        }
        if (body.Length > 0 || incoming.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new ByteArrayContent(body);
            if (incoming.ContentType is { } type) request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        }
        return request;
    }

    private static string IdOf(byte[]? resource) =>
        resource is null ? "" : JsonNode.Parse(resource)?["id"]?.GetValue<string>() ?? "";

    private static bool IsDocumentPath(PathString path)
    {
        var segments = path.Value?.Trim('/').Split('/') ?? [];
        return segments.Length == 6 && segments[0] == "dbs" && segments[2] == "colls" && segments[4] == "docs";
    }

    private static bool IsTrue(Microsoft.Extensions.Primitives.StringValues value) =>
        string.Equals(value.ToString(), "true", StringComparison.OrdinalIgnoreCase);

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static async Task WriteJsonAsync(HttpContext http, int status, string json)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        http.Response.Headers["x-ms-activity-id"] = Guid.NewGuid().ToString();
        await http.Response.WriteAsync(json);
    }

    private const string PassThroughPlan = """
    {
      "partitionedQueryExecutionInfoVersion": 2,
      "queryInfo": {
        "distinctType": "None", "top": null, "offset": null, "limit": null,
        "orderBy": [], "orderByExpressions": [], "groupByExpressions": [], "groupByAliases": [],
        "aggregates": [], "groupByAliasToAggregateType": {}, "rewrittenQuery": "", "hasSelectValue": false,
        "hasNonStreamingOrderBy": false
      },
      "queryRanges": [ { "min": "", "max": "FF", "isMinInclusive": true, "isMaxInclusive": false } ]
    }
    """;

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    private sealed class NoSignals : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        upstream.Dispose();
        writes.Dispose();
    }
}
