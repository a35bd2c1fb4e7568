using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// Fifth round: a value read by its shape within a few words of a credential keyword that no phrasing reader
/// linked it to (NearbyValueReader), and the near misses whose shaped token is a name, id, phone group, year,
/// amount or count. Each found case was missed before the reader.
/// </summary>
public sealed class NearbyValueTests
{
    private readonly SecretScanner _scanner = new();

    [Theory]
    [InlineData("OTP nya baru aja masuk barusan 482193", SecretKind.Otp, "OTP nya baru aja masuk barusan [code removed]")]
    [InlineData("Kopi!manis96 kalau ga salah itu password email sy", SecretKind.Password, "[password removed] kalau ga salah itu password email sy")]
    [InlineData("password? hmm I think Bunga#2020 but not sure", SecretKind.Password, "password? hmm I think [password removed] but not sure")]
    public void A_shaped_value_near_a_keyword_is_found(string text, SecretKind kind, string redacted)
    {
        var result = _scanner.Scan(text);
        Assert.Equal([kind], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    [Theory]
    [InlineData("I forgot my PIN, my phone is 0812 3456 7890")]
    [InlineData("OTP not received, order 48291734")]
    [InlineData("reset my password please, ticket INC0012345")]
    [InlineData("password reset failed with error 0x80070005")]
    [InlineData("my PIN got blocked on 12/05")]
    [InlineData("OTP sent at 10:45 but expired")]
    [InlineData("password must be at least 8 characters")]
    [InlineData("pin blocked after 3 attempts, account 1234567890")]
    [InlineData("my OTP goes to 081234567890")]
    [InlineData("PIN ATM saya diblokir sejak 2023")]
    [InlineData("the password reset link went to rina.k88")]
    [InlineData("OTP untuk transaksi 150000 tidak masuk")]
    [InlineData("kode OTP ga masuk, no hp 081234567890")]
    [InlineData("my PIN expired, card ending 4821")]
    [InlineData("password doesn't work on Chrome 120 on Galaxy S23")]
    [InlineData("OTP nya expired setelah 300 detik")]
    [InlineData("token listrik 1234 5678 9012 3456 7890")]
    [InlineData("saya lupa password akun budi2020")]
    [InlineData("password for user andi_88 needs reset")]
    [InlineData("I reset my PIN at branch 0421 yesterday")]
    [InlineData("the OTP for order ORD-77123 never came")]
    [InlineData("kode OTP untuk pesanan 77123 ga masuk")]
    [InlineData("cvv field missing on checkout page v2.4")]
    [InlineData("password reset done, thanks!")]
    [InlineData("username sy budi_s88, lupa passwordnya")]
    [InlineData("my username is Kucing123 and I forgot the password")]
    [InlineData("the pin code of my area is 560001 in case you need it for delivery")]
    public void A_shaped_token_that_names_something_else_stays_clean(string text) =>
        Assert.False(_scanner.Scan(text).Found, text);

    [Theory]
    [InlineData("I typed Qwerty!23 three times and it locked me out", "I typed [password removed] three times and it locked me out")]
    [InlineData("Used my usual one, Fluffy.Cat.77, and it says incorrect", "Used my usual one, [password removed], and it says incorrect")]
    [InlineData("aku ketik Bismillah99 berkali2 trs akunnya kekunci", "aku ketik [password removed] berkali2 trs akunnya kekunci")]
    public void A_strongly_shaped_token_in_a_message_about_signing_in_is_a_password(string text, string redacted)
    {
        var result = _scanner.Scan(text);
        Assert.Equal([SecretKind.Password], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    [Theory]
    [InlineData("I can't log in since I updated to iPhone15")]
    [InlineData("login fails on Windows11 and MacOS14")]
    [InlineData("my account was locked, the ticket is INC-20240115")]
    [InlineData("I tried to log in from dewi.k88 but it says wrong")]
    [InlineData("I typed my email budi.santoso@gmail.com and got locked out")]
    public void A_product_id_or_username_in_a_message_about_signing_in_stays_clean(string text) =>
        Assert.False(_scanner.Scan(text).Found, text);

    [Theory]
    [InlineData("I entered my usual 2580 at the ATM, same as always", "I entered my usual [PIN removed] at the ATM, same as always")]
    [InlineData("td di atm ku pencet 6061 kaya biasa eh salah", "td di atm ku pencet [PIN removed] kaya biasa eh salah")]
    public void Digits_typed_at_a_cash_machine_are_a_pin(string text, string redacted)
    {
        var result = _scanner.Scan(text);
        Assert.Equal([SecretKind.Pin], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    [Theory]
    [InlineData("I entered 500000 at the ATM and it gave me nothing")]
    [InlineData("typed 2024 at the ATM menu by mistake")]
    [InlineData("at the ATM I pressed 3 times and the card came out")]
    public void Amounts_years_and_counts_at_a_cash_machine_stay_clean(string text) =>
        Assert.False(_scanner.Scan(text).Found, text);

    [Theory]
    [InlineData("my card is 4786 then 5797 then 5432 then 3199", "my card is [card number removed]")]
    [InlineData("nomor kartu 4226 2385 terus 7341 5219", "nomor kartu [card number removed]")]
    public void A_card_read_out_group_by_group_with_words_between_is_a_card(string text, string redacted)
    {
        var result = _scanner.Scan(text);
        Assert.Equal([SecretKind.Card], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    [Theory]
    [InlineData("order 4786 then 5797 then 5432 then 3198 all late")]
    [InlineData("tickets 1234 and 5678 and 9012 and 3456 are open")]
    public void Groups_with_words_between_that_fail_luhn_stay_clean(string text) =>
        Assert.False(_scanner.Scan(text).Found, text);
}
