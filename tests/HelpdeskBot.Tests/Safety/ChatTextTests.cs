using HelpdeskBot.Safety;
using HelpdeskBot.Safety.Scanning;

namespace HelpdeskBot.Tests.Safety;

/// <summary>The text the scanners read, and the way back to what the user typed.</summary>
public sealed class ChatTextTests
{
    private readonly SecretScanner _scanner = new();

    [Theory]
    [InlineData("４１１１ １１１１", "4111 1111", "full-width digits and the ideographic space")]
    [InlineData("ｐａｓｓｗｏｒｄ：", "password:", "full-width letters and colon")]
    [InlineData("pass\u200Bword\u200D", "password", "zero-width space and joiner")]
    [InlineData("pass\u00ADword\u2060", "password", "soft hyphen and word joiner")]
    [InlineData("p\u0430ssw\u043Erd", "password", "Cyrillic а and о")]
    [InlineData("\u03A1IN", "PIN", "Greek capital rho")]
    [InlineData("pa\u0301ssword", "password", "a combining accent")]
    [InlineData("PIN \u0664\u0668\u0662\u0661", "PIN 4821", "Arabic-Indic digits")]
    [InlineData("a \t\n  b\u00A0\u2009c", "a b c", "whitespace runs of any kind")]
    [InlineData("4111\u20131111\u20141111", "4111-1111-1111", "en and em dashes")]
    [InlineData("\uFB01le", "file", "a ligature")]
    public void Folds_what_looks_the_same_into_one_form(string typed, string scanned, string what)
    {
        using var chat = ChatText.Of(typed);

        Assert.True(chat.Text == scanned, what);
    }

    [Fact]
    public void Printable_ascii_with_single_spaces_is_scanned_as_it_is()
    {
        const string text = "my card 4111 1111 1111 1111 was charged";

        using var chat = ChatText.Of(text);

        Assert.Same(text, chat.Text);
        Assert.Equal((8, 27), chat.ToOriginal(8, 27));
    }

    [Fact]
    public void Every_character_maps_back_to_the_characters_it_came_from()
    {
        const string typed = "PIN:\u200B  \uFF14\uFF18\uFF12\uFF11 ok";

        using var chat = ChatText.Of(typed);

        Assert.Equal("PIN: 4821 ok", chat.Text);
        var (start, end) = chat.ToOriginal(5, 9);
        Assert.Equal("\uFF14\uFF18\uFF12\uFF11", typed[start..end]);

        // The collapsed run covers every whitespace character it replaced, and the dropped zero-width space.
        Assert.Equal(":\u200B  ", typed[chat.ToOriginal(3, 5).Start..chat.ToOriginal(3, 5).End]);
    }

    [Theory]
    [InlineData("my card \uFF14\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11 \uFF11\uFF11\uFF11\uFF11 was charged", "my card [card number removed] was charged")]
    [InlineData("card 4\u200B1\u200B1\u200B1\u200B1\u200B1\u200B1\u200B1\u200B1\u200B1\u200B1\u200B1\u200B1\u200B1\u200B1\u200B1 please", "card [card number removed] please")]
    [InlineData("kartu 4111\u00A01111\u20091111\u30001111 ditolak", "kartu [card number removed] ditolak")]
    [InlineData("p\u0430ssw\u043Erd: Hunter22", "p\u0430ssw\u043Erd: [password removed]")]
    [InlineData("ｋａｔａ ｓａｎｄｉ saya Serabi2024", "ｋａｔａ ｓａｎｄｉ saya [password removed]")]
    [InlineData("PIN \u0664\u0668\u0662\u0661 tolong", "PIN [PIN removed] tolong")]
    [InlineData("OTP\u3000\uFF18\uFF13\uFF19\uFF12\uFF10\uFF11", "OTP\u3000[code removed]")]
    public void Secrets_found_in_the_folded_text_are_redacted_in_the_original(string typed, string redacted) =>
        Assert.Equal(redacted, _scanner.Scan(typed).Redacted);

    [Fact]
    public void Text_outside_the_secret_keeps_its_invisible_and_full_width_characters()
    {
        const string typed = "Ｈｉ\u200B, PIN 4821";

        Assert.Equal("Ｈｉ\u200B, PIN [PIN removed]", _scanner.Scan(typed).Redacted);
    }

    [Fact]
    public void A_lone_surrogate_is_not_an_error_and_hides_nothing()
    {
        var result = _scanner.Scan("PIN \uD800 4821");

        Assert.Equal([SecretKind.Pin], result.Kinds);
        Assert.Equal("PIN \uD800 [PIN removed]", result.Redacted);
    }
}
