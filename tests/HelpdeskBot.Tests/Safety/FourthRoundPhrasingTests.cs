using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// The classes the fourth round's hand-written lines (<c>newlines4.tsv</c>) got through the guard when scored unseen,
/// one reader at a time, each with the near misses that must stay clean. The redacted text is asserted whole, so a
/// span that is too short (a passphrase cut after its first word) or too long fails.
/// </summary>
public sealed class FourthRoundPhrasingTests
{
    private readonly SecretScanner _scanner = new();

    [Theory]
    [InlineData("the passphrase is purple monkey dishwasher 42", "the passphrase is [password removed]")]
    [InlineData("the passphrase is purple monkey dishwasher 42 but it fails", "the passphrase is [password removed] but it fails")]
    [InlineData("wallet passphrase = mango tiger seven cloud", "wallet passphrase = [password removed]")]
    [InlineData("my seed phrase is apple river stone window", "my seed phrase is [password removed]")]
    [InlineData("frasa sandi saya: kucing hitam makan nasi", "frasa sandi saya: [password removed]")]
    [InlineData("kalimat sandi: hujan turun pelan sekali", "kalimat sandi: [password removed]")]
    public void A_passphrase_of_plain_words_is_redacted_whole(string text, string redacted) =>
        AssertFound(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("the passphrase is not working on my laptop")]
    [InlineData("my passphrase is too long for the form")]
    [InlineData("pass phrase is required for the wallet")]
    [InlineData("frasa sandi itu apa ya? disuruh isi pas setup")]
    [InlineData("the recovery phrase is twelve words, where do I type it?")]
    [InlineData("the passphrase option is greyed out in BitLocker")]
    public void A_passphrase_talked_about_stays_clean(string text) => AssertClean(text);

    [Theory]
    [InlineData("I reset it to Bluebird#19 and it still won't let me in", "I reset it to [password removed] and it still won't let me in")]
    [InlineData("changed it to Winter2025!! this morning, same error", "changed it to [password removed] this morning, same error")]
    [InlineData("they made me reset it, now it's Kangaroo$55", "they made me reset it, now it's [password removed]")]
    [InlineData("new pw after the reset → Gr@nite77", "new pw after the reset → [password removed]")]
    [InlineData("udah aku ganti jadi Semangka2025 tetep ga bisa masuk", "udah aku ganti jadi [password removed] tetep ga bisa masuk")]
    [InlineData("kmrn sy reset jd Kuda_Lari8, hari ini gabisa lg", "kmrn sy reset jd [password removed], hari ini gabisa lg")]
    public void A_value_a_verb_of_changing_led_to_is_a_password(string text, string redacted) =>
        AssertFound(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("I updated to Windows11 yesterday and now it crashes")]
    [InlineData("changed my plan to Premium200")]
    [InlineData("I changed the wifi name to Rumah_5G")]
    [InlineData("ganti jadi iPhone15 kemarin")]
    [InlineData("set it to 1920x1080 please")]
    [InlineData("reset my phone to factory, now it's Android14")]
    [InlineData("I set the router to TP-Link_5G")]
    [InlineData("reset it to v2.1_beta")]
    [InlineData("password reset done, thanks!")]
    [InlineData("I changed it to dark mode and the text disappeared")]
    [InlineData("udah aku ganti jadi bahasa inggris tp menunya masih indo")]
    public void Something_else_changed_stays_clean(string text) => AssertClean(text);

    [Theory]
    [InlineData("Durian2025 pw nya btw", "[password removed] pw nya btw")]
    [InlineData("Mangga!2024 kata sandi saya", "[password removed] kata sandi saya")]
    [InlineData("sy ketik Serayu#2022 sbg password", "sy ketik [password removed] sbg password")]
    [InlineData("it keeps rejecting Falcon2024 even though that's definitely the password", "it keeps rejecting [password removed] even though that's definitely the password")]
    [InlineData("Password123 doesn't work anymore", "[password removed] doesn't work anymore")]
    [InlineData("I think I typed Rocket_man99 at the login screen", "I think I typed [password removed] at the login screen")]
    [InlineData("creds are admin / Adm1n!2024", "creds are admin / [password removed]")]
    [InlineData("the wifi key is GreenHouse2023 if the tech needs it", "the wifi key is [password removed] if the tech needs it")]
    public void A_value_before_its_password_word_or_named_otherwise_is_a_password(string text, string redacted) =>
        AssertFound(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("Office365 password expired")]
    [InlineData("I tried Office365 password reset")]
    [InlineData("kayaknya Windows11 password nya beda")]
    [InlineData("Windows11 password policy is too strict")]
    [InlineData("the Password1 field is greyed out")]
    [InlineData("I typed budi_santoso88 at the login screen")]
    [InlineData("the wifi key is printed under the router")]
    public void A_name_before_a_password_word_stays_clean(string text) => AssertClean(text);

    [Fact]
    public void A_card_with_slashes_between_its_groups_is_a_card_and_dates_or_invoices_are_not()
    {
        AssertFound("kartu 5372/6516/7612/2202 ga bisa buat bayar", SecretKind.Card, "kartu [card number removed] ga bisa buat bayar");
        AssertClean("tgl 05/12/2025 order 4567");
        AssertClean("no invoice INV/2025/11/00231");
    }

    [Fact]
    public void The_last_three_on_the_back_are_a_cvv() =>
        AssertFound("last 3 on the back: 365", SecretKind.Cvv, "last 3 on the back: [CVV removed]");

    [Theory]
    [InlineData("passphrase is", "river stone quiet morning")]
    [InlineData("frasa sandi saya:", "kopi pagi di bandung")]
    public void A_passphrase_in_the_next_message_is_redacted_whole(string first, string second)
    {
        var opening = _scanner.Scan(first);
        Assert.False(opening.Found);
        var (_, memory) = _scanner.ScanAfter(opening.Redacted, null);
        Assert.Equal(AwaitedSecret.Passphrase, memory?.Awaiting);

        var (result, _) = _scanner.ScanAfter(_scanner.Scan(second).Redacted, memory);

        Assert.Equal([SecretKind.Password], result.Kinds);
        Assert.Equal("[password removed]", result.Redacted);
    }

    private void AssertFound(string text, SecretKind kind, string redacted)
    {
        var result = _scanner.Scan(text);
        Assert.Equal([kind], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    private void AssertClean(string text) => Assert.False(_scanner.Scan(text).Found, text);
}
