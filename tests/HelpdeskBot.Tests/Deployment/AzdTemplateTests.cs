using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Serialization;

namespace HelpdeskBot.Tests.Deployment;

/// <summary>
/// azure.yaml, offline: the shape the Azure Developer CLI's schema (schemas/v1.0/azure.yaml.json) asks for, and that
/// what it points at is there: the Bicep module lints clean, its parameters file covers it, the service's project
/// exists, and the web app's name is one of the module's outputs.
/// </summary>
public sealed partial class AzdTemplateTests
{
    private static readonly string Templates = BicepTemplateTests.Metadata("DeploymentTemplates");
    private static readonly string Root = Path.GetFullPath(Path.Combine(Templates, ".."));

    private static readonly HashSet<string> ProjectHooks = new(StringComparer.Ordinal)
    {
        "preprovision", "postprovision", "predeploy", "postdeploy", "prerestore", "postrestore", "prepackage", "postpackage",
        "preup", "postup", "predown", "postdown",
    };

    /// <summary>The module built once for the class (the Bicep CLI takes seconds).</summary>
    private static readonly Lazy<Task<(int Exit, string Output)>> Built = new(() => BicepTemplateTests.BicepAsync("build", "azd.bicep", "--stdout"));

    private static JsonObject AzureYaml()
    {
        var yaml = new DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(Path.Combine(Root, "azure.yaml")));
        var json = new SerializerBuilder().JsonCompatible().Build().Serialize(yaml);
        return JsonNode.Parse(json)!.AsObject();
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex AppName();

    [GeneratedRegex(@"^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$")]
    private static partial Regex Variable();

    [Fact]
    public void Azure_yaml_has_the_schemas_shape()
    {
        var azd = AzureYaml();
        Assert.Matches(AppName(), (string)azd["name"]!);
        var infra = azd["infra"]!.AsObject();
        Assert.Equal("bicep", (string?)infra["provider"]);
        var services = azd["services"]!.AsObject();
        Assert.NotEmpty(services);
        foreach (var (name, service) in services)
        {
            Assert.Equal("appservice", (string?)service!["host"]);
            Assert.Equal("dotnet", (string?)service["language"]);
        }
        foreach (var (name, hook) in azd["hooks"]?.AsObject() ?? [])
        {
            Assert.Contains(name, ProjectHooks);
            foreach (var (platform, script) in hook!.AsObject())
            {
                Assert.Contains(platform, new[] { "posix", "windows" });
                Assert.Contains((string?)script!["shell"], new[] { "sh", "pwsh" });
                Assert.False(string.IsNullOrWhiteSpace((string?)script["run"]));
            }
        }
    }

    [Fact]
    public async Task The_module_lints_clean_and_its_parameters_file_covers_it()
    {
        var infra = AzureYaml()["infra"]!;
        Assert.Equal(Templates, Path.GetFullPath(Path.Combine(Root, (string)infra["path"]!)));
        var module = (string)infra["module"]!;
        var (lint, lintOutput) = await BicepTemplateTests.BicepAsync("lint", module + ".bicep");
        Assert.True(lint == 0 && lintOutput.Trim().Length == 0, $"bicep lint {module}.bicep exited {lint}:\n{lintOutput}");

        Assert.Equal("azd", module);
        var (build, output) = await Built.Value;
        Assert.True(build == 0, output);
        var declared = JsonNode.Parse(output)!["parameters"]!.AsObject();
        var given = JsonNode.Parse(File.ReadAllText(Path.Combine(Templates, module + ".parameters.json")))!["parameters"]!.AsObject();
        Assert.All(given, p => Assert.True(declared.ContainsKey(p.Key), $"{module}.parameters.json sets '{p.Key}', which {module}.bicep does not declare."));
        Assert.All(declared.Where(p => p.Value!["defaultValue"] is null), p => Assert.True(given.ContainsKey(p.Key), $"{module}.parameters.json lacks '{p.Key}'."));
        // azd fills ${VAR} from its environment; each one must be something azd or a hook provides.
        var provided = new[] { "AZURE_ENV_NAME", "AZURE_LOCATION", "DIRECTLINE_SIGNING_KEY" };
        Assert.All(given, p => Assert.Contains(Variable().Match((string)p.Value!["value"]!).Groups[1].Value, provided));
        Assert.Contains("DIRECTLINE_SIGNING_KEY", (string)AzureYaml()["hooks"]!["preprovision"]!["posix"]!["run"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_is_the_app_project_deployed_to_the_web_app_the_module_outputs()
    {
        var azd = AzureYaml();
        var (_, output) = await Built.Value;
        var outputs = JsonNode.Parse(output)!["outputs"]!.AsObject();
        var web = azd["services"]!["web"]!;
        var project = Path.GetFullPath(Path.Combine(Root, (string)web["project"]!));
        Assert.True(File.Exists(Path.Combine(project, "HelpdeskBot.csproj")), $"no HelpdeskBot.csproj in {project}");
        var variable = Variable().Match((string)web["resourceName"]!);
        Assert.True(variable.Success, "resourceName should name the module's output, as ${OUTPUT}");
        Assert.True(outputs.ContainsKey(variable.Groups[1].Value), $"the module has no output {variable.Groups[1].Value}");
    }
}
