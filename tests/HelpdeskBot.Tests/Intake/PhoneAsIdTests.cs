using HelpdeskBot.Intake;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Intake;

/// <summary>
/// A phone number given as the user id (the fourth trial: "pake no hp aja ya 0812 3456 7890" kept "7890"). Many services
/// know their users by it; it is kept whole, as typed.
/// </summary>
public sealed class PhoneAsIdTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    [Theory]
    [InlineData("pake no hp aja ya 0812 3456 7890", "0812 3456 7890")]
    [InlineData("+62 812-3456-7890", "+62 812-3456-7890")]
    [InlineData("my phone 081234567890 is what I log in with", "081234567890")]
    [InlineData("6281234567890", "6281234567890")]
    public void A_phone_number_is_read_whole(string text, string phone) => Assert.Equal(phone, UserIdAnswer.PhoneNumber(text));

    [Theory]
    [InlineData("budi_s88")]
    [InlineData("member 20391857")]
    [InlineData("order 0812 and 0813")]
    [InlineData("NIK 3578123456789012")]
    [InlineData("0812 3456 7890 or 0813 1111 2222")]
    public void Ids_short_numbers_and_two_phones_are_no_phone_answer(string text) => Assert.Null(UserIdAnswer.PhoneNumber(text));

    [Fact]
    public async Task A_phone_number_given_as_the_id_is_kept_whole()
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { Locale = "id-ID", LocalTimezone = "Asia/Jakarta" };
        await chat.Send("lapor masalah").AssertField("userId").Send("pake no hp aja ya 0812 3456 7890").AssertField("service");
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        var values = Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<IntakeValues>>(state.Stack[0].State).Values;
        Assert.Equal("0812 3456 7890", values.UserId);
    }

    /// <summary>The sixth trial: markup typed as the id was kept, and its quoted word read as the error.</summary>
    [Fact]
    public async Task Markup_is_no_user_id_and_nothing_is_read_from_it()
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { Locale = "en-US", LocalTimezone = "Asia/Jakarta" };
        await chat.Send("report a problem").AssertField("userId").Send("<script>alert(\"xss\")</script>").AssertField("userId");
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        var values = Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<IntakeValues>>(state.Stack[0].State).Values;
        Assert.Null(values.UserId);
        Assert.Null(values.ErrorMessage);
    }

    public void Dispose() => app.Dispose();
}
