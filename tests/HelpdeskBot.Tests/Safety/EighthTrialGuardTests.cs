using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Safety;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What the eighth user trial (a helper who never read the code, using the running bot) got past the guard, in other
/// words than the trial's: a PIN typed in, said without its value, then the value alone; "pw nya" opening a sentence
/// with the value next; a code read out in words with no word for it; refused digits typed again unspaced; and a
/// take-back whose value the bot's summary and the take-back itself repeated.
/// </summary>
public sealed class EighthTrialGuardTests : IDisposable
{
    private static readonly SecretScanner Scanner = new();
    private readonly HelpdeskApp app = new();

    [Theory]
    [InlineData("logged in and entered my PIN as usual", "7731", "[PIN removed]")]
    [InlineData("trs sy masukin pin m-banking sy yg biasa", "440912", "[PIN removed]")]
    [InlineData("scan qris di warung terus ketik pin", "1290", "[PIN removed]")]
    [InlineData("bisa login kok. password nya", "kucing77", "[password removed]")]
    [InlineData("it worked yesterday! pw", "Rembulan#5", "[password removed]")]
    public void A_secret_typed_in_or_opening_a_sentence_without_its_value_is_refused_in_the_next_message(string first, string second, string redacted)
    {
        var alone = Scanner.Scan(first);
        Assert.False(alone.Found, alone.Redacted);
        var (_, memory) = Scanner.ScanAfter(alone.Redacted, null);

        var (result, _) = Scanner.ScanAfter(Scanner.Scan(second).Redacted, memory);

        Assert.Equal(redacted, result.Redacted);
    }

    [Theory]
    [InlineData("I typed my PIN and then it froze", "2 hours ago")]
    [InlineData("entered my PIN as usual", "Account locked")]
    [InlineData("bisa login kok. password nya", "salah terus padahal udh bener")]
    public void The_next_message_with_no_value_goes_through(string first, string second)
    {
        var (_, memory) = Scanner.ScanAfter(Scanner.Scan(first).Redacted, null);
        var (result, _) = Scanner.ScanAfter(Scanner.Scan(second).Redacted, memory);
        Assert.False(result.Found, result.Redacted);
    }

    [Theory]
    [InlineData("it was three one four one five nine", SecretKind.Otp, "it was [code removed]")]
    [InlineData("td sy ketik enam enam dua nol satu tiga di link itu", SecretKind.Otp, "td sy ketik [code removed] di link itu")]
    [InlineData("my pin is easy, it's one nine nine zero one two", SecretKind.Pin, "my pin is easy, it's [PIN removed]")]
    public void Six_to_eight_digits_read_out_in_words_are_a_code_with_no_word_for_them(string text, SecretKind kind, string redacted) =>
        ScannerAssert.Found(text, kind, redacted);

    [Theory]
    [InlineData("one two three, the app froze")]
    [InlineData("call me on nol delapan satu dua tiga empat lima enam tujuh delapan")]
    public void Fewer_digits_or_a_phone_read_out_stay_clean(string text) => ScannerAssert.Clean(text);

    /// <summary>"pin sy 1 9 8 7 0 4" refused, then "198704" kept as the first-seen answer (the eighth trial).</summary>
    [Fact]
    public async Task Refused_digits_typed_again_unspaced_are_refused()
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { LocalTimezone = "Asia/Jakarta", Locale = "id-ID" };
        await chat.Send("lapor masalah").AssertField("userId").Send("pin sy 5 5 0 1 7 3").AssertField("userId");
        await chat.Send("550173").AssertField("userId")
            .Check(c => Assert.Equal(["pin"], c.Replies.Select(HelpdeskChannelData.From).First(d => d?.Refused is not null)!.Refused));
        Assert.DoesNotContain("550173", await LogAsync(chat), StringComparison.Ordinal);
    }

    /// <summary>
    /// The eighth trial: "2580" kept as the error, shown in the summary, then "oops, that 2580 I typed was my real PIN" —
    /// the agent still saw 2580 in the summary and in the take-back. Both go now.
    /// </summary>
    [Fact]
    public async Task A_pin_taken_back_leaves_the_summary_and_the_take_back_itself()
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { LocalTimezone = "Asia/Jakarta" };
        await chat.Send("report a problem").Send("budi_s88").Send("Mobile app").Send("2 hours ago")
            .Send("The app closes on the payment screen").Send("The payment screen should open").AssertField("errorMessage")
            .Send("6061").AssertField("steps").Send("Opened the app and tapped Pay").AssertField("history").Send("skip")
            .AssertField("category").Send("1").AssertField("confirm").AssertSays("6061");

        await chat.Send("oops, that 6061 was my real PIN").AssertSays("removed");

        var log = await LogAsync(chat);
        ScannerAssert.HoldsNoNumber("6061", log);
        Assert.Contains("that [PIN removed] was my real PIN", log, StringComparison.Ordinal);
        var state = JsonSerializer.Serialize(await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId), app.Get<DialogSet>().JsonOptions);
        ScannerAssert.HoldsNoNumber("6061", state);
    }

    /// <summary>"Rahasia#2024!" typed to the user id question was kept as the id (the eighth trial).</summary>
    [Theory]
    [InlineData("Rahasia#2024!")]
    [InlineData("Kopi*Susu88")]
    public async Task A_password_shaped_answer_to_the_id_question_is_refused_as_a_password(string answer)
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { LocalTimezone = "Asia/Jakarta" };
        await chat.Send("report a problem").AssertField("userId").Send(answer).AssertField("userId")
            .Check(c => Assert.Equal(["password"], c.Replies.Select(HelpdeskChannelData.From).First(d => d?.Refused is not null)!.Refused));
        Assert.DoesNotContain(answer, await LogAsync(chat), StringComparison.Ordinal);
        await chat.Send("budi_s88").AssertField("service");
    }

    [Theory]
    [InlineData("Budi_S88")]
    [InlineData("rina.k@mail.com")]
    [InlineData("John-Doe77")]
    public async Task Ids_with_capitals_digits_and_the_marks_usernames_take_are_ids(string answer) =>
        await new TestChat(app.Get<TurnProcessor>()) { LocalTimezone = "Asia/Jakarta" }
            .Send("report a problem").AssertField("userId").Send(answer).AssertField("service");

    private async Task<string> LogAsync(TestChat chat) =>
        string.Join("\n", (await app.Get<IConversationStore>().ReadActivitiesAsync(chat.ConversationId, 0, 1000)).Select(a => a.Json));

    public void Dispose() => app.Dispose();
}
