using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What the eighth round's lines (<c>newlines8.tsv</c>, by a writer who never read the guard) showed when scored unseen,
/// in other words than theirs: false positives on people and exclamations and on a masked phone number, a PIN told by
/// what it was made from, and a value told by its letters. The redacted text is asserted whole.
/// </summary>
public sealed class EighthRoundPhrasingTests
{
    private readonly SecretScanner _scanner = new();

    [Theory]
    [InlineData("never share your password with anybody, right?")]
    [InlineData("jangan kasih pin ke org lain ya")]
    [InlineData("waduh itu pw sy")]
    [InlineData("astaga password aku")]
    [InlineData("pls tell everyone the otp thing is broken")]
    public void People_and_exclamations_near_a_keyword_are_no_value(string text) => ScannerAssert.Clean(text);

    [Theory]
    [InlineData("OTP nya malah ke nomor 0857****1234")]
    [InlineData("the verification code went to 0812-xxxx-5566, my old number")]
    [InlineData("kode verifikasi dikirim ke ***-***-9981")]
    public void A_masked_phone_number_is_no_code(string text) => ScannerAssert.Clean(text);

    [Fact]
    public void A_code_next_to_a_masked_number_is_still_a_code()
    {
        var result = _scanner.Scan("kode otp 558201 dikirim ke 0812****7890");

        Assert.Contains(SecretKind.Otp, result.Kinds);
        Assert.Equal("kode otp [code removed] dikirim ke 0812****7890", result.Redacted);
    }

    [Theory]
    [InlineData("my PIN is my dad's birth year, 1958", "my PIN is my dad's birth year, [PIN removed]")]
    [InlineData("pin atm sy tgl lahir istri, 2407", "pin atm sy tgl lahir istri, [PIN removed]")]
    [InlineData("pin is the same as my phone lockscreen: 1379", "pin is the same as my phone lockscreen: [PIN removed]")]
    public void A_pin_told_by_what_it_was_made_from_is_refused(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Pin, redacted);

    [Theory]
    [InlineData("my pin got blocked in 2019, same as last year")]
    [InlineData("pin diblokir, sama kayak tahun lalu 2023")]
    [InlineData("reset my pin, I was born in 1961")]
    public void A_year_that_dates_something_else_stays_clean(string text) => ScannerAssert.Clean(text);

    [Theory]
    [InlineData("it's sunnyday42, all lowercase, no caps", "it's [password removed], all lowercase, no caps")]
    [InlineData("huruf kecil semua tanpa angka: kucingterbang, itu kata sandi sy", "huruf kecil semua tanpa angka: [password removed], itu kata sandi sy")]
    public void A_value_told_by_its_letters_is_refused(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("password rules: uppercase, lowercase, numbers")]
    [InlineData("the password must have: uppercase, lowercase and numbers")]
    [InlineData("the error says: SESSIONEXPIRED in all caps")]
    [InlineData("username: budisantoso, all lowercase")]
    public void Rules_errors_and_usernames_told_by_their_letters_stay_clean(string text) => ScannerAssert.Clean(text);

    [Theory]
    [InlineData("the code from the sms is 48 20 17", "the code from the sms is [code removed]")]
    [InlineData("sy masukin 31 07 92 tp katanya kode salah", "sy masukin [code removed] tp katanya kode salah")]
    [InlineData("typed 5 5 0 2 9 1 and it said invalid verification code", "typed [code removed] and it said invalid verification code")]
    public void A_code_read_out_in_pairs_or_before_its_name_is_refused(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Otp, redacted);

    [Theory]
    [InlineData("meeting at 10 30 45 about the promo code")]
    [InlineData("order 12 34 56 has a discount code")]
    [InlineData("error code 55 31 90 on the screen")]
    public void Pairs_that_the_sentence_names_as_something_else_stay_clean(string text) => ScannerAssert.Clean(text);


}
