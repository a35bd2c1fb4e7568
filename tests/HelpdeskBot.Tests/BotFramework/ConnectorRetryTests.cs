using System.Net;
using HelpdeskBot.Activities;
using HelpdeskBot.Channels.BotFramework;
using HelpdeskBot.Data.Conversations;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace HelpdeskBot.Tests.BotFramework;

/// <summary>
/// A reply POSTed to the channel is retried only when the channel cannot have taken it: a 429, or a connection that
/// was never made. A 5xx may mean the message was posted: a retry would show it twice in Teams.
/// </summary>
public sealed class ConnectorRetryTests : BotOnFakeChannel
{
    [Fact]
    public async Task A_500_from_the_channel_is_not_retried()
    {
        var user = new ChannelUser(App, Channel, "msteams");
        Channel.Fail(1, 500);
        var hello = user.Message("hello");
        using (var response = await user.PostAsync(hello)) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var helloReplies = await RepliesLoggedAsync(user, 0);

        // Replies leave in order per conversation: once the next turn's replies are in, any retry of the first would be too.
        var next = await user.SendAsync("help");
        Assert.NotEmpty(next);

        Assert.Equal(helloReplies + next.Count, Channel.SendAttempts);
        Assert.Equal(helloReplies - 1, Channel.Received.Count(r => r.Activity.ReplyToId == hello.Id));
    }

    [Fact]
    public async Task A_429_is_retried_after_the_time_its_retry_after_says()
    {
        var user = new ChannelUser(App, Channel, "slack");
        Channel.Fail(1, 429, retryAfter: TimeSpan.FromSeconds(1));
        var replies = await user.SendAsync("hello");

        Assert.NotEmpty(replies);
        Assert.Equal(replies.Count + 1, Channel.SendAttempts);
        // The configured backoff in these tests is 20 ms: a second or more between the 429 and the retry is the header's.
        var times = Channel.SendTimes;
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(0.95), $"retried after {(times[1] - times[0]).TotalMilliseconds} ms");
    }

    public static TheoryData<string, bool> Outcomes => new()
    {
        { "429", true },
        { "connection refused", true },
        { "no such host", true },
        { "tls failed", true },
        { "500", false },
        { "503", false },
        { "connection closed after the request", false },
        { "attempt timed out", false },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task Only_an_outcome_that_cannot_have_posted_the_message_is_retried(string outcome, bool retried)
    {
        var result = outcome switch
        {
            "429" => Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.TooManyRequests)),
            "500" => Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.InternalServerError)),
            "503" => Outcome.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)),
            "connection refused" => Outcome.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ConnectionError)),
            "no such host" => Outcome.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.NameResolutionError)),
            "tls failed" => Outcome.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.SecureConnectionError)),
            "connection closed after the request" => Outcome.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ResponseEnded)),
            _ => Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()),
        };
        var context = ResilienceContextPool.Shared.Get(TestContext.Current.CancellationToken);
        Assert.Equal(retried, await ConnectorClient.ShouldRetry(new RetryPredicateArguments<HttpResponseMessage>(context, result, 0)));
        ResilienceContextPool.Shared.Return(context);
    }

    /// <summary>How many replies the turn after <paramref name="afterSequence"/> logged (its echo excluded).</summary>
    private async Task<int> RepliesLoggedAsync(ChannelUser user, long afterSequence)
    {
        var log = await App.Get<IConversationStore>().ReadActivitiesAsync(user.ConversationId, afterSequence, 1000);
        await user.CatchUpAsync();
        return log.Skip(1).Select(a => ActivityJson.Deserialize(a.Json)).Count(a => a.Type is ActivityTypes.Message or ActivityTypes.Typing);
    }
}
