using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What the sixth user trial got past the guard (or refused wrongly), in other words than theirs: a card number read out
/// in words, a PIN read out right after a question about it, a keyword that opens a clause at the end of a message with
/// its value in the next, and a bare "code" whose "got" was in another sentence.
/// </summary>
public sealed class SixthTrialGuardTests
{
    private readonly SecretScanner _scanner = new();

    [Theory]
    [InlineData("the card is four one one one one one one one one one one one one one one one, expires soon", "the card is [card number removed], expires soon")]
    [InlineData("nomornya lima lima lima lima - lima lima lima lima - lima lima lima lima - empat empat empat empat ya kak", "nomornya [card number removed] ya kak")]
    public void A_card_number_read_out_in_words_is_a_card(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Card, redacted);

    [Theory]
    // Thirteen digit words or more that fail the checksum or start no issuer's range: a phone number, a count.
    [InlineData("call me on zero eight one two three four five six seven eight nine one two")]
    [InlineData("one two three four five six seven eight nine ten eleven twelve thirteen, we counted")]
    [InlineData("four one one one one one one one one one one one one one one two")]
    public void Long_runs_of_number_words_that_are_no_card_stay_clean(string text) => ScannerAssert.Clean(text);

    [Theory]
    [InlineData("do you need my pin? 5 0 2 9", "do you need my pin? [PIN removed]")]
    [InlineData("pin m-banking nya perlu gk? 3 3 1 8", "pin m-banking nya perlu gk? [PIN removed]")]
    public void A_pin_read_out_right_after_a_question_about_it_is_a_pin(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Pin, redacted);

    [Theory]
    [InlineData("pin atm sy 5, 0, 2, 9 kok ditolak", "pin atm sy [PIN removed] kok ditolak")]
    [InlineData("the PIN has 4 digits: 7,3,1,8 and it says wrong PIN", "the PIN has 4 digits: [PIN removed] and it says wrong PIN")]
    public void A_pin_told_digit_by_digit_with_commas_after_its_size_is_a_pin(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Pin, redacted);

    [Theory]
    [InlineData("the pin reset guide, steps 1, 2, 3, 4, did not help")]
    [InlineData("my pin has 6 digits and it keeps failing")]
    public void Numbered_steps_and_a_pins_size_alone_stay_clean(string text) => ScannerAssert.Clean(text);

    [Theory]
    [InlineData("what is a pin? 2 or 3 tries left, it says")]
    [InlineData("do you need my order number? 4 4 0 1")]
    public void Digits_after_another_question_stay_clean(string text) => ScannerAssert.Clean(text);

    [Theory]
    [InlineData("udh ganti hp, pin yg baru", "661204")]
    [InlineData("I changed it last week; the new pin", "903117")]
    public void A_keyword_opening_the_last_clause_waits_for_its_value_in_the_next_message(string first, string second)
    {
        var (before, memory) = _scanner.ScanAfter(first, null);
        Assert.False(before.Found);
        var (after, _) = _scanner.ScanAfter(second, memory);
        Assert.Contains(SecretKind.Pin, after.Kinds);
    }

    [Theory]
    [InlineData("I never received the parcel. The courier page says code 553018")]
    [InlineData("sy blm dapet barangnya. di web kurir tertulis kode 772019")]
    public void A_bare_code_is_no_secret_because_of_a_verb_in_another_sentence(string text) => ScannerAssert.Clean(text);

    [Fact]
    public async Task A_cvv_alone_gets_advice_about_the_card_code_not_a_card_number()
    {
        using var app = new HelpdeskBot.Tests.Infrastructure.HelpdeskApp();
        var chat = new HelpdeskBot.Tests.Infrastructure.TestChat(app.Get<HelpdeskBot.Turns.TurnProcessor>()) { Locale = "en-US" };
        await chat.Send("the cvv on the back is 741, is that needed?").AssertSays("If that was your card's real security code").AssertNotSays("If that was a real card number");
    }


}
