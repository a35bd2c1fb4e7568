using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Azure.Storage.Blobs;
using HelpdeskBot.Activities;
using HelpdeskBot.Attachments;
using HelpdeskBot.Channels.DirectLine;
using HelpdeskBot.Data.Availability;
using HelpdeskBot.Emulators;
using HelpdeskBot.Tests.DirectLine;
using HelpdeskBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Tests.Attachments;

/// <summary>The Blob storage attachment store against Azurite on 127.0.0.1, each test in a container of its own.</summary>
public sealed class AzureBlobAttachmentStoreTests : IAsyncLifetime
{
    private BlobContainerClient container = null!;
    private Azurite azurite = null!;

    public async ValueTask InitializeAsync()
    {
        azurite = await Azurite.GetAsync();
        container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("t" + Guid.NewGuid().ToString("N"));
    }

    public async ValueTask DisposeAsync() => await container.DeleteIfExistsAsync();

    private AzureBlobAttachmentStore Store(long maxBytes = 4096) =>
        new(container, Options.Create(new AttachmentOptions { MaxBytes = maxBytes }), new StorageHealth(NullLogger<StorageHealth>.Instance));

    private async Task<int> BlobCountAsync()
    {
        if (!await container.ExistsAsync()) return 0;
        var count = 0;
        await foreach (var _ in container.GetBlobsAsync()) count++;
        return count;
    }

    [Fact]
    public async Task A_saved_image_reads_back_with_its_name_and_the_type_its_bytes_show()
    {
        var store = Store();
        var saved = await store.SaveAsync("conv/1", "layar ünï 画面.png", new MemoryStream(DirectLineUploadTests.Png));
        Assert.Equal(UploadProblem.None, saved.Problem);
        var file = saved.File!;
        Assert.Matches("^[0-9a-f]{32}$", file.Id);
        Assert.Equal(DirectLineUploadTests.Png.Length, file.Size);

        var read = await store.GetAsync(file.Id);
        Assert.Equal(file, read);
        Assert.Equal("layar ünï 画面.png", read!.Name);
        Assert.Equal("conv/1", read.ConversationId);
        Assert.Equal("image/png", read.ContentType);

        var opened = await store.OpenAsync(file.Id.ToUpperInvariant());
        Assert.NotNull(opened);
        using var copy = new MemoryStream();
        await using (var content = opened.Value.Content) await content.CopyToAsync(copy);
        Assert.Equal(DirectLineUploadTests.Png, copy.ToArray());
    }

    [Fact]
    public async Task What_is_not_an_image_or_video_is_not_uploaded_at_all()
    {
        var saved = await Store().SaveAsync("c", "evil.png", new MemoryStream(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")));
        Assert.Equal(UploadProblem.NotMedia, saved.Problem);
        Assert.Null(saved.File);
        Assert.Equal(0, await BlobCountAsync());
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_and_not_kept()
    {
        var big = DirectLineUploadTests.Png.Concat(new byte[10_000]).ToArray();
        var saved = await Store(maxBytes: 4096).SaveAsync("c", "big.png", new MemoryStream(big));
        Assert.Equal(UploadProblem.TooLarge, saved.Problem);
        Assert.Equal(0, await BlobCountAsync());
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        Assert.Equal(UploadProblem.Empty, (await Store().SaveAsync("c", "empty.png", new MemoryStream())).Problem);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("../../etc/passwd")]
    [InlineData("not-hex-not-hex-not-hex-not-hex!")]
    public async Task An_unknown_or_malformed_id_is_nothing(string id)
    {
        await Store().SaveAsync("c", "a.png", new MemoryStream(DirectLineUploadTests.Png));
        Assert.Null(await Store().GetAsync(id));
        Assert.Null(await Store().OpenAsync(id));
    }

    [Fact]
    public async Task Stored_files_are_listed_with_their_uploader_and_time_and_can_be_deleted()
    {
        var store = Store();
        var owner = new HelpdeskBot.Data.Tickets.TicketOwner("msteams", "29:1user:ünï");
        var mine = (await store.SaveAsync(new FileOrigin("conv/1", owner), "a.png", new MemoryStream(DirectLineUploadTests.Png))).File!;
        var legacy = (await store.SaveAsync("conv/2", "b.png", new MemoryStream(DirectLineUploadTests.Png))).File!;

        var listed = new List<StoredFile>();
        await foreach (var file in store.ListAsync()) listed.Add(file);

        Assert.Equal(owner, listed.Single(f => f.Id == mine.Id).Owner);
        Assert.NotNull(listed.Single(f => f.Id == mine.Id).CreatedAt);
        Assert.Null(listed.Single(f => f.Id == legacy.Id).Owner);
        Assert.True(await store.DeleteAsync(mine.Id));
        Assert.False(await store.DeleteAsync(mine.Id));
        Assert.Null(await store.GetAsync(mine.Id));
        Assert.Equal(1, await BlobCountAsync());
    }

    [Fact]
    public async Task The_app_configured_for_blob_storage_serves_an_upload_from_it()
    {
        using var app = new HelpdeskApp(new()
        {
            ["Helpdesk:Attachments:Provider"] = "AzureBlob",
            ["Helpdesk:Attachments:AzureBlob:ConnectionString"] = azurite.ConnectionString,
            ["Helpdesk:Attachments:AzureBlob:Container"] = container.Name,
        });
        Assert.IsType<AzureBlobAttachmentStore>(app.Get<IAttachmentStore>());
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);
        await client.AnswerUntilAsync();
        var form = new MultipartFormDataContent();
        var activity = new StringContent("""{"type":"message","from":{"id":"u"}}""");
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var file = new ByteArrayContent(DirectLineUploadTests.Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "screen.png");
        var request = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload?userId=u");
        request.Content = form;
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<ResourceResponse>(ActivityJson.Options))!.Id;

        var url = Assert.Single((await client.ReceiveAsync()).Single(a => a.Id == id).Attachments!).ContentUrl!;
        Assert.Equal(1, await BlobCountAsync());
        using var served = await http.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(DirectLineUploadTests.Png, await served.Content.ReadAsByteArrayAsync());
    }
}
