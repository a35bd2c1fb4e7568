using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// The classes the seventh round's lines (<c>newlines7.tsv</c>, written by a writer who never read the scanner) got
/// through the guard when scored unseen, one reader at a time, in new words, each with the near misses that must stay
/// clean. The redacted text is asserted whole, so a span that is too short or too long fails.
/// </summary>
public sealed class SeventhRoundPhrasingTests
{
    private readonly SecretScanner _scanner = new();

    [Theory]
    [InlineData("the verification email said the code was R8M4TZ", "the verification email said the code was [code removed]")]
    [InlineData("kode aktivasinya PQ7-ZK2 kok ditolak", "kode aktivasinya [code removed] kok ditolak")]
    [InlineData("steam guard code HB7QX keeps failing", "steam guard code [code removed] keeps failing")]
    public void A_code_printed_in_capitals_and_digits_is_a_one_time_code(string text, string redacted) => AssertFound(text, SecretKind.Otp, redacted);

    [Fact]
    public void A_login_code_that_starts_with_a_digit_is_read_whole()
    {
        var result = _scanner.Scan("login code: 7HX2KQ");

        Assert.Contains(SecretKind.Otp, result.Kinds);
        Assert.Equal("login code: [code removed]", result.Redacted);
    }

    [Theory]
    [InlineData("kode promo HEMAT2024 ga bisa dipake")]
    [InlineData("OTP for order AB1234 never came")]
    [InlineData("the error code was E401")]
    public void Promo_codes_orders_and_errors_in_capitals_stay_clean(string text) => AssertClean(text);

    [Theory]
    [InlineData("the code they gave me is 4 0 9 1 7 3", "the code they gave me is [code removed]")]
    [InlineData("asked for the code, so here it is: 803 114", "asked for the code, so here it is: [code removed]")]
    [InlineData("ini kode nya ya 5 1 9 0 2 7", "ini kode nya ya [code removed]")]
    [InlineData("six digit code... 5 0 1 9 2 8", "six digit code... [code removed]")]
    public void Digits_read_out_after_a_code_word_are_a_one_time_code(string text, string redacted) => AssertFound(text, SecretKind.Otp, redacted);

    [Theory]
    [InlineData("referral code from my friend 123 456")]
    [InlineData("the booking code is 4 5 6 7")]
    [InlineData("kode pos saya 401 123")]
    public void Digits_read_out_after_a_code_that_is_no_secret_stay_clean(string text) => AssertClean(text);

    [Theory]
    [InlineData("Use 551902 to log in to your account", "Use [code removed] to log in to your account")]
    [InlineData("Gunakan 661203 untuk verifikasi ya", "Gunakan [code removed] untuk verifikasi ya")]
    [InlineData("got two codes, 118302 and 774091, which one?", "got two codes, [code removed], which one?")]
    [InlineData("the agent asked for the OTP, I gave 771 309", "the agent asked for the OTP, I gave [code removed]")]
    public void Codes_in_an_otp_message_listed_or_handed_over(string text, string redacted) => AssertFound(text, SecretKind.Otp, redacted);

    [Theory]
    [InlineData("use 1500 to pay the bill")]
    [InlineData("the agent asked for the OTP, I gave up after 3 tries")]
    [InlineData("got two codes, both expired")]
    public void Amounts_and_giving_up_stay_clean(string text) => AssertClean(text);

    [Theory]
    [InlineData("back code 418 on my debit card", "back code [CVV removed] on my debit card")]
    [InlineData("3 angka di belakang 207", "3 angka di belakang [CVV removed]")]
    public void Card_codes_by_a_shorter_place(string text, string redacted) => AssertFound(text, SecretKind.Cvv, redacted);

    [Fact]
    public void A_cvv_after_an_expiry_typed_with_a_dash()
    {
        var result = _scanner.Scan("4111 1111 1111 1111 / 08-27 / 319");

        Assert.Equal([SecretKind.Card, SecretKind.Cvv], result.Kinds);
        Assert.Equal("[card number removed] / 08-27 / [CVV removed]", result.Redacted);
    }

    [Fact]
    public void The_decimal_places_after_koma_stay_clean() => AssertClean("hasilnya 2 angka di belakang koma 125");

    [Fact]
    public void A_rescan_does_not_read_the_placeholder_as_a_second_spelling()
    {
        var result = _scanner.Scan("Number: 4000 0566 5566 5564");

        Assert.Equal([SecretKind.Card], result.Kinds);
        Assert.Equal("Number: [card number removed]", result.Redacted);
    }

    [Theory]
    [InlineData("the one I use for spotify is bluecat2020, can you check", "the one I use for spotify is [password removed], can you check")]
    [InlineData("the same one i use everywhere: mangga_manis9", "the same one i use everywhere: [password removed]")]
    [InlineData("for the team figma acc we use studio#2025", "for the team figma acc we use [password removed]")]
    [InlineData("why Sunrise2021 doesnt work for my account", "why [password removed] doesnt work for my account")]
    [InlineData("mine is k3l4p4-mud4, dont tell anyone", "mine is [password removed], dont tell anyone")]
    [InlineData("i typed rina_k2020 like 4 times", "i typed [password removed] like 4 times")]
    [InlineData("sy ketiknya Bulan/Purnama7", "sy ketiknya [password removed]")]
    public void Passwords_told_by_what_they_are_used_for_or_how_they_fail(string text, string redacted) => AssertFound(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("why Windows11 doesnt work for my account")]
    [InlineData("my voucher HEMAT50k doesnt work for my account")]
    [InlineData("the ticket is TCK-20931, pls dont tell anyone")]
    [InlineData("the one i use for netflix is the family plan")]
    [InlineData("we use Office365 for the shared acc")]
    [InlineData("i typed budi_santoso88 at the login screen")]
    public void Products_tickets_plans_and_usernames_stay_clean(string text) => AssertClean(text);

    [Theory]
    [InlineData("it's capital R, then ainbow, then 99, then a hash", "it's [password removed]")]
    [InlineData("I typed Blue Sky 2020 with spaces", "I typed [password removed] with spaces")]
    [InlineData("password sy pake spasi \"kopi pagi hari\" bisa?", "password sy pake spasi \"[password removed]\" bisa?")]
    [InlineData("password: k o p i 8 8", "password: [password removed]")]
    [InlineData("the passphrase is correct purple monkey dishwasher", "the passphrase is [password removed]")]
    public void Passwords_read_out_in_pieces_spaces_or_letters(string text, string redacted) => AssertFound(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("click the capital letters button, then save, then restart 2 times")]
    [InlineData("I typed my name with spaces and it failed")]
    [InlineData("can I use spaces in the password?")]
    [InlineData("password is a bit long")]
    [InlineData("the passphrase is wrong even though i typed it right")]
    public void Instructions_and_complaints_about_the_password_stay_clean(string text) => AssertClean(text);

    /// <summary>Found in this round: an error's code in brackets after the keyword was refused as the password.</summary>
    [Theory]
    [InlineData("the app shows \"Incorrect password (E401)\" again")]
    [InlineData("it says \"Invalid password (ERR-22)\"")]
    public void An_error_code_in_brackets_after_the_keyword_stays_clean(string text) => AssertClean(text);

    [Fact]
    public void A_password_in_brackets_is_still_a_password() =>
        AssertFound("my password (Nanas#2023) fails", SecretKind.Password, "my password ([password removed]) fails");

    private void AssertFound(string text, SecretKind kind, string redacted)
    {
        var result = _scanner.Scan(text);
        Assert.Equal([kind], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    private void AssertClean(string text) => Assert.False(_scanner.Scan(text).Found, text);
}
