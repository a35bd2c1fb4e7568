using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Safety;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What the tenth user trial (a helper who never read the code, using the running bot) got past the guard and kept, in
/// other words than the trial's: a login's name and password typed to the id question, a new password in what should
/// happen, a password typed to the error question, a code split over two messages (one by one, or its first digits ending
/// a message that stayed with the agent), and a PIN typed as the id taken back with whose PIN it was.
/// </summary>
public sealed class TenthTrialGuardTests : IDisposable
{
    private static readonly SecretScanner Scanner = new();
    private readonly HelpdeskApp app = new();

    private TestChat NewChat() => new(app.Get<TurnProcessor>()) { LocalTimezone = "Asia/Jakarta" };

    /// <summary>Everything the conversation keeps: its log and its state.</summary>
    private async Task<string> Kept(TestChat chat) =>
        string.Join("\n", (await app.Get<IConversationStore>().ReadActivitiesAsync(chat.ConversationId, 0, 1000)).Select(a => a.Json))
        + JsonSerializer.Serialize(await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId), app.Get<DialogSet>().JsonOptions);

    [Theory]
    [InlineData("dewi.s / Melati#1990", "dewi.s / [password removed]")]
    [InlineData("admin|Gudang2026", "admin|[password removed]")]
    [InlineData("andre_88/kopitubruk7", "andre_88/[password removed]")]
    public void A_login_typed_as_name_and_password_is_refused(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("Windows / Office365")]
    [InlineData("page 2/15 is blank")]
    [InlineData("Mobile app / Website")]
    public void Two_things_side_by_side_stay_clean(string text) => ScannerAssert.Clean(text);

    [Fact]
    public async Task A_login_typed_to_the_id_question_is_refused_and_the_id_asked_again()
    {
        var chat = NewChat();
        await chat.Send("I want to report a problem").AssertField("userId").Send("dewi.s / Melati#1990").AssertField("userId");

        Assert.Equal(["password"], chat.Refused);
        Assert.DoesNotContain("Melati#1990", await Kept(chat), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("it should accept Bandung_2026, that's the one I set last night", "it should accept [password removed], that's the one I set last night")]
    [InlineData("harusnya diterima Cempaka_88 kan itu yg sy set kemarin", "harusnya diterima [password removed] kan itu yg sy set kemarin")]
    public void A_new_password_told_as_what_should_be_accepted_is_refused(string text, string redacted) =>
        ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Fact]
    public void A_reference_the_form_should_accept_stays_clean() => ScannerAssert.Clean("the form should accept INV2024-0042 as the reference");

    [Fact]
    public async Task A_password_typed_to_the_error_question_is_refused()
    {
        var chat = NewChat();
        await chat.Send("I want to report a problem").AssertField("userId").Send("budi_s88").AssertField("service")
            .Send("Mobile app").AssertField("occurredAt").Send("2 hours ago").AssertField("description")
            .Send("The app closes on the payment screen").AssertField("expected").Send("The payment screen should open").AssertField("errorMessage")
            .Send("Kenanga#Putih55").AssertField("errorMessage");

        Assert.Equal(["password"], chat.Refused);
        Assert.DoesNotContain("Kenanga#Putih55", await Kept(chat), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kode verifikasi yg masuk ke hp sy barusan 3 0 9", "4 4 1, perlu dikirim?", "[code removed], perlu dikirim?")]
    [InlineData("the sms code is 7 2", "0 5 1 9", "[code removed]")]
    public void A_code_typed_one_digit_at_a_time_over_two_messages_is_refused(string first, string second, string redacted)
    {
        var (_, memory) = Scanner.ScanAfter(Scanner.Scan(first).Redacted, null);
        var (result, _) = Scanner.ScanAfter(Scanner.Scan(second).Redacted, memory);
        Assert.Equal(redacted, result.Redacted);
    }

    [Fact]
    public void A_count_after_a_codes_first_digits_stays_clean()
    {
        var (_, memory) = Scanner.ScanAfter(Scanner.Scan("kode verifikasi 558").Redacted, null);
        var (result, _) = Scanner.ScanAfter(Scanner.Scan("2 orang sudah coba").Redacted, memory);
        Assert.False(result.Found, result.Redacted);
    }

    /// <summary>"trs td ada sms masuk kodenya 73" / "1904": the second was refused, the first stayed with the agent (the tenth trial).</summary>
    [Fact]
    public async Task A_codes_first_digits_are_taken_back_when_the_next_message_completes_it()
    {
        var chat = NewChat();
        await chat.Send("I want to report a problem").AssertField("userId").Send("budi_s88").AssertField("service")
            .Send("Mobile app").AssertField("occurredAt").Send("2 hours ago").AssertField("description")
            .Send("smsnya udah masuk, kodenya 61").Send("0453");

        Assert.Equal(["otp"], chat.Refused);
        var kept = await Kept(chat);
        Assert.DoesNotContain("kodenya 61", kept, StringComparison.Ordinal);
        ScannerAssert.HoldsNoNumber("0453", kept);
    }

    /// <summary>"482915" typed to the id question, then "waduh salah kak, itu pin dompet digital sy" was not read as a take-back.</summary>
    [Fact]
    public async Task A_pin_typed_as_the_id_is_taken_back_when_the_user_says_whose_pin_it_was()
    {
        var chat = NewChat();
        await chat.Send("I want to report a problem").AssertField("userId").Send("738204").AssertField("service")
            .Send("waduh salah kak, itu pin dompet digital sy");

        Assert.DoesNotContain("738204", await Kept(chat), StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();
}
