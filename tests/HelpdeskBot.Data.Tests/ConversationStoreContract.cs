using HelpdeskBot.Data.Conversations;

namespace HelpdeskBot.Data.Tests;

/// <summary>What every conversation store must do. Each implementation derives a class that supplies the store.</summary>
public abstract class ConversationStoreContract : IAsyncLifetime
{
    private IStoreUnderTest store = null!;

    protected abstract Task<IStoreUnderTest> CreateAsync();

    private IConversationStore Conversations => store.Conversations;

    public async ValueTask InitializeAsync() => store = await CreateAsync();

    public async ValueTask DisposeAsync() => await store.DisposeAsync();

    private static string NewId() => "c-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task The_health_probe_commits_again_and_again_and_touches_no_conversation()
    {
        await Conversations.ProbeCommitAsync();
        await Conversations.ProbeCommitAsync();
        var snapshot = await Conversations.LoadAsync("__health__");
        Assert.Equal(0, snapshot.Version);
        Assert.Empty(await Conversations.ReadActivitiesAsync("__health__", 0, 10));
    }

    [Fact]
    public async Task A_conversation_never_saved_loads_empty_at_version_zero()
    {
        var snapshot = await Conversations.LoadAsync(NewId());
        Assert.Null(snapshot.StateJson);
        Assert.Equal(0, snapshot.Version);
        Assert.Equal(0, snapshot.LastSequence);
    }

    [Fact]
    public async Task A_commit_saves_state_and_numbers_the_activities_in_order()
    {
        var id = NewId();
        var first = await Conversations.CommitAsync(new ConversationCommit(id, 0, "{\"a\":1}", ["{\"n\":1}", "{\"n\":2}"]));
        Assert.Equal(CommitOutcome.Committed, first.Outcome);
        Assert.Equal(2, first.LastSequence);
        var second = await Conversations.CommitAsync(new ConversationCommit(id, first.Version, "{\"a\":2}", ["{\"n\":3}"]));
        Assert.Equal(CommitOutcome.Committed, second.Outcome);

        var snapshot = await Conversations.LoadAsync(id);
        Assert.Equal("{\"a\":2}", snapshot.StateJson);
        Assert.Equal(second.Version, snapshot.Version);
        Assert.Equal(3, snapshot.LastSequence);
        var log = await Conversations.ReadActivitiesAsync(id, 0, 100);
        Assert.Equal([1L, 2L, 3L], log.Select(a => a.Sequence));
        Assert.Equal(["{\"n\":1}", "{\"n\":2}", "{\"n\":3}"], log.Select(a => a.Json));
        Assert.Equal([3L], (await Conversations.ReadActivitiesAsync(id, 2, 100)).Select(a => a.Sequence));
        Assert.Equal([1L], (await Conversations.ReadActivitiesAsync(id, 0, 1)).Select(a => a.Sequence));
    }

    [Fact]
    public async Task A_commit_against_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var id = NewId();
        var first = await Conversations.CommitAsync(new ConversationCommit(id, 0, "{\"v\":1}", ["{}"]));
        await Conversations.CommitAsync(new ConversationCommit(id, first.Version, "{\"v\":2}", ["{}"]));
        var stale = await Conversations.CommitAsync(new ConversationCommit(id, first.Version, "{\"v\":\"lost\"}", ["{\"lost\":true}"]));
        Assert.Equal(CommitOutcome.Conflict, stale.Outcome);
        var snapshot = await Conversations.LoadAsync(id);
        Assert.Equal("{\"v\":2}", snapshot.StateJson);
        Assert.Equal(2, (await Conversations.ReadActivitiesAsync(id, 0, 100)).Count);
    }

    [Fact]
    public async Task Two_first_commits_race_and_only_one_wins()
    {
        var id = NewId();
        var a = Conversations.CommitAsync(new ConversationCommit(id, 0, "{\"who\":\"a\"}", ["{}"]));
        var b = Conversations.CommitAsync(new ConversationCommit(id, 0, "{\"who\":\"b\"}", ["{}"]));
        var outcomes = (await Task.WhenAll(a, b)).Select(r => r.Outcome).ToList();
        Assert.Single(outcomes, o => o == CommitOutcome.Committed);
        Assert.Single(outcomes, o => o == CommitOutcome.Conflict);
        Assert.Single(await Conversations.ReadActivitiesAsync(id, 0, 100));
    }

    [Fact]
    public async Task A_processed_key_is_remembered_and_a_second_commit_with_it_is_a_duplicate()
    {
        var id = NewId();
        var first = await Conversations.CommitAsync(new ConversationCommit(id, 0, "{}", ["{}"], new ProcessedActivity("client-1", id + "|0000001")));
        Assert.Equal(id + "|0000001", await Conversations.FindProcessedAsync(id, "client-1"));
        Assert.Null(await Conversations.FindProcessedAsync(id, "client-2"));
        Assert.Null(await Conversations.FindProcessedAsync(NewId(), "client-1"));

        var again = await Conversations.CommitAsync(new ConversationCommit(id, first.Version, "{\"again\":1}", ["{}"], new ProcessedActivity("client-1", "other")));
        Assert.Equal(CommitOutcome.Duplicate, again.Outcome);
        Assert.Single(await Conversations.ReadActivitiesAsync(id, 0, 100));
        Assert.Equal("{}", (await Conversations.LoadAsync(id)).StateJson);
    }

    [Fact]
    public async Task A_turns_first_read_gives_the_earlier_id_of_a_processed_activity_or_else_the_conversation()
    {
        var id = NewId();
        var fresh = await Conversations.LoadUnlessProcessedAsync(id, "client-1");
        Assert.Null(fresh.Processed);
        Assert.Equal(ConversationSnapshot.Empty(id), fresh.Snapshot);

        var first = await Conversations.CommitAsync(new ConversationCommit(id, 0, "{\"step\":1}", ["{}", "{}"], new ProcessedActivity("client-1", id + "|0000001")));
        var retried = await Conversations.LoadUnlessProcessedAsync(id, "client-1");
        Assert.Equal(id + "|0000001", retried.Processed);
        Assert.Null(retried.Snapshot);

        var next = await Conversations.LoadUnlessProcessedAsync(id, "client-2");
        Assert.Null(next.Processed);
        Assert.Equal(new ConversationSnapshot(id, "{\"step\":1}", first.Version, 2), next.Snapshot);
        // Another conversation's key is not this one's.
        Assert.Null((await Conversations.LoadUnlessProcessedAsync(NewId(), "client-1")).Processed);
    }

    [Fact]
    public async Task A_commit_rewrites_a_logged_activity_in_place_and_a_conflict_rewrites_nothing()
    {
        var id = NewId();
        var first = await Conversations.CommitAsync(new ConversationCommit(id, 0, "{}", ["{\"text\":\"Hunter22\"}", "{\"text\":\"ok\"}"]));
        var stale = await Conversations.CommitAsync(new ConversationCommit(id, 0, "{}", ["{}"], Replaced: [new StoredActivity(1, "{\"lost\":true}")]));
        Assert.Equal(CommitOutcome.Conflict, stale.Outcome);
        Assert.Equal("{\"text\":\"Hunter22\"}", (await Conversations.ReadActivitiesAsync(id, 0, 1))[0].Json);

        var rewritten = await Conversations.CommitAsync(new ConversationCommit(id, first.Version, "{\"b\":1}", ["{\"text\":\"that was my password\"}"],
            Replaced: [new StoredActivity(1, "{\"text\":\"[password removed]\"}")]));
        Assert.Equal(CommitOutcome.Committed, rewritten.Outcome);
        Assert.Equal(3, rewritten.LastSequence);
        var log = await Conversations.ReadActivitiesAsync(id, 0, 100);
        Assert.Equal([1L, 2L, 3L], log.Select(a => a.Sequence));
        Assert.Equal(["{\"text\":\"[password removed]\"}", "{\"text\":\"ok\"}", "{\"text\":\"that was my password\"}"], log.Select(a => a.Json));
    }

    [Fact]
    public async Task Conversations_do_not_see_each_others_activities()
    {
        var a = NewId();
        var b = NewId();
        await Conversations.CommitAsync(new ConversationCommit(a, 0, "{}", ["{\"a\":1}"]));
        await Conversations.CommitAsync(new ConversationCommit(b, 0, "{}", ["{\"b\":1}"]));
        Assert.Equal("{\"a\":1}", Assert.Single(await Conversations.ReadActivitiesAsync(a, 0, 100)).Json);
    }

    [Fact]
    public async Task The_store_answers_a_ping()
    {
        Assert.True(await Conversations.PingAsync());
    }
}
