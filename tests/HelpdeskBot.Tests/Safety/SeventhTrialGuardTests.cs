using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What the seventh user trial (a helper who never read the code, using the running bot) got past the guard, in other
/// words than the trial's: a password announced by "the old one was" with the value in the next message, a code just
/// received with the code itself next, and a code that "just came" given with its link.
/// </summary>
public sealed class SeventhTrialGuardTests
{
    private static readonly SecretScanner Scanner = new();

    [Theory]
    [InlineData("they reset my password, the new one is", "Kelapa#77", "[password removed]")]
    [InlineData("I think someone changed my password, the previous one was", "sunrise2020", "[password removed]")]
    [InlineData("barusan sy dapet kode verifikasi nya", "774 120", "[code removed]")]
    [InlineData("just got the OTP", "905531", "[code removed]")]
    // During a chat with an agent: "iya ada sms kode", then the code read out digit by digit.
    [InlineData("iya td ada sms kode", "4 4 0 9 1 7", "[code removed]")]
    public void A_value_announced_at_the_end_of_one_message_is_refused_in_the_next(string first, string second, string redacted)
    {
        var alone = Scanner.Scan(first);
        Assert.False(alone.Found, alone.Redacted);
        var (_, memory) = Scanner.ScanAfter(alone.Redacted, null);
        Assert.NotNull(memory);

        var (result, _) = Scanner.ScanAfter(Scanner.Scan(second).Redacted, memory);

        Assert.True(result.Found, second);
        Assert.Equal(redacted, result.Redacted);
    }

    [Theory]
    [InlineData("I got the OTP", "but it expired after 5 minutes")]
    [InlineData("the old one was better, the new layout is confusing", "version 5.2.1")]
    public void A_mention_with_no_value_to_come_lets_the_next_message_through(string first, string second)
    {
        var (_, memory) = Scanner.ScanAfter(Scanner.Scan(first).Redacted, null);
        var (result, _) = Scanner.ScanAfter(Scanner.Scan(second).Redacted, memory);
        Assert.False(result.Found, result.Redacted);
    }

    [Theory]
    [InlineData("done, another code came: 660142 and still nothing", "done, another code came: [code removed] and still nothing")]
    [InlineData("udah sy coba, kode barunya 3391 tetep ditolak", "udah sy coba, kode barunya [code removed] tetep ditolak")]
    [InlineData("the new code is 7720 19", "the new code is [code removed]")]
    public void A_code_that_just_came_given_with_its_link_is_a_code(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Otp, redacted);

    [Theory]
    [InlineData("the new code was sent to my old number")]
    [InlineData("new error code 502 since this morning")]
    [InlineData("my new voucher code is DISKON20")]
    public void A_new_code_with_no_value_or_of_another_thing_stays_clean(string text) => ScannerAssert.Clean(text);
}
