using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Data.Outbox;
using HelpdeskBot.Data.Tickets;

namespace HelpdeskBot.Data.Tests;

/// <summary>
/// What every outbox must do: its entries are written with the ticket change that calls for them (never without
/// it, never twice for one intake), and a lease gives an entry to one sender at a time.
/// </summary>
public abstract class OutboxStoreContract : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private IStoreUnderTest store = null!;

    protected abstract Task<IStoreUnderTest> CreateAsync();

    private ITicketStore Tickets => store.Tickets;
    private IOutboxStore Outbox => store.Outbox;

    public async ValueTask InitializeAsync() => store = await CreateAsync();

    public async ValueTask DisposeAsync() => await store.DisposeAsync();

    /// <summary>Whole milliseconds: the precision every store keeps.</summary>
    private static DateTimeOffset Now() => DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

    private static OutboxMessage Email(Ticket ticket) => OutboxMessage.New("email", $$"""{"subject":"Ticket {{ticket.Number}}"}""");

    [Fact]
    public async Task A_new_tickets_message_is_stored_with_it_for_its_final_number_and_a_rerun_of_the_intake_adds_none()
    {
        var at = Now();
        var made = new List<OutboxMessage>();
        var ticket = await Tickets.CreateAsync(TicketStoreContract.NewTicket("erin", at: at), t =>
        {
            var message = Email(t);
            made.Add(message);
            return [message];
        });

        var entry = await Outbox.FindAsync(Assert.Single(made).Id);
        Assert.NotNull(entry);
        Assert.Equal(("email", OutboxState.Pending, 0, "directline:erin"), (entry.Kind, entry.State, entry.Attempts, entry.Partition));
        Assert.Contains(ticket.Number, entry.Payload, StringComparison.Ordinal);
        Assert.Equal(at, entry.DueAt);

        // The same intake again (a turn run twice): the first ticket comes back, and no second message is made.
        var again = await Tickets.CreateAsync(TicketStoreContract.NewTicket("erin", at: at) with { IntakeId = ticket.IntakeId }, t =>
        {
            var message = Email(t);
            made.Add(message);
            return [message];
        });
        Assert.Equal(ticket.Number, again.Number);
        Assert.Single(made);
        Assert.Single(await Outbox.LeaseDueAsync("worker", at, Lease, 10));
    }

    [Fact]
    public async Task An_update_that_loses_to_another_writes_no_message_and_one_that_wins_writes_it()
    {
        var ticket = await Tickets.CreateAsync(TicketStoreContract.NewTicket("frank"));
        var winner = await Tickets.UpdateAsync(ticket with { Status = TicketStatus.Open });

        var lost = Email(ticket);
        await Assert.ThrowsAsync<TicketConcurrencyException>(() => Tickets.UpdateAsync(ticket with { Status = TicketStatus.Resolved }, [lost]));
        Assert.Null(await Outbox.FindAsync(lost.Id));

        var at = Now();
        var won = Email(ticket);
        await Tickets.UpdateAsync(winner with { Status = TicketStatus.Resolved, UpdatedAt = at }, [won]);
        var entry = await Outbox.FindAsync(won.Id);
        Assert.NotNull(entry);
        Assert.Equal((OutboxState.Pending, at), (entry.State, entry.DueAt));
        Assert.Equal(TicketStatus.Resolved, (await Tickets.GetAsync(ticket.Number))!.Status);
    }

    [Fact]
    public async Task Two_workers_leasing_at_once_never_hold_the_same_entry()
    {
        var at = Now();
        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var message = OutboxMessage.New("email", "{}");
            ids.Add(message.Id);
            await Tickets.CreateAsync(TicketStoreContract.NewTicket("owner" + (i % 3), at: at.AddMilliseconds(-i)), _ => [message]);
        }

        var leases = await Task.WhenAll(
            Outbox.LeaseDueAsync("a", at, Lease, 6),
            Outbox.LeaseDueAsync("b", at, Lease, 6));

        var leased = leases.SelectMany(l => l).ToList();
        Assert.Equal(ids.Order(), leased.Select(e => e.Id).Order());
        Assert.All(leases[0], e => Assert.Equal("a", e.LeaseOwner));
        Assert.All(leases[1], e => Assert.Equal("b", e.LeaseOwner));
        Assert.All(leased, e => Assert.Equal((1, at + Lease), (e.Attempts, e.DueAt)));
        // Held: nobody gets them again while the lease runs.
        Assert.Empty(await Outbox.LeaseDueAsync("c", at + Lease - TimeSpan.FromSeconds(1), Lease, 10));
    }

    [Fact]
    public async Task A_lease_that_runs_out_lets_another_worker_take_over_and_the_first_can_no_longer_record_an_outcome()
    {
        var at = Now();
        var message = OutboxMessage.New("email", "{}");
        await Tickets.CreateAsync(TicketStoreContract.NewTicket("gina", at: at), _ => [message]);
        var first = Assert.Single(await Outbox.LeaseDueAsync("a", at, Lease, 10));

        // "a" died mid-send: at the lease's end the entry is due again, for "b".
        var second = Assert.Single(await Outbox.LeaseDueAsync("b", at + Lease, Lease, 10));
        Assert.Equal((message.Id, 2, "b"), (second.Id, second.Attempts, second.LeaseOwner));

        Assert.False(await Outbox.UpdateAsync(first with { State = OutboxState.Sent, SentAt = at }));
        Assert.True(await Outbox.UpdateAsync(second with { State = OutboxState.Sent, SentAt = at + Lease }));
        var sent = await Outbox.FindAsync(message.Id);
        Assert.Equal((OutboxState.Sent, at + Lease, "b"), (sent!.State, sent.SentAt, sent.LeaseOwner));
    }

    [Fact]
    public async Task A_sent_or_abandoned_entry_is_never_leased_again_and_a_rescheduled_one_only_when_due()
    {
        var at = Now();
        var messages = Enumerable.Range(0, 3).Select(_ => OutboxMessage.New("email", "{}")).ToList();
        await Tickets.CreateAsync(TicketStoreContract.NewTicket("hank", at: at), _ => messages);
        var leased = (await Outbox.LeaseDueAsync("a", at, Lease, 10)).ToDictionary(e => e.Id);
        Assert.Equal(3, leased.Count);

        Assert.True(await Outbox.UpdateAsync(leased[messages[0].Id] with { State = OutboxState.Sent, SentAt = at }));
        Assert.True(await Outbox.UpdateAsync(leased[messages[1].Id] with { State = OutboxState.Abandoned, LastError = "smtp 550" }));
        Assert.True(await Outbox.UpdateAsync(leased[messages[2].Id] with { DueAt = at.AddSeconds(30), LastError = "SocketException" }));

        Assert.Empty(await Outbox.LeaseDueAsync("b", at.AddSeconds(29), Lease, 10));
        var retried = Assert.Single(await Outbox.LeaseDueAsync("b", at.AddSeconds(30), Lease, 10));
        Assert.Equal((messages[2].Id, 2, "SocketException"), (retried.Id, retried.Attempts, retried.LastError));
        Assert.True(await Outbox.UpdateAsync(retried with { State = OutboxState.Sent, SentAt = at.AddSeconds(31) }));
        Assert.Empty(await Outbox.LeaseDueAsync("c", at.AddDays(1), Lease, 10));
        Assert.Equal("smtp 550", (await Outbox.FindAsync(messages[1].Id))!.LastError);
    }

    [Fact]
    public async Task A_conversation_commits_messages_only_with_its_state_and_a_conflict_or_a_duplicate_writes_none()
    {
        var conversations = store.Conversations;
        var id = "c-" + Guid.NewGuid().ToString("N");
        var first = OutboxMessage.New("botconnector", "{\"text\":\"hello\"}");
        var committed = await conversations.CommitAsync(new ConversationCommit(id, 0, "{}", ["{\"type\":\"message\"}"], new ProcessedActivity("in-1", "r1"), [first]));
        Assert.Equal(CommitOutcome.Committed, committed.Outcome);
        var entry = await Outbox.FindAsync(first.Id);
        Assert.NotNull(entry);
        Assert.Equal((OutboxOrigin.Conversation, id, "botconnector", OutboxState.Pending), (entry.Origin, entry.Partition, entry.Kind, entry.State));

        // A stale version, and an inbound activity already processed: neither writes its message.
        var stale = OutboxMessage.New("botconnector", "{}");
        Assert.Equal(CommitOutcome.Conflict, (await conversations.CommitAsync(new ConversationCommit(id, 0, "{}", [], null, [stale]))).Outcome);
        var duplicate = OutboxMessage.New("botconnector", "{}");
        Assert.Equal(CommitOutcome.Duplicate, (await conversations.CommitAsync(new ConversationCommit(id, committed.Version, "{}", [], new ProcessedActivity("in-1", "r2"), [duplicate]))).Outcome);
        Assert.Null(await Outbox.FindAsync(stale.Id));
        Assert.Null(await Outbox.FindAsync(duplicate.Id));

        // Leased, and recorded, where it lives: beside the conversation, not a ticket.
        var leased = Assert.Single(await Outbox.LeaseDueAsync("a", DateTimeOffset.UtcNow.AddSeconds(1), Lease, 10));
        Assert.Equal(first.Id, leased.Id);
        Assert.True(await Outbox.UpdateAsync(leased with { State = OutboxState.Sent, SentAt = DateTimeOffset.UtcNow }));
        Assert.Equal(OutboxState.Sent, (await Outbox.FindAsync(first.Id))!.State);
        // The log holds only the activity: an outbox entry is not an activity of the conversation.
        Assert.Single(await conversations.ReadActivitiesAsync(id, 0, 10));
    }

    [Fact]
    public async Task Sent_entries_older_than_the_cutoff_are_deleted_and_pending_abandoned_and_newer_ones_kept()
    {
        var at = Now();
        var messages = Enumerable.Range(0, 4).Select(_ => OutboxMessage.New("email", "{}")).ToList();
        await Tickets.CreateAsync(TicketStoreContract.NewTicket("iris", at: at), _ => messages);
        // One beside a conversation too: both partitions are cleaned.
        var conversationId = "c-" + Guid.NewGuid().ToString("N");
        var proactive = OutboxMessage.New("connector", "{}");
        await store.Conversations.CommitAsync(new ConversationCommit(conversationId, 0, "{}", [], null, [proactive]));

        var leased = (await Outbox.LeaseDueAsync("a", at.AddSeconds(1), Lease, 10)).ToDictionary(e => e.Id);
        Assert.Equal(5, leased.Count);
        Assert.True(await Outbox.UpdateAsync(leased[messages[0].Id] with { State = OutboxState.Sent, SentAt = at.AddDays(-10) }));
        Assert.True(await Outbox.UpdateAsync(leased[proactive.Id] with { State = OutboxState.Sent, SentAt = at.AddDays(-8) }));
        Assert.True(await Outbox.UpdateAsync(leased[messages[1].Id] with { State = OutboxState.Sent, SentAt = at.AddDays(-1) }));
        Assert.True(await Outbox.UpdateAsync(leased[messages[2].Id] with { State = OutboxState.Abandoned, LastError = "smtp 550" }));
        // messages[3] stays pending (leased).

        var cutoff = at.AddDays(-7);
        Assert.Equal(2, await Outbox.DeleteSentAsync(cutoff, 100));
        Assert.Null(await Outbox.FindAsync(messages[0].Id));
        Assert.Null(await Outbox.FindAsync(proactive.Id));
        Assert.Equal(OutboxState.Sent, (await Outbox.FindAsync(messages[1].Id))!.State);
        Assert.Equal(OutboxState.Abandoned, (await Outbox.FindAsync(messages[2].Id))!.State);
        Assert.Equal(OutboxState.Pending, (await Outbox.FindAsync(messages[3].Id))!.State);
        // Nothing more to delete; a later cutoff takes the newer sent one, and the limit holds.
        Assert.Equal(0, await Outbox.DeleteSentAsync(cutoff, 100));
        Assert.Equal(1, await Outbox.DeleteSentAsync(at, 1));
        Assert.Null(await Outbox.FindAsync(messages[1].Id));
    }
}
