using HelpdeskBot.Data.Escalations;
using HelpdeskBot.Handoff;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Handoff;

/// <summary>
/// Back with the bot after a person resolved the request. The trial: the agent fixed the problem and resolved; the user
/// wrote "brilliant, thanks!" and the bot asked "What did you do just before it happened?" — the half-finished interview
/// had been picked up again, and the thanks was kept as the error message. A user whose problem a person has just dealt
/// with expects to be done, not to be questioned further as if nobody had come: so the interview is closed (the
/// escalation already carries its answers, and the bot says so), and what they write next is read as at the menu.
/// </summary>
public sealed class AfterAPersonTests : IDisposable
{
    private readonly HelpdeskApp app = new(new() { ["Helpdesk:Handoff:CheckIntervalSeconds"] = "3600" });

    private TestChat NewChat(string locale) => new(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    private async Task ResolveAsync()
    {
        var escalation = Assert.Single(await app.Get<IEscalationStore>().ListAsync(EscalationState.Requested));
        var handoff = app.Get<HandoffService>();
        await handoff.AcceptAsync(escalation.Id, "siti", CancellationToken.None);
        await handoff.ResolveAsync(escalation.Id, "siti", CancellationToken.None);
    }

    [Theory]
    [InlineData("en-US", "my transfer failed yesterday at 5pm, the app said \"Transaction failed\". my username is budi_s88", "talk to a person", "brilliant, thanks!")]
    [InlineData("id-ID", "transfer sy gagal kemarin jam 5 sore, muncul \"Transaksi gagal\". username sy budi_s88", "mau ngomong sama orang aja", "oke makasih kak")]
    public async Task A_resolved_request_closes_the_interview_it_interrupted_and_thanks_is_no_answer(string locale, string problem, string askPerson, string thanks)
    {
        var chat = NewChat(locale);
        await chat.Send(problem).Check(c => Assert.NotEqual("menu", c.Contract?.Field)).Send(askPerson)
            .Check(c => Assert.Equal("requested", c.Replies.Select(WireContract.HandoffState).First(s => s is not null)));
        await ResolveAsync();

        var log = await app.Get<Data.Conversations.IConversationStore>().ReadActivitiesAsync(chat.ConversationId, 0, 500);
        var last = Activities.ActivityJson.Deserialize(log[^1].Json);
        // Told plainly that the report went to the person and is closed here; no question of the interview after it.
        Assert.Equal("resolved", WireContract.HandoffState(last));
        Assert.Null(Activities.HelpdeskChannelData.From(last)?.Field);

        await chat.Send(thanks).Check(c => Assert.DoesNotContain(c.Replies, r => Activities.HelpdeskChannelData.From(r)?.Step is not null))
            .AssertField("menu")
            // A new problem after that is a new report, from its first question — the id is the one the resolved ticket kept.
            .Send(locale == "en-US" ? "report a problem" : "lapor masalah").AssertField("service")
            .Check(c => Assert.Equal(1, c.Contract!.Step));
    }

    /// <summary>
    /// The thirteenth trial: the person closed the chat while the user was still typing; "and the seller also not reply my chat
    /// since 3 days" then started a new interview. The user's next words are for the chat's ticket.
    /// </summary>
    [Theory]
    [InlineData("en-US", "my transfer failed yesterday at 5pm, the app said \"Transaction failed\". my username is budi_s88", "talk to a person",
        "and the receiver also says nothing came in, he checked twice")]
    [InlineData("id-ID", "transfer sy gagal kemarin jam 5 sore, muncul \"Transaksi gagal\". username sy budi_s88", "mau ngomong sama orang aja",
        "oiya penerimanya jg blm nerima apa2 kak, udh dicek 2x")]
    public async Task What_the_user_types_right_after_the_person_closed_the_chat_goes_on_its_ticket(string locale, string problem, string askPerson, string more)
    {
        var chat = NewChat(locale);
        await chat.Send(problem).Send(askPerson);
        var escalation = Assert.Single(await app.Get<IEscalationStore>().ListAsync(EscalationState.Requested));
        await ResolveAsync();
        var number = (await app.Get<IEscalationStore>().GetAsync(escalation.Id))!.TicketNumber!;

        await chat.Send(more).AssertSays(number).Check(c => Assert.Null(c.Contract?.Step));

        var ticket = await app.Get<Data.Tickets.ITicketStore>().GetAsync(number);
        Assert.Contains(ticket!.Events, e => e.Kind == Data.Tickets.TicketEventKind.CommentAdded && e.By == "user" && e.Text == more);
    }

    /// <summary>The seventh trial: a category picked, then "talk to a person": the ticket the request became was "other", low.</summary>
    [Fact]
    public async Task A_category_the_user_picked_before_asking_for_a_person_is_the_tickets()
    {
        var chat = NewChat("id-ID");
        await chat.Send("aplikasi sy crash terus pas buka menu transfer, username sy dewi_k").AssertField("occurredAt")
            .Send("tadi pagi").Send("harusnya bisa transfer").Send("tidak ada").Send("lewati").AssertField("category")
            .Send("Fitur tidak berfungsi").AssertField("confirm")
            .Send("mau ngobrol sama petugas aja");
        var escalation = Assert.Single(await app.Get<IEscalationStore>().ListAsync(EscalationState.Requested));
        Assert.Equal(Data.Tickets.CategorySource.User, escalation.Category?.Source);

        await ResolveAsync();

        var number = (await app.Get<IEscalationStore>().GetAsync(escalation.Id))!.TicketNumber;
        var ticket = await app.Get<Data.Tickets.ITicketStore>().GetAsync(number!);
        Assert.Equal(escalation.Category, ticket!.Category);
    }

    /// <summary>
    /// The eighth trial: a person answered a question about another ticket; the user wrote "great, thanks! how long will it
    /// take?", and closing the chat made a ticket of that, whose number the user was told to quote. Only a chat that told a
    /// problem becomes a ticket.
    /// </summary>
    [Theory]
    [InlineData("great, thanks! how long will it take?", false)]
    [InlineData("oke makasih kak", false)]
    [InlineData("my transfer to my mother failed yesterday and the money is gone from my balance", true)]
    public async Task A_chat_with_a_person_becomes_a_ticket_only_when_it_told_a_problem(string said, bool ticket)
    {
        var chat = NewChat("en-US");
        await chat.Send("talk to a person");
        var escalation = Assert.Single(await app.Get<IEscalationStore>().ListAsync(EscalationState.Requested));
        var handoff = app.Get<HandoffService>();
        await handoff.AcceptAsync(escalation.Id, "siti", CancellationToken.None);
        await chat.Send(said);
        await handoff.ResolveAsync(escalation.Id, "siti", CancellationToken.None);

        Assert.Equal(ticket, (await app.Get<IEscalationStore>().GetAsync(escalation.Id))!.TicketNumber is not null);
        Assert.Equal(ticket, (await app.Get<Data.Tickets.ITicketStore>().ListByOwnerAsync(escalation.Owner)).Count == 1);
    }

    public void Dispose() => app.Dispose();
}
