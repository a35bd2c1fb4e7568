using System.Net;
using System.Net.Http.Json;
using HelpdeskBot.Handoff;
using HelpdeskBot.Tests.Infrastructure;

namespace HelpdeskBot.Tests.Handoff;

/// <summary>Sign-in answers do not tell which agent names exist: an unknown name fails, then locks, like a real one.</summary>
public sealed class SignInEnumerationTests : IDisposable
{
    private readonly HelpdeskApp app = new(new() { ["Helpdesk:Handoff:CheckIntervalSeconds"] = "3600" });

    private async Task<List<HttpStatusCode>> GuessAsync(string name, int times)
    {
        var http = app.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            using var response = await http.PostAsJsonAsync("/api/agent/token", new { name, password = "guess number " + i });
            answers.Add(response.StatusCode);
        }
        return answers;
    }

    [Fact]
    public async Task An_unknown_name_is_answered_exactly_as_a_real_account_is_through_its_lockout()
    {
        await app.Get<AgentAuth>().SetPasswordAsync("siti", "correct horse battery");

        var real = await GuessAsync("siti", 7);
        var unknown = await GuessAsync("nobody", 7);

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
             HttpStatusCode.Locked, HttpStatusCode.Locked, HttpStatusCode.Locked],
            real);
        Assert.Equal(real, unknown);
        // Name case does not make a fresh name either.
        Assert.Equal([HttpStatusCode.Locked], await GuessAsync("NOBODY", 1));
    }

    public void Dispose() => app.Dispose();
}
