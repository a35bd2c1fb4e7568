using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Channels.DirectLine;
using HelpdeskBot.Tests.Infrastructure;

namespace HelpdeskBot.Tests.DirectLine;

public sealed class DirectLineStreamTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    [Fact]
    public async Task The_stream_pushes_the_echo_and_the_replies_as_activity_set_frames()
    {
        var client = await DirectLineClient.StartAsync(app.CreateClient());
        var socket = app.Server.CreateWebSocketClient();
        var url = new Uri(client.StreamUrl!.Replace("ws://localhost", "ws://localhost", StringComparison.Ordinal));
        using var ws = await socket.ConnectAsync(url, CancellationToken.None);

        // Web Chat's empty keep-alive frames are ignored.
        await ws.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, CancellationToken.None);
        var id = await client.SendAsync("hello");

        var received = new List<Activity>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? watermark = null;
        while (!received.Any(a => a.SuggestedActions is not null))
        {
            var set = await DirectLineClient.ReadFrameAsync(ws, timeout.Token);
            received.AddRange(set.Activities);
            watermark = set.Watermark;
        }
        Assert.Equal(id, received[0].Id);
        Assert.All(received.Skip(1), a => Assert.Equal("bot", a.From!.Role));
        Assert.Equal(received.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
        await ws.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task The_stream_refuses_another_conversations_token()
    {
        var http = app.CreateClient();
        var alice = await DirectLineClient.StartAsync(http);
        var mallory = await DirectLineClient.StartAsync(http);
        var url = new Uri($"ws://localhost/v3/directline/conversations/{alice.ConversationId}/stream?t={Uri.EscapeDataString(mallory.Token)}");
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => app.Server.CreateWebSocketClient().ConnectAsync(url, CancellationToken.None));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }


    public void Dispose() => app.Dispose();
}
