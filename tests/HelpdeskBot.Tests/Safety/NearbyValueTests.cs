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
}
