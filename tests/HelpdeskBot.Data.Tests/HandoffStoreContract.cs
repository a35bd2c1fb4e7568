using HelpdeskBot.Data.Agents;
using HelpdeskBot.Data.Escalations;
using HelpdeskBot.Data.Tickets;

namespace HelpdeskBot.Data.Tests;

/// <summary>What every store of escalations and agent accounts must do.</summary>
public abstract class HandoffStoreContract : IAsyncLifetime
{
    private IStoreUnderTest store = null!;

    protected abstract Task<IStoreUnderTest> CreateAsync();

    public async ValueTask InitializeAsync() => store = await CreateAsync();

    public async ValueTask DisposeAsync() => await store.DisposeAsync();

    private static Escalation NewEscalation(DateTimeOffset? at = null, string conversationId = "conv-1") => new()
    {
        Id = "esc-" + Guid.NewGuid().ToString("N")[..16],
        Conversation = new ConversationAddress("directline", conversationId, "u1", "Budi", null, "bot", "id-ID"),
        Owner = new TicketOwner("directline", "u1"),
        Reason = "user",
        RequestedAt = at ?? DateTimeOffset.UtcNow,
        Answers = [new EscalationAnswer("userId", "budi_s88")],
        Category = new TicketCategory("payment", 1, CategorySource.User),
        IntakeId = Guid.NewGuid().ToString("N"),
    };

    [Fact]
    public async Task An_escalation_reads_back_and_updates_only_with_its_current_etag()
    {
        var created = await store.Escalations.CreateAsync(NewEscalation());
        var read = await store.Escalations.GetAsync(created.Id);
        Assert.Equal(created.Answers, read!.Answers);
        Assert.Equal(created.Category, read.Category);
        Assert.Equal(created.ETag, read.ETag);

        var accepted = await store.Escalations.UpdateAsync(read with { State = EscalationState.Accepted, Agent = "siti" });
        await Assert.ThrowsAsync<EscalationConcurrencyException>(() => store.Escalations.UpdateAsync(read with { State = EscalationState.Resolved }));
        var now = await store.Escalations.GetAsync(created.Id);
        Assert.Equal(EscalationState.Accepted, now!.State);
        Assert.Equal(accepted.ETag, now.ETag);
        Assert.Null(await store.Escalations.GetAsync("esc-missing"));
    }

    [Fact]
    public async Task Escalations_list_by_state_newest_first()
    {
        var older = await store.Escalations.CreateAsync(NewEscalation(DateTimeOffset.UtcNow.AddMinutes(-5)));
        var newer = await store.Escalations.CreateAsync(NewEscalation());
        var done = await store.Escalations.CreateAsync(NewEscalation());
        await store.Escalations.UpdateAsync(done with { State = EscalationState.Resolved });

        var waiting = await store.Escalations.ListAsync(EscalationState.Requested);
        Assert.Equal([newer.Id, older.Id], waiting.Select(e => e.Id).Where(id => id == newer.Id || id == older.Id));
        Assert.DoesNotContain(waiting, e => e.Id == done.Id);
        // What a list returns can be updated directly: its ETag is current.
        await store.Escalations.UpdateAsync(waiting.First(e => e.Id == older.Id) with { State = EscalationState.TimedOut });
        Assert.Contains(await store.Escalations.ListAsync(EscalationState.TimedOut), e => e.Id == older.Id);
    }

    [Fact]
    public async Task A_conversations_escalations_list_in_every_state_newest_first_and_no_other_conversations()
    {
        var conversation = "conv-" + Guid.NewGuid().ToString("N")[..8];
        var first = await store.Escalations.CreateAsync(NewEscalation(DateTimeOffset.UtcNow.AddMinutes(-30), conversation));
        await store.Escalations.UpdateAsync(first with { State = EscalationState.Resolved });
        var second = await store.Escalations.CreateAsync(NewEscalation(DateTimeOffset.UtcNow, conversation));
        var elsewhere = await store.Escalations.CreateAsync(NewEscalation(DateTimeOffset.UtcNow, conversation + "-other"));

        var found = await store.Escalations.ListInConversationAsync(conversation);
        Assert.Equal([second.Id, first.Id], found.Select(e => e.Id));
        Assert.Equal(EscalationState.Resolved, found[1].State);
        Assert.DoesNotContain(found, e => e.Id == elsewhere.Id);
        Assert.Empty(await store.Escalations.ListInConversationAsync("conv-nobody"));
        // What it returns can be updated directly: its ETag is current.
        await store.Escalations.UpdateAsync(found[0] with { Answers = [new EscalationAnswer("description", "changed")] });
        Assert.Equal("changed", (await store.Escalations.GetAsync(second.Id))!.Answers[0].Value);
    }

    [Fact]
    public async Task Agent_accounts_are_found_by_name_in_any_case_and_sign_in_updates_need_the_etag()
    {
        var name = "Siti" + Guid.NewGuid().ToString("N")[..6];
        var saved = await store.Agents.SaveAsync(new AgentAccount { Name = name, PasswordHash = "hash-1", CreatedAt = DateTimeOffset.UtcNow, FailedSignIns = 3 });
        Assert.Equal(0, saved.FailedSignIns);
        var read = await store.Agents.GetAsync(name.ToUpperInvariant());
        Assert.Equal("hash-1", read!.PasswordHash);

        Assert.True(await store.Agents.TryUpdateAsync(read with { FailedSignIns = 1 }));
        Assert.False(await store.Agents.TryUpdateAsync(read with { FailedSignIns = 2 }));
        Assert.Equal(1, (await store.Agents.GetAsync(name))!.FailedSignIns);

        await store.Agents.SaveAsync(new AgentAccount { Name = name, PasswordHash = "hash-2", CreatedAt = DateTimeOffset.UtcNow });
        var reset = await store.Agents.GetAsync(name);
        Assert.Equal(("hash-2", 0), (reset!.PasswordHash, reset.FailedSignIns));
        Assert.Null(await store.Agents.GetAsync("nobody-" + name));
    }
}
