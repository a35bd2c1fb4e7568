using System.Text.RegularExpressions;

namespace HelpdeskBot.Emulators;

/// <summary>Azurite's blob service on 127.0.0.1, in memory, no telemetry. One per test process, started on first use.</summary>
public sealed class Azurite
{
    /// <summary>Azurite's documented development account (public, not a secret).</summary>
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Lazy<Task<Azurite>> Shared = new(StartAsync);

    private Azurite(EmulatorProcess process) => Process = process;

    public EmulatorProcess Process { get; }

    public string BlobEndpoint => $"http://127.0.0.1:{Process.Port}/{AccountName}";

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};";

    public static Task<Azurite> GetAsync() => Shared.Value;

    private static async Task<Azurite> StartAsync()
    {
        var process = await EmulatorProcess.StartAsync(
            "node_modules/azurite/dist/src/blob/main.js",
            ["--blobHost", "127.0.0.1", "--blobPort", "0", "--inMemoryPersistence", "--extentMemoryLimit", "256",
             "--disableTelemetry", "--skipApiVersionCheck", "--loose"],
            new Regex(@"Azurite Blob service successfully listens on http://127\.0\.0\.1:(?<port>\d+)"),
            TimeSpan.FromSeconds(90));
        return new Azurite(process);
    }
}
