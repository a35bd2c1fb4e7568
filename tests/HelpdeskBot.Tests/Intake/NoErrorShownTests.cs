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

    /// <summary>
    /// The eighth trial: "File too large (max 5MB) - but my photo is only 800KB" and "No error, but I could see names and
    /// addresses of other customers" were filed as what the user did just before, and the steps' answer as the error.
    /// </summary>
    [Theory]
    [InlineData("Upload failed (max 10MB) - but my file is only 2MB", "Upload failed (max 10MB)")]
    [InlineData("Saldo tidak cukup, padahal saldo sy masih 2jt", "Saldo tidak cukup")]
    [InlineData("No error, but I could see other customers' invoices", null)]
    public async Task The_screens_words_before_a_remark_are_the_error_and_no_error_with_a_remark_is_none(string answer, string? error)
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { LocalTimezone = "Asia/Jakarta" };
        await chat.Send("report a problem").Send("budi_s88").Send("Website").Send("2 hours ago")
            .Send("The upload page does not take my file").Send("It should take the file").AssertField("errorMessage")
            .Send(answer).AssertField("steps").Send("Opened the page and picked the file").AssertField("history");
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        var values = Assert.IsType<WaterfallState<IntakeValues>>(state.Stack[0].State).Values;
        Assert.Equal(error, values.ErrorMessage);
        Assert.Equal("Opened the page and picked the file", values.ReproSteps);
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
