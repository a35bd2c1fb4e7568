using System.Text.Json;
using HelpdeskBot.Handoff;
using HelpdeskBot.Tests.Infrastructure;

namespace HelpdeskBot.Tests.HttpFile;

/// <summary><c>src/HelpdeskBot/HelpdeskBot.http</c>, run top to bottom against the app started on 127.0.0.1.</summary>
public sealed class HttpFileTests : IDisposable
{
    private readonly HelpdeskApp app = new(new() { ["urls"] = "http://127.0.0.1:0", ["Helpdesk:Handoff:CheckIntervalSeconds"] = "3600" });

    [Fact]
    public async Task The_http_file_walks_a_conversation_to_a_ticket_and_an_agent_through_it_green()
    {
        app.UseKestrel(0);
        app.StartServer();
        const string password = "a password for the http file";
        await app.Get<AgentAuth>().SetPasswordAsync("siti", password);
        var http = app.CreateClient();
        var file = Path.Combine(AppContext.BaseDirectory, "HelpdeskBot.http");

        var exchanges = await HttpFileRunner.RunAsync(file, http, new Dictionary<string, string>
        {
            ["host"] = http.BaseAddress!.ToString().TrimEnd('/'),
            ["agentPassword"] = password,
        });

        Assert.True(exchanges.Count >= 20, $"only {exchanges.Count} requests ran");
        Assert.All(exchanges, e => Assert.True(e.Status is >= 200 and < 300, $"{e.Title}: {e.Method} {e.Url} answered {e.Status} {e.Body}"));
        var transcript = exchanges.Last(e => e.Title.StartsWith("Everything said so far", StringComparison.Ordinal)).Body;
        Assert.Contains("\"ticket\"", transcript, StringComparison.Ordinal);
        Assert.Contains("\"requested\"", transcript, StringComparison.Ordinal);
        using var ticket = JsonDocument.Parse(exchanges[^1].Body);
        Assert.Equal("open", ticket.RootElement.GetProperty("status").GetString());
    }

    public void Dispose() => app.Dispose();
}
