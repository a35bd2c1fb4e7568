using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// The classes the seventeenth independent writer's lines and the fourteenth user trial showed (each scored or found first), in
/// words that are not theirs: a number named as a hyphenated pair inside a card read out, a code's digits said as words over
/// two messages, a password in a link's query, digits read out one by one with no keyword, a card told in two halves; and the
/// clean lines that were refused — a masked card's last four in a bank's alert, a pasted config's settings, a stack trace, a
/// connection string's server, an identifier that opens with a keyword.
/// </summary>
public sealed class SeventeenthRoundPhrasingTests
{
    private readonly SecretScanner scanner = new();

    [Theory]
    [InlineData("it shows 5425 twenty-three thirty-four three zero one zero 9903 on the bill", "it shows [card number removed] on the bill")]
    [InlineData("First part 5425 2334. The second half: 3010 9903.", "First part [card number removed].")]
    [InlineData("kartunya 5425 2334 ... eh kepotong, sisanya 3010 9903 kak", "kartunya [card number removed] kak")]
    public void A_card_with_pairs_said_hyphenated_or_told_in_halves_is_a_card(string text, string redacted) =>
        ScannerAssert.Found(text, SecretKind.Card, redacted);

    [Theory]
    [InlineData("the code they texted was three eight one", "five zero two", "[code removed]")]
    [InlineData("kodenya lima dua sembilan", "nol empat satu, tetep ga bisa", "[code removed], tetep ga bisa")]
    public void A_code_said_as_words_over_two_messages_is_refused(string first, string second, string redacted)
    {
        var (firstAfter, memory) = scanner.ScanAfter(scanner.Scan(first).Redacted, null);
        Assert.False(firstAfter.Found);
        Assert.NotNull(memory);

        var (result, _) = scanner.ScanAfter(scanner.Scan(second).Redacted, memory);
        Assert.Equal([SecretKind.Otp], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    [Theory]
    [InlineData("bookmark sy gini portal.go.id/masuk?u=3175012345&p=Anggrek2027 tp ga bisa", "bookmark sy gini portal.go.id/masuk?u=3175012345&p=[password removed] tp ga bisa")]
    [InlineData("the reset link was https://mail.example.org/reset?pwd=Harbour77 and it failed", "the reset link was https://mail.example.org/reset?pwd=[password removed] and it failed")]
    public void A_password_in_a_links_query_is_refused(string text, string redacted) =>
        ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("Dad's one is 7 3 0 1 and the machine says wrong", "Dad's one is [PIN removed] and the machine says wrong", SecretKind.Pin)]
    [InlineData("punya kakek sy 2 9 0 4, ditolak terus di atm", "punya kakek sy [PIN removed], ditolak terus di atm", SecretKind.Pin)]
    [InlineData("istri sy bacain angka yg masuk, 4 1 7 7 0 2, buat login", "istri sy bacain angka yg masuk, [code removed], buat login", SecretKind.Otp)]
    public void Digits_read_out_one_by_one_are_a_value_without_a_keyword(string text, string redacted, SecretKind kind) =>
        ScannerAssert.Found(text, kind, redacted);

    [Theory]
    [InlineData("SMS: Trx kartu kredit 4521 88** **** 7713 Rp2.100.000 berhasil. Bukan sy yg belanja!")]
    [InlineData("our config has APP_ENV=staging DEBUG=true LOG_LEVEL=info, no secrets there, but the build fails")]
    [InlineData("at com.app.pay.Checkout.submit(Checkout.java:301) / NullPointerException every time")]
    [InlineData("Server=tcp:db-main.example.net,1433;Database=orders;Authentication=Active — is that supported?")]
    [InlineData("the hotspot is named PASSWORD_ON_STICKER and my laptop won't join")]
    [InlineData("rating kami 1 2 3 4 5 bintang, pilih yg mana")]
    [InlineData("nilai ujian 7 8 9 8 7 6 5 4 3 2 semua sudah masuk")]
    [InlineData("search?q=sepatu&p=2 shows nothing on the site")]
    public void Clean_lines_the_seventeenth_round_found_refused_are_clean(string text) => ScannerAssert.Clean(text);
}
