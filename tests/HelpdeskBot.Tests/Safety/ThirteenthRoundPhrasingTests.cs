using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What the thirteenth round's lines (<c>newlines13.tsv</c>, by a writer who never read the guard) showed when scored unseen,
/// in other words than theirs: a variable standing for a password in a pasted config, digits named as someone's id after a
/// code's keyword and a courtesy closed by '!' are clean; a card read off its front, a code typed in even groups, a
/// password read out letter by letter or in words joined by a named symbol, a password or PIN that is a birth date or a
/// wedding year, and a recovery list's code are read. The redacted text is asserted whole.
/// </summary>
public sealed class ThirteenthRoundPhrasingTests
{
    [Theory]
    [InlineData("my .env has SMTP_PASSWORD=${SMTP_PASSWORD} and mail still fails")]
    [InlineData("set PASSWORD=%APP_PASS% in the script but the job can't log in")]
    [InlineData("the compose file says password: $POSTGRES_PASSWORD, is that enough?")]
    public void A_variable_standing_for_a_password_is_clean(string text) => ScannerAssert.Clean(text);

    [Fact]
    public void A_value_in_a_config_line_is_still_read() =>
        ScannerAssert.Found("SMTP_PASSWORD=Kopi!Susu88 in the .env", SecretKind.Password, "SMTP_PASSWORD=[password removed] in the .env");

    [Theory]
    [InlineData("tolong matikan OTP untuk user ID 77120")]
    [InlineData("please turn off 2FA for member 55012, she lost her phone")]
    [InlineData("changed my password as you said, all good now, cheers!")]
    [InlineData("the number on the front of the parcel 2864 1007 2283 3018 is the tracking one")]
    [InlineData("I entered 12 05 90 as my date of birth and the form took it")]
    [InlineData("password must have capital letters and numbers right?")]
    [InlineData("OTP not arriving for order ab12-cd34")]
    public void Ids_courtesies_parcels_dates_and_rules_are_clean(string text) => ScannerAssert.Clean(text);

    // Luhn-valid, first digits in no range of the issuer table.
    [Theory]
    [InlineData("the digits on the front read 2864 1007 2283 3018", "the digits on the front read [card number removed]")]
    [InlineData("nomor di depan kartu sy 2864 1007 2283 3018", "nomor di depan kartu sy [card number removed]")]
    public void A_card_read_off_its_front_is_a_card(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Card, redacted);

    [Theory]
    [InlineData("I keyed in 48 21 90 and it timed out", "I keyed in [code removed] and it timed out")]
    [InlineData("sy ketik 771 204 tetap gagal", "sy ketik [code removed] tetap gagal")]
    [InlineData("the text said Use 771 204 to verify your account", "the text said Use [code removed] to verify your account")]
    public void A_code_typed_in_even_groups_is_a_code(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Otp, redacted);

    [Theory]
    [InlineData("my password is small k a y u then hash nine nine", "my password is [password removed]")]
    [InlineData("sandinya huruf kecil b u l a n terus tanda seru", "sandinya [password removed]")]
    [InlineData("pw nya kopi garis bawah susu terus angka lima", "pw nya [password removed]")]
    public void A_password_read_out_is_read(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("the password for the e-statement is my DOB 21071990 but it won't open", "the password for the e-statement is my DOB [password removed] but it won't open")]
    [InlineData("sandi pdf nya tgl lahir sy 05121988 kak", "sandi pdf nya tgl lahir sy [password removed] kak")]
    public void A_password_that_is_a_birth_date_is_read(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Fact]
    public void A_pin_that_is_a_wedding_year_is_read() =>
        ScannerAssert.Found("my PIN is the year we got married, 1999, and the ATM says wrong", SecretKind.Pin, "my PIN is the year we got married, [PIN removed], and the ATM says wrong");

    [Fact]
    public void A_birth_date_with_no_keyword_is_clean() => ScannerAssert.Clean("my DOB 21071990 doesn't match in the app");

    [Theory]
    [InlineData("recovery code 7hq3-x2mv didn't go through", "recovery code [code removed] didn't go through")]
    [InlineData("kode cadangan a9k2m-4xq7p ditolak", "kode cadangan [code removed] ditolak")]
    public void A_recovery_lists_code_is_a_code(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Otp, redacted);
}
