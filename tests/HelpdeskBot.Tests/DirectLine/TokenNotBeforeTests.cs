using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using HelpdeskBot.Activities;
using HelpdeskBot.Channels.DirectLine;
using HelpdeskBot.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HelpdeskBot.Tests.DirectLine;

/// <summary>A Direct Line token is good from its <c>nbf</c> to its <c>exp</c>, not before.</summary>
public sealed class TokenNotBeforeTests : IDisposable
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private readonly HelpdeskApp app = new(new() { ["Helpdesk:DirectLine:SigningKey"] = Convert.ToBase64String(Key) });

    /// <summary>A token as another instance sharing the key would sign it, valid from <paramref name="notBefore"/>.</summary>
    private static string Token(string conversationId, DateTime notBefore) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "helpdeskbot-directline",
        Audience = "helpdeskbot-directline",
        IssuedAt = DateTime.UtcNow,
        NotBefore = notBefore,
        Expires = notBefore.AddMinutes(30),
        Claims = new Dictionary<string, object> { ["conv"] = conversationId, ["user"] = "dl_someone" },
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Key), SecurityAlgorithms.HmacSha256),
    });

    private async Task<HttpResponseMessage> ReadWithAsync(string conversationId, string token)
    {
        var client = new DirectLineClient(app.CreateClient());
        using var request = client.Request(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
        return await app.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task A_token_whose_nbf_lies_ahead_is_refused_and_the_same_token_from_now_is_accepted()
    {
        var conversation = (await DirectLineClient.StartAsync(app.CreateClient())).ConversationId;

        using var early = await ReadWithAsync(conversation, Token(conversation, DateTime.UtcNow.AddMinutes(10)));
        Assert.Equal(HttpStatusCode.Forbidden, early.StatusCode);
        Assert.Equal("TokenNotValidYet", (await early.Content.ReadFromJsonAsync<DirectLineErrorBody>(ActivityJson.Options))!.Error.Code);

        // Another instance's clock a few seconds ahead is tolerated, as for expiry.
        using var skewed = await ReadWithAsync(conversation, Token(conversation, DateTime.UtcNow.AddSeconds(5)));
        Assert.Equal(HttpStatusCode.OK, skewed.StatusCode);
        using var now = await ReadWithAsync(conversation, Token(conversation, DateTime.UtcNow.AddSeconds(-1)));
        Assert.Equal(HttpStatusCode.OK, now.StatusCode);
    }

    public void Dispose() => app.Dispose();
}
