using HelpdeskBot.Tests.Infrastructure;

namespace HelpdeskBot.Tests.WebChat;

public sealed class WebChatPageTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    [Theory]
    [InlineData("/")]
    [InlineData("/agent/")]
    public async Task Pages_forbid_framing_and_foreign_scripts(string path)
    {
        using var response = await app.CreateClient().GetAsync(path);
        response.EnsureSuccessStatusCode();
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    public void Dispose() => app.Dispose();
}
