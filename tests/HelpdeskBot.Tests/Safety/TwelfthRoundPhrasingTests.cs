using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What the twelfth round's lines (<c>newlines12.tsv</c>, by a writer who never read the guard) showed when scored unseen,
/// in other words than theirs: card numbers outside the issuer table that the text calls a card or gives an expiry for,
/// a card's code named "code" or by its back after an expiry word, a code corrected digit for digit or asked for, a value
/// typed "always", the old password of a change — and, as clean, a password's hint, numbered references listed side by
/// side and an app that asks for a code after its build number. The redacted text is asserted whole.
/// </summary>
public sealed class TwelfthRoundPhrasingTests
{
    // Luhn-valid, typed as a card is printed, first digits in no range of the issuer table.
    [Theory]
    [InlineData("ini kartu sy 2864 1007 2283 3018 tolong dicek", "ini kartu sy [card number removed] tolong dicek")]
    [InlineData("paid with 2864-1007-2283-3018 at the store yesterday, expiry 04/28", "paid with [card number removed] at the store yesterday, expiry 04/28")]
    public void A_card_outside_the_issuer_table_is_read_when_the_text_says_it_is_one(string text, string redacted) =>
        ScannerAssert.Found(text, SecretKind.Card, redacted);

    [Theory]
    [InlineData("order 2864 1007 2283 3018 never arrived")]
    [InlineData("tracking 2864-1007-2283-3018 stuck since monday")]
    public void The_same_digits_named_otherwise_stay_clean(string text) => ScannerAssert.Clean(text);

    [Theory]
    [InlineData("card 4556 7375 8689 9855, exp 11/28, code 904", "card [card number removed], exp 11/28, code [CVV removed]")]
    [InlineData("kartu 4556737586899855 masa berlaku 11/28 blkng 904", "kartu [card number removed] masa berlaku 11/28 blkng [CVV removed]")]
    public void A_cards_code_after_its_expiry_is_read(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Cvv, redacted);

    [Theory]
    [InlineData("oops, the code is 550913 not 559013", "oops, the code is [code removed] not [code removed]")]
    [InlineData("eh salah ketik, kodenya 4418 bukan 4481", "eh salah ketik, kodenya [code removed] bukan [code removed]")]
    [InlineData("you asked me for the code, 730215", "you asked me for the code, [code removed]")]
    [InlineData("td diminta kode sama app nya: 662048", "td diminta kode sama app nya: [code removed]")]
    public void A_code_corrected_or_asked_for_is_read(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Otp, redacted);

    [Theory]
    [InlineData("sy masukin selalu \"kenanga1971\" tp gagal", "sy masukin selalu \"[password removed]\" tp gagal")]
    [InlineData("changed my password from Kenanga#71 to something else", "changed my password from [password removed] to something else")]
    public void A_value_typed_always_or_changed_from_is_read(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("the hint for my password says \"childhood street\"")]
    [InlineData("petunjuk buat sandi saya \"nama kucing\" tp sy lupa")]
    [InlineData("refunds REF55120, REF55121 and REF55122 still pending")]
    [InlineData("build 5521 of the app keeps asking for the code")]
    public void A_hint_numbered_references_and_a_build_number_stay_clean(string text) => ScannerAssert.Clean(text);
}
