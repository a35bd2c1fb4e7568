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

    /// <summary>The field the bot asked for last (<c>channelData.helpdesk.field</c>), as far as this client has read.</summary>
    public string? LastField { get; private set; }

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

    /// <summary>An answer for each interview question, so a test can walk to the one it needs.</summary>
    private static readonly Dictionary<string, string> Answers = new(StringComparer.Ordinal)
    {
        ["menu"] = "report a problem",
        ["userId"] = "budi_s88",
        ["service"] = "Mobile app",
        ["occurredAt"] = "2 hours ago",
        ["description"] = "The app closes as soon as I open the payment screen",
        ["expected"] = "The payment screen should open",
        ["errorMessage"] = "Error 502: Bad gateway",
        ["steps"] = "Opened the app and tapped Pay",
        ["history"] = "Since yesterday's update",
        ["attempts"] = "Restarted my phone",
        ["evidence"] = "skip",
        ["email"] = "skip",
        ["category"] = "1",
        ["duplicate"] = "new",
        ["confirm"] = "yes",
    };

    /// <summary>
    /// Answers whatever the bot asks (from the contract's <c>field</c>) until it asks for <paramref name="field"/> — by
    /// default the question about the error, which also takes screenshots.
    /// </summary>
    public async Task AnswerUntilAsync(string field = "errorMessage")
    {
        var asked = LastField ?? "menu";
        for (var turn = 0; turn < 20; turn++)
        {
            await SendAsync(Answers.TryGetValue(asked, out var answer) ? answer : throw new Xunit.Sdk.XunitException($"No answer for '{asked}'."));
            asked = (await ReceiveAsync()).Select(HelpdeskChannelData.From).LastOrDefault(d => d?.Field is not null)?.Field ?? asked;
            if (asked == field) return;
        }
        throw new Xunit.Sdk.XunitException($"The bot never asked for '{field}'.");
    }

    /// <summary>A whole interview, answered; the new ticket's number.</summary>
    public async Task<string> CreateTicketAsync()
    {
        var asked = LastField ?? "menu";
        for (var turn = 0; turn < 20; turn++)
        {
            await SendAsync(Answers.TryGetValue(asked, out var answer) ? answer : throw new Xunit.Sdk.XunitException($"No answer for '{asked}'."));
            var contracts = (await ReceiveAsync()).Select(HelpdeskChannelData.From).ToList();
            if (contracts.LastOrDefault(d => d?.Ticket is not null)?.Ticket is { } ticket) return ticket.Number;
            asked = contracts.LastOrDefault(d => d?.Field is not null)?.Field ?? asked;
        }
        throw new Xunit.Sdk.XunitException("The interview never made a ticket.");
    }

    /// <summary>Activities after the current watermark, advancing it.</summary>
    public async Task<IReadOnlyList<Activity>> ReceiveAsync()
    {
        using var request = Request(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={Watermark}");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await response.Content.ReadFromJsonAsync<ActivitySet>(ActivityJson.Options);
        Watermark = set!.Watermark;
        LastField = set.Activities.Select(HelpdeskChannelData.From).LastOrDefault(d => d?.Field is not null)?.Field ?? LastField;
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
