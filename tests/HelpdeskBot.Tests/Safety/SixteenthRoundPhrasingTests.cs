using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// The classes the sixteenth independent writer's lines and the thirteenth user trial showed (each scored or found first), in
/// words that are not theirs: card groups joined by emoji, by marks said as words or by a phrase; a password told as roughly
/// what it is; a bank's memorable word; and the clean lines that were refused — a gift card's number, a log's fields, a
/// text's sender, an order number read out, a phone number's groups.
/// </summary>
public sealed class SixteenthRoundPhrasingTests
{
    [Theory]
    [InlineData("my card 4539💳1488💳0343💳6467 got declined", "my card [card number removed] got declined")]
    [InlineData("5425▪️2334▪️3010▪️9903 itu kartu sy kak", "[card number removed] itu kartu sy kak")]
    [InlineData("dictating: four five three nine space one four eight eight space zero three four three space six four six seven", "dictating: [card number removed]")]
    [InlineData("nomornya empat lima tiga sembilan koma satu empat delapan delapan koma nol tiga empat tiga koma enam empat enam tujuh", "nomornya [card number removed]")]
    [InlineData("kartu depannya 4539 1488 terus sisanya 0343 6467 kak", "kartu depannya [card number removed] kak")]
    public void Card_groups_joined_by_emoji_spoken_marks_or_a_phrase_are_a_card(string text, string redacted) =>
        ScannerAssert.Found(text, SecretKind.Card, redacted);

    [Theory]
    [InlineData("my dad wrote it down for me, it's something like Harbour#1961 I think", "my dad wrote it down for me, it's something like [password removed] I think")]
    [InlineData("can't sign in with my usual one, it is sth like tulip_88", "can't sign in with my usual one, it is sth like [password removed]")]
    [InlineData("sandi akun sy kira2 Kenanga@21 kak", "sandi akun sy kira2 [password removed] kak")]
    [InlineData("memorable word is LIGHTHOUSE, the app keeps saying it's wrong", "memorable word is [password removed], the app keeps saying it's wrong")]
    public void A_password_told_roughly_or_a_memorable_word_is_refused(string text, string redacted) =>
        ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("the error is something like ERR_502 on the checkout page")]
    [InlineData("gift card receipt says Card no. 6006 1234 5678 9012 and the balance shows zero")]
    [InlineData("log: 2024-09-01 10:00:01 WARN login locked account_id=88120455 retries=3")]
    [InlineData("got a text from 7726 this morning, is that your number?")]
    [InlineData("my order number is five five two one zero nine eight seven and nothing arrived")]
    [InlineData("sy mau ganti no hp dr 0812 3340 5566 ke 0812 3340 5586, otp nya ke no lama terus")]
    public void Clean_lines_the_sixteenth_round_found_refused_are_clean(string text) => ScannerAssert.Clean(text);
}
