using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What the ninth round's lines (<c>newlines9.tsv</c>, by a writer who never read the guard) showed when scored unseen,
/// in other words than theirs: codes spelled out after a code word or a channel anywhere in the sentence, "oh" for a
/// zero inside a spelled run, the possessive run into the keyword, the PIN's long name, and how a thing was sent as no
/// value. The redacted text is asserted whole.
/// </summary>
public sealed class NinthRoundPhrasingTests
{
    [Theory]
    [InlineData("the code they gave me was four four one oh nine two", "the code they gave me was [code removed]")]
    [InlineData("the sms said five one two two eight zero, then nothing", "the sms said [code removed], then nothing")]
    [InlineData("kode yg masuk td tiga-lima-nol-dua-dua-satu, udh kadaluarsa?", "kode yg masuk td [code removed], udh kadaluarsa?")]
    [InlineData("kodenya: enam, nol, nol, tujuh, dua, lima", "kodenya: [code removed]")]
    public void A_code_spelled_out_after_its_word_or_channel_is_a_code(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Otp, redacted);

    [Theory]
    [InlineData("oh one more thing, the code screen is blank")]
    [InlineData("the code page says two or three tries left")]
    [InlineData("I tried one two times to get a code")]
    [InlineData("kode promo nya buat dua orang")]
    public void Number_words_that_are_not_a_run_of_digits_stay_clean(string text) => ScannerAssert.Clean(text);

    [Theory]
    [InlineData("mypassword is SeaBreeze_81 and it stopped working", SecretKind.Password, "mypassword is [password removed] and it stopped working")]
    [InlineData("the ATM asked for my personal identification number and I typed 6042", SecretKind.Pin, "the ATM asked for my personal identification number and I typed [PIN removed]")]
    public void Keywords_the_round_found_are_read(string text, SecretKind kind, string redacted) => ScannerAssert.Found(text, kind, redacted);

    [Theory]
    [InlineData("is the password sent separately or in the same email?")]
    [InlineData("the access code was emailed automatically, I never got it")]
    [InlineData("my PIN was reset recently and now the app asks for it again")]
    public void How_or_when_a_secret_was_sent_is_no_value(string text) => ScannerAssert.Clean(text);


}
