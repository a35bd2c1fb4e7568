using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

public sealed class RedactionTests
{
    private readonly SecretScanner _scanner = new();

    [Theory]
    [InlineData("my card 4111 1111 1111 1111 was charged", "my card [card number removed] was charged")]
    [InlineData("password: hunter2", "password: [password removed]")]
    [InlineData("PIN 4821", "PIN [PIN removed]")]
    [InlineData("OTP 839201", "OTP [code removed]")]
    [InlineData("CVV 123", "CVV [CVV removed]")]
    public void Replaces_only_the_secret_value(string text, string redacted) =>
        Assert.Equal(redacted, _scanner.Scan(text).Redacted);

    [Fact]
    public void Kinds_are_distinct_and_in_order_of_first_appearance()
    {
        var result = _scanner.Scan(
            "OTP 839201, card 4111 1111 1111 1111 cvv 123, password: Rahasia1, another card 5555 5555 5555 4444, PIN 4821");

        Assert.Equal([SecretKind.Otp, SecretKind.Card, SecretKind.Cvv, SecretKind.Password, SecretKind.Pin], result.Kinds);
        Assert.Equal(
            "OTP [code removed], card [card number removed] cvv [CVV removed], password: [password removed], another card [card number removed], PIN [PIN removed]",
            result.Redacted);
    }

    [Fact]
    public void A_secret_found_twice_is_removed_once()
    {
        // "PIN" before the digits and "is my PIN" after both find 1234.
        var result = _scanner.Scan("PIN 1234 is my PIN");

        Assert.Equal([SecretKind.Pin], result.Kinds);
        Assert.Equal("PIN [PIN removed] is my PIN", result.Redacted);
    }

    [Fact]
    public void A_password_that_is_also_a_card_number_reports_both_and_leaves_no_digit()
    {
        var result = _scanner.Scan("password: 4111111111111111");

        Assert.Equal([SecretKind.Card, SecretKind.Password], result.Kinds);
        Assert.Equal("password: [card number removed]", result.Redacted);
    }

    [Fact]
    public void Clean_text_comes_back_as_the_same_instance_with_no_kinds()
    {
        const string text = "Outlook won't open after the update";

        var result = _scanner.Scan(text);

        Assert.False(result.Found);
        Assert.Empty(result.Kinds);
        Assert.Same(text, result.Redacted);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n")]
    [InlineData("password")]
    [InlineData("PIN")]
    [InlineData("password:")]
    [InlineData("OTP-")]
    [InlineData("4")]
    [InlineData("[card number removed] [password removed] [PIN removed] [code removed] [CVV removed]")]
    [InlineData("PIN [PIN removed] OTP [code removed] password: [password removed] cvv [CVV removed]")]
    public void Edge_texts_hold_nothing(string text) => Assert.False(_scanner.Scan(text).Found);

    [Fact]
    public void A_null_text_is_rejected_without_echoing_anything() =>
        Assert.Throws<ArgumentNullException>(() => _scanner.Scan(null!));

    [Fact]
    public void One_instance_scans_from_many_threads()
    {
        var texts = Corpus.Tuning().Select(r => r.Text).ToArray();
        var expected = texts.Select(t => _scanner.Scan(t).Redacted).ToArray();

        Parallel.For(0, texts.Length * 8, i =>
        {
            var k = i % texts.Length;
            Assert.Equal(expected[k], _scanner.Scan(texts[k]).Redacted);
        });
    }
}
