using HelpdeskBot.Data.Tickets;

namespace HelpdeskBot.Data.Tests;

/// <summary>What every ticket store must do.</summary>
public abstract class TicketStoreContract : IAsyncLifetime
{
    private IStoreUnderTest store = null!;

    protected abstract Task<IStoreUnderTest> CreateAsync();

    private ITicketStore Tickets => store.Tickets;

    public async ValueTask InitializeAsync() => store = await CreateAsync();

    public async ValueTask DisposeAsync() => await store.DisposeAsync();

    public static Ticket NewTicket(string owner = "alice", string? number = null, TicketStatus status = TicketStatus.New, string category = "login", DateTimeOffset? at = null)
    {
        var now = at ?? DateTimeOffset.UtcNow;
        return new Ticket
        {
            Number = number ?? TicketNumber.New(),
            IntakeId = Guid.NewGuid().ToString("N"),
            Owner = new TicketOwner("directline", owner),
            Conversation = new ConversationAddress("directline", "conv-" + owner, owner, owner, "http://localhost", "bot", "en-US"),
            Fields = new TicketFields
            {
                UserId = owner + "_01", Service = "Mobile app", OccurredAtText = "just now", OccurredAtUtc = now,
                Description = "Cannot sign in <script>alert(1)</script>", Expected = "Sign in", Steps = "Opened the app",
            },
            Category = new TicketCategory(category, 0.9, CategorySource.Model),
            Priority = TicketPriority.High,
            Status = status,
            CreatedAt = now,
            UpdatedAt = now,
            Events = [new TicketEvent(now, TicketEventKind.Created, "user")],
            Attachments = [new TicketAttachment("f1", "screen.png", "image/png", 10, "http://localhost/a/f1")],
        };
    }

    [Fact]
    public async Task Every_attachment_of_every_ticket_of_an_owner_is_found_and_no_one_elses()
    {
        // More tickets than "my tickets" lists, with the oldest holding a file: the sweeper must still see it.
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        for (var i = 0; i < 102; i++)
        {
            var ticket = NewTicket("carol", at: start.AddMinutes(i)) with
            {
                Attachments = i == 0 ? [new TicketAttachment("oldest", "a.png", "image/png", 1, "http://localhost/a/oldest")] : [],
            };
            if (i == 101) ticket = ticket with { Attachments = [new TicketAttachment("newest-1", "b.png", "image/png", 1, "u"), new TicketAttachment("newest-2", "c.png", "image/png", 1, "u")] };
            await Tickets.CreateAsync(ticket);
        }
        await Tickets.CreateAsync(NewTicket("dave") with { Attachments = [new TicketAttachment("daves", "d.png", "image/png", 1, "u")] });

        var ids = await Tickets.AttachmentIdsAsync(new TicketOwner("directline", "carol"));

        Assert.Equal(["newest-1", "newest-2", "oldest"], ids.Order());
        Assert.Empty(await Tickets.AttachmentIdsAsync(new TicketOwner("directline", "nobody")));
    }

    [Fact]
    public async Task A_created_ticket_reads_back_whole_with_an_etag()
    {
        var ticket = NewTicket();
        var created = await Tickets.CreateAsync(ticket);
        Assert.NotEqual("", created.ETag);
        var read = await Tickets.GetAsync(created.Number);
        Assert.NotNull(read);
        Assert.Equal(created.ETag, read.ETag);
        Assert.Equal(ticket.Fields, read.Fields);
        Assert.Equal(ticket.Owner, read.Owner);
        Assert.Equal(ticket.Conversation, read.Conversation);
        Assert.Equal(ticket.Category, read.Category);
        Assert.Equal(ticket.Attachments, read.Attachments);
        Assert.Equal(ticket.Events, read.Events);
        Assert.Equal(ticket.CreatedAt, read.CreatedAt);
    }

    [Fact]
    public async Task Creating_the_same_intake_twice_returns_the_first_ticket()
    {
        var ticket = NewTicket();
        var first = await Tickets.CreateAsync(ticket);
        var second = await Tickets.CreateAsync(ticket with { Number = TicketNumber.New() });
        Assert.Equal(first.Number, second.Number);
        Assert.Single(await Tickets.ListByOwnerAsync(ticket.Owner));
        Assert.Equal(first.Number, (await Tickets.FindByIntakeAsync(ticket.IntakeId))!.Number);
    }

    [Fact]
    public async Task Concurrent_creates_of_one_intake_make_one_ticket()
    {
        var ticket = NewTicket();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Tickets.CreateAsync(ticket with { Number = TicketNumber.New() })));
        Assert.Single(results.Select(r => r.Number).Distinct());
        Assert.Single(await Tickets.ListByOwnerAsync(ticket.Owner));
    }

    [Fact]
    public async Task A_taken_number_is_replaced_by_a_fresh_one()
    {
        var first = await Tickets.CreateAsync(NewTicket());
        var second = await Tickets.CreateAsync(NewTicket(owner: "bob", number: first.Number));
        Assert.NotEqual(first.Number, second.Number);
        Assert.Equal("alice", (await Tickets.GetAsync(first.Number))!.Owner.UserId);
        Assert.Equal("bob", (await Tickets.GetAsync(second.Number))!.Owner.UserId);
    }

    [Fact]
    public async Task A_missing_number_reads_as_null()
    {
        Assert.Null(await Tickets.GetAsync("HD-2222222"));
        Assert.Null(await Tickets.FindByIntakeAsync("nope"));
    }

    [Fact]
    public async Task Owners_see_only_their_own_tickets_newest_first()
    {
        var owner = "o-" + Guid.NewGuid().ToString("N");
        var old = await Tickets.CreateAsync(NewTicket(owner, at: DateTimeOffset.UtcNow.AddDays(-2)));
        var recent = await Tickets.CreateAsync(NewTicket(owner, at: DateTimeOffset.UtcNow.AddHours(-1)));
        await Tickets.CreateAsync(NewTicket("someone-else"));
        var mine = await Tickets.ListByOwnerAsync(new TicketOwner("directline", owner));
        Assert.Equal([recent.Number, old.Number], mine.Select(t => t.Number));
        Assert.Empty(await Tickets.ListByOwnerAsync(new TicketOwner("slack", owner)));
    }

    [Fact]
    public async Task Updates_need_the_current_etag()
    {
        var created = await Tickets.CreateAsync(NewTicket());
        var updated = await Tickets.UpdateAsync(created with { Status = TicketStatus.Open, Assignee = "agent-1" });
        Assert.NotEqual(created.ETag, updated.ETag);
        await Assert.ThrowsAsync<TicketConcurrencyException>(() => Tickets.UpdateAsync(created with { Status = TicketStatus.Closed }));
        var read = await Tickets.GetAsync(created.Number);
        Assert.Equal(TicketStatus.Open, read!.Status);
        Assert.Equal("agent-1", read.Assignee);
        Assert.Equal(updated.ETag, read.ETag);
    }

    [Fact]
    public async Task Queries_filter_by_status_category_and_priority()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var open = await Tickets.CreateAsync(NewTicket(status: TicketStatus.Open, category: "cat-" + tag));
        await Tickets.CreateAsync(NewTicket(status: TicketStatus.Resolved, category: "cat-" + tag));
        var byCategory = await Tickets.QueryAsync(new TicketQuery(Category: "cat-" + tag));
        Assert.Equal(2, byCategory.Count);
        var openOnes = await Tickets.QueryAsync(new TicketQuery(Status: TicketStatus.Open, Category: "cat-" + tag));
        Assert.Equal(open.Number, Assert.Single(openOnes).Number);
        Assert.Equal(2, (await Tickets.QueryAsync(new TicketQuery(Category: "cat-" + tag, Priority: TicketPriority.High))).Count);
        Assert.Empty(await Tickets.QueryAsync(new TicketQuery(Category: "cat-" + tag, Priority: TicketPriority.Low)));
    }
}
