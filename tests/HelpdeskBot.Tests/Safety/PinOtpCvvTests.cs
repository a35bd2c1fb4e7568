using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

public sealed class PinOtpCvvTests
{
    private readonly SecretScanner _scanner = new();

    [Theory]
    [InlineData("PIN 4821", "PIN [PIN removed]")]
    [InlineData("pin saya 123456", "pin saya [PIN removed]")]
    [InlineData("my PIN is 2580", "my PIN is [PIN removed]")]
    [InlineData("PIN ATM saya 1234 tapi ditolak", "PIN ATM saya [PIN removed] tapi ditolak")]
    [InlineData("PIN-nya 654321 min", "PIN-nya [PIN removed] min")]
    [InlineData("pinnya 998877", "pinnya [PIN removed]")]
    [InlineData("mPIN 112233", "mPIN [PIN removed]")]
    [InlineData("m-PIN saya 445566", "m-PIN saya [PIN removed]")]
    [InlineData("PIN: 0000", "PIN: [PIN removed]")]
    [InlineData("PIN=9090", "PIN=[PIN removed]")]
    [InlineData("PIN 55 66 77", "PIN [PIN removed]")]
    [InlineData("PIN m-banking saya 202420 diblokir", "PIN m-banking saya [PIN removed] diblokir")]
    [InlineData("PIN 4821 2 kali salah", "PIN [PIN removed] 2 kali salah")]
    [InlineData("1357 is my PIN", "[PIN removed] is my PIN")]
    [InlineData("PIN4821", "PIN[PIN removed]")]
    [InlineData("pin atm sy 147258", "pin atm sy [PIN removed]")]
    [InlineData("PIN BRImo saya 112299 diblokir", "PIN BRImo saya [PIN removed] diblokir")]
    [InlineData("PIN tap cash nya 2233", "PIN tap cash nya [PIN removed]")]
    [InlineData("PIN for the mobile banking app: 204060", "PIN for the mobile banking app: [PIN removed]")]
    [InlineData("PIN (for the card ending 4242) is 1357", "PIN (for the card ending 4242) is [PIN removed]")]
    [InlineData("the PIN I set yesterday was 3311", "the PIN I set yesterday was [PIN removed]")]
    [InlineData("PIN 46-82-91", "PIN [PIN removed]")]
    [InlineData("PIN is 1-2-3-4", "PIN is [PIN removed]")]
    [InlineData("pin is 1 9 8 7", "pin is [PIN removed]")]
    [InlineData("pin nya tuh 102938", "pin nya tuh [PIN removed]")]
    [InlineData("I entered 5 5 2 1 as the PIN and it said wrong", "I entered [PIN removed] as the PIN and it said wrong")]
    [InlineData("123456 itu pin atm saya", "[PIN removed] itu pin atm saya")]
    [InlineData("PIN saya tanggal lahir 120590", "PIN saya tanggal lahir [PIN removed]")]
    public void Finds_pins(string text, string redacted) => AssertFound(text, SecretKind.Pin, redacted);

    [Theory]
    [InlineData("OTP 839201", "OTP [code removed]")]
    [InlineData("kode OTP: 839201", "kode OTP: [code removed]")]
    [InlineData("kode verifikasi 440918", "kode verifikasi [code removed]")]
    [InlineData("2FA code 123987", "2FA code [code removed]")]
    [InlineData("verification code is 123456", "verification code is [code removed]")]
    [InlineData("OTP saya 902 117", "OTP saya [code removed]")]
    [InlineData("OTP-nya 654-321", "OTP-nya [code removed]")]
    [InlineData("OTPnya 123456", "OTPnya [code removed]")]
    [InlineData("one-time password 774411", "one-time password [code removed]")]
    [InlineData("one time code 4411", "one time code [code removed]")]
    [InlineData("my authenticator code is 330 912", "my authenticator code is [code removed]")]
    [InlineData("kode aktivasi 889900", "kode aktivasi [code removed]")]
    [InlineData("kode OTP yang masuk 713305", "kode OTP yang masuk [code removed]")]
    [InlineData("the OTP I received was 667788.", "the OTP I received was [code removed].")]
    [InlineData("OTP dari SMS 778899 sudah kadaluarsa", "OTP dari SMS [code removed] sudah kadaluarsa")]
    [InlineData("OTP 123456 12 menit lalu", "OTP [code removed] 12 menit lalu")]
    [InlineData("OTP 6 digit: 123456", "OTP 6 digit: [code removed]")]
    [InlineData("security code 48213", "security code [code removed]")]
    [InlineData("839201 is the OTP", "[code removed] is the OTP")]
    [InlineData("MFA: 448812", "MFA: [code removed]")]
    [InlineData("TAC 889977 dari bank", "TAC [code removed] dari bank")]
    [InlineData("kode verifikasi OTP 123456", "kode verifikasi OTP [code removed]")]
    [InlineData("otp code sent: 123456", "otp code sent: [code removed]")]
    [InlineData("OTP verification code: 123456", "OTP verification code: [code removed]")]
    [InlineData("OTP yg dikirim ke WA 447120", "OTP yg dikirim ke WA [code removed]")]
    [InlineData("OTP → 662014", "OTP → [code removed]")]
    [InlineData("482913 kode otp nya kak", "[code removed] kode otp nya kak")]
    [InlineData("verification code 4417-8820", "verification code [code removed]")]
    [InlineData("your security code is 55 21 90", "your security code is [code removed]")]
    [InlineData("189-799 itu one time passcode saya", "[code removed] itu one time passcode saya")]
    [InlineData("my 2-step code is 256624", "my 2-step code is [code removed]")]
    public void Finds_one_time_codes(string text, string redacted) => AssertFound(text, SecretKind.Otp, redacted);

    /// <summary>Words that name two things report both: the refusal is the same, and neither reading is missed.</summary>
    [Theory]
    [InlineData("passcode 246810", "passcode [password removed]", new[] { SecretKind.Password, SecretKind.Pin })]
    [InlineData("access code: 4821", "access code: [password removed]", new[] { SecretKind.Password, SecretKind.Pin })]
    [InlineData("passcode: Kx91!mq", "passcode: [password removed]", new[] { SecretKind.Password })]
    [InlineData("sign-in code 090807", "sign-in code [code removed]", new[] { SecretKind.Otp, SecretKind.Password })]
    [InlineData("kode masuk saya 773910", "kode masuk saya [code removed]", new[] { SecretKind.Otp, SecretKind.Password })]
    public void Words_that_name_two_things_report_both_kinds(string text, string redacted, SecretKind[] kinds)
    {
        var result = _scanner.Scan(text);

        Assert.Equal(kinds, result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    [Theory]
    [InlineData("CVV 123", "CVV [CVV removed]")]
    [InlineData("cvc: 4567", "cvc: [CVV removed]")]
    [InlineData("CVV saya 321", "CVV saya [CVV removed]")]
    [InlineData("cvv2 908", "cvv2 [CVV removed]")]
    [InlineData("CVC-nya 774", "CVC-nya [CVV removed]")]
    [InlineData("security code 123", "security code [CVV removed]")]
    [InlineData("kode keamanan kartu 456", "kode keamanan kartu [CVV removed]")]
    [InlineData("the cvv on the back is 362", "the cvv on the back is [CVV removed]")]
    [InlineData("cvc 3 digit 245", "cvc 3 digit [CVV removed]")]
    public void Finds_cvvs(string text, string redacted) => AssertFound(text, SecretKind.Cvv, redacted);

    [Theory]
    [InlineData("my PIN is blocked")]
    [InlineData("lupa PIN")]
    [InlineData("I never get the OTP")]
    [InlineData("PIN salah 3 kali")]
    [InlineData("I entered my PIN 3 times")]
    [InlineData("PIN harus 6 digit")]
    [InlineData("PIN 6 angka atau 4?")]
    [InlineData("PIN nya 6 digit atau 8 digit?")]
    [InlineData("pin 2 on the connector is bent")]
    [InlineData("can you pin this chat")]
    [InlineData("the PIN pad is broken")]
    [InlineData("reset PIN for the door lock at room 402")]
    [InlineData("PIN diganti 12-05-2024")]
    [InlineData("PIN expired on 12/05/2024")]
    [InlineData("pinjam laptop 1234 dulu")]
    [InlineData("shipping 123456 pending")]
    [InlineData("OTP tidak masuk")]
    [InlineData("OTP sent to 0812-3456-7890 but nothing arrives")]
    [InlineData("kode verifikasi dikirim ke 0812 3456 7890")]
    [InlineData("OTP number 0812 3456 7890")]
    [InlineData("OTP to +62 812 3456")]
    [InlineData("OTP valid for 5 minutes")]
    [InlineData("kode OTP 6 digit tidak muncul")]
    [InlineData("OTP jam 10:30")]
    [InlineData("OTP 10:30")]
    [InlineData("OTP 15%")]
    [InlineData("OTP 2024.05.12")]
    [InlineData("2FA keeps asking every time")]
    [InlineData("is 2FA mandatory?")]
    [InlineData("someone asked for my OTP, is that you?")]
    [InlineData("do not share your OTP with anyone")]
    [InlineData("kode promo 123456")]
    [InlineData("error code 1234")]
    [InlineData("kode pos 40115")]
    [InlineData("where is the CVV on my card?")]
    [InlineData("CVV 3 digit di belakang kartu kan?")]
    [InlineData("CVV is on the back right?")]
    [InlineData("CVV 12")]
    [InlineData("CVV 12345")]
    [InlineData("PIN 123")]
    [InlineData("OTP 123456789")]
    [InlineData("pin pin pin otp otp cvv")]
    [InlineData("the OTP for order 4521 never arrived")]
    [InlineData("OTP untuk pesanan 4521 nggak masuk")]
    [InlineData("PIN diganti 12-05-24")]
    [InlineData("the PIN pad model 4821 is broken")]
    [InlineData("OTP expires in 5 min")]
    [InlineData("ticket #48213 OTP not received")]
    [InlineData("saya lupa pin atm, kartu BCA 1234")]
    [InlineData("the verification code was 6 digits yesterday and 8 digits today")]
    [InlineData("Enter the 6-digit code we sent to +62 812-****-7890")]
    public void Ignores_mentions_without_a_value(string text)
    {
        var result = _scanner.Scan(text);

        Assert.False(result.Found, result.Redacted);
    }

    private void AssertFound(string text, SecretKind kind, string redacted)
    {
        var result = _scanner.Scan(text);

        Assert.Equal([kind], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }
}
