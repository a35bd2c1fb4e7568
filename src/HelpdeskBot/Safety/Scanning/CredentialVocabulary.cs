using System.Runtime.CompilerServices;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>What a keyword announces, which decides what its value must look like and which kinds it is reported as.</summary>
internal enum CredentialClass
{
    /// <summary>"password", "kata sandi", "pwd": any value, judged by link and shape.</summary>
    Password,

    /// <summary>"pass", "secret", "kata kunci": also ordinary words ("pass the ticket"), so a value needs a colon, a password shape, or digits after a possessive.</summary>
    ShortPassword,

    /// <summary>"secret", "kata kunci": ordinary words too, but after "is" or ":" what follows is the value ("my secret is sunshine").</summary>
    WeakPassword,

    /// <summary>"passphrase", "frasa sandi", "kalimat sandi": a password that may be several plain words ("purple monkey dishwasher").</summary>
    Passphrase,

    /// <summary>"passcode", "access code", "kode akses": a password; a digits-only one is a PIN as well.</summary>
    Passcode,

    /// <summary>"credentials: budi / Rahasia1": the value after the slash.</summary>
    Credentials,

    /// <summary>"login code", "kode masuk": 4–8 digits, a one-time code and a password at once.</summary>
    LoginCode,

    /// <summary>4–8 digits.</summary>
    Pin,

    /// <summary>4–8 digits, a Google "G-123456", or letters with digits after a colon.</summary>
    Otp,

    /// <summary>A bare "code" or "kode": a one-time code only when the words around it say where it came from (SMS, sent, "yang masuk").</summary>
    Code,

    /// <summary>A bare "code" that was only "received" or "got": 5–8 digits, since a 3–4 digit one is more often an error code.</summary>
    CodeReceived,

    /// <summary>3–4 digits.</summary>
    Cvv,

    /// <summary>"3 digits on the back", "angka di belakang kartu": exactly 3 digits.</summary>
    CvvOnBack,

    /// <summary>"security code", "kode keamanan": 3–4 digits is a card's CVV, 5–8 a one-time code, letters with digits or symbols a password.</summary>
    SecurityCode,
}

internal sealed record CredentialKeyword(string[] Words, CredentialClass Class, bool Spaced)
{
    /// <summary>Which first word the keyword opens with, one number per distinct first word (see <see cref="FirstWordMatches"/>).</summary>
    public int Lead { get; init; }

    public string Letters { get; } = string.Concat(Words);

    public int Length { get; } = Words.Sum(w => w.Length) + Words.Length - 1;
}

/// <summary>
/// The words that announce a credential, English and Indonesian, by what they announce. Words of a phrase may be
/// joined by spaces, a hyphen, an underscore or nothing ("kata sandi", "kata-sandi", "katasandi", "pass word");
/// <see cref="KeywordMatcher"/> also reads them with digits and symbols for letters (p@ssw0rd), spaced out
/// (p a s s w o r d, P.I.N.) and with one typo in a long word (pasword, verifikasi → verfikasi).
/// </summary>
internal static class CredentialVocabulary
{
    private static readonly (string Phrase, CredentialClass Class)[] Phrases =
    [
        ("password", CredentialClass.Password), ("pass word", CredentialClass.Password), ("passwd", CredentialClass.Password),
        ("pwd", CredentialClass.Password), ("pswd", CredentialClass.Password), ("psswd", CredentialClass.Password),
        ("pword", CredentialClass.Password), ("passw", CredentialClass.Password), ("p/w", CredentialClass.Password),
        ("passphrase", CredentialClass.Passphrase), ("pass phrase", CredentialClass.Passphrase),
        ("frasa sandi", CredentialClass.Passphrase), ("frase sandi", CredentialClass.Passphrase), ("kalimat sandi", CredentialClass.Passphrase),
        ("seed phrase", CredentialClass.Passphrase), ("recovery phrase", CredentialClass.Passphrase),
        ("wifi key", CredentialClass.Password), ("wi fi key", CredentialClass.Password), ("network key", CredentialClass.Password),
        ("wpa key", CredentialClass.Password), ("sandi", CredentialClass.Password),
        ("kata sandi", CredentialClass.Password), ("kt sandi", CredentialClass.Password), ("passkey", CredentialClass.Password),
        ("pw", CredentialClass.Password), ("pasw", CredentialClass.Password), ("paswd", CredentialClass.Password),
        ("paswod", CredentialClass.Password), ("pswrd", CredentialClass.Password),
        // tenth round: two letters off ("psswrd -> SunnyDay_88", "paswot ig sy: …"), and a typo with a suffix ("paswordnya")
        ("psswrd", CredentialClass.Password), ("passwrd", CredentialClass.Password), ("paswrd", CredentialClass.Password),
        ("paswot", CredentialClass.Password), ("paswort", CredentialClass.Password),
        ("pasword", CredentialClass.Password), ("pssword", CredentialClass.Password),
        // ninth round: the possessive run into the word ("ok ur colleague asked for it: mypass is dragonfly_77")
        ("mypass", CredentialClass.Password), ("mypassword", CredentialClass.Password), ("mypw", CredentialClass.Password),

        // Ordinary words too: "pass the ticket", "the secret is out", "kata kunci pencarian".
        ("pass", CredentialClass.ShortPassword), ("secret", CredentialClass.WeakPassword), ("secret key", CredentialClass.WeakPassword),
        ("kata kunci", CredentialClass.WeakPassword), ("secret code", CredentialClass.WeakPassword),
        // fourteenth round: "the secret word on my account is pumpkin"
        ("secret word", CredentialClass.WeakPassword), ("kata rahasia", CredentialClass.WeakPassword),
        // sixteenth round: a bank's "memorable word" ("memorable word: HAZELNUT") is a second password
        ("memorable word", CredentialClass.WeakPassword), ("memorable phrase", CredentialClass.WeakPassword),
        // eighteenth round: a Wi-Fi network's key is its password ("WLAN Key: 7hx9K2pq")
        ("wifi key", CredentialClass.Password), ("wi-fi key", CredentialClass.Password), ("wlan key", CredentialClass.Password),
        ("wpa key", CredentialClass.Password), ("network key", CredentialClass.Password),

        ("passcode", CredentialClass.Passcode), ("pass code", CredentialClass.Passcode), ("access code", CredentialClass.Passcode),
        ("kode akses", CredentialClass.Passcode), ("kode rahasia", CredentialClass.Passcode), ("kode sandi", CredentialClass.Passcode),

        ("credentials", CredentialClass.Credentials), ("credential", CredentialClass.Credentials), ("creds", CredentialClass.Credentials),
        ("kredensial", CredentialClass.Credentials),

        ("login code", CredentialClass.LoginCode), ("log in code", CredentialClass.LoginCode), ("sign in code", CredentialClass.LoginCode),
        ("signin code", CredentialClass.LoginCode), ("kode login", CredentialClass.LoginCode), ("kode masuk", CredentialClass.LoginCode),

        ("pin", CredentialClass.Pin), ("mpin", CredentialClass.Pin), ("m pin", CredentialClass.Pin), ("pincode", CredentialClass.Pin),
        ("pinn", CredentialClass.Pin), // fourteenth round: "pinn is 3145", "pinn shopeepay 530921"
        ("piin", CredentialClass.Pin), ("unlock code", CredentialClass.Pin), ("unlock pin", CredentialClass.Pin), // eighteenth round
        ("pin code", CredentialClass.Pin), ("pin number", CredentialClass.Pin), ("kode pin", CredentialClass.Pin),
        ("personal identification number", CredentialClass.Pin),

        ("otp", CredentialClass.Otp), ("otp code", CredentialClass.Otp), ("kode otp", CredentialClass.Otp),
        ("one time password", CredentialClass.Otp), ("one time pin", CredentialClass.Otp), ("one time code", CredentialClass.Otp),
        ("verification code", CredentialClass.Otp), ("verify code", CredentialClass.Otp), ("verif code", CredentialClass.Otp),
        ("kode verifikasi", CredentialClass.Otp), ("kode verif", CredentialClass.Otp), ("kode konfirmasi", CredentialClass.Otp),
        ("confirmation code", CredentialClass.Otp), ("2fa code", CredentialClass.Otp), ("2fa", CredentialClass.Otp),
        ("mfa code", CredentialClass.Otp), ("mfa", CredentialClass.Otp), ("two factor code", CredentialClass.Otp),
        ("two factor", CredentialClass.Otp), ("2 factor code", CredentialClass.Otp), ("authentication code", CredentialClass.Otp),
        ("authenticator code", CredentialClass.Otp), ("authenticator", CredentialClass.Otp), ("auth code", CredentialClass.Otp),
        ("kode otentikasi", CredentialClass.Otp), ("kode autentikasi", CredentialClass.Otp), ("sms code", CredentialClass.Otp),
        ("kode sms", CredentialClass.Otp), ("text code", CredentialClass.Otp), ("kode opt", CredentialClass.Otp), ("tac", CredentialClass.Otp),
        ("kode tac", CredentialClass.Otp), ("token", CredentialClass.Otp), ("token code", CredentialClass.Otp),
        ("kode token", CredentialClass.Otp), ("activation code", CredentialClass.Otp), ("kode aktivasi", CredentialClass.Otp),
        ("backup code", CredentialClass.Otp), ("recovery code", CredentialClass.Otp), ("kode cadangan", CredentialClass.Otp),
        ("kode pemulihan", CredentialClass.Otp), ("2 step code", CredentialClass.Otp), ("2 step verification code", CredentialClass.Otp),
        ("two step code", CredentialClass.Otp), ("one time passcode", CredentialClass.Otp), ("kode sekali pakai", CredentialClass.Otp), ("verification", CredentialClass.Otp), ("verifikasi", CredentialClass.Otp),
        ("verif", CredentialClass.Otp),
        // Seventh round: two-step codes by their names in both languages and on the token devices that show them.
        ("steam guard code", CredentialClass.Otp), ("steam guard", CredentialClass.Otp), ("kode 2 langkah", CredentialClass.Otp),
        ("kode dua langkah", CredentialClass.Otp), ("verifikasi 2 langkah", CredentialClass.Otp), ("verifikasi dua langkah", CredentialClass.Otp),
        ("2 step", CredentialClass.Otp), ("two step", CredentialClass.Otp), ("keybca", CredentialClass.Otp), ("key bca", CredentialClass.Otp),

        ("code", CredentialClass.Code), ("kode", CredentialClass.Code),

        ("cvv", CredentialClass.Cvv), ("cvv2", CredentialClass.Cvv), ("cvc", CredentialClass.Cvv), ("cvc2", CredentialClass.Cvv),
        ("cvn", CredentialClass.Cvv), ("ccv", CredentialClass.Cvv), ("csc", CredentialClass.Cvv), ("cid", CredentialClass.Cvv),
        ("cvv code", CredentialClass.Cvv), ("kode cvv", CredentialClass.Cvv), ("kode cvc", CredentialClass.Cvv),
        ("card verification value", CredentialClass.Cvv), ("card verification code", CredentialClass.Cvv),
        ("card security code", CredentialClass.Cvv), ("card verification number", CredentialClass.Cvv),
        ("security digits", CredentialClass.Cvv), ("confirm code", CredentialClass.Otp), ("three digit code", CredentialClass.Cvv), ("3 digit code", CredentialClass.Cvv),
        ("digits on the back", CredentialClass.CvvOnBack), ("numbers on the back", CredentialClass.CvvOnBack),
        ("number on the back", CredentialClass.CvvOnBack), ("digits at the back", CredentialClass.CvvOnBack),
        ("angka di belakang kartu", CredentialClass.CvvOnBack), ("angka belakang kartu", CredentialClass.CvvOnBack),
        ("digit di belakang kartu", CredentialClass.CvvOnBack), ("digit belakang kartu", CredentialClass.CvvOnBack),
        ("angka di balik kartu", CredentialClass.CvvOnBack), ("digit belakang", CredentialClass.CvvOnBack),
        ("3 angka di belakang kartu", CredentialClass.CvvOnBack), ("3 digit di belakang kartu", CredentialClass.CvvOnBack),
        ("3 angka belakang kartu", CredentialClass.CvvOnBack), ("3 digit belakang kartu", CredentialClass.CvvOnBack),
        ("tiga angka di belakang kartu", CredentialClass.CvvOnBack), ("3 digits on the back", CredentialClass.CvvOnBack),
        ("three digits on the back", CredentialClass.CvvOnBack), ("last 3 on the back", CredentialClass.CvvOnBack),
        ("last three on the back", CredentialClass.CvvOnBack), ("last 3 digits on the back", CredentialClass.CvvOnBack),
        ("code on the back", CredentialClass.CvvOnBack), ("code at the back", CredentialClass.CvvOnBack),
        ("back of card", CredentialClass.CvvOnBack), ("back of the card", CredentialClass.CvvOnBack),
        ("back of my card", CredentialClass.CvvOnBack), ("kode di belakang kartu", CredentialClass.CvvOnBack),
        ("kode belakang kartu", CredentialClass.CvvOnBack), ("card code", CredentialClass.Cvv),
        // Sixth round: "numbers at the back", the signature strip, "blkg" for belakang, Amex's code on the front.
        ("numbers at the back", CredentialClass.CvvOnBack), ("number at the back", CredentialClass.CvvOnBack),
        ("digits on the signature strip", CredentialClass.CvvOnBack), ("signature strip", CredentialClass.CvvOnBack),
        ("angka di blkg kartu", CredentialClass.CvvOnBack), ("angka blkg kartu", CredentialClass.CvvOnBack),
        ("digit di blkg kartu", CredentialClass.CvvOnBack), ("angka di blkg", CredentialClass.CvvOnBack), ("angka blkg", CredentialClass.CvvOnBack),
        ("kode di blkg kartu", CredentialClass.CvvOnBack), ("digit code on the front", CredentialClass.Cvv), ("code on the front", CredentialClass.Cvv),
        // Seventh round: the code named by where it is printed, shorter ("back code", "angka di belakang", "di blkg kartu").
        ("back code", CredentialClass.CvvOnBack), ("kode belakang", CredentialClass.CvvOnBack), ("angka di belakang", CredentialClass.CvvOnBack),
        ("angka belakang", CredentialClass.CvvOnBack), ("di belakang kartu", CredentialClass.CvvOnBack), ("di blkg kartu", CredentialClass.CvvOnBack),
        ("blkg kartu", CredentialClass.CvvOnBack),

        ("security code", CredentialClass.SecurityCode), ("kode keamanan", CredentialClass.SecurityCode),
    ];

    // Short words that read as other things when spaced out or are too short to tell apart that way.
    private static readonly string[] NeverSpaced = ["tac", "cid", "csc", "ccv", "cvn", "mfa", "2fa", "pw", "pass", "pasw", "kode", "code", "kode opt", "kt sandi"];

    public static readonly CredentialKeyword[] All = Numbered(Phrases
        .Select(p => new CredentialKeyword(
            p.Phrase.Split(' '),
            p.Class,
            Spaced: p.Class != CredentialClass.ShortPassword && !NeverSpaced.Contains(p.Phrase) && p.Phrase.Replace(" ", "", StringComparison.Ordinal).All(char.IsAsciiLetter)))
        .OrderByDescending(k => k.Length)
        .ToArray());

    /// <summary>Each keyword with the number of its first word.</summary>
    private static CredentialKeyword[] Numbered(CredentialKeyword[] keywords)
    {
        var leads = keywords.Select(k => k.Words[0]).Distinct(StringComparer.Ordinal).ToList();
        if (leads.Count > FirstWordMatches.MostFirstWords)
        {
            throw new InvalidOperationException($"{leads.Count} distinct first words; FirstWordMatches holds {FirstWordMatches.MostFirstWords}.");
        }

        return [.. keywords.Select(k => k with { Lead = leads.IndexOf(k.Words[0]) })];
    }

    // Keywords by the character a word starts with: the lowercase ASCII letter or digit, and the symbols that
    // stand for a first letter ("0tp", "$andi").
    private static readonly CredentialKeyword[][] ByFirstChar = Enumerable.Range(0, 128)
        .Select(c => All.Where(k => StartsWith(k, (char)c)).ToArray())
        .ToArray();

    // Most words start with a letter some keyword starts with; the second character rules nearly all of them out.
    // Keywords by first and second character (a letter, a symbol standing for it, or the joint of "m pin"),
    // longest first.
    private static readonly CredentialKeyword[][] ByFirstTwo = Enumerable.Range(0, 128 * 128)
        .Select(i => ByFirstChar[i / 128].Where(k => SecondMatches(k, (char)(i % 128))).ToArray())
        .ToArray();

    // "P@ssw0rd2024": the keywords that may be a password spelled with digits or symbols for letters, by first two characters.
    private static readonly CredentialKeyword[][] LeetByFirstTwo = ByFirstTwo
        .Select(list => list.Where(k => k.Class == CredentialClass.Password && k.Letters.Length >= 6).ToArray())
        .ToArray();

    // Keywords that may be spaced out, by first character, for words whose second character is a separator.
    private static readonly CredentialKeyword[][] SpacedByFirstChar = ByFirstChar
        .Select(list => list.Where(k => k.Spaced).ToArray())
        .ToArray();

    // Keywords whose first word is long enough to be typed with a typo, by first character.
    private static readonly CredentialKeyword[][] TypoByFirstChar = ByFirstChar
        .Select(list => list.Where(k => k.Words[0].Length >= KeywordMatcher.MinTypoLength).ToArray())
        .ToArray();

    // The same by first and second character, without the keywords whose first two characters match: those are tried
    // exactly first, and the same keyword tried again reads the text the same way.
    private static readonly CredentialKeyword[][] TypoByFirstTwo = Enumerable.Range(0, 128 * 128)
        .Select(i => TypoByFirstChar[i / 128].Except(ByFirstTwo[i]).ToArray())
        .ToArray();

    // One keyword per distinct first word of each list above, in the order they first appear: a word start where none
    // of them matches skips the whole list.
    private static readonly CredentialKeyword[][] ExactLeadsByFirstTwo = [.. ByFirstTwo.Select(Leads)];

    private static readonly CredentialKeyword[][] TypoLeadsByFirstTwo = [.. TypoByFirstTwo.Select(Leads)];

    private static readonly CredentialKeyword[][] TypoLeadsByFirstChar = [.. TypoByFirstChar.Select(Leads)];

    private static CredentialKeyword[] Leads(CredentialKeyword[] list) => list.Length == 0 ? [] : [.. list.DistinctBy(k => k.Lead)];

    // Per ASCII character: 0 ends a word, 1 continues one, 2 continues one and may start a keyword.
    // Non-ASCII characters (after normalisation, letters of other scripts) are asked of char.IsLetterOrDigit.
    private static readonly byte[] AsciiClass = Enumerable.Range(0, 128)
        .Select(c => (byte)(ByFirstChar[c].Length > 0 ? 2 : char.IsAsciiLetterOrDigit((char)c) || c is '@' or '$' ? 1 : 0))
        .ToArray();

    private static bool StartsWith(CredentialKeyword keyword, char c)
    {
        var first = keyword.Words[0][0];
        return first == char.ToLowerInvariant(c) || (c == '0' && first == 'o') || (c == '$' && first == 's');
    }

    private static bool SecondMatches(CredentialKeyword keyword, char c)
    {
        var first = keyword.Words[0];
        if (first.Length == 1)
        {
            return c is ' ' or '-' or '_' || (keyword.Words.Length > 1 && KeywordMatcher.Same(c, keyword.Words[1][0]));
        }

        return KeywordMatcher.Same(c, first[1]);
    }

    /// <summary>
    /// The keywords worth trying at a word start, in the order to try them: those whose first two characters match,
    /// longest first; then, when the second character separates letters, those that may be spaced out; then
    /// those that may be typed with a typo, when the word is about their length.
    /// </summary>
    public static KeywordCandidates Candidates(string text, int at)
    {
        var first = text[at];
        if (first >= 128)
        {
            return new KeywordCandidates([], [], [], [], [], [], TypoTold: false);
        }

        var second = at + 1 < text.Length ? text[at + 1] : '\0';
        var pair = (first * 128) + char.ToLowerInvariant(second);
        var exact = second < 128 ? ByFirstTwo[pair] : [];
        var leet = second < 128 ? LeetByFirstTwo[pair] : [];
        var spaced = second is ' ' or '.' or '-' or '_' or '*' ? SpacedByFirstChar[first] : [];

        // A keyword tried exactly is not tried again for a typo (when the second character could tell them apart).
        return second < 128
            ? new KeywordCandidates(exact, ExactLeadsByFirstTwo[pair], leet, spaced, TypoByFirstTwo[pair], TypoLeadsByFirstTwo[pair], TypoTold: true)
            : new KeywordCandidates(exact, [], leet, spaced, TypoByFirstChar[first], TypoLeadsByFirstChar[first], TypoTold: false);
    }

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Class(char c) => c < 128 ? AsciiClass[c] : char.IsLetterOrDigit(c) ? 1 : 0;
}

/// <summary>
/// The keywords worth trying at one word start: <see cref="Exact"/> (first two characters match), of those the ones that
/// may be a password spelled with digits for letters (<see cref="Leet"/>), <see cref="Spaced"/> out and with a
/// <see cref="Typo"/>; <see cref="ExactLeads"/> and <see cref="TypoLeads"/> hold one keyword per distinct first word of
/// their list. When <see cref="TypoTold"/>, no typo candidate is among the exact ones, so none can match its first word
/// exactly: only a typo of it, which <see cref="KeywordMatcher.MayBeTypo"/> and the word's length rule out first.
/// </summary>
internal readonly record struct KeywordCandidates(
    CredentialKeyword[] Exact, CredentialKeyword[] ExactLeads, CredentialKeyword[] Leet, CredentialKeyword[] Spaced,
    CredentialKeyword[] Typo, CredentialKeyword[] TypoLeads, bool TypoTold)
{
    /// <summary>Whether a typo of <paramref name="keyword"/>'s first word can be a typed word of <paramref name="length"/> (see <see cref="KeywordMatcher.TypoWordLength"/>).</summary>
    public static bool TypoFits(int length, CredentialKeyword keyword) =>
        length - keyword.Words[0].Length is >= -1 and <= KeywordMatcher.TypoLonger;
}

/// <summary>
/// The first words of keywords matched so far at one word start. Many keywords share one ("kode" opens thirty, "pass"
/// a dozen): a first word that did not match there rules out every keyword it opens without reading the text again,
/// and the one that matched last is not read again for the next keyword it opens.
/// </summary>
internal struct FirstWordMatches
{
    public const int MostFirstWords = 128;

    private ulong _missedLow;
    private ulong _missedHigh;
    private int _lastLead;
    private int _lastEnd;

    /// <summary>
    /// Where in <paramref name="keywords"/> the first keyword whose first word matches at <paramref name="at"/> is, or
    /// its length when none does; <paramref name="leads"/> are the keywords that bring in each first word (see
    /// <see cref="CredentialVocabulary"/>'s lists of leads), in the order the keywords do.
    /// </summary>
    public int FirstMatching(string text, int at, CredentialKeyword[] keywords, CredentialKeyword[] leads)
    {
        foreach (var lead in leads)
        {
            if (FirstWordEnd(text, at, lead) < 0)
            {
                continue;
            }

            for (var i = 0; i < keywords.Length; i++)
            {
                if (ReferenceEquals(keywords[i], lead))
                {
                    return i;
                }
            }
        }

        return keywords.Length;
    }

    /// <summary>Whether the first word of <paramref name="keyword"/> matches at <paramref name="at"/>.</summary>
    public bool MatchesFirstWord(string text, int at, CredentialKeyword keyword) => FirstWordEnd(text, at, keyword) >= 0;

    /// <summary>Where <paramref name="keyword"/> ends at <paramref name="at"/>, word by word, or -1 (as <see cref="KeywordMatcher.MatchWords"/>).</summary>
    public int MatchWords(string text, int at, CredentialKeyword keyword)
    {
        var end = FirstWordEnd(text, at, keyword);
        return end < 0 ? -1 : KeywordMatcher.MatchRest(text, end, keyword);
    }

    private int FirstWordEnd(string text, int at, CredentialKeyword keyword)
    {
        var lead = keyword.Lead;
        ref var missed = ref lead < 64 ? ref _missedLow : ref _missedHigh;
        var bit = 1UL << (lead & 63);
        if ((missed & bit) != 0)
        {
            return -1;
        }

        if (_lastLead == lead + 1)
        {
            return _lastEnd;
        }

        var end = KeywordMatcher.MatchFirstWord(text, at, keyword.Words[0]);
        if (end < 0)
        {
            missed |= bit;
        }
        else
        {
            _lastLead = lead + 1;
            _lastEnd = end;
        }

        return end;
    }
}
