using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What the fifteenth user trial typed past the guard or had refused wrongly, in other words: a card copied from an app that
/// prints its groups with middle dots or bullets reached the ticket, the agent's screen and the outbox whole; an authenticator's
/// printed code typed in was kept; an error's hexadecimal code was refused as a password (and, remembered, for the rest of the
/// conversation).
/// </summary>
public sealed class FifteenthTrialGuardTests
{
    [Theory]
    [InlineData("copied from my bank app: 5425•2334•3010•9903 is that the one you have?", "copied from my bank app: [card number removed] is that the one you have?")]
    [InlineData("kartu yg kedaftar 5425·2334·3010·9903 kan?", "kartu yg kedaftar [card number removed] kan?")]
    [InlineData("the wallet shows 5425∙2334∙3010∙9903", "the wallet shows [card number removed]")]
    public void A_card_with_middle_dots_or_bullets_between_its_groups_is_a_card(string text, string redacted) =>
        ScannerAssert.Found(text, SecretKind.Card, redacted);

    [Theory]
    [InlineData("• 5425 2334 3010 9903 • exp 04/29", "• [card number removed] • exp 04/29")]
    public void A_bullet_before_a_card_is_still_a_bullet(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Card, redacted);

    [Theory]
    [InlineData("opened the authenticator on my phone and typed QX7P2 in, still refused", "opened the authenticator on my phone and typed [code removed] in, still refused")]
    public void A_printed_code_typed_in_after_its_authenticator_is_refused(string text, string redacted) =>
        ScannerAssert.Found(text, SecretKind.Otp, redacted);

    /// <summary>"udah masukin 6 angka rahasia m-BCA nya (258014)" was refused as a code, and the user told it would expire by itself.</summary>
    [Theory]
    [InlineData("sy udh masukin 6 angka rahasia brimo (704512) tp ditolak", "sy udh masukin 6 angka rahasia brimo ([PIN removed]) tp ditolak")]
    [InlineData("I typed the 4 secret digits 8841 at the ATM twice", "I typed the 4 secret digits [PIN removed] at the ATM twice")]
    public void Secret_digits_counted_and_entered_are_a_pin(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Pin, redacted);

    [Theory]
    [InlineData("I can log in fine but sending gives 0x800CCC0E")]
    [InlineData("login works, the installer stops with 0X80070005 though")]
    [InlineData("kartu ••••9903 yg kepotong ya")]
    [InlineData("harga promo 1·500 poin, login dulu")]
    public void Error_codes_masked_cards_and_dotted_amounts_are_clean(string text) => ScannerAssert.Clean(text);
}
