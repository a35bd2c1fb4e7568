namespace HelpdeskBot.Safety;

/// <summary>What a keyword announces, which decides what its value must look like.</summary>
internal enum CredentialClass
{
    /// <summary>"password", "kata sandi", "pwd": any value, judged by connector and shape.</summary>
    Password,

    /// <summary>"pass", "pw": also ordinary words ("pass the ticket"), so a value needs a colon or a password-like shape.</summary>
    ShortPassword,

    /// <summary>4–8 digits.</summary>
    Pin,

    /// <summary>4–8 digits.</summary>
    Otp,

    /// <summary>3–4 digits.</summary>
    Cvv,

    /// <summary>"security code", "kode keamanan": 3–4 digits is a card's CVV, 5–8 a one-time code.</summary>
    SecurityCode,
}

internal sealed record CredentialKeyword(string[] Words, CredentialClass Class, int Length);

/// <summary>
/// The keywords that announce a credential, English and Indonesian. Words of a phrase may be joined by spaces, a
/// hyphen or nothing ("one-time", "one time", "onetime"). Candidates are the word starts whose first character
/// some keyword has (<see cref="NextCandidate"/>); there the keywords with that first character are tried,
/// longest first.
/// </summary>
internal static class CredentialKeywords
{
    private static readonly (string Phrase, CredentialClass Class)[] Phrases =
    [
        ("password", CredentialClass.Password),
        ("passwd", CredentialClass.Password),
        ("pwd", CredentialClass.Password),
        ("passphrase", CredentialClass.Password),
        ("sandi", CredentialClass.Password),
        ("kode akses", CredentialClass.Password),
        ("pass", CredentialClass.ShortPassword),
        ("pw", CredentialClass.ShortPassword),

        ("pin", CredentialClass.Pin),
        ("mpin", CredentialClass.Pin),
        ("passcode", CredentialClass.Pin),

        ("otp", CredentialClass.Otp),
        ("one time password", CredentialClass.Otp),
        ("one time pin", CredentialClass.Otp),
        ("one time code", CredentialClass.Otp),
        ("verification code", CredentialClass.Otp),
        ("kode verifikasi", CredentialClass.Otp),
        ("2fa code", CredentialClass.Otp),
        ("2fa", CredentialClass.Otp),
        ("mfa code", CredentialClass.Otp),
        ("mfa", CredentialClass.Otp),
        ("authentication code", CredentialClass.Otp),
        ("authenticator code", CredentialClass.Otp),
        ("auth code", CredentialClass.Otp),
        ("login code", CredentialClass.Otp),
        ("kode login", CredentialClass.Otp),
        ("sign in code", CredentialClass.Otp),
        ("activation code", CredentialClass.Otp),
        ("kode aktivasi", CredentialClass.Otp),
        ("kode otentikasi", CredentialClass.Otp),
        ("kode autentikasi", CredentialClass.Otp),
        ("sms code", CredentialClass.Otp),
        ("kode sms", CredentialClass.Otp),
        ("tac", CredentialClass.Otp),

        ("cvv", CredentialClass.Cvv),
        ("cvv2", CredentialClass.Cvv),
        ("cvc", CredentialClass.Cvv),
        ("cvc2", CredentialClass.Cvv),

        ("security code", CredentialClass.SecurityCode),
        ("kode keamanan", CredentialClass.SecurityCode),
    ];

    public static readonly CredentialKeyword[] All = Phrases
        .Select(p => new CredentialKeyword(p.Phrase.Split(' '), p.Class, p.Phrase.Length))
        .OrderByDescending(k => k.Length)
        .ToArray();

    // Keywords by the lowercase ASCII letter or digit they start with.
    private static readonly CredentialKeyword[][] ByFirstChar = Enumerable.Range(0, 128)
        .Select(c => All.Where(k => char.ToLowerInvariant(k.Words[0][0]) == c).ToArray())
        .ToArray();

    // Per ASCII character: 0 ends a word, 1 continues one, 2 continues one and may start a keyword.
    // Non-ASCII characters are asked of char.IsLetterOrDigit and never start a keyword.
    private static readonly byte[] AsciiClass = Enumerable.Range(0, 128)
        .Select(c => (byte)(!char.IsAsciiLetterOrDigit((char)c) ? 0 : ByFirstChar[char.ToLowerInvariant((char)c)].Length > 0 ? 2 : 1))
        .ToArray();

    /// <summary>
    /// The next position at or after <paramref name="pos"/> where a word starts with a character some keyword
    /// starts with. One pass, one table lookup per character.
    /// </summary>
    public static int NextCandidate(string text, int pos)
    {
        var previousIsWord = pos > 0 && Class(text[pos - 1]) != 0;
        for (var i = pos; i < text.Length; i++)
        {
            var cls = Class(text[i]);
            if (cls == 2 && !previousIsWord)
            {
                return i;
            }

            previousIsWord = cls != 0;
        }

        return -1;
    }

    public static ReadOnlySpan<CredentialKeyword> StartingWith(char c) =>
        c < 128 ? ByFirstChar[char.ToLowerInvariant(c)] : [];

    private static int Class(char c) => c < 128 ? AsciiClass[c] : char.IsLetterOrDigit(c) ? 1 : 0;

    /// <summary>Matches a keyword starting at <paramref name="pos"/>; returns where it ends, or -1.</summary>
    public static int Match(string text, int pos, CredentialKeyword keyword)
    {
        // Most candidates ("so", "the", "can") fail on their second letter; check it before comparing words.
        var first = keyword.Words[0];
        if (first.Length > 1 && (pos + 1 >= text.Length || char.ToLowerInvariant(text[pos + 1]) != first[1]))
        {
            return -1;
        }

        for (var w = 0; w < keyword.Words.Length; w++)
        {
            if (w > 0)
            {
                var joint = 0;
                while (pos < text.Length && joint < 3 && text[pos] is ' ' or '-' or '\u00A0')
                {
                    pos++;
                    joint++;
                }
            }

            var word = keyword.Words[w];
            if (pos + word.Length > text.Length || !text.AsSpan(pos, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            pos += word.Length;
        }

        return pos;
    }
}
