using HelpdeskBot.Safety;

namespace HelpdeskBot.Tests.Safety;

/// <summary>Credential words as people type them: other names, spellings, split and spaced keywords, typos.</summary>
public sealed class VocabularyTests
{
    private readonly SecretScanner _scanner = new();

    [Theory]
    // digits and symbols for letters
    [InlineData("p@ssw0rd: Lumbung2024", "p@ssw0rd: [password removed]")]
    [InlineData("my pa55word is Ocean#12", "my pa55word is [password removed]")]
    [InlineData("PA$$WORD = Rinjani!9", "PA$$WORD = [password removed]")]
    // spaced out, split, joined
    [InlineData("p a s s w o r d : Tulip2024!", "p a s s w o r d : [password removed]")]
    [InlineData("P.A.S.S.W.O.R.D is Kelapa99", "P.A.S.S.W.O.R.D is [password removed]")]
    [InlineData("p-a-s-s-w-o-r-d = Sungai#45", "p-a-s-s-w-o-r-d = [password removed]")]
    [InlineData("pass word: Mango_Tree88", "pass word: [password removed]")]
    [InlineData("kata-sandi: Rambutan2024", "kata-sandi: [password removed]")]
    [InlineData("katasandi saya Jambu#88", "katasandi saya [password removed]")]
    [InlineData("k a t a s a n d i saya Anggur!7", "k a t a s a n d i saya [password removed]")]
    // one typo in a long word
    [InlineData("pasword: Semeru2024", "pasword: [password removed]")]
    [InlineData("my passwrod is Bromo!88", "my passwrod is [password removed]")]
    [InlineData("the passowrd is Toba1234", "the passowrd is [password removed]")]
    [InlineData("paswordnya Manado!7", "paswordnya [password removed]")]
    // other words for a password, English and Indonesian
    [InlineData("my passphrase: blue-moon-river-42", "my passphrase: [password removed]")]
    [InlineData("p/w: Merapi2022", "p/w: [password removed]")]
    [InlineData("pswd Anggrek!55", "pswd [password removed]")]
    [InlineData("pw ku Semangka!1 ga bisa login", "pw ku [password removed] ga bisa login")]
    [InlineData("kata kunci akun saya: Sirsak2024", "kata kunci akun saya: [password removed]")]
    [InlineData("kode rahasia nya 8xPz!4qa", "kode rahasia nya [password removed]")]
    [InlineData("my secret is Bakso_Urat99", "my secret is [password removed]")]
    [InlineData("login credentials: budi.s / Jakarta!2024", "login credentials: budi.s / [password removed]")]
    [InlineData("user/pass: budi / Rahasia1", "user/pass: budi / [password removed]")]
    // links people use
    [InlineData("password → Kerupuk#3", "password → [password removed]")]
    [InlineData("password -> Batik2021!", "password -> [password removed]")]
    [InlineData("my password, which is Kedondong7, no longer works", "my password, which is [password removed], no longer works")]
    [InlineData("password for my laptop: Pinisi@77", "password for my laptop: [password removed]")]
    [InlineData("password akun shopee saya Tahu!Bulat7", "password akun shopee saya [password removed]")]
    [InlineData("passwordnya tuh Es_Teh_Manis1", "passwordnya tuh [password removed]")]
    [InlineData("use Cendana2024 as the password for my account", "use [password removed] as the password for my account")]
    [InlineData("it's Nusantara#45 (my password), please check", "it's [password removed] (my password), please check")]
    [InlineData("Username budi_s88 Password P@ssw0rd", "Username budi_s88 Password [password removed]")]
    [InlineData("my password is dragonfly", "my password is [password removed]")]
    [InlineData("secret saya adalah bismillah", "secret saya adalah [password removed]")]
    [InlineData("passnya dragon kak", "passnya [password removed] kak")]
    [InlineData("I tried password sunshine but it failed", "I tried password [password removed] but it failed")]
    [InlineData("login pake pw bebek_goreng7 kok salah terus", "login pake pw [password removed] kok salah terus")]
    [InlineData("the pwd I typed was Xk9#mP2q", "the pwd I typed was [password removed]")]
    [InlineData("my kata sandi was rahasia before the reset", "my kata sandi was [password removed] before the reset")]
    [InlineData("P@ssw0rd! itu password saya", "[password removed] itu password saya")]
    [InlineData("sunshine is my password", "[password removed] is my password")]
    [InlineData("security code: Xk9#mP2q", "security code: [password removed]")]
    public void Finds_passwords_behind_other_words_and_spellings(string text, string redacted)
    {
        var result = _scanner.Scan(text);

        Assert.Equal([SecretKind.Password], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    [Theory]
    [InlineData("P I N : 7391", SecretKind.Pin)]
    [InlineData("P.I.N. 6620", SecretKind.Pin)]
    [InlineData("pincode: 5531", SecretKind.Pin)]
    [InlineData("m pin 443311 ga bisa", SecretKind.Pin)]
    [InlineData("O.T.P. 281946", SecretKind.Otp)]
    [InlineData("o t p 447120", SecretKind.Otp)]
    [InlineData("0TP: 918273", SecretKind.Otp)]
    [InlineData("kode verif 770412 ga bisa", SecretKind.Otp)]
    [InlineData("kode verfikasi 990011", SecretKind.Otp)]
    [InlineData("verfication code 330091", SecretKind.Otp)]
    [InlineData("kode konfirmasi 281946", SecretKind.Otp)]
    [InlineData("two factor code: 427190", SecretKind.Otp)]
    [InlineData("token BCA saya 427190", SecretKind.Otp)]
    [InlineData("backup code 8813 4402", SecretKind.Otp)]
    [InlineData("C V V 551", SecretKind.Cvv)]
    [InlineData("CID 4821 (amex)", SecretKind.Cvv)]
    [InlineData("ccv 502", SecretKind.Cvv)]
    [InlineData("card verification code 771", SecretKind.Cvv)]
    [InlineData("the 3 digits on the back are 362", SecretKind.Cvv)]
    [InlineData("3 angka di belakang kartu 047", SecretKind.Cvv)]
    [InlineData("the three-digit code is 285", SecretKind.Cvv)]
    public void Finds_pins_codes_and_cvvs_behind_other_words_and_spellings(string text, SecretKind kind) =>
        Assert.Equal([kind], _scanner.Scan(text).Kinds);

    /// <summary>A bare "code" is a one-time code only when the words around it say where it came from.</summary>
    [Theory]
    [InlineData("the code from the SMS is 482913", "the code from the SMS is [code removed]")]
    [InlineData("kode yang masuk ke sms 390127", "kode yang masuk ke sms [code removed]")]
    [InlineData("code received via WhatsApp: 664120", "code received via WhatsApp: [code removed]")]
    [InlineData("Your code is 482913", "Your code is [code removed]")]
    [InlineData("Kode Anda adalah 551902", "Kode Anda adalah [code removed]")]
    [InlineData("G-482913 is the code Google sent me", "[code removed] is the code Google sent me")]
    [InlineData("Google code G-550219 doesn't work", "Google code [code removed] doesn't work")]
    [InlineData("the 6-digit code is 310045", "the 6-digit code is [code removed]")]
    [InlineData("I got 773910 as the verification code", "I got [code removed] as the verification code")]
    [InlineData("verification code: X7K9QP", "verification code: [code removed]")]
    public void Finds_one_time_codes_named_only_code(string text, string redacted)
    {
        var result = _scanner.Scan(text);

        Assert.Equal([SecretKind.Otp], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    [Theory]
    // innocent codes and keys
    [InlineData("promo code SAVE20 doesn't apply at checkout")]
    [InlineData("discount code 123456 is invalid")]
    [InlineData("kode promo GAJIAN99 tidak bisa dipakai")]
    [InlineData("kode voucher 55201934 katanya sudah dipakai")]
    [InlineData("kode booking 482913")]
    [InlineData("kode pos 40115 tidak ada di pilihan")]
    [InlineData("zip code 40115 is not accepted")]
    [InlineData("kode unik transfer 123, total Rp 150.123")]
    [InlineData("product key XJ7K2-9QW3R-TT4M8-PL2ZQ-88BVC won't activate")]
    [InlineData("error code 0x80070643 during update")]
    [InlineData("installer exit code 1603")]
    [InlineData("I got code 1603 from the installer")]
    [InlineData("your code is not valid")]
    [InlineData("the access code for the conference call is 123 456 789")]
    // keywords inside other words, or words that only look like keywords
    [InlineData("p a s s i o n for the job")]
    [InlineData("my passport number was rejected")]
    [InlineData("passenger list export fails")]
    [InlineData("pinned chats disappeared after the update")]
    [InlineData("pinjam dulu 500rb")]
    [InlineData("sandiwara di acara kantor dibatalkan")]
    [InlineData("Pak Sandi sudah saya hubungi")]
    [InlineData("kata kunci pencarian nya laptop")]
    [InlineData("the secret is out")]
    [InlineData("my boarding pass is ready")]
    [InlineData("p@ssw0rd policy says 12 characters minimum")]
    [InlineData("the pass word field won't let me type")]
    [InlineData("PIN sejak 2024 tidak pernah diganti")]
    [InlineData("verification failed 3 times")]
    [InlineData("I tried password reset but the link expired")]
    [InlineData("I'll type the password myself, don't worry")]
    [InlineData("season pass is ready")]
    [InlineData("boarding passnya ga muncul")]
    [InlineData("Outlook is my password problem")]
    [InlineData("the password I typed was wrong")]
    [InlineData("my password is my birthday")]
    [InlineData("password for the printer is broken")]
    [InlineData("the code they sent me expired")]
    public void Words_that_look_like_keywords_without_a_secret_pass(string text)
    {
        var result = _scanner.Scan(text);

        Assert.False(result.Found, result.Redacted);
    }
}
