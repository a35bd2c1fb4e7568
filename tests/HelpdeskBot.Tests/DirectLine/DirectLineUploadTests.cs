using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using HelpdeskBot.Activities;
using HelpdeskBot.Attachments;
using HelpdeskBot.Channels.DirectLine;
using HelpdeskBot.Tests.Infrastructure;

namespace HelpdeskBot.Tests.DirectLine;

public sealed class DirectLineUploadTests : IDisposable
{
    private readonly HelpdeskApp app = new(new() { ["Helpdesk:Attachments:MaxBytes"] = "4096" });

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89];

    private static MultipartFormDataContent Form(params (string Name, byte[] Bytes, string Type)[] files)
    {
        var form = new MultipartFormDataContent();
        var activity = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"type":"message","from":{"id":"u"},"channelData":{"clientActivityID":"up-1"},"attachments":[{"contentType":"image/png","name":"x"}]}"""));
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        foreach (var (name, bytes, type) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(file, "file", name);
        }
        return form;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient http, DirectLineClient client, MultipartFormDataContent form)
    {
        var request = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload?userId=u");
        request.Content = form;
        return await http.SendAsync(request);
    }

    [Fact]
    public async Task An_upload_is_echoed_with_a_content_url_that_serves_the_file()
    {
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        await client.AnswerUntilAsync();
        using var response = await UploadAsync(http, client, Form(("screen.png", Png, "image/png")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<ResourceResponse>(ActivityJson.Options))!.Id;

        var echo = (await client.ReceiveAsync()).Single(a => a.Id == id);
        Assert.Equal("up-1", echo.ClientActivityId);
        var attachment = Assert.Single(echo.Attachments!);
        Assert.Equal("image/png", attachment.ContentType);
        Assert.Equal("screen.png", attachment.Name);

        using var file = await http.GetAsync(new Uri(attachment.ContentUrl!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/png", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Png, await file.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_what_it_claims_is_not_kept_and_the_activity_says_why()
    {
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        await client.AnswerUntilAsync();
        var html = Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>");
        using var response = await UploadAsync(http, client, Form(("totally-a-screenshot.png", html, "image/png")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = (await client.ReceiveAsync()).First(a => a.From?.Role == "user");
        var attachment = Assert.Single(echo.Attachments!);
        Assert.Null(attachment.ContentUrl);
        Assert.Equal(UploadProblem.NotMedia, AttachmentUrls.ProblemOf(attachment));
        Assert.Empty(Directory.Exists(Path.Combine(app.DataDirectory, "attachments")) ? Directory.GetFiles(Path.Combine(app.DataDirectory, "attachments")) : []);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_not_kept()
    {
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        await client.AnswerUntilAsync();
        var big = Png.Concat(new byte[5000]).ToArray();
        using var response = await UploadAsync(http, client, Form(("big.png", big, "image/png")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = (await client.ReceiveAsync()).First(a => a.From?.Role == "user");
        Assert.Equal(UploadProblem.TooLarge, AttachmentUrls.ProblemOf(Assert.Single(echo.Attachments!)));
    }

    [Fact]
    public async Task An_upload_that_is_not_multipart_gets_400()
    {
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        await client.AnswerUntilAsync();
        var request = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload");
        request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_attachment_id_is_404()
    {
        using var response = await app.CreateClient().GetAsync("/v3/directline/attachments/00000000000000000000000000000000");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => app.Dispose();
}
