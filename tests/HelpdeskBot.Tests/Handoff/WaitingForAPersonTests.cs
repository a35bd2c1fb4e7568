using HelpdeskBot.Activities;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskBot.Tests.Handoff;

/// <summary>
/// Waiting for a person: the bot acknowledges the first message, stays quiet while the user goes on writing, and answers
/// "anyone there?" or a minute's quiet, so nobody is left in a silent chat.
/// </summary>
public sealed class WaitingForAPersonTests : IDisposable
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly HelpdeskApp app;

    public WaitingForAPersonTests() => app = new HelpdeskApp(services: s => s.AddSingleton<TimeProvider>(clock));

    private TestChat NewChat(string locale) => new(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    private static int Said(TestChat chat) => chat.Replies.Count(r => r.Type == ActivityTypes.Message);

    [Theory]
    [InlineData("en-US", "can I talk to a person", "my transfer failed twice this morning", "and the money left my account", "anyone there?", "Still looking")]
    [InlineData("id-ID", "minta sambungkan ke petugas", "transfer sy gagal 2x tadi pagi", "tapi saldo kepotong", "P", "Masih saya carikan")]
    public async Task The_first_message_is_acknowledged_the_story_is_not_interrupted_and_a_nudge_is_answered(
        string locale, string ask, string first, string more, string nudge, string stillLooking)
    {
        var chat = NewChat(locale);
        await chat.Send(ask).Check(c => Assert.Contains(c.Replies, r => HelpdeskChannelData.From(r)?.Handoff?.State == Data.Escalations.EscalationState.Requested))
            .Send(first).Check(c => Assert.Equal(1, Said(c)))
            .Send(more).Check(c => Assert.Equal(0, Said(c)))
            .Send(nudge).AssertSays(stillLooking).Check(c => Assert.Equal(1, Said(c)));
    }

    [Fact]
    public async Task After_a_quiet_minute_the_next_message_hears_that_the_bot_is_still_looking()
    {
        var chat = NewChat("en-US");
        await chat.Send("talk to a human").Send("my app crashes on login").Send("it started yesterday").Check(c => Assert.Equal(0, Said(c)));
        clock.Advance(TimeSpan.FromSeconds(61));
        await chat.Send("I also reinstalled it").AssertSays("Still looking").Send("no luck").Check(c => Assert.Equal(0, Said(c)));
    }

    [Fact]
    public async Task Withdrawing_the_request_midway_asks_again_what_was_being_asked() =>
        await NewChat("en-US").Send("report a problem").AssertField("userId").Send("can I talk to a person")
            .Send("never mind").AssertSays("withdrawn").AssertField("userId");

    [Theory]
    [InlineData("hello?", true)]
    [InlineData("??", true)]
    [InlineData("masih lama kak?", true)]
    [InlineData("p", true)]
    [InlineData("my app still crashes", false)]
    [InlineData("is there a fee for transfers to other banks? I was charged 6500 yesterday for one", false)]
    public void What_asks_whether_anyone_is_coming(string text, bool nudge) => Assert.Equal(nudge, HelpdeskBot.Handoff.WaitingNudge.In(text));

    public void Dispose() => app.Dispose();
}
