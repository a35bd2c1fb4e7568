using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// The classes the sixth round's lines (<c>newlines6.tsv</c>, written by a writer who never read the scanner) got
/// through the guard when scored unseen, one reader at a time, in new words, each with the near misses that must stay
/// clean. The redacted text is asserted whole, so a span that is too short or too long fails.
/// </summary>
public sealed class SixthRoundPhrasingTests
{
    private readonly SecretScanner _scanner = new();

    [Theory]
    [InlineData("ok so I entered bluebird42 three times and now it's locked", "ok so I entered [password removed] three times and now it's locked")]
    [InlineData("every time I put in rainyday2021 the page reloads", "every time I put in [password removed] the page reloads")]
    [InlineData("sy ketik kopisusu88 trs muncul salah terus", "sy ketik [password removed] trs muncul salah terus")]
    public void A_value_typed_where_a_secret_goes_is_a_password(string text, string redacted) => AssertFound(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("I typed budi88 as my username and it says not found")]
    [InlineData("entered HEMAT50 as the promo code, nothing happened")]
    [InlineData("I entered v2.3.1 in the version field")]
    [InlineData("typed jalan sudirman 12 in the address box")]
    [InlineData("I entered 2 times already")]
    public void Names_codes_versions_and_counts_typed_stay_clean(string text) => AssertClean(text);

    [Theory]
    [InlineData("I went with pineapple as my password, too easy?", "I went with [password removed] as my password, too easy?")]
    [InlineData("sy pake rambutan sbg sandi", "sy pake [password removed] sbg sandi")]
    public void A_plain_word_named_as_the_password_is_a_password(string text, string redacted) => AssertFound(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("can I use my email as my password?")]
    [InlineData("is it safe to use my birthday as my password")]
    [InlineData("I use that as my password everywhere")]
    public void What_a_password_could_be_stays_clean(string text) => AssertClean(text);

    [Theory]
    [InlineData("not sure if it was kenanga77 or kenanga78", "not sure if it was [password removed] or [password removed]")]
    [InlineData("tried sunflower and SunFlower, neither works", "tried [password removed] and [password removed], neither works")]
    public void Two_spellings_of_one_value_are_passwords(string text, string redacted) => AssertFound(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("is it the iphone13 or the iphone14 that supports this?")]
    [InlineData("order 88213 or 88214, I am not sure which")]
    public void Two_products_or_numbers_side_by_side_stay_clean(string text) => AssertClean(text);

    [Theory]
    [InlineData("i use mangga2020 for all my accounts tbh", "i use [password removed] for all my accounts tbh")]
    [InlineData("it's \"ToBeOrNot2b\" with a capital T and N", "it's \"[password removed]\" with a capital T and N")]
    [InlineData("the new one I picked: Ocean.Blue.77", "the new one I picked: [password removed]")]
    [InlineData("kata sandinya gampang kok, nama anjing + tahun: bruno2015", "kata sandinya gampang kok, nama anjing + tahun: [password removed]")]
    public void Passwords_used_everywhere_described_or_picked(string text, string redacted) => AssertFound(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("wrong pin twice. I'm sure it's 7731", "wrong pin twice. I'm sure it's [PIN removed]")]
    [InlineData("the machine rejected 4409 and the letter says that is my PIN", "the machine rejected [PIN removed] and the letter says that is my PIN")]
    [InlineData("typed 3 9 0 2 and it said incorrect pin", "typed [PIN removed] and it said incorrect pin")]
    [InlineData("PIN? ok. it's 8-0-4-4", "PIN? ok. it's [PIN removed]")]
    public void Digits_typed_in_a_message_about_the_pin_are_a_pin(string text, string redacted) => AssertFound(text, SecretKind.Pin, redacted);

    [Theory]
    [InlineData("my pin stopped working after I typed 2 wrong ones")]
    [InlineData("forgot my PIN, it's been 3 days and no reset letter")]
    [InlineData("pin the chat please, I typed it in twice")]
    public void Counts_and_years_in_a_message_about_the_pin_stay_clean(string text) => AssertClean(text);

    [Theory]
    [InlineData("WhatsApp sent me 481-902 but it expired", "WhatsApp sent me [code removed] but it expired")]
    [InlineData("the SMS said 5 5 0 2 9 1, is that right?", "the SMS said [code removed], is that right?")]
    [InlineData("ini kodenya 7 7 1 0 2 3 kak", "ini kodenya [code removed] kak")]
    [InlineData("kodenya empat dua satu sembilan nol nol", "kodenya [code removed]")]
    public void A_code_read_out_digit_by_digit_is_a_one_time_code(string text, string redacted) => AssertFound(text, SecretKind.Otp, redacted);

    [Theory]
    [InlineData("the SMS came from 0812 3456 7890 at 10:30")]
    [InlineData("kode pos 40 11 5 kak")]
    [InlineData("WhatsApp sent 2 messages and 3 photos")]
    public void Phone_numbers_and_counts_by_a_channel_stay_clean(string text) => AssertClean(text);

    [Theory]
    [InlineData("the 3 numbers at the back are 552", "the 3 numbers at the back are [CVV removed]")]
    [InlineData("angka di blkg kartu 118", "angka di blkg kartu [CVV removed]")]
    [InlineData("the digits on the signature strip: 404", "the digits on the signature strip: [CVV removed]")]
    public void Card_codes_by_where_they_are_printed(string text, string redacted) => AssertFound(text, SecretKind.Cvv, redacted);

    /// <summary>Found in this round, shipped since the fourth: "kata sandinya salah" (the password is wrong) was refused as a password.</summary>
    [Theory]
    [InlineData("kata sandinya salah terus")]
    [InlineData("kata sandiku salah padahal udah bener")]
    [InlineData("kata-sandinya lupa kak")]
    public void The_indonesian_keyword_with_a_suffix_is_no_value(string text) => AssertClean(text);

    private void AssertFound(string text, SecretKind kind, string redacted)
    {
        var result = _scanner.Scan(text);
        Assert.Equal([kind], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    private void AssertClean(string text) => Assert.False(_scanner.Scan(text).Found, text);
}
