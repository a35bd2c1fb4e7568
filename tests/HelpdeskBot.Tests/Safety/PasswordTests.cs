using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

public sealed class PasswordTests
{
    private readonly SecretScanner _scanner = new();

    [Theory]
    // the examples
    [InlineData("my password is X9k!pq", "my password is [password removed]")]
    [InlineData("password: hunter2", "password: [password removed]")]
    [InlineData("pwd=Qwerty123", "pwd=[password removed]")]
    [InlineData("pass Abc12345", "pass [password removed]")]
    [InlineData("login: budi / pass: Merdeka45", "login: budi / pass: [password removed]")]
    [InlineData("kata sandi saya Rahasia123", "kata sandi saya [password removed]")]
    [InlineData("sandi: melati88", "sandi: [password removed]")]
    [InlineData("passwordnya Jakarta2024", "passwordnya [password removed]")]
    [InlineData("I changed my password to Winter2025!", "I changed my password to [password removed]")]
    // a colon or equals sign makes any word a value
    [InlineData("Password: sunshine", "Password: [password removed]")]
    [InlineData("password = letmein", "password = [password removed]")]
    [InlineData("pass: admin", "pass: [password removed]")]
    [InlineData("PASSWORD:dragon", "PASSWORD:[password removed]")]
    // a plain word after "is" / "saya" counts when the clause ends there
    [InlineData("my password is sunshine", "my password is [password removed]")]
    [InlineData("password saya adalah merdeka", "password saya adalah [password removed]")]
    [InlineData("passwordnya budi", "passwordnya [password removed]")]
    [InlineData("my password is sunshine, why doesn't it work", "my password is [password removed], why doesn't it work")]
    // fillers and bridges between keyword and value
    [InlineData("password baru saya Semangat!9", "password baru saya [password removed]")]
    [InlineData("the password for the guest wifi is Tamu2024", "the password for the guest wifi is [password removed]")]
    [InlineData("password for budi@kantor.co.id is Kantor!88", "password for budi@kantor.co.id is [password removed]")]
    [InlineData("password akun budi_s88: Rahasia1", "password akun budi_s88: [password removed]")]
    [InlineData("password lama: Mawar2023, password baru: Mawar2024", "password lama: [password removed], password baru: [password removed]")]
    [InlineData("sudah saya ganti passwordnya jadi Cinta2025", "sudah saya ganti passwordnya jadi [password removed]")]
    [InlineData("password is now Welcome#2025", "password is now [password removed]")]
    [InlineData("my password's BlueSky88", "my password's [password removed]")]
    // quoted values may hold spaces
    [InlineData("passwordnya \"Sayang 123\" pakai spasi", "passwordnya \"[password removed]\" pakai spasi")]
    [InlineData("password 'abc def'", "password '[password removed]'")]
    // other keywords
    [InlineData("pw: Kopi_Susu7", "pw: [password removed]")]
    [InlineData("passwd hunter22", "passwd [password removed]")]
    [InlineData("passphrase: Tr0ub4dor&3", "passphrase: [password removed]")]
    [InlineData("kode akses m-BCA saya ab12cd", "kode akses m-BCA saya [password removed]")]
    [InlineData("user=budi;pwd=s3cret", "user=budi;pwd=[password removed]")]
    // value before the keyword
    [InlineData("Rahasia123 is my password", "[password removed] is my password")]
    [InlineData("Bandung#17 adalah password saya", "[password removed] adalah password saya")]
    // the keyword itself as the value
    [InlineData("my password is password", "my password is [password removed]")]
    [InlineData("password: password", "password: [password removed]")]
    // no link, but password-shaped
    [InlineData("try admin with password admin123", "try admin with password [password removed]")]
    [InlineData("password 123456 tidak bisa", "password [password removed] tidak bisa")]
    public void Finds_password_values(string text, string redacted)
    {
        var result = _scanner.Scan(text);

        Assert.Equal([SecretKind.Password], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    [Theory]
    // the and the brief's negatives
    [InlineData("I forgot my password")]
    [InlineData("Invalid username or password")]
    [InlineData("reset password link")]
    [InlineData("the password field is greyed out")]
    [InlineData("lupa kata sandi")]
    [InlineData("password salah")]
    [InlineData("passwordnya tidak bisa")]
    [InlineData("my password expired")]
    [InlineData("wrong password")]
    [InlineData("change password button")]
    // descriptions after "is" / "saya" / "nya"
    [InlineData("my password is blocked")]
    [InlineData("my password is not working")]
    [InlineData("my password is correct but it fails")]
    [InlineData("the password is case sensitive")]
    [InlineData("my password was changed without my permission")]
    [InlineData("password saya diblokir")]
    [InlineData("password saya dicuri, tolong bantu")]
    [InlineData("passwordnya kepanjangan")]
    [InlineData("passwordnya sudah saya reset tadi pagi")]
    [InlineData("password nya kena blokir")]
    [InlineData("my password's expired")]
    [InlineData("Your password will expire in 5 days")]
    // counts, sizes, masks, placeholders
    [InlineData("password 3x salah akun terkunci")]
    [InlineData("password minimal 8 karakter")]
    [InlineData("password must be 12 characters")]
    [InlineData("Password: ******")]
    [InlineData("password: xxxxxx")]
    [InlineData("Password: (blank)")]
    [InlineData("password: n/a")]
    [InlineData("sandi: -")]
    [InlineData("Username: siti Password: (I'll send it separately)")]
    [InlineData("password: [password removed]")]
    // "pass" and "pw" as ordinary words
    [InlineData("please pass the ticket to the network team")]
    [InlineData("I can't pass the login page")]
    [InlineData("I can't pass 2FA on the new phone")]
    [InlineData("boarding pass 12345 not showing")]
    [InlineData("pw salah terus min")]
    // a keyword after a keyword speaks for itself
    [InlineData("password password password")]
    [InlineData("pass password pw pwd sandi")]
    // keyword inside other words or quotes
    [InlineData("passwordless login fails")]
    [InlineData("the 'password' field and the 'user' field are swapped")]
    [InlineData("bypass mode")]
    // names, links and addresses after the keyword
    [InlineData("password reset at https://portal.kantor.co.id/reset")]
    [InlineData("password untuk budi@kantor.co.id expired")]
    [InlineData("password for user budi_s88 got locked")]
    [InlineData("password: email")]
    [InlineData("lupa password akun SAP")]
    [InlineData("password SharePoint saya expired")]
    // clause ends at the keyword
    [InlineData("please don't ask me for my password, I won't share it")]
    [InlineData("file zip nya pakai password, passwordnya sudah saya kirim lewat email")]
    [InlineData("what is my password?")]
    public void Ignores_password_mentions_without_a_value(string text)
    {
        var result = _scanner.Scan(text);

        Assert.False(result.Found, result.Redacted);
        Assert.Same(text, result.Redacted);
    }
}
