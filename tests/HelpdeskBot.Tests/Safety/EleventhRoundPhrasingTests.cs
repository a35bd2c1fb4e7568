using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What the eleventh round's lines (<c>newlines11.tsv</c>, by a writer who never read the guard) showed when scored
/// unseen, in other words than theirs: a remark in brackets after a plain password, digit words joined by dashes before
/// a comma, a bare code word before digits in a sentence that says what they verify, a password made of a date, a
/// quoted value after the talk of its spaces and a word of address — and, as clean, references listed side by side
/// and a second postal code after "barang sy dikirim". The redacted text is asserted whole.
/// </summary>
public sealed class EleventhRoundPhrasingTests
{
    [Theory]
    [InlineData("my password is bluecheese (all lowercase)", "my password is [password removed] (all lowercase)")]
    [InlineData("passwordnya kucingoren (tanpa spasi) tp ditolak", "passwordnya [password removed] (tanpa spasi) tp ditolak")]
    [InlineData("my pass was 15031988, my wedding date, and now it fails", "my pass was [password removed], my wedding date, and now it fails")]
    [InlineData("password email sy tgl lahir anak, 02112014, skrg ga bisa", "password email sy tgl lahir anak, [password removed], skrg ga bisa")]
    [InlineData("sandi wifi ada spasinya min, \"rumah kita 88\"", "sandi wifi ada spasinya min, \"[password removed]\"")]
    public void Passwords_after_a_remark_a_date_or_their_spaces_are_read(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Password, redacted);

    [Theory]
    [InlineData("atm pin nine-three-zero-one, still rejected", "atm pin [PIN removed], still rejected")]
    [InlineData("pin sy dua-lima-nol-delapan, kok salah terus", "pin sy [PIN removed], kok salah terus")]
    public void Digit_words_joined_by_dashes_before_a_comma_are_read(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Pin, redacted);

    [Theory]
    [InlineData("kode nya 771204 kak, buat verifikasi nomor baru", "kode nya [code removed] kak, buat verifikasi nomor baru")]
    [InlineData("the code 58113 came in, I need it to activate my card", "the code [code removed] came in, I need it to activate my card")]
    [InlineData("td sy dikirimin 330912 tp udh expired", "td sy dikirimin [code removed] tp udh expired")]
    public void A_code_said_to_verify_or_sent_to_the_user_is_read(string text, string redacted) => ScannerAssert.Found(text, SecretKind.Otp, redacted);

    [Theory]
    [InlineData("charged twice, see PAY-55120 and PAY-55187 on my statement")]
    [InlineData("invoices INV-2024-0042 and INV-2024-0057 both unpaid")]
    [InlineData("paket sy dikirim ke kode pos 40115, harusnya 40135")]
    [InlineData("kode booking 482211 buat verifikasi check-in")]
    [InlineData("my password is not working (again)")]
    public void References_postal_codes_and_a_password_talked_about_stay_clean(string text) => ScannerAssert.Clean(text);
}
