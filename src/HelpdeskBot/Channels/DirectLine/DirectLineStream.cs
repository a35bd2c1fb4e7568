using System.Net.WebSockets;
using System.Text;
using HelpdeskBot.Data.Availability;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Channels.DirectLine;

/// <summary>
/// The WebSocket at a conversation's <c>streamUrl</c>: every activity after the watermark, as
/// <c>{activities, watermark}</c> frames, pushed as soon as the log grows. Browsers cannot set headers on a
/// WebSocket, so the token rides in the query string (<c>t</c>). Incoming frames (Web Chat's empty
/// keep-alives) are read and ignored. An idle stream reads nothing when the instances share a signal bus
/// (<see cref="ConversationSignals"/>).
/// </summary>
public static class DirectLineStream
{
    /// <summary>RFC 6455's "Try Again Later": the client reconnects (and Web Chat does) once the store is back.</summary>
    private const WebSocketCloseStatus TryAgainLater = (WebSocketCloseStatus)1013;

    public static async Task<IResult> RunAsync(HttpContext http, string conversationId, string? t, string? watermark,
        DirectLineTokens tokens, IConversationStore store, ConversationSignals signals)
    {
        var (_, error) = await DirectLineAuth.AuthorizeAsync(http, tokens, conversationId, t ?? DirectLineAuth.BearerOf(http));
        if (error is not null) return error;
        if (!http.WebSockets.IsWebSocketRequest) return DirectLineErrors.BadArgument("This address takes a WebSocket connection.");
        if (!DirectLineEndpoints.TryParseWatermark(watermark, out var after)) return DirectLineErrors.BadArgument("Bad watermark.");

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var reader = DrainAsync(socket, closed);
        using var watch = signals.Watch(conversationId);
        var closeStatus = WebSocketCloseStatus.NormalClosure;
        try
        {
            while (!closed.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                // Taken before the read, so a commit between the read and the wait still wakes us.
                var changed = watch.Changed();
                var page = await store.ReadActivitiesAsync(conversationId, after, 100, closed.Token);
                if (page.Count > 0)
                {
                    after = page[^1].Sequence;
                    var frame = Encoding.UTF8.GetBytes(DirectLineEndpoints.ActivitySetJson(page, after));
                    await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, closed.Token);
                    if (page.Count == 100) continue;
                }
                // The store is read again only when the log grew (here or, through the signal bus, on another
                // instance); with no bus that reaches other instances, also every ConversationSignals.StoreRecheck.
                await watch.WaitAsync(changed, closed.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client went away.
        }
        catch (StorageUnavailableException)
        {
            // Logged once by the store's guard; the socket is already a WebSocket, so no 503 can be sent.
            closeStatus = TryAgainLater;
        }
        finally
        {
            await closed.CancelAsync();
            await reader;
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                try
                {
                    await socket.CloseOutputAsync(closeStatus, closeStatus == TryAgainLater ? "storage unavailable" : null, CancellationToken.None);
                }
                catch (WebSocketException)
                {
                    // Already gone.
                }
            }
        }
        return Results.Empty;
    }

    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
        await closed.CancelAsync();
    }
}
