using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Attachments;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Tests.Infrastructure;

namespace HelpdeskBot.Tests.BotFramework;

/// <summary>Teams as it really behaves: the install greeting, and screenshots pasted into the chat.</summary>
public sealed class TeamsTests : BotOnFakeChannel
{
    private static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
        0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x60, 0x00, 0x02, 0x00,
        0x00, 0x05, 0x00, 0x01, 0x7A, 0x5E, 0xAB, 0x3F, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44,
        0xAE, 0x42, 0x60, 0x82,
    ];

    [Fact]
    public async Task Installing_the_bot_greets_once()
    {
        var user = new ChannelUser(App, Channel, "msteams");
        // Personal install: Teams says only that the bot was added.
        var greeting = await user.SendAsync(user.BotAdded());
        Assert.Equal(3, greeting.Count);
        Assert.StartsWith("Hi Budi Santoso! I'm HelpdeskBot", greeting[0].Activity.Text, StringComparison.Ordinal);
        Assert.Equal(TeamsRendererHero, greeting[^1].Activity.Attachments?.Single().ContentType);

        // Teams may tell again (the user added too, a reinstall): no second greeting.
        var again = await user.SendAsync(user.Activity(ActivityTypes.ConversationUpdate) with { MembersAdded = [new ChannelAccount { Id = user.UserId }] });
        Assert.Empty(again);
    }

    [Fact]
    public async Task An_image_pasted_into_Teams_becomes_evidence()
    {
        Channel.Files["0-eus-d1-abc/views/original"] = Png;
        var user = await AtEvidenceStepAsync();
        var pasted = user.Message("", [Image(Channel.ServiceUrl + "v3/attachments/0-eus-d1-abc/views/original"), Html()]);

        var replies = await user.SendAsync(pasted);

        Assert.Equal(["Got image.", "Got 1 file. Send more, or say \"done\"."], replies.Select(r => r.Activity.Text));
        // Downloaded with the bot's token…
        var download = Assert.Single(Channel.Downloads);
        Assert.Equal("Bearer connector-token-1", download.Authorization);
        // …stored, and the turn saw our copy, which serves the same bytes.
        var log = await App.Get<IConversationStore>().ReadActivitiesAsync(user.ConversationId, 0, 1000);
        var echo = log.Select(a => ActivityJson.Deserialize(a.Json)).Last(a => a.From?.Id == user.UserId);
        var attachment = Assert.Single(echo.Attachments!);
        Assert.Equal("image/png", attachment.ContentType);
        var stored = await App.Get<IAttachmentStore>().GetAsync(AttachmentUrls.IdOf(attachment.ContentUrl)!);
        Assert.Equal(user.ConversationId, stored!.ConversationId);
        Assert.Equal(Png, await App.CreateClient().GetByteArrayAsync(new Uri(attachment.ContentUrl!).PathAndQuery));
    }

    [Fact]
    public async Task A_Teams_file_name_holding_a_card_number_is_stored_without_it()
    {
        Channel.Files["0-eus-d1-card/views/original"] = Png;
        var user = await AtEvidenceStepAsync();
        var pasted = Image(Channel.ServiceUrl + "v3/attachments/0-eus-d1-card/views/original") with { Name = "card 4539 1488 0343 6467.png" };

        await user.SendAsync(user.Message("", [pasted]));

        var stored = new List<StoredFile>();
        await foreach (var file in App.Get<IAttachmentStore>().ListAsync()) stored.Add(file);
        var kept = Assert.Single(stored);
        Assert.Equal("card [card number removed].png", kept.Name);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var (_, text) in App.ReadDataFiles()) Assert.DoesNotContain("4539 1488 0343 6467", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_on_a_host_that_is_not_Teams_is_not_fetched()
    {
        Channel.Files["elsewhere"] = Png;
        var user = await AtEvidenceStepAsync();
        // Same server, other name: not the activity's serviceUrl host, not a Teams host.
        var elsewhere = Channel.ServiceUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "v3/attachments/elsewhere";
        var replies = await user.SendAsync(user.Message("", [Image(elsewhere)]));

        Assert.Contains(replies, r => r.Activity.Text?.StartsWith("I can't accept", StringComparison.Ordinal) == true);
        Assert.Empty(Channel.Downloads);
    }

    [Fact]
    public async Task A_file_sent_in_Teams_is_fetched_from_its_download_link_without_the_bots_token()
    {
        await using var files = BotOnKestrel.Start(Channel, settings: new()
        {
            ["Helpdesk:BotFramework:TeamsFileHosts:0"] = new Uri(Channel.HttpsBase).Authority,
        });
        Channel.Files["screenshot.png"] = Png;
        var user = await AtEvidenceStepAsync(files);
        var sent = new Attachment
        {
            ContentType = "application/vnd.microsoft.teams.file.download.info",
            ContentUrl = "https://contoso-my.sharepoint.com/personal/budi/Documents/Microsoft%20Teams%20Chat%20Files/screenshot.png",
            Name = "screenshot.png",
            Content = JsonSerializer.SerializeToElement(new { downloadUrl = Channel.HttpsBase + "/personal/screenshot.png", uniqueId = "1f2e", fileType = "png" }),
        };

        var replies = await user.SendAsync(user.Message("", [sent]));

        Assert.Equal("Got screenshot.png.", replies[0].Activity.Text);
        var download = Assert.Single(Channel.Downloads);
        Assert.Equal("/personal/screenshot.png", download.Path);
        Assert.Null(download.Authorization);
    }

    private const string TeamsRendererHero = "application/vnd.microsoft.card.hero";

    private async Task<ChannelUser> AtEvidenceStepAsync(HelpdeskApp? on = null)
    {
        var user = new ChannelUser(on ?? App, Channel, "msteams");
        string[] answers = ["report a problem", "budi_s88", "Mobile app", "2 hours ago", "The app closes on the payment screen"];
        foreach (var answer in answers) await user.SendAsync(answer);
        // The question about the error also takes a screenshot of it.
        var prompt = await user.SendAsync("The payment screen should open");
        Assert.StartsWith("Did you see an error message? Type it exactly as shown, or send a screenshot", prompt[^1].Activity.Text, StringComparison.Ordinal);
        return user;
    }

    private static Attachment Image(string contentUrl) => new() { ContentType = "image/*", ContentUrl = contentUrl };

    private static Attachment Html() => new()
    {
        ContentType = "text/html",
        Content = JsonSerializer.SerializeToElement("<div><div><span><img height=\"1\" src=\"https://smba.trafficmanager.net/x\" width=\"1\"></span></div></div>"),
    };
}
