using System.Net;
using System.Text.Json.Nodes;
using HelpdeskBot.Channels.BotFramework;
using HelpdeskBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Tests.BotFramework;

/// <summary>MSAL finds the managed identity through process-wide environment variables: nothing else runs meanwhile.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

/// <summary>
/// The default identity, a user-assigned managed identity, gets the bot's token the way App Service and Container
/// Apps hand it out (<c>IDENTITY_ENDPOINT</c> with <c>IDENTITY_HEADER</c>), here from a stand-in on 127.0.0.1.
/// </summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class ManagedIdentityTokenTests
{
    private const string IdentityHeader = "stand-in-identity-header";

    [Fact]
    public void A_bot_with_an_app_id_and_no_type_is_a_user_assigned_managed_identity()
    {
        using var app = new HelpdeskApp(new() { ["MicrosoftAppId"] = FakeChannel.AppId });
        Assert.Equal(MicrosoftAppType.UserAssignedMSI, app.Get<IOptions<BotFrameworkOptions>>().Value.MicrosoftAppType);
    }

    [Fact]
    public async Task The_bots_token_comes_from_the_managed_identity_endpoint_for_its_client_id()
    {
        var requests = new List<(string Query, string? Header)>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var identity = builder.Build();
        identity.MapGet("/msi/token", (HttpContext http) =>
        {
            lock (requests) requests.Add((http.Request.QueryString.Value ?? "", http.Request.Headers["X-IDENTITY-HEADER"].ToString()));
            return Results.Content(new JsonObject
            {
                ["access_token"] = "msi-token-1",
                ["expires_on"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["resource"] = "https://api.botframework.com",
                ["token_type"] = "Bearer",
                ["client_id"] = FakeChannel.AppId,
            }.ToJsonString(), "application/json");
        });
        await identity.StartAsync();
        var endpoint = identity.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/msi/token";

        var saved = (Endpoint: Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT"), Header: Environment.GetEnvironmentVariable("IDENTITY_HEADER"));
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", endpoint);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", IdentityHeader);
        try
        {
            using var app = new HelpdeskApp(new() { ["MicrosoftAppId"] = FakeChannel.AppId });
            var tokens = app.Get<IConnectorTokens>();
            Assert.Equal("msi-token-1", await tokens.GetTokenAsync(CancellationToken.None));
            // Cached until it nears expiry: the second reply does not ask again.
            Assert.Equal("msi-token-1", await tokens.GetTokenAsync(CancellationToken.None));
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", saved.Endpoint);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", saved.Header);
        }

        var (query, header) = Assert.Single(requests);
        Assert.Equal(IdentityHeader, header);
        var asked = Uri.UnescapeDataString(query);
        Assert.Contains("resource=https://api.botframework.com", asked, StringComparison.Ordinal);
        Assert.Contains("client_id=" + FakeChannel.AppId, asked, StringComparison.Ordinal);
    }
}
