using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace HelpdeskBot.Attack;

/// <summary>A Direct Line conversation as a website visitor has one: start anonymously, post, poll.</summary>
public sealed class DirectLineChat(HttpClient http, string conversationId, string token)
{
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
        ["confirm"] = "yes",
    };

    private string watermark = "";

    public string ConversationId { get; } = conversationId;
    public string Token { get; } = token;
    public string? LastField { get; private set; }

    public static async Task<DirectLineChat> StartAsync(HttpClient http)
    {
        using var response = await http.PostAsync("/v3/directline/conversations", null);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return new DirectLineChat(http, body!["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>());
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return request;
    }

    public async Task<HttpResponseMessage> PostRawAsync(string json, string? token = null)
    {
        var request = Request(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", token);
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return await http.SendAsync(request);
    }

    public Task<HttpResponseMessage> SayAsync(string text) =>
        PostRawAsync(new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = "attacker" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
        }.ToJsonString());

    /// <summary>The raw <c>{activities, watermark}</c> text after the current watermark, advancing it.</summary>
    public async Task<string> ReceiveRawAsync()
    {
        using var response = await http.SendAsync(Request(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={watermark}"));
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        var set = JsonNode.Parse(text)!.AsObject();
        watermark = set["watermark"]?.GetValue<string>() ?? watermark;
        foreach (var activity in set["activities"]!.AsArray())
        {
            if (activity?["channelData"]?["helpdesk"]?["field"]?.GetValue<string>() is { } field) LastField = field;
        }
        return text;
    }

    public async Task<JsonArray> ReceiveAsync() => JsonNode.Parse(await ReceiveRawAsync())!["activities"]!.AsArray();

    public async Task AnswerUntilAsync(string field)
    {
        var asked = LastField ?? "menu";
        for (var turn = 0; turn < 20; turn++)
        {
            if (!Answers.TryGetValue(asked, out var answer)) throw new InvalidOperationException($"No answer for '{asked}'.");
            (await SayAsync(answer)).EnsureSuccessStatusCode();
            await ReceiveRawAsync();
            asked = LastField ?? asked;
            if (asked == field) return;
        }
        throw new InvalidOperationException($"The bot never asked for '{field}'.");
    }

    public async Task<string> CreateTicketAsync()
    {
        var asked = LastField ?? "menu";
        for (var turn = 0; turn < 20; turn++)
        {
            if (!Answers.TryGetValue(asked, out var answer)) throw new InvalidOperationException($"No answer for '{asked}'.");
            (await SayAsync(answer)).EnsureSuccessStatusCode();
            foreach (var activity in await ReceiveAsync())
            {
                if (activity?["channelData"]?["helpdesk"]?["ticket"]?["number"]?.GetValue<string>() is { } number) return number;
            }
            asked = LastField ?? asked;
        }
        throw new InvalidOperationException("The interview never made a ticket.");
    }

    /// <summary>Uploads <paramref name="files"/> PNG-headed files of <paramref name="bytes"/> bytes each, as Web Chat does.</summary>
    public async Task<HttpResponseMessage> UploadAsync(int files, int bytes)
    {
        var form = new MultipartFormDataContent();
        var activity = new StringContent("""{"type":"message","from":{"id":"attacker"}}""", Encoding.UTF8);
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        for (var i = 0; i < files; i++)
        {
            var content = new byte[bytes];
            Png.CopyTo(content, 0);
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "file", $"screen{i}.png");
        }
        var request = Request(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/upload?userId=attacker");
        request.Content = form;
        return await http.SendAsync(request);
    }

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89];
}
