using HelpdeskBot.Activities;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Safety;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What the ninth user trial (a helper who never read the code, using the running bot) got past the guard, in other
/// words than the trial's: a card read out in pairs of digits or in digits and words mixed, a card and a PIN typed with
/// the letter O for a zero, a PIN named by its count of digits, a code's first digits ending one message and the rest
/// in the next, a password carried in a link, and a refused password typed again in capitals.
/// </summary>
public sealed class NinthTrialGuardTests : IDisposable
{
    private static readonly SecretScanner Scanner = new();
    private readonly HelpdeskApp app = new();

    // 4556 7375 8689 9855 passes Luhn.
    [Theory]
    [InlineData("paid with forty five fifty six seventy three seventy five eighty six eighty nine ninety eight fifty five, then it hung",
        "paid with [card number removed], then it hung")]
    [InlineData("nomornya empat puluh lima, lima puluh enam, tujuh puluh tiga, tujuh puluh lima, delapan puluh enam, delapan puluh sembilan, sembilan puluh delapan, lima puluh lima ya kak",
        "nomornya [card number removed] ya kak")]
    [InlineData("the charge was on 4556 seven three seven five 8689 98 55 twice", "the charge was on [card number removed] twice")]
    // 5425 2334 3010 9903 passes Luhn.
    [InlineData("kartu sy 5425 2334 3O1O 99O3 tolong blokir", "kartu sy [card number removed] tolong blokir")]
    public void A_card_read_out_in_pairs_in_words_and_digits_or_with_O_for_zero_is_refused(string text, string redacted) =>
        ScannerAssert.Found(text, SecretKind.Card, redacted);

    [Theory]
    [InlineData("I waited twenty five minutes, then forty more")]
    [InlineData("ordered twelve items for twenty two dollars fifty")]
    [InlineData("room 4O2 on floor 4, CO2 alarm going off")]
    public void Numbers_said_in_words_rooms_and_letters_stay_clean(string text) => ScannerAssert.Clean(text);

    [Theory]
    [InlineData("keyed in my usual 4 digits 2o58 and the machine beeped", SecretKind.Pin, "keyed in my usual 4 digits [PIN removed] and the machine beeped")]
    [InlineData("sy ketik 6 angka yg biasa, 771204, tetep salah", SecretKind.Pin, "sy ketik 6 angka yg biasa, [PIN removed], tetep salah")]
    [InlineData("I typed the 6 digits 550913 from the text message", SecretKind.Otp, "I typed the 6 digits [code removed] from the text message")]
    public void A_value_named_by_its_count_of_digits_after_a_verb_of_entering_is_refused(string text, SecretKind kind, string redacted) =>
        ScannerAssert.Found(text, kind, redacted);

    [Theory]
    [InlineData("Why do you need the last 4 digits of my card? It's 4471")]
    [InlineData("my NIK ends with 4 angka terakhir 2201")]
    public void The_last_digits_of_a_card_stay_clean(string text) => ScannerAssert.Clean(text);

    [Theory]
    [InlineData("tadi kode otp yg sy ketik 55", "1093")]
    [InlineData("the code I entered was 44", "0127")]
    public void A_codes_first_digits_ending_a_message_make_the_next_digits_a_code(string first, string second)
    {
        var (_, memory) = Scanner.ScanAfter(Scanner.Scan(first).Redacted, null);
        var (result, _) = Scanner.ScanAfter(Scanner.Scan(second).Redacted, memory);
        Assert.Equal("[code removed]", result.Redacted);
    }

    [Fact]
    public void An_error_code_ending_a_message_leaves_the_next_one_alone()
    {
        var (_, memory) = Scanner.ScanAfter(Scanner.Scan("error code 50").Redacted, null);
        var (result, _) = Scanner.ScanAfter(Scanner.Scan("2 times already").Redacted, memory);
        Assert.False(result.Found, result.Redacted);
    }

    [Theory]
    [InlineData("report is at ftp://ops_admin:Gudang#22@files.example.net/2026/", "report is at ftp://ops_admin:[password removed]@files.example.net/2026/")]
    [InlineData("open https://rina:kopi123@intranet.local then click Payroll", "open https://rina:[password removed]@intranet.local then click Payroll")]
    public void A_password_carried_in_a_link_is_refused(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("https://portal.example.com/users/rina@mail.com/profile")]
    [InlineData("https://maps.example.com/@-6.2,106.8,15z")]
    public void A_link_with_an_at_sign_but_no_login_stays_clean(string text) => ScannerAssert.Clean(text);

    /// <summary>"tkl1988sg" refused, then "the TKL1988SG thing in caps" kept (the ninth trial).</summary>
    [Fact]
    public async Task A_refused_password_typed_again_in_other_capitals_is_refused()
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { LocalTimezone = "Asia/Jakarta" };
        await chat.Send("report a problem").AssertField("userId").Send("my password is wkr1977jb").AssertField("userId");
        await chat.Send("WKR1977JB").AssertField("userId")
            .Check(c => Assert.Equal(["password"], c.Replies.Select(HelpdeskChannelData.From).First(d => d?.Refused is not null)!.Refused));
        var log = string.Join("\n", (await app.Get<IConversationStore>().ReadActivitiesAsync(chat.ConversationId, 0, 1000)).Select(a => a.Json));
        Assert.DoesNotContain("wkr1977jb", log, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => app.Dispose();
}
