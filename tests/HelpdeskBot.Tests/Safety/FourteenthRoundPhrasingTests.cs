using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What the fourteenth round's lines (<c>newlines14.tsv</c>, by a writer who never read the guard) showed when scored unseen,
/// in other words than theirs: a plain-word password followed by how it is written, after a place named with a preposition,
/// after "the one I want:" or named as a secret word; "pinn" for a PIN; a PIN named with the code device it opens ("pin keybca");
/// a card's groups joined by "trs"; and a gift card's
/// number is no payment card. The redacted text is asserted whole.
/// </summary>
public sealed class FourteenthRoundPhrasingTests
{
    [Theory]
    [InlineData("my password is honestly just marmalade all lowercase", "my password is honestly just [password removed] all lowercase")]
    [InlineData("pw sy tuh jerukmanis semua kecil", "pw sy tuh [password removed] semua kecil")]
    [InlineData("the password is coconut with no caps", "the password is [password removed] with no caps")]
    public void A_plain_password_and_how_it_is_written_is_read(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("the password for our team drive is marmalade", "the password for our team drive is [password removed]")]
    [InlineData("the secret word for the helpline is tortoise", "the secret word for the helpline is [password removed]")]
    [InlineData("sandi baru yg sy pengen: kopisusugula", "sandi baru yg sy pengen: [password removed]")]
    public void A_plain_password_after_its_place_or_a_wish_is_read(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("the password for my laptop is broken, it says wrong every time")]
    [InlineData("the password for the portal is gone after the update")]
    [InlineData("the password for my account is different from the app")]
    [InlineData("my password is weak in the app, how do i change it")]
    public void A_state_after_the_place_is_no_password(string text) => ScannerAssert.Clean(text);

    [Fact]
    public void A_misspelt_pin_is_read() =>
        ScannerAssert.Found("pinn atm sy 7302 kok keblokir", SecretKind.Pin, "pinn atm sy [PIN removed] kok keblokir");

    [Theory]
    [InlineData("PIN token saya 482913 salah terus", "PIN token saya [PIN removed] salah terus")]
    [InlineData("pin keybca nya 7731 udh keblokir", "pin keybca nya [PIN removed] udh keblokir")]
    public void A_pin_that_opens_a_code_device_is_a_pin(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Pin, redacted);

    [Fact]
    public void A_card_in_groups_joined_by_trs_is_a_card() =>
        ScannerAssert.Found("no kartunya 4916 2811 trs 5372 0645 kak", SecretKind.Card, "no kartunya [card number removed] kak");

    [Theory]
    [InlineData("a gift card number? mine is 6073 8490 0000 0017, is that too long?")]
    [InlineData("kode gift card sy 6073 8490 0000 0017 gak bisa dipake")]
    public void A_gift_cards_number_is_no_payment_card(string text) => ScannerAssert.Clean(text);
}
