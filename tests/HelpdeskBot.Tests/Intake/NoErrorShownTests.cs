using HelpdeskBot.Dialogs;
using HelpdeskBot.Intake;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Intake;

/// <summary>
/// "Was there an error message?" answered by saying there was none, in a sentence: the fifth trial's "gk ada error, lgsg
/// ketutup aja aplikasinya" and "no message, app just closes" were kept as the error message.
/// </summary>
public sealed class NoErrorShownTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    [Theory]
    [InlineData("gk ada error, lgsg ketutup aja aplikasinya")]
    [InlineData("no message, app just closes")]
    [InlineData("it say success, no error")]
    [InlineData("none, just white")]
    public void Saying_there_was_none_is_read(string text) => Assert.True(IntakeDialog.SaysNoError(text));

    [Theory]
    [InlineData("Error 500: no error handler registered")]
    [InlineData("it says 'Transaction failed (code 51)'")]
    [InlineData("no")]
    public void An_error_shown_is_not_read_as_none(string text) => Assert.False(IntakeDialog.SaysNoError(text));

    [Fact]
    public async Task No_error_in_a_sentence_keeps_no_error_message_and_moves_on()
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { Locale = "id-ID", LocalTimezone = "Asia/Jakarta" };
        await chat.Send("lapor masalah").Send("budi_s88").Send("aplikasi").Send("2 jam yg lalu")
            .Send("aplikasi tertutup sendiri waktu buka menu transfer").Send("bisa transfer seperti biasa").AssertField("errorMessage")
            .Send("gk ada error, lgsg ketutup aja aplikasinya").AssertField("steps");
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        Assert.Null(Assert.IsType<WaterfallState<IntakeValues>>(state.Stack[0].State).Values.ErrorMessage);
    }

    /// <summary>Found using the bot as a person: "no error message" in the first message was asked about again.</summary>
    [Fact]
    public async Task No_error_said_in_the_first_message_is_not_asked_and_the_screenshot_is_asked_alone()
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { Locale = "en-US", LocalTimezone = "Asia/Jakarta" };
        await chat.Send("Since yesterday evening my invoices page on the website just shows a blank white page. I'm logged in as marta.w, no error message, I already cleared the cache.")
            .AssertField("expected").Send("to see my invoices").AssertField("steps").Send("I clicked Billing then Invoices").AssertField("history")
            .Send("skip").AssertField("evidence").Send("skip").AssertField("confirm");
        Assert.DoesNotContain(chat.Transcript, a => HelpdeskBot.Activities.HelpdeskChannelData.From(a)?.Field == "errorMessage");
    }

    public void Dispose() => app.Dispose();
}
