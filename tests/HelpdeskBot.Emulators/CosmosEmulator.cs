using System.Text.RegularExpressions;

namespace HelpdeskBot.Emulators;

/// <summary>
/// A Cosmos DB stand-in on 127.0.0.1: @vercel/cosmosdb-server behind
/// <see cref="CosmosGatewayProxy"/>. One per test process, started on first use; tests keep apart by
/// each using a database of its own.
/// </summary>
public sealed class CosmosEmulator
{
    /// <summary>The server checks no signatures; the SDK only needs a well-formed key.</summary>
    public const string Key = "aGVscGRlc2tib3QtdGVzdHMtbG9jYWwtZW11bGF0b3Ita2V5LW5vdC1hLXNlY3JldA==";

    private static readonly Lazy<Task<CosmosEmulator>> Shared = new(StartAsync);

    private CosmosEmulator(EmulatorProcess server, CosmosGatewayProxy proxy)
    {
        Server = server;
        Proxy = proxy;
    }

    public EmulatorProcess Server { get; }
    public CosmosGatewayProxy Proxy { get; }

    /// <summary>The address clients use: the proxy's.</summary>
    public string Endpoint => Proxy.Endpoint.ToString();

    public static Task<CosmosEmulator> GetAsync() => Shared.Value;

    /// <summary>A database name no other test uses.</summary>
    public static string NewDatabase() => "test-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The app's settings for Cosmos storage in <paramref name="database"/>.</summary>
    public Dictionary<string, string?> AppSettings(string database) => new()
    {
        ["Helpdesk:Storage:Provider"] = "Cosmos",
        ["Helpdesk:Storage:Cosmos:Endpoint"] = Endpoint,
        ["Helpdesk:Storage:Cosmos:Key"] = Key,
        ["Helpdesk:Storage:Cosmos:Database"] = database,
        ["Helpdesk:Storage:Cosmos:TrustEmulatorCertificate"] = "true",
        ["Helpdesk:Storage:Cosmos:ConnectionMode"] = "Gateway",
    };

    private static async Task<CosmosEmulator> StartAsync()
    {
        var server = await EmulatorProcess.StartAsync(
            "node_modules/@vercel/cosmosdb-server/lib/cli.js",
            // Plain HTTP behind the proxy, which serves the SDK HTTPS with a self-signed certificate of its
            // own: the server closes every connection, and a TLS handshake per request made it the bottleneck.
            ["--host", "127.0.0.1", "--port", "0", "--no-ssl"],
            new Regex(@"Ready to accept HTTP connections at 127\.0\.0\.1:(?<port>\d+)"),
            TimeSpan.FromSeconds(60));
        var proxy = await CosmosGatewayProxy.StartAsync(new Uri($"http://127.0.0.1:{server.Port}/"));
        return new CosmosEmulator(server, proxy);
    }
}
