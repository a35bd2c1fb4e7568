using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// The phrasing classes an independent tester got through the guard in the third round, one reader at a time, each
/// with the near misses that must stay clean. The redacted text is asserted whole, so a span that is too short or too
/// long fails. (Cards after an id word are in <see cref="CardNumberTests"/>.)
/// </summary>
public sealed class ThirdRoundPhrasingTests
{
    private readonly SecretScanner _scanner = new();

    [Theory]
    [InlineData("the code they texted me is 482913 but the app says invalid", "the code they texted me is [code removed] but the app says invalid")]
    [InlineData("I got 482913 by SMS but it says expired", "I got [code removed] by SMS but it says expired")]
    [InlineData("the app sent 228417 to my phone and then said it's wrong", "the app sent [code removed] to my phone and then said it's wrong")]
    [InlineData("the digits that came by sms (648213) are not accepted", "the digits that came by sms ([code removed]) are not accepted")]
    [InlineData("angka dari sms: 640219", "angka dari sms: [code removed]")]
    [InlineData("angka yg dikirim ke hp saya 559104 ga bisa dipake", "angka yg dikirim ke hp saya [code removed] ga bisa dipake")]
    [InlineData("kodenya dari WA 662091 langsung kadaluarsa", "kodenya dari WA [code removed] langsung kadaluarsa")]
    public void Digits_in_a_sentence_about_a_message_received_are_a_one_time_code(string text, string redacted) =>
        AssertFound(text, SecretKind.Otp, redacted);

    [Theory]
    [InlineData("SMS from the bank said my balance is 482913")]
    [InlineData("I got an SMS saying order 482913 has shipped")]
    [InlineData("they texted me that ticket 559104 was closed")]
    [InlineData("the sms says my bill is 604821 rupiah")]
    [InlineData("the app shows error 385027 after the sms step")]
    [InlineData("nomor wa 0857 1234 5678 ya kak")]
    [InlineData("+62 813 1111 2222 is my whatsapp")]
    [InlineData("I paid 250000 and then got an sms")]
    [InlineData("the sms came in 2024 for the first time")]
    [InlineData("the code on the parcel is 48291")]
    [InlineData("I got 482913 points this month")]
    [InlineData("sms bank: transaksi 1.250.000 berhasil")]
    public void Digits_that_a_message_names_as_something_else_stay_clean(string text) => AssertClean(text);

    [Theory]
    [InlineData("I log in with Kucing123", "I log in with [password removed]")]
    [InlineData("login with budi / Bud1!2345 fails", "login with budi / [password removed] fails")]
    [InlineData("I sign in with rina.k and Sunset!77", "I sign in with rina.k and [password removed]")]
    [InlineData("so you can log in: Jakarta2024!", "so you can log in: [password removed]")]
    [InlineData("I use Tempe123 to log in", "I use [password removed] to log in")]
    [InlineData("sy pake Tempe123 buat masuk", "sy pake [password removed] buat masuk")]
    [InlineData("kalau mau login: user andi, Andi@1990", "kalau mau login: user andi, [password removed]")]
    public void A_password_shaped_word_one_logs_in_with_is_a_password(string text, string redacted) =>
        AssertFound(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("I log in with Google")]
    [InlineData("I log in with my employee number 10023")]
    [InlineData("I sign in with siti@mail.com")]
    [InlineData("login with budi fails, the username is correct")]
    [InlineData("log in as agus99 fails")]
    [InlineData("so you can log in: what do you need from me?")]
    [InlineData("sy masuk pake nomor hp")]
    public void A_login_with_no_password_shaped_value_stays_clean(string text) => AssertClean(text);

    [Theory]
    [InlineData("pw wifi rumah Bintang2020", "pw wifi rumah [password removed]")]
    [InlineData("password gmail Rahasia!88", "password gmail [password removed]")]
    [InlineData("kata sandi portal Portal#2023", "kata sandi portal [password removed]")]
    [InlineData("my password is the name of my cat Kucing123", "my password is the name of my cat [password removed]")]
    [InlineData("sandinya tgl lahir + nama anjing, Bruno1708", "sandinya tgl lahir + nama anjing, [password removed]")]
    public void A_password_word_then_what_it_is_for_then_the_value_is_a_password(string text, string redacted) =>
        AssertFound(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("pw wifi rumah lupa")]
    [InlineData("is the password case sensitive?")]
    [InlineData("my password has a # in it, is that allowed?")]
    [InlineData("password for user agus99 is wrong")]
    [InlineData("the password for account ABC123 expired")]
    [InlineData("sy ketik passwordnya pelan2 tetep salah")]
    [InlineData("my username is Kucing123 and I forgot the password")]
    public void A_password_word_near_a_name_or_an_id_stays_clean(string text) => AssertClean(text);

    private void AssertFound(string text, SecretKind kind, string redacted)
    {
        var result = _scanner.Scan(text);
        Assert.Equal([kind], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    private void AssertClean(string text) => Assert.False(_scanner.Scan(text).Found, text);
}
