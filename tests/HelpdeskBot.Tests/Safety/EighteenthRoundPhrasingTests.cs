using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// The classes the eighteenth independent writer's lines showed (scored first), in words that are not theirs: a password quoted
/// a few words after its keyword, a password that is a personal date or number said to be one, a second code or PIN after the
/// first ("the new one is"), Javanese and Sundanese keyword endings ("pinne", "sandine", "kodena"), a doubled letter ("piin"), a
/// code that came through, a service's text ("Your Grab code: …"), a Wi-Fi key, a code in a log line's fields; and the clean line
/// that was refused — an error's code printed in a bracket after "Invalid OTP".
/// </summary>
public sealed class EighteenthRoundPhrasingTests
{
    [Theory]
    [InlineData("itu sandi punya adik sy, \"kopitubruk77\", dia lagi kuliah", "itu sandi punya adik sy, \"[password removed]\", dia lagi kuliah")]
    [InlineData("the password for my late father's account was \"bluejay\" I think", "the password for my late father's account was \"[password removed]\" I think")]
    [InlineData("password is basically my wife's birthday 07041988", "password is basically my wife's birthday [password removed]")]
    [InlineData("sandinya no hp lama aku 085677120034, skrg lupa", "sandinya no hp lama aku [password removed], skrg lupa")]
    public void A_password_told_after_words_about_it_is_refused(string text, string redacted) =>
        ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("my PIN got blocked so I went to the branch and set the new one to 8820, still refused", "my PIN got blocked so I went to the branch and set the new one to [PIN removed], still refused", SecretKind.Pin)]
    [InlineData("the OTP 302114 expired, the second one is 771209", "the OTP [code removed] expired, the second one is [code removed]", SecretKind.Otp)]
    [InlineData("pinne kartu ibu 440912, ojo dibukak", "pinne kartu ibu [PIN removed], ojo dibukak", SecretKind.Pin)]
    [InlineData("piin dana sy 908817 kok ditolak", "piin dana sy [PIN removed] kok ditolak", SecretKind.Pin)]
    [InlineData("kodena tos dongkap 640 128, diasupkeun kamana?", "kodena tos dongkap [code removed], diasupkeun kamana?", SecretKind.Otp)]
    [InlineData("a code 558120 just came through on my phone", "a code [code removed] just came through on my phone", SecretKind.Otp)]
    [InlineData("she got \"Your Grab code: 4471\" and never asked for it", "she got \"Your Grab code: [code removed]\" and never asked for it", SecretKind.Otp)]
    [InlineData("trace: step=verify | channel=sms | code=661093 | result=denied", "trace: step=verify | channel=sms | code=[code removed] | result=denied", SecretKind.Otp)]
    [InlineData("tablet unlock code is 2580 if the technician needs it", "tablet unlock code is [PIN removed] if the technician needs it", SecretKind.Pin)]
    public void Codes_and_pins_told_a_new_way_are_refused(string text, string redacted, SecretKind kind) =>
        ScannerAssert.Found(text, kind, redacted);

    [Fact]
    public void A_wifi_key_is_a_password() =>
        ScannerAssert.Found("the label on the modem: WPA Key: r7Kq2Lmx", SecretKind.Password, "the label on the modem: WPA Key: [password removed]");

    [Theory]
    [InlineData("the app shows \"Invalid OTP (code 2209)\" every time I try")]
    [InlineData("password expired on 14/03/2024, it said")]
    [InlineData("the password field says \"required\" even though I typed it")]
    [InlineData("my PIN was blocked, the new one is coming by post")]
    [InlineData("order=INV-2291 | amount=150000 | code=200 | status=OK")]
    [InlineData("password salah terus, no hp sy 081234567890 tolong hubungi")]
    [InlineData("my password keeps failing for the account \"budi_88\" since monday")]
    [InlineData("password salah terus, user \"rina.w88\" kak")]
    public void Clean_lines_like_the_eighteenth_rounds_are_clean(string text) => ScannerAssert.Clean(text);
}
