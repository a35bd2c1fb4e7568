using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using HelpdeskBot.Data.Cosmos;

namespace HelpdeskBot.Tests.Deployment;

/// <summary>
/// deploymentTemplates/: main.bicep lints clean (bicepconfig.json makes every linter warning an error, and
/// any compiler warning fails here), main.json is exactly what it builds to, and both agree with the app.
/// The Bicep CLI comes from NuGet (Azure.Bicep.CommandLine.linux-x64, a PackageDownload) and runs offline.
/// </summary>
public sealed class BicepTemplateTests
{
    private static readonly string Templates = Metadata("DeploymentTemplates");

    internal static string Metadata(string key) =>
        typeof(BicepTemplateTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;

    [Fact]
    public async Task Main_bicep_lints_without_a_warning()
    {
        var (exit, output) = await BicepAsync("lint", "main.bicep");
        Assert.True(exit == 0 && output.Trim().Length == 0, $"bicep lint exited {exit}:\n{output}");
    }

    [Fact]
    public async Task Main_json_is_what_main_bicep_builds_to()
    {
        var (exit, output) = await BicepAsync("build", "main.bicep", "--stdout");
        Assert.True(exit == 0, $"bicep build exited {exit}:\n{output}");
        var committed = await File.ReadAllTextAsync(Path.Combine(Templates, "main.json"));
        Assert.True(Normalize(committed) == Normalize(output),
            "deploymentTemplates/main.json is out of date: run `bicep build main.bicep` in deploymentTemplates and commit it.");
    }

    [Fact]
    public void The_example_parameters_are_the_templates_and_cover_what_it_requires()
    {
        var template = Template()["parameters"]!.AsObject();
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(Templates, "main.parameters.json")))!["parameters"]!.AsObject();
        Assert.All(example, p => Assert.True(template.ContainsKey(p.Key), $"main.parameters.json sets '{p.Key}', which main.bicep does not declare."));
        var required = template.Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key);
        Assert.All(required, name => Assert.True(example.ContainsKey(name), $"main.parameters.json lacks the required parameter '{name}'."));
    }

    [Fact]
    public void The_cosmos_containers_match_the_ones_the_app_creates()
    {
        var declared = Template()["resources"]!.AsArray()
            .Select(r => r!)
            .Where(r => (string?)r["type"] == "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers")
            .ToDictionary(r => (string)r["properties"]!["resource"]!["id"]!, r => r["properties"]!["resource"]!);
        foreach (var expected in CosmosContainers.Definitions(new CosmosOptions(), conversationTtlDays: 30))
        {
            Assert.True(declared.TryGetValue(expected.Id, out var container), $"main.bicep has no container '{expected.Id}'.");
            Assert.Equal(expected.PartitionKeyPath, (string)container["partitionKey"]!["paths"]![0]!);
            Assert.Equal(expected.DefaultTimeToLive is null, container["defaultTtl"] is null);
            var excluded = container["indexingPolicy"]?["excludedPaths"]?.AsArray().Select(p => (string)p!["path"]!).ToHashSet() ?? [];
            Assert.All(expected.IndexingPolicy.ExcludedPaths, p => Assert.Contains(p.Path, excluded));
        }
        Assert.Equal(CosmosContainers.Definitions(new CosmosOptions(), conversationTtlDays: 30).Count, declared.Count);
    }

    [Fact]
    public void The_app_runs_on_linux_dotnet_10_with_its_health_check_and_websockets()
    {
        var site = Template()["resources"]!.AsArray().Select(r => r!).Single(r => (string?)r["type"] == "Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        // Liveness for the platform's health check (a store outage must not fail every instance at once);
        // readiness gates traffic to a starting instance through App Service's warm-up path.
        Assert.Equal("/healthz/live", (string?)config["healthCheckPath"]);
        var settings = (string)config["appSettings"]!;
        Assert.Contains("'WEBSITE_WARMUP_PATH', 'value', '/healthz/ready'", settings, StringComparison.Ordinal);
        Assert.True((bool)config["webSocketsEnabled"]!);
    }

    [Fact]
    public void Every_instance_gets_both_signing_keys_from_Key_Vault()
    {
        var site = Template()["resources"]!.AsArray().Select(r => r!).Single(r => (string?)r["type"] == "Microsoft.Web/sites");
        var settings = (string)site["properties"]!["siteConfig"]!["appSettings"]!;
        Assert.Contains("'Helpdesk__DirectLine__SigningKey', 'value', format('@Microsoft.KeyVault(SecretUri={0})'", settings, StringComparison.Ordinal);
        Assert.Contains("'Helpdesk__Handoff__SigningKey', 'value', format('@Microsoft.KeyVault(SecretUri={0})'", settings, StringComparison.Ordinal);
        Assert.Contains("'agent-signing-key'", settings, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_instance_shares_one_key_ring_in_a_blob_encrypted_with_a_Key_Vault_key_only_it_may_wrap_with()
    {
        var template = Template();
        var resources = template["resources"]!.AsArray().Select(r => r!).ToList();
        var key = resources.Single(r => (string?)r["type"] == "Microsoft.KeyVault/vaults/keys");
        Assert.Equal("RSA", (string?)key["properties"]!["kty"]);
        Assert.Equal(["wrapKey", "unwrapKey"], key["properties"]!["keyOps"]!.AsArray().Select(o => (string)o!));
        Assert.Contains(resources, r => (string?)r["type"] == "Microsoft.Storage/storageAccounts/blobServices/containers"
            && ((string?)r["name"])!.Contains("keyRingContainerName", StringComparison.Ordinal));
        // Key Vault Crypto User, on the key alone.
        Assert.Equal("12338af0-0e69-4776-bea7-57ae8d297424", (string?)template["variables"]!["roles"]!["keyVaultCryptoUser"]);
        var access = resources.Single(r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments"
            && ((string?)r["properties"]!["roleDefinitionId"])!.Contains("roles').keyVaultCryptoUser", StringComparison.Ordinal));
        Assert.Contains("Microsoft.KeyVault/vaults/keys", (string?)access["scope"], StringComparison.Ordinal);
        var settings = (string)resources.Single(r => (string?)r["type"] == "Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!;
        Assert.Contains("'Helpdesk__KeyRing__AzureBlob__ServiceUri'", settings, StringComparison.Ordinal);
        Assert.Contains("'Helpdesk__KeyRing__KeyVault__KeyId', 'value', reference(resourceId('Microsoft.KeyVault/vaults/keys'", settings, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_instance_reaches_the_others_through_a_SignalR_Service_in_default_mode_signed_in_with_its_identity()
    {
        var template = Template();
        var resources = template["resources"]!.AsArray().Select(r => r!).ToList();
        var signalR = resources.Single(r => (string?)r["type"] == "Microsoft.SignalRService/signalR");
        var features = signalR["properties"]!["features"]!.AsArray();
        Assert.Contains(features, f => (string?)f!["flag"] == "ServiceMode" && (string?)f["value"] == "Default");
        Assert.True((bool)signalR["properties"]!["disableLocalAuth"]!);
        // The app's identity may serve hubs on it (SignalR App Server).
        Assert.Equal("420fcaa2-552c-430f-98ca-3264be4806c7", (string?)template["variables"]!["roles"]!["signalRAppServer"]);
        Assert.Contains(resources, r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments"
            && ((string?)r["properties"]!["roleDefinitionId"])!.Contains("roles').signalRAppServer", StringComparison.Ordinal));
        var settings = (string)resources.Single(r => (string?)r["type"] == "Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!;
        Assert.Contains("'Helpdesk__Instances__AzureSignalR__Endpoint'", settings, StringComparison.Ordinal);
        // The link goes through the instance's own port (the one Urls sets), which negotiation hands to the service.
        Assert.Contains("'Helpdesk__Instances__LinkUrl', 'value', 'http://localhost:8080/hubs/instances'", settings, StringComparison.Ordinal);
        Assert.Contains("'Urls', 'value', 'http://0.0.0.0:8080'", settings, StringComparison.Ordinal);
    }

    private static JsonObject Template() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Templates, "main.json")))!.AsObject();

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    internal static async Task<(int Exit, string Output)> BicepAsync(params string[] arguments)
    {
        var cli = Metadata("BicepCli");
        Assert.True(File.Exists(cli), $"The Bicep CLI is not at {cli}; restoring HelpdeskBot.Tests downloads it.");
        // A package's files may come out of the NuGet cache without the execute bit.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(cli, File.GetUnixFileMode(cli) | UnixFileMode.UserExecute);
        var info = new ProcessStartInfo(cli)
        {
            WorkingDirectory = Templates,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        // Offline and quiet: no telemetry, no update checks.
        info.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
