using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Channels.DirectLine;

namespace HelpdeskBot.Tests.Infrastructure;

/// <summary>A Direct Line 3.0 client as Web Chat uses it: start, post, poll with the watermark.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public string ConversationId { get; private set; } = "";
    public string Token { get; private set; } = "";
    public string? Watermark { get; private set; } = "";
    public string? StreamUrl { get; private set; }

    public static async Task<DirectLineClient> StartAsync(HttpClient http)
    {
        var client = new DirectLineClient(http);
        using var response = await http.PostAsync("/v3/directline/conversations", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var conversation = await response.Content.ReadFromJsonAsync<DirectLineConversation>(ActivityJson.Options);
        client.ConversationId = conversation!.ConversationId;
        client.Token = conversation.Token;
        client.StreamUrl = conversation.StreamUrl;
        return client;
    }

    /// <summary>The same conversation, token and watermark through another HTTP client: another instance behind a load balancer.</summary>
    public DirectLineClient Through(HttpClient other) =>
        new(other) { ConversationId = ConversationId, Token = Token, Watermark = Watermark, StreamUrl = StreamUrl };

    public HttpRequestMessage Request(HttpMethod method, string path, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return request;
    }

    public async Task<HttpResponseMessage> PostActivityAsync(Activity activity, string? token = null)
    {
        var request = Request(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", token);
        request.Content = JsonContent.Create(activity, options: ActivityJson.Options);
        return await http.SendAsync(request);
    }

    public async Task<string> SendAsync(string text, string? locale = "en-US", string? clientActivityId = null)
    {
        using var response = await PostActivityAsync(Message(text, locale, clientActivityId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var resource = await response.Content.ReadFromJsonAsync<ResourceResponse>(ActivityJson.Options);
        return resource!.Id;
    }

    public static Activity Message(string text, string? locale = "en-US", string? clientActivityId = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Locale = locale,
        From = new ChannelAccount { Id = "someone", Name = "Budi" },
        ChannelData = JsonSerializer.SerializeToElement(new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N") }),
    };

    /// <summary>Activities after the current watermark, advancing it.</summary>
    public async Task<IReadOnlyList<Activity>> ReceiveAsync()
    {
        using var request = Request(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={Watermark}");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await response.Content.ReadFromJsonAsync<ActivitySet>(ActivityJson.Options);
        Watermark = set!.Watermark;
        return set.Activities;
    }

    /// <summary>One whole text frame of a Direct Line stream, as an activity set.</summary>
    public static async Task<ActivitySet> ReadFrameAsync(System.Net.WebSockets.WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        System.Net.WebSockets.WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonSerializer.Deserialize<ActivitySet>(message.ToArray(), ActivityJson.Options)!;
    }
}
