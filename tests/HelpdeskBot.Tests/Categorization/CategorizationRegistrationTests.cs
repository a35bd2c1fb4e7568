using HelpdeskBot.Categorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Tests.Categorization;

public class CategorizationRegistrationTests
{
    [Fact]
    public void Local_is_the_default_provider()
    {
        using var host = CategorizationHost.Create();

        Assert.IsType<LocalCategorizer>(host.Services.GetRequiredService<ICategorizer>());
        Assert.NotNull(host.Services.GetRequiredService<PriorityRules>());
        Assert.Same(host.Services.GetRequiredService<LocalCategoryModel>(), host.Services.GetRequiredService<LocalCategoryModel>());
    }

    [Fact]
    public void AzureLanguage_is_chosen_by_configuration()
    {
        using var host = CategorizationHost.Create(AzureSettings("http://127.0.0.1:9"));

        Assert.IsType<AzureLanguageCategorizer>(host.Services.GetRequiredService<ICategorizer>());
    }

    [Fact]
    public void An_unknown_provider_is_refused_when_registering()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            CategorizationHost.Create(new Dictionary<string, string?> { ["Helpdesk:Categorization:Provider"] = "Gpt" }));

        Assert.Contains("'Gpt'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AzureLanguage_without_its_settings_fails_at_start_naming_what_is_missing()
    {
        using var host = CategorizationHost.Create(new Dictionary<string, string?>
        {
            ["Helpdesk:Categorization:Provider"] = "AzureLanguage",
            ["Helpdesk:Categorization:ConfidenceThreshold"] = "1.5",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.Host.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("AzureLanguage:Endpoint", StringComparison.Ordinal));
        // No key is fine: the app then signs in with its managed identity.
        Assert.DoesNotContain(error.Failures, f => f.Contains("AzureLanguage:Key", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("AzureLanguage:ProjectName", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("ConfidenceThreshold", StringComparison.Ordinal));
    }

    internal static Dictionary<string, string?> AzureSettings(string endpoint) => new()
    {
        ["Helpdesk:Categorization:Provider"] = "AzureLanguage",
        ["Helpdesk:Categorization:AzureLanguage:Endpoint"] = endpoint,
        ["Helpdesk:Categorization:AzureLanguage:Key"] = "test-key",
        ["Helpdesk:Categorization:AzureLanguage:ProjectName"] = "helpdesk",
        ["Helpdesk:Categorization:AzureLanguage:DeploymentName"] = "prod",
    };
}
