using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Tests.Intake;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Tickets;

/// <summary>After the ticket: status, adding information, duplicates — and that nobody sees another's tickets.</summary>
public sealed class TicketFollowUpTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat Chat(string user, string locale = "en-US") => new(app.Get<TurnProcessor>(), userId: user) { Locale = locale };

    private async Task<string> CreateTicketAsync(string user, string description = "The app closes on the payment screen")
    {
        var chat = Chat(user);
        await IntakeConversationTests.AnswerAll(chat, description).Send("yes");
        return chat.Ticket!.Number;
    }

    [Fact]
    public async Task Status_lists_the_users_own_tickets_with_the_contract()
    {
        var number = await CreateTicketAsync("alice");
        await Chat("alice").Send("status").AssertSays(number).AssertSays("New")
            .Check(c => Assert.Equal(number, Assert.Single(c.Tickets!).Number));
        await Chat("alice", "id-ID").Send("cek status").AssertSays(number).AssertSays("Baru");
        await Chat("alice").Send($"status {number.ToLowerInvariant()}").AssertSays(number);
        await Chat("alice").Send("Check my tickets").AssertSays(number);
    }

    [Fact]
    public async Task Another_users_ticket_gets_exactly_the_answer_a_missing_one_gets()
    {
        var number = await CreateTicketAsync("alice");
        var bob = Chat("bob");
        await bob.Send("hello").Send($"status {number}");
        var forOthers = bob.Said().Replace(number, "<n>", StringComparison.Ordinal);
        await bob.Send("status HD-2345678");
        var forMissing = bob.Said().Replace("HD-2345678", "<n>", StringComparison.Ordinal);
        Assert.Equal(forMissing, forOthers);
        Assert.DoesNotContain("payment screen", forOthers);
    }

    [Theory]
    [InlineData("status {0}")]
    [InlineData("cek status {0}")]
    [InlineData("where is my ticket {0}")]
    [InlineData("{0}")]
    [InlineData("my tickets")]
    [InlineData("status tiket saya")]
    [InlineData("add info to {0}")]
    [InlineData("tambah info {0}")]
    public async Task User_b_can_neither_list_nor_read_nor_add_to_user_as_ticket(string phrasing)
    {
        var number = await CreateTicketAsync("alice");
        var bob = Chat("bob");
        await bob.Send(string.Format(System.Globalization.CultureInfo.InvariantCulture, phrasing, number));
        Assert.DoesNotContain("payment screen", bob.Said());
        Assert.True(bob.Tickets is null or { Count: 0 });
        Assert.NotEqual("comment", bob.Contract?.Field);
        await bob.Send("Bob's note: please close it");
        var ticket = await app.Get<ITicketStore>().GetAsync(number);
        Assert.DoesNotContain(ticket!.Events, e => e.Kind == TicketEventKind.CommentAdded);
    }

    [Fact]
    public async Task The_same_user_id_on_another_channel_is_another_person()
    {
        var number = await CreateTicketAsync("alice");
        var sameIdElsewhere = new TestChat(app.Get<TurnProcessor>(), channelId: "slack", userId: "alice");
        await sameIdElsewhere.Send($"status {number}").AssertSays("couldn't find");
    }

    [Fact]
    public async Task Add_info_appends_a_comment_to_the_users_open_ticket()
    {
        var number = await CreateTicketAsync("alice");
        await Chat("alice").Send($"add info to {number}").AssertField("comment")
            .Send("It also happens on my tablet").AssertSays($"added that to ticket {number}");
        var ticket = await app.Get<ITicketStore>().GetAsync(number);
        var comment = Assert.Single(ticket!.Events, e => e.Kind == TicketEventKind.CommentAdded);
        Assert.Equal("It also happens on my tablet", comment.Text);
        Assert.Equal("user", comment.By);
        Assert.Single(await app.Get<ITicketStore>().ListByOwnerAsync(ticket.Owner));
    }

    [Fact]
    public async Task Adding_the_same_activitys_information_twice_adds_it_once()
    {
        var number = await CreateTicketAsync("alice");
        var service = app.Get<HelpdeskBot.Tickets.TicketService>();
        await service.AddInfoAsync(number, "It also crashes on wifi", [], "user", "activity-7", CancellationToken.None);
        await service.AddInfoAsync(number, "It also crashes on wifi", [], "user", "activity-7", CancellationToken.None);
        var ticket = await app.Get<ITicketStore>().GetAsync(number);
        Assert.Single(ticket!.Events, e => e.Kind == TicketEventKind.CommentAdded);
    }

    [Fact]
    public async Task A_similar_open_ticket_for_the_same_service_is_offered_before_creating_a_new_one()
    {
        var number = await CreateTicketAsync("alice");
        var chat = Chat("alice");
        await IntakeConversationTests.AnswerAll(chat, "The app closes on the payment screen again")
            .Send("yes").AssertField("duplicate").AssertSays(number)
            .Check(c => Assert.Equal([$"Add to {number}", "Create a new ticket"], c.LastReply.SuggestedActions!.Actions.Select(a => a.Title)))
            .Send($"Add to {number}").AssertSays($"added that to ticket {number}");
        var mine = await app.Get<ITicketStore>().ListByOwnerAsync(new TicketOwner("test", "alice"));
        var ticket = Assert.Single(mine);
        Assert.Contains(ticket.Events, e => e.Kind == TicketEventKind.CommentAdded && e.Text!.Contains("on the payment screen again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Typing_new_at_the_duplicate_question_creates_a_separate_ticket()
    {
        await CreateTicketAsync("alice");
        var chat = Chat("alice", "id-ID");
        await IntakeConversationTests.AnswerAll(chat, "The app closes on the payment screen!")
            .Send("ya").AssertField("duplicate").Send("baru").AssertSays("HD-");
        Assert.Equal(2, (await app.Get<ITicketStore>().ListByOwnerAsync(new TicketOwner("test", "alice"))).Count);
    }

    [Fact]
    public async Task A_different_problem_is_not_offered_as_a_duplicate()
    {
        await CreateTicketAsync("alice");
        await IntakeConversationTests.AnswerAll(Chat("alice"), "I was charged twice for my monthly subscription")
            .Send("yes").AssertSays("Your ticket number is");
    }

    [Fact]
    public async Task The_ticket_list_dates_a_ticket_on_the_users_calendar()
    {
        var number = await CreateTicketAsync("alice");
        var ticket = await app.Get<HelpdeskBot.Data.Tickets.ITicketStore>().GetAsync(number);
        // A zone whose date differs from UTC's at this hour: far east from 10:00 UTC on, far west before.
        var zoneId = ticket!.CreatedAt.UtcDateTime.Hour >= 10 ? "Pacific/Kiritimati" : "Pacific/Pago_Pago";
        var local = TimeZoneInfo.ConvertTime(ticket.CreatedAt, TimeZoneInfo.FindSystemTimeZoneById(zoneId)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var utc = ticket.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(utc, local);
        var chat = Chat("alice");
        chat.LocalTimezone = zoneId;
        await chat.Send("status").AssertSays(local).AssertNotSays(utc);
    }

    public void Dispose() => app.Dispose();
}
