using System.Text.Json;
using HelpdeskBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace HelpdeskBot.Tests.OpenApi;

/// <summary>The served OpenAPI document describes all three APIs: operations, schemas, and the bearer each takes.</summary>
public sealed class OpenApiDocumentTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private async Task<JsonElement> DocumentAsync()
    {
        using var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static JsonElement Operation(JsonElement document, string path, string method) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method);

    private static string? SchemaOf(JsonElement content) =>
        content.GetProperty("application/json").GetProperty("schema") is var schema && schema.TryGetProperty("$ref", out var r) ? r.GetString() : schema.ToString();

    [Theory]
    [InlineData("/v3/directline/conversations", "post", "201", "DirectLineConversation", "DirectLine")]
    [InlineData("/v3/directline/tokens/generate", "post", "200", "DirectLineConversation", "DirectLine")]
    [InlineData("/v3/directline/conversations/{conversationId}/activities", "post", "200", "ResourceResponse", "DirectLine")]
    [InlineData("/v3/directline/conversations/{conversationId}/activities", "get", "200", "ActivitySet", "DirectLine")]
    [InlineData("/api/agent/escalations", "get", "200", "EscalationSummary", "Agent")]
    [InlineData("/api/agent/tickets/{number}", "get", "200", "Ticket", "Agent")]
    public async Task Each_operation_has_its_response_schema_and_bearer_scheme(string path, string method, string status, string schema, string scheme)
    {
        var operation = Operation(await DocumentAsync(), path, method);
        Assert.Contains(schema, SchemaOf(operation.GetProperty("responses").GetProperty(status).GetProperty("content")), StringComparison.Ordinal);
        var security = operation.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject()).Select(p => p.Name);
        Assert.Contains(scheme, security);
    }

    [Fact]
    public async Task Activities_are_described_and_errors_in_each_apis_format()
    {
        var document = await DocumentAsync();
        var post = Operation(document, "/v3/directline/conversations/{conversationId}/activities", "post");
        Assert.Contains("DirectLineErrorBody", SchemaOf(post.GetProperty("responses").GetProperty("429").GetProperty("content")), StringComparison.Ordinal);

        var messages = Operation(document, "/api/messages", "post");
        Assert.True(messages.GetProperty("responses").GetProperty("401").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.Contains("BotConnector", messages.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject()).Select(p => p.Name));

        var signIn = Operation(document, "/api/agent/token", "post");
        Assert.False(signIn.TryGetProperty("security", out _));
        Assert.True(signIn.GetProperty("responses").GetProperty("429").GetProperty("content").TryGetProperty("application/problem+json", out _));

        var activity = document.GetProperty("components").GetProperty("schemas").GetProperty("Activity").GetProperty("properties");
        Assert.True(activity.TryGetProperty("type", out _));
        Assert.True(activity.TryGetProperty("channelData", out _));
    }

    [Fact]
    public async Task The_bearer_schemes_are_declared()
    {
        var schemes = (await DocumentAsync()).GetProperty("components").GetProperty("securitySchemes");
        foreach (var name in new[] { "DirectLine", "BotConnector", "Agent" })
        {
            Assert.Equal("http", schemes.GetProperty(name).GetProperty("type").GetString());
            Assert.Equal("bearer", schemes.GetProperty(name).GetProperty("scheme").GetString());
        }
    }

    [Fact]
    public async Task The_interactive_reference_is_served_in_Development_only()
    {
        using var response = await app.CreateClient().GetAsync("/scalar/v1");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        using var development = new DevelopmentApp();
        using var page = await development.CreateClient().GetAsync("/scalar/v1");
        page.EnsureSuccessStatusCode();
        Assert.Contains("openapi/v1.json", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class DevelopmentApp : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        private readonly string directory = HelpdeskApp.NewDataDirectory();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Helpdesk:DataDirectory", directory);
            builder.UseSetting("Helpdesk:Categorization:ModelCacheDirectory", Path.Combine(Path.GetTempPath(), "helpdesk-tests", "model-cache"));
        }
    }

    public void Dispose() => app.Dispose();
}
