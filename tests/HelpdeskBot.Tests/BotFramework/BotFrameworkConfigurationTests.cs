using HelpdeskBot.Channels.BotFramework;
using HelpdeskBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Tests.BotFramework;

/// <summary>The identity settings by the ecosystem's names: what each app type needs, and where its token comes from.</summary>
public sealed class BotFrameworkConfigurationTests
{
    [Theory]
    [InlineData("SingleTenant", "secret", "", "MicrosoftAppTenantId is required")]
    [InlineData("MultiTenant", "", "", "MicrosoftAppPassword is required")]
    [InlineData("Multi", "secret", "", "MicrosoftAppType 'Multi' is not one of")]
    public void A_bot_identity_that_cannot_work_stops_the_app_at_start(string type, string password, string tenant, string expected)
    {
        var error = Assert.IsType<OptionsValidationException>(HelpdeskApp.StartFailure(new()
        {
            ["MicrosoftAppId"] = FakeChannel.AppId,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppType"] = type,
            ["MicrosoftAppTenantId"] = tenant,
        }), exactMatch: false);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_identity_is_read_from_the_top_level_names()
    {
        using var app = new HelpdeskApp(new()
        {
            ["MicrosoftAppId"] = FakeChannel.AppId,
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppTenantId"] = "contoso.onmicrosoft.com",
        });
        var options = app.Get<IOptions<BotFrameworkOptions>>().Value;
        Assert.Equal(FakeChannel.AppId, options.MicrosoftAppId);
        Assert.Equal(MicrosoftAppType.UserAssignedMSI, options.MicrosoftAppType);
        Assert.Equal("contoso.onmicrosoft.com", options.MicrosoftAppTenantId);
    }

    [Fact]
    public async Task A_single_tenant_bot_gets_its_token_from_its_own_tenant()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var app = BotOnKestrel.Start(channel, settings: new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "72f988bf-0000-0000-0000-2d7cd011db47",
        });
        var user = new ChannelUser(app, channel, "msteams");
        Assert.NotEmpty(await user.SendAsync("hello"));
        Assert.Equal("/72f988bf-0000-0000-0000-2d7cd011db47/oauth2/v2.0/token", Assert.Single(channel.TokenRequests)["path"]);
    }
}
