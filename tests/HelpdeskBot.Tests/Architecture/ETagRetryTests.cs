using HelpdeskBot.Data.Concurrency;

namespace HelpdeskBot.Tests.Architecture;

/// <summary>The one read-change-write loop every ETag write uses: how many tries, and what the caller sees after them.</summary>
public class ETagRetryTests
{
    private sealed class Lost : Exception;

    [Fact]
    public async Task A_conflict_is_tried_again_until_the_write_wins()
    {
        var tries = new List<int>();
        var value = await ETagRetry.RunAsync(8, n =>
        {
            tries.Add(n);
            return Task.FromResult(n < 3 ? ETagAttempt<string>.Lost : ETagAttempt.Done("saved on " + n));
        }, () => "exhausted");
        Assert.Equal("saved on 3", value);
        Assert.Equal([1, 2, 3], tries);
    }

    [Fact]
    public async Task After_the_last_conflict_the_answer_is_the_callers()
    {
        var tries = 0;
        var value = await ETagRetry.RunAsync(5, _ => { tries++; return Task.FromResult(ETagAttempt<string>.Lost); }, () => "busy");
        Assert.Equal("busy", value);
        Assert.Equal(5, tries);
    }

    [Fact]
    public async Task A_store_that_throws_on_conflict_is_tried_again_and_its_last_conflict_reaches_the_caller()
    {
        var tries = 0;
        await Assert.ThrowsAsync<Lost>(() => ETagRetry.RunAsync<Lost, int>(6, _ => { tries++; throw new Lost(); }));
        Assert.Equal(6, tries);

        var won = await ETagRetry.RunAsync<Lost, int>(6, n => n < 4 ? throw new Lost() : Task.FromResult(n));
        Assert.Equal(4, won);
    }

    [Fact]
    public async Task Another_exception_is_not_taken_for_a_conflict()
    {
        var tries = 0;
        await Assert.ThrowsAsync<InvalidOperationException>(() => ETagRetry.RunAsync<Lost, int>(6, _ => { tries++; throw new InvalidOperationException(); }));
        Assert.Equal(1, tries);
    }
}
