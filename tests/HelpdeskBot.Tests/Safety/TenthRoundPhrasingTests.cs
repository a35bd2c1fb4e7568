using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What the tenth round's lines (<c>newlines10.tsv</c>, by a writer who never read the guard) showed when scored unseen,
/// in other words than theirs: "kk" before a number no family card can have, keywords two letters off, a shared
/// password, a hedge before a PIN, a birth year named without a comma — and, as clean, a feature's name after a changed
/// password and the last group of a long numbered token. The redacted text is asserted whole.
/// </summary>
public sealed class TenthRoundPhrasingTests
{
    [Theory]
    // A family card's number opens with a province's code (32 is West Java); 4… and 54… are cards.
    [InlineData("limit kk aku 4532-0151-1283-0366 kok turun", "limit kk aku [card number removed] kok turun")]
    [InlineData("kk 5425 2334 3010 9903 gk bisa buat bayar", "kk [card number removed] gk bisa buat bayar")]
    public void A_card_after_kk_that_no_family_card_number_can_be_is_a_card(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Card, redacted);

    [Theory]
    [InlineData("no kk sy 3273012505900001 gk kebaca di aplikasi")]
    public void A_family_card_number_after_kk_stays_clean(string text) => ScannerAssert.Clean(text);

    [Theory]
    [InlineData("passwrd = Mangga#2024", "passwrd = [password removed]")]
    [InlineData("paswot wifi kantor: kopiHitam99", "paswot wifi kantor: [password removed]")]
    [InlineData("paswordnya nama kucing + tahun: milo2019", "paswordnya nama kucing + tahun: [password removed]")]
    [InlineData("password spotify kami: RumahKita_7", "password spotify kami: [password removed]")]
    public void Keywords_two_letters_off_and_shared_passwords_are_read(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("pin atm saya kalau tidak salah 6620", "pin atm saya kalau tidak salah [PIN removed]")]
    [InlineData("PIN nya klo ga salah, 4019", "PIN nya klo ga salah, [PIN removed]")]
    [InlineData("my PIN is just my dad's birth year 1958", "my PIN is just my dad's birth year [PIN removed]")]
    [InlineData("pin m-banking tgl lahir istri 1992", "pin m-banking tgl lahir istri [PIN removed]")]
    public void A_pin_after_a_hedge_or_named_as_a_birth_year_is_read(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Pin, redacted);

    [Theory]
    // A payment word that names what the code confirms is no money in the sentence.
    [InlineData("the bank texted 448120 by sms for the payment confirmation", "the bank texted [code removed] by sms for the payment confirmation")]
    [InlineData("dikirim 7730 lewat sms utk verifikasi transfer", "dikirim [code removed] lewat sms utk verifikasi transfer")]
    public void A_code_for_confirming_a_payment_is_a_code(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Otp, redacted);

    [Theory]
    [InlineData("I reset my password yesterday and now 2-step wants a code from an old phone")]
    [InlineData("reset my PIN please, I was born in 1975 if that helps verify me")]
    [InlineData("token PLN 1234 5678 9012 3456 7788 ditolak mesin, katanya token salah")]
    [InlineData("passport renewal keeps failing at the photo step")]
    [InlineData("paid 150000 via transfer, the sms says payment confirmation pending")]
    public void A_features_name_a_birth_year_told_and_a_long_token_stay_clean(string text) => ScannerAssert.Clean(text);
}
