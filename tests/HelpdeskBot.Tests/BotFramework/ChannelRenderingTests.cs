using HelpdeskBot.Activities;
using HelpdeskBot.Channels.BotFramework;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Tests.Infrastructure;

namespace HelpdeskBot.Tests.BotFramework;

/// <summary>
/// What each channel receives, over the wire: Web Chat keeps suggested actions and the contract; Teams gets card
/// buttons and the new ticket as an Adaptive Card; Slack gets numbered options in the text.
/// </summary>
public sealed class ChannelRenderingTests : BotOnFakeChannel
{
    private static readonly string[] MenuTitles = ["Report a problem", "Check my tickets", "Talk to a person"];
    private static readonly string[] ServiceTitles = ["Mobile app", "Website", "Payments", "Email", "Account & login"];

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    [InlineData("slack")]
    public async Task The_menu_renders_for(string channelId)
    {
        var user = new ChannelUser(App, Channel, channelId);
        var replies = await user.SendAsync("hello");
        var menu = replies[^1].Activity;
        AssertChoices(channelId, menu, "What would you like to do?", MenuTitles);
        if (channelId == "webchat") Assert.Equal("menu", HelpdeskChannelData.From(menu)?.Field);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    [InlineData("slack")]
    public async Task A_choice_prompt_renders_for(string channelId)
    {
        var user = new ChannelUser(App, Channel, channelId);
        await user.SendAsync("hello");
        await user.SendAsync("report a problem");
        var replies = await user.SendAsync("budi_s88");
        var prompt = replies[^1].Activity;
        AssertChoices(channelId, prompt, "Which service, app or website is it about? Pick one or type its name.", ServiceTitles);
        if (channelId == "webchat") Assert.Equal("service", HelpdeskChannelData.From(prompt)?.Field);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    [InlineData("slack")]
    public async Task The_ticket_summary_renders_for(string channelId)
    {
        var user = new ChannelUser(App, Channel, channelId);
        await user.SendAsync("hello");
        foreach (var answer in Interview) await user.SendAsync(answer);
        var replies = await user.SendAsync("yes");

        var stored = Assert.Single(await App.Get<ITicketStore>().ListByOwnerAsync(new TicketOwner(channelId, channelId == "msteams" ? user.AadObjectId : user.UserId)));
        var summary = replies.Select(r => r.Activity).First(a =>
            a.Text?.Contains(stored.Number, StringComparison.Ordinal) == true || a.Summary?.Contains(stored.Number, StringComparison.Ordinal) == true);
        switch (channelId)
        {
            case "webchat":
                Assert.StartsWith($"Your ticket number is {stored.Number}.", summary.Text, StringComparison.Ordinal);
                Assert.Equal(stored.Number, HelpdeskChannelData.From(summary)?.Ticket?.Number);
                break;
            case "msteams":
                Assert.Null(summary.Text);
                Assert.StartsWith($"Your ticket number is {stored.Number}.", summary.Summary, StringComparison.Ordinal);
                Assert.Null(summary.ChannelData);
                var card = Assert.Single(summary.Attachments!);
                Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
                var content = card.Content!.Value;
                Assert.Equal("AdaptiveCard", content.GetProperty("type").GetString());
                Assert.Equal("1.4", content.GetProperty("version").GetString());
                var body = content.GetProperty("body").EnumerateArray().ToList();
                Assert.Equal($"Ticket {stored.Number}", body[0].GetProperty("text").GetString());
                Assert.StartsWith("Your ticket number is", body[1].GetProperty("text").GetString(), StringComparison.Ordinal);
                var facts = body.Single(b => b.GetProperty("type").GetString() == "FactSet").GetProperty("facts").EnumerateArray()
                    .ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString());
                Assert.Equal(["Category", "Priority", "Status", "Service"], facts.Keys);
                Assert.Equal("New", facts["Status"]);
                Assert.Equal("Mobile app", facts["Service"]);
                break;
            case "slack":
                Assert.StartsWith($"Your ticket number is {stored.Number}.", summary.Text, StringComparison.Ordinal);
                Assert.Null(summary.Attachments);
                Assert.Null(summary.ChannelData);
                break;
        }
    }

    [Fact]
    public async Task On_Slack_the_options_number_answers_the_menu_and_a_choice_prompt()
    {
        var user = new ChannelUser(App, Channel, "slack");
        await user.SendAsync("hello");
        var started = await user.SendAsync("1");
        Assert.Contains(started, r => r.Activity.Text?.StartsWith("What is your user ID", StringComparison.Ordinal) == true);
        await user.SendAsync("budi_s88");
        var next = await user.SendAsync("2");
        Assert.Contains(next, r => r.Activity.Text?.StartsWith("When did it happen?", StringComparison.Ordinal) == true);

        // The number was read as the option it stands for: the turn saw the service's name.
        var log = await App.Get<IConversationStore>().ReadActivitiesAsync(user.ConversationId, 0, 1000);
        var said = log.Select(a => ActivityJson.Deserialize(a.Json)).Where(a => a.From?.Id == user.UserId).Select(a => a.Text).ToList();
        Assert.Equal(["hello", "Report a problem", "budi_s88", "Website"], said);

        // A number where no list was offered is an answer of its own (here, a user id would be; a time is not).
        var free = await user.SendAsync("3");
        Assert.Contains(free, r => r.Activity.Text?.Contains("couldn't read that as a time", StringComparison.Ordinal) == true);
    }

    private static readonly string[] Interview =
    [
        "report a problem", "budi_s88", "Mobile app", "2 hours ago", "The app closes on the payment screen",
        "The payment screen should open", "Error 502: Bad gateway", "Opened the app and tapped Pay",
        "Since yesterday's update. I already restarted my phone",
    ];

    private static void AssertChoices(string channelId, Activity reply, string text, string[] titles)
    {
        switch (channelId)
        {
            case "webchat":
                Assert.Equal(text, reply.Text);
                Assert.Equal(titles, reply.SuggestedActions!.Actions.Select(a => a.Title));
                Assert.All(reply.SuggestedActions.Actions, a => Assert.Equal("imBack", a.Type));
                Assert.Null(reply.Attachments);
                break;
            case "msteams":
                Assert.Equal(text, reply.Text);
                Assert.Null(reply.SuggestedActions);
                Assert.Null(reply.ChannelData);
                var hero = Assert.Single(reply.Attachments!);
                Assert.Equal(TeamsRenderer.HeroCardType, hero.ContentType);
                var buttons = hero.Content!.Value.GetProperty("buttons").EnumerateArray().ToList();
                Assert.Equal(titles, buttons.Select(b => b.GetProperty("title").GetString()));
                Assert.Equal(titles, buttons.Select(b => b.GetProperty("value").GetString()));
                Assert.All(buttons, b => Assert.Equal("imBack", b.GetProperty("type").GetString()));
                break;
            case "slack":
                Assert.Equal(text + "\n\n" + string.Join("\n", titles.Select((t, i) => $"{i + 1}. {t}")), reply.Text);
                Assert.Null(reply.SuggestedActions);
                Assert.Null(reply.ChannelData);
                Assert.Null(reply.Attachments);
                break;
        }
    }
}
