using HelpdeskBot.Categorization;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskBot.Tests.Categorization;

public class CategoryCatalogTests
{
    [Fact]
    public void Defaults_are_the_five_categories_with_English_and_Indonesian_names()
    {
        using var host = CategorizationHost.Create();
        var catalog = host.Services.GetRequiredService<CategoryCatalog>();

        Assert.Equal(["login", "feature", "transaction", "security", "other"], catalog.Categories.Select(c => c.Id));
        Assert.Equal("Sign-in and account access", catalog.DisplayName("login", "en"));
        Assert.Equal("Masuk dan akses akun", catalog.DisplayName("login", "id"));
        Assert.Equal("Pembayaran dan transaksi", catalog.DisplayName("transaction", "id"));
        Assert.Equal("Security and fraud", catalog.DisplayName("security", "en"));
        Assert.Equal("Pertanyaan, permintaan, dan saran", catalog.DisplayName("other", "id"));
        Assert.All(catalog.Categories, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.EnglishDescription));
            Assert.False(string.IsNullOrWhiteSpace(c.IndonesianDescription));
        });
    }

    [Theory]
    [InlineData("id-ID", "Fitur tidak berfungsi")]
    [InlineData("ID", "Fitur tidak berfungsi")]
    [InlineData("en-US", "A feature does not work")]
    [InlineData("fr", "A feature does not work")]
    public void Language_codes_choose_the_name(string language, string expected)
    {
        using var host = CategorizationHost.Create();
        var catalog = host.Services.GetRequiredService<CategoryCatalog>();

        Assert.Equal(expected, catalog.DisplayName("feature", language));
    }

    [Fact]
    public void An_unknown_id_is_shown_as_it_is()
    {
        using var host = CategorizationHost.Create();
        var catalog = host.Services.GetRequiredService<CategoryCatalog>();

        Assert.Equal("billing-old", catalog.DisplayName("billing-old", "id"));
        Assert.Null(catalog.Description("billing-old", "en"));
        Assert.Equal("login", catalog.Normalize("LOGIN"));
    }

    [Fact]
    public void Configured_categories_replace_the_defaults()
    {
        using var host = CategorizationHost.Create(new Dictionary<string, string?>
        {
            ["Helpdesk:Categorization:Categories:0:Id"] = "hardware",
            ["Helpdesk:Categorization:Categories:0:EnglishName"] = "Hardware",
            ["Helpdesk:Categorization:Categories:0:IndonesianName"] = "Perangkat keras",
            ["Helpdesk:Categorization:Categories:1:Id"] = "network",
            ["Helpdesk:Categorization:Categories:1:EnglishName"] = "Network",
        });
        var catalog = host.Services.GetRequiredService<CategoryCatalog>();

        Assert.Equal(["hardware", "network"], catalog.Categories.Select(c => c.Id));
        Assert.Equal("Perangkat keras", catalog.DisplayName("hardware", "id"));
        // No Indonesian name configured: the English one rather than nothing.
        Assert.Equal("Network", catalog.DisplayName("network", "id"));
    }
}
