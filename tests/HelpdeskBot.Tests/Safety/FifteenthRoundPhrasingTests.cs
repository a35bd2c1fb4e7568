using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// The classes the fifteenth independent writer's lines showed (scored unseen first), each in words that are not the
/// writer's: a secret corrected in the message that gives it, a PIN a withdrawal was made with, and a card number whose
/// sentence later says it came off a gift card.
/// </summary>
public sealed class FifteenthRoundPhrasingTests
{
    [Theory]
    [InlineData("waduh typo kak, yg benar 6619 bukan 6691, itu pin m-banking sy", SecretKind.Pin, "waduh typo kak, yg benar [PIN removed] bukan [PIN removed], itu pin m-banking sy")]
    [InlineData("sorry I meant 2580 not 2850 for the PIN", SecretKind.Pin, "sorry I meant [PIN removed] not [PIN removed] for the PIN")]
    [InlineData("wrong one, it's 730415 not 730451, the code from the text", SecretKind.Otp, "wrong one, it's [code removed] not [code removed], the code from the text")]
    [InlineData("ralat min, otp nya 88123 bukan 88132", SecretKind.Otp, "ralat min, otp nya [code removed] bukan [code removed]")]
    public void A_secret_corrected_in_the_same_message_is_refused_both_times(string text, SecretKind kind, string redacted) =>
        ScannerAssert.Found(text, kind, redacted);

    [Theory]
    [InlineData("sorry, order 5512 not 5521, the code never came")]
    [InlineData("maaf salah, transfer 1500 bukan 1050 ribu, kode promo nya HEMAT")]
    [InlineData("error 4012 bukan 4021 kak, pas masukin pin")]
    public void A_corrected_order_year_amount_or_error_is_clean(string text) => ScannerAssert.Clean(text);

    [Theory]
    [InlineData("took out $50 at the atm with 9021 and it gave me nothing", "took out $50 at the atm with [PIN removed] and it gave me nothing")]
    [InlineData("narik duit di atm indomaret pakai 4470 tp struknya ga keluar", "narik duit di atm indomaret pakai [PIN removed] tp struknya ga keluar")]
    public void A_pin_a_withdrawal_was_made_with_is_refused(string text, string redacted) =>
        ScannerAssert.Found(text, SecretKind.Pin, redacted);

    [Theory]
    [InlineData("checkout says card invalid for 6011 0009 9013 9424, I took it off the back of a gift card from my aunt")]
    [InlineData("nomor 5425 2334 3010 9903 itu dari kartu member gym, bukan kartu kredit")]
    [InlineData("at the atm with 2 cards and 50000 rupiah")]
    public void A_number_off_a_gift_card_and_amounts_at_an_atm_are_clean(string text) => ScannerAssert.Clean(text);
}
