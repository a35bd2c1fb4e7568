using HelpdeskBot.Tests.Infrastructure;

namespace HelpdeskBot.Tests.Intake;

/// <summary>A second report in the same conversation does not ask again for the user id the first one gave (the fifth trial did).</summary>
public sealed class SecondReportTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    [Fact]
    public async Task The_id_of_the_first_report_is_kept_for_the_second()
    {
        var chat = new TestChat(app.Get<HelpdeskBot.Turns.TurnProcessor>()) { LocalTimezone = "Asia/Jakarta" };
        await IntakeConversationTests.AnswerAll(chat).Send("yes").Check(c => Assert.NotNull(c.Ticket));
        await chat.Send("I also can't receive the newsletter emails since last week").AssertSays("Your user ID").Check(c =>
        {
            Assert.Contains("userId", c.Contract!.Prefilled!);
            Assert.NotEqual("userId", c.Contract.Field);
        });
        var state = await app.Get<HelpdeskBot.Turns.TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        Assert.Equal("budi_s88", Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<HelpdeskBot.Intake.IntakeValues>>(state.Stack[0].State).Values.UserId);
    }

    [Fact]
    public async Task In_a_new_conversation_the_id_is_asked()
    {
        var first = new TestChat(app.Get<HelpdeskBot.Turns.TurnProcessor>()) { LocalTimezone = "Asia/Jakarta" };
        await IntakeConversationTests.AnswerAll(first).Send("yes");
        var second = new TestChat(app.Get<HelpdeskBot.Turns.TurnProcessor>()) { LocalTimezone = "Asia/Jakarta" };
        await second.Send("report a problem").AssertField("userId");
    }

    public void Dispose() => app.Dispose();
}
