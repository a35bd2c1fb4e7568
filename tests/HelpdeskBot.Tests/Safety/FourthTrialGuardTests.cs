using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What a fourth user trial got past the guard, each class in other words than the trial's, with the near misses that must
/// stay clean: a card named as one with a digit mistyped, a PIN or code read out digit by digit a few words after its name,
/// a "name:password" login typed as one token, and a card's rest typed later in the next message.
/// </summary>
public sealed class FourthTrialGuardTests
{
    private readonly SecretScanner _scanner = new();

    [Theory]
    [InlineData("my card number is 4532 7788 1234 0987", "my card number is [card number removed]")]
    [InlineData("no kartu kredit sy 5412 7534 1234 5671 tolong dicek", "no kartu kredit sy [card number removed] tolong dicek")]
    [InlineData("visa 4000123412341235 declined again", "visa [card number removed] declined again")]
    public void A_card_named_as_one_is_refused_with_a_digit_mistyped(string text, string redacted) => AssertFound(text, SecretKind.Card, redacted);

    [Theory]
    // Checksum fails and nothing names a payment card: an id, a gift card, a member card, an identity number.
    [InlineData("order 4532 7788 1234 0987 never arrived")]
    [InlineData("gift card 4532 7788 1234 0987 shows zero balance")]
    [InlineData("kartu member sy 4532 7788 1234 0987 ga kebaca")]
    [InlineData("nomor kartu keluarga 3578 1234 5678 9012")]
    [InlineData("my card was charged twice, ref 4532 7788 1234 0987")]
    public void A_mistyped_number_not_named_as_a_payment_card_stays_clean(string text) => AssertClean(text);

    [Theory]
    [InlineData("katanya pin salah, padahal pin aku bener kok 1 9 0 4 8 8", "katanya pin salah, padahal pin aku bener kok [PIN removed]", SecretKind.Pin)]
    [InlineData("the otp I got was 5 5 0 2 1 9 but it said expired", "the otp I got was [code removed] but it said expired", SecretKind.Otp)]
    [InlineData("mpin sy kyknya 8-8-1-2-0-4", "mpin sy kyknya [PIN removed]", SecretKind.Pin)]
    public void A_value_read_out_digit_by_digit_after_its_name_is_refused(string text, string redacted, SecretKind kind) => AssertFound(text, kind, redacted);

    [Theory]
    [InlineData("pin salah 3 kali, nomor hp sy 0 8 1 2 3 4")]
    [InlineData("the pin reset took 2 0 1 5 days lol")]
    [InlineData("sy lupa pin, antrian cs nomor 1 2 3 4")]
    [InlineData("reset my PIN please, ticket 4 5 6 7")]
    public void Digits_read_out_that_the_words_between_say_are_another_number_stay_clean(string text) => AssertClean(text);

    [Theory]
    [InlineData("jake_t:letmein2024", "jake_t:[password removed]")]
    [InlineData("pls check budi.s@mail.com:kucing88 is it locked", "pls check budi.s@mail.com:[password removed] is it locked")]
    public void A_login_typed_as_name_colon_password_is_refused(string text, string redacted) => AssertFound(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("order:abc123x still pending")]
    [InlineData("error:timeout_30s on upload")]
    [InlineData("see https://status.example.com:8443/login")]
    [InlineData("meeting at 10:30am then 14:00")]
    [InlineData("username:budi88")]
    [InlineData("code:ABC123 not working")]
    public void Labels_times_links_and_codes_with_a_colon_stay_clean(string text) => AssertClean(text);

    [Fact]
    public void A_cards_rest_typed_later_in_the_next_message_is_refused()
    {
        var first = _scanner.Scan("payment should go through. first digits of the card 4916 3385");
        Assert.False(first.Found);
        var (_, memory) = _scanner.ScanAfter(first.Redacted, null);
        Assert.NotNull(memory?.CardStart);
        var second = _scanner.Scan("Transaction failed, code TXN_504. and the rest is 0612 7744");
        var (after, _) = _scanner.ScanAfter(second.Redacted, memory);
        Assert.Equal([SecretKind.Card], after.Kinds);
        Assert.Equal("Transaction failed, code TXN_504. and the rest is [card number removed]", after.Redacted);
    }

    [Fact]
    public void Digits_later_in_the_next_message_that_are_not_said_to_be_the_rest_are_not_joined()
    {
        var (_, memory) = _scanner.ScanAfter(_scanner.Scan("first digits of the card 4916 3385").Redacted, null);
        var (after, _) = _scanner.ScanAfter("Transaction failed, it happened at branch 0612 7744", memory);
        Assert.False(after.Found);
    }

    private void AssertFound(string text, SecretKind kind, string redacted)
    {
        var result = _scanner.Scan(text);
        Assert.Equal([kind], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    private void AssertClean(string text) => Assert.False(_scanner.Scan(text).Found, text);
}
