using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HelpdeskBot.Data;
using HelpdeskBot.Handoff;
using HelpdeskBot.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace HelpdeskBot.Tests.ScaleOut;

/// <summary>
/// Instances that start together with no signing key configured (issue 16: each generated its own into shared
/// storage and they raced) end up with one key: the first to create the file wins, the others use what it stored.
/// </summary>
public sealed class FirstStartSigningKeyTests
{
    [Fact]
    public async Task Many_processes_asking_at_once_for_an_absent_key_all_get_the_one_stored()
    {
        for (var round = 0; round < 100; round++) // the old check-then-write code gave two keys in about one round in ten
        {
            var directory = new DataDirectory(HelpdeskApp.NewDataDirectory());
            using var start = new Barrier(8);
            var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            {
                start.SignalAndWait();
                return Convert.ToBase64String(directory.SigningKey("agent-signing.key", configured: null, "Helpdesk:Handoff:SigningKey"));
            })));
            var stored = File.ReadAllText(Path.Combine(directory.Path, "agent-signing.key")).Trim();
            Assert.All(keys, key => Assert.Equal(stored, key));
            Directory.Delete(directory.Path, recursive: true);
        }
    }

    [Fact]
    public void A_configured_key_wins_and_a_short_one_is_refused_naming_the_setting()
    {
        var directory = new DataDirectory(HelpdeskApp.NewDataDirectory());
        var configured = Convert.ToBase64String(new byte[32]);
        Assert.Equal(new byte[32], directory.SigningKey("k", configured, "Helpdesk:Handoff:SigningKey"));
        Assert.False(File.Exists(Path.Combine(directory.Path, "k")));
        var error = Assert.Throws<InvalidOperationException>(() => directory.SigningKey("k", Convert.ToBase64String(new byte[16]), "Helpdesk:Handoff:SigningKey"));
        Assert.Contains("Helpdesk:Handoff:SigningKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_instances_on_one_store_started_together_without_keys_accept_each_others_tokens()
    {
        var shared = HelpdeskApp.NewDataDirectory();
        using var first = new HelpdeskApp(dataDirectory: shared);
        using var second = new HelpdeskApp(dataDirectory: shared);
        // Both start, and make their keys, at the same time.
        var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));
        var agentKeys = await Task.WhenAll(Task.Run(() => first.Get<AgentAuth>().Key), Task.Run(() => second.Get<AgentAuth>().Key));
        Assert.Equal(((SymmetricSecurityKey)agentKeys[0]).Key, ((SymmetricSecurityKey)agentKeys[1]).Key);

        // A Direct Line token one instance issued opens the conversation on the other.
        using var started = await clients[0].PostAsync("/v3/directline/conversations", null);
        started.EnsureSuccessStatusCode();
        var conversation = await started.Content.ReadFromJsonAsync<JsonElement>();
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversation.GetProperty("conversationId").GetString()}/activities");
        read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", conversation.GetProperty("token").GetString());
        using var response = await clients[1].SendAsync(read);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Directory.Delete(shared, recursive: true);
    }
}
