using System.Collections.Frozen;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// Reads a password after its keyword: a few linking or filler words ("is", ":", "saya", "yang baru", "for the
/// guest wifi … is"), then the value, judged by how firmly it is linked and what it looks like. A mention without a
/// value ("I forgot my password", "my password is blocked", "passwordnya kepanjangan") is not a secret.
/// Bounded: at most <see cref="MaxSteps"/> tokens of at most <see cref="ChatToken.MaxLength"/> characters.
/// </summary>
internal static class PasswordReader
{
    private const int MaxSteps = 8;

    // "purple monkey dishwasher": a passphrase is three or more words, read up to a bound.
    private const int MinPhraseWords = 3;
    private const int MaxPhraseTokens = 8;

    // "(case sensitive)", "(the new one)": a remark, not a value; a longer bracket is something else.
    private const int MaxRemark = 32;

    // "password for the guest wifi is X": words between a keyword and its connector.
    private const int MaxBridged = 4;

    // "password baru saya sunshine" is a value; after "sudah saya reset tadi …" a plain word is more likely a
    // description than a password, so a plain-word value needs the keyword close by.
    private const int MaxSkippedForPlainValue = 2;

    // Fillers that keep a message waiting for its value ("the password is now" / next message "Rahasia1");
    // after a verb ("password sudah saya reset") it is a statement, not a value to come.
    private static readonly FrozenSet<string> StillWaiting = new[]
    {
        "new", "baru", "lama", "old", "current", "sekarang", "now", "the", "yang", "yg", "itu", "ini", "this", "it's",
        "its", "here", "here's", "heres", "just", "also", "juga", "temporary", "temp", "default", "initial", "sementara",
        "bawaan", "awal", "login", "masuk", "nah",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // What ends a passphrase's run of words: "… dishwasher 42 but it fails", "… nasi tapi ditolak". A preposition does
    // not ("kopi pagi di bandung" is one passphrase).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseStops = new[]
    {
        "and", "but", "so", "which", "that", "dan", "tapi", "tp", "tetapi", "namun", "kok", "terus", "trus", "please", "pls",
        "tolong", "mohon", "udah", "sudah", "sdh", "tetap", "tetep", "masih", "ga", "gak", "gk", "tidak", "tdk", "nggak",
        "still", "doesn't", "didn't", "isn't", "won't", "can't", "cannot", "not", "yet", "is", "was", "adalah", "itu",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Waiting =
        StillWaiting.GetAlternateLookup<ReadOnlySpan<char>>();

    private enum Verdict
    {
        Value,
        Bridge,
        Stop,
    }

    public static Reading After(string text, CredentialClass cls, int pos, Link link)
    {
        // "password, …" and "password." end the mention, unless an apposition follows: "my password, which is X".
        if (pos < text.Length && ChatToken.IsClausePunctuation(text[pos]))
        {
            if (text[pos] == ',' && Apposed(text, pos + 1) is { Found: true } apposed)
            {
                return apposed;
            }

            if (text[pos] != ',' || !AppositionAfter(text, pos + 1, out pos))
            {
                return Reading.Nothing;
            }

            link = Link.Connected;
        }

        var ending = link >= Link.Connected ? Ending.AfterLink : Ending.AfterKeyword;
        var bridged = 0;
        // The bridge opened with a preposition: what follows names the place the password is for ("for the shared folder").
        var placed = false;
        var skipped = 0;
        for (var step = 0; step < MaxSteps; step++)
        {
            pos = AfterRemark(text, pos);
            var token = ChatToken.ReadForward(text, pos);
            switch (token.Kind)
            {
                case ChatTokenKind.None:
                    return Reading.RanOut(text, pos, ending);
                case ChatTokenKind.Colon or ChatTokenKind.Equals:
                    link = Link.Strong;
                    ending = Ending.AfterLink;
                    pos = token.End;
                    continue;
                case ChatTokenKind.Dash:
                    link = Max(link, Link.Medium);
                    pos = token.End;
                    continue;
            }

            pos = token.End;
            var word = token.Core(text);
            if (word.IsEmpty)
            {
                if (token.ClauseEnd)
                {
                    return Reading.Nothing;
                }

                continue;
            }

            // "my password is capital t i g e r underscore one two three", "passwordnya rahasia garis bawah kita terus angka
            // tiga": a value read out, not typed (thirteenth round).
            if (bridged == 0 && !token.Quoted && DictatedValueReader.DictationEnd(text, token.Start) is var dictated and > 0)
            {
                return Reading.Value(token.CoreStart, dictated);
            }

            // "password password password": the next keyword speaks for itself. After a link it is a value,
            // though ("my password is password"), and so is a keyword spelled like a password ("Password P@ssw0rd").
            if (link == Link.None && !token.Quoted && Shapes.Of(word) != Shape.Strong && CredentialScanner.StartsKeyword(text, token.CoreStart))
            {
                return Reading.Nothing;
            }

            var flags = token.Quoted ? WordFlags.None : ChatWords.Classify(word);
            if (!token.Quoted)
            {
                if (flags.HasAny(WordFlags.Particle))
                {
                    if (token.ClauseEnd)
                    {
                        return Reading.Nothing;
                    }

                    continue;
                }

                if (flags.HasAny(WordFlags.Connector | WordFlags.Possessive))
                {
                    if (flags.HasAny(WordFlags.Connector))
                    {
                        link = Max(link, Link.Connected);
                        ending = bridged == 0 || !ChatWords.IsMovementConnector(word) ? Ending.AfterLink : Ending.None;
                    }
                    else if (bridged == 0 || !(word.Equals("my", StringComparison.OrdinalIgnoreCase) || word.Equals("our", StringComparison.OrdinalIgnoreCase)))
                    {
                        // "password for my laptop: …", "for our team drive": an English possessive after a bridge is the laptop's, not a
                        // link; an Indonesian one follows its noun and links ("password akun saya Rahasia1").
                        link = Max(link, Link.Medium);
                    }

                    if (token.ClauseEnd)
                    {
                        return Reading.Nothing;
                    }

                    continue;
                }

                if (flags.HasAny(WordFlags.PasswordFiller))
                {
                    skipped++;
                    if (!Waiting.Contains(word))
                    {
                        ending = Ending.None;
                    }

                    if (token.ClauseEnd)
                    {
                        return Reading.Nothing;
                    }

                    continue;
                }

                // "the wifi password on my laptop is set to X": a place the password belongs to, before its link.
                if (flags.HasAny(WordFlags.Preposition) && link == Link.None && !token.ClauseEnd)
                {
                    placed |= bridged == 0;
                    ending = Ending.None;
                    if (++bridged > MaxBridged)
                    {
                        return Reading.Nothing;
                    }

                    continue;
                }

                // "passphrase is correct horse battery staple": a passphrase may open with a word that reads like a
                // verdict, when four or more plain words follow it to the end of the clause.
                if (cls == CredentialClass.Passphrase && link >= Link.Connected && flags.HasAny(WordFlags.Stop | WordFlags.Description) && bridged == 0
                    && word.Length >= 4 && !PhraseStops.Contains(word) && PlainPhraseEnd(text, token) is var plainEnd and > 0)
                {
                    return Reading.Value(token.CoreStart, plainEnd);
                }

                if (flags.HasAny(WordFlags.Stop | WordFlags.Description) || IsCount(word))
                {
                    return Reading.Nothing;
                }
            }

            // A redacted text scans clean: "password: [password removed]", "passwordnya "[password removed]"".
            if (Redaction.IsPlaceholderAt(text, token.CoreStart) || Redaction.IsPlaceholderAt(text, token.CoreStart - 1))
            {
                return Reading.Nothing;
            }

            // "password = s a t e a y a m 7 7": a value spelled out one character at a time after its link.
            if (link >= Link.Connected && word.Length == 1 && char.IsLetterOrDigit(word[0]) && SpelledOutEnd(text, token.CoreStart) is var spelledEnd and > 0)
            {
                return Reading.Value(token.CoreStart, spelledEnd);
            }

            // "it says \"Incorrect password (E401)\"": an error's code in brackets straight after the keyword is what the
            // screen printed, not the password (seventh round, a false positive).
            if (link == Link.None && bridged == 0 && token.CoreStart > token.Start && text[token.CoreStart - 1] == '('
                && token.CoreEnd < text.Length && text[token.CoreEnd] == ')' && Shapes.IsErrorCode(word))
            {
                return Reading.Nothing;
            }

            // "the passphrase is purple monkey dishwasher 42", "frasa sandi saya: kucing hitam makan nasi": after a
            // passphrase's link, a run of plain words to the end of the clause is the value, all of it.
            // "the passphrase option is greyed out": after a word naming something else, or on a word that reads like a
            // description, it is not.
            if (cls == CredentialClass.Passphrase && link >= Link.Connected && !token.Quoted && !flags.HasAny(WordFlags.Noun)
                && (bridged == 0 || link == Link.Strong) && !ChatWords.LooksInflected(word)
                && PhraseEnd(text, token) is var phraseEnd and > 0)
            {
                return Reading.Value(token.CoreStart, phraseEnd);
            }

            // "sandinya sy yg bikinin dan sy catet" (fifteenth round, a false positive): "I'm the one who …", a plain word
            // after someone and "yg" is what they did, not the password.
            if (Shapes.Of(word) == Shape.Plain && WhoDidIt(text, token))
            {
                return Reading.Nothing;
            }

            switch (Judge(text, cls, token, word, flags, link, bridged, plainAllowed: skipped <= MaxSkippedForPlainValue, placed))
            {
                case Verdict.Value when cls == CredentialClass.Credentials:
                    return SecretOfPair(text, token);
                case Verdict.Value when Shapes.IsAllDigits(word):
                    return DigitsValue(text, cls, token);
                case Verdict.Value:
                    return Reading.Value(token.RedactStart, token.RedactEnd);
                case Verdict.Stop:
                    return Reading.Nothing;
            }

            ending = Ending.None;
            if (token.ClauseEnd || ++bridged > MaxBridged)
            {
                return Reading.Nothing;
            }
        }

        return Reading.Nothing;
    }

    /// <summary>
    /// A value of digits takes the digit groups after it too ("password: 1234 5678"). A passcode of digits is 4–8 of
    /// them: "access code 123 456 789" dials into a call, it opens no account.
    /// </summary>
    private static Reading DigitsValue(string text, CredentialClass cls, ChatToken token)
    {
        var end = token.CoreEnd;
        var digits = end - token.CoreStart;
        while (end + 1 < text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1]) && digits < 24)
        {
            var next = end + 1;
            while (next < text.Length && char.IsAsciiDigit(text[next]))
            {
                next++;
            }

            if (next < text.Length && !char.IsWhiteSpace(text[next]) && !ChatToken.IsClausePunctuation(text[next]))
            {
                break;
            }

            digits += next - end - 1;
            end = next;
        }

        if (cls == CredentialClass.Passcode && digits is < 4 or > 8)
        {
            return Reading.Nothing;
        }

        return Reading.Value(token.CoreStart, end);
    }

    /// <summary>"password (case sensitive): X", "pw (yg baru) = X": a remark in brackets between a keyword and its link is passed over.</summary>
    private static int AfterRemark(string text, int pos)
    {
        var open = pos;
        while (open < text.Length && open - pos < 2 && text[open] == ' ')
        {
            open++;
        }

        if (open >= text.Length || text[open] != '(')
        {
            return pos;
        }

        var close = text.AsSpan(open + 1, Math.Min(MaxRemark, text.Length - open - 1)).IndexOfAny('(', ')');
        if (close < 0 || text[open + 1 + close] != ')')
        {
            return pos;
        }

        var after = open + close + 2;
        var link = ChatToken.ReadForward(text, after);
        return link.Kind is ChatTokenKind.Colon or ChatTokenKind.Equals ? after : pos;
    }

    /// <summary>"my password, Kangaroo!55, stopped working": a password-shaped word set off by commas (or ending the message).</summary>
    private static Reading Apposed(string text, int pos)
    {
        var token = ChatToken.ReadForward(text, pos);
        var word = token.Core(text);
        if (token.Kind != ChatTokenKind.Word || token.Quoted || word.IsEmpty || Shapes.Of(word) != Shape.Strong || !Shapes.HasLetter(word)
            || Shapes.IsAddress(word) || Shapes.IsMasked(word) || Redaction.IsPlaceholderAt(text, token.CoreStart))
        {
            return Reading.Nothing;
        }

        var closed = (token.ClauseEnd && text[token.End - 1] is ',' or '.' or '!') || ChatToken.ReadForward(text, token.End).Kind == ChatTokenKind.None;
        return closed ? Reading.Value(token.RedactStart, token.RedactEnd) : Reading.Nothing;
    }

    /// <summary>"the old one was", "the new one is", "old one:": which password, then a link.</summary>
    private static bool TheOneBefore(string text, ChatToken first, out int after)
    {
        after = first.Start;
        var which = first.Core(text).Equals("the", StringComparison.OrdinalIgnoreCase) ? ChatToken.ReadForward(text, first.End) : first;
        if (which.Kind != ChatTokenKind.Word || which.ClauseEnd
            || !(which.Core(text) is var w && (w.Equals("old", StringComparison.OrdinalIgnoreCase) || w.Equals("new", StringComparison.OrdinalIgnoreCase)
                || w.Equals("current", StringComparison.OrdinalIgnoreCase) || w.Equals("previous", StringComparison.OrdinalIgnoreCase)
                || w.Equals("original", StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }

        var one = ChatToken.ReadForward(text, which.End);
        if (one.Kind != ChatTokenKind.Word || !one.Core(text).Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (one.ClauseEnd && text[one.End - 1] == ':')
        {
            after = one.End;
            return true;
        }

        var link = ChatToken.ReadForward(text, one.End);
        if (one.ClauseEnd || link.Kind is not (ChatTokenKind.Word or ChatTokenKind.Colon)
            || link.Kind == ChatTokenKind.Word && !ChatWords.Classify(link.Core(text)).HasAny(WordFlags.Connector))
        {
            return false;
        }

        after = link.End;
        return true;
    }

    private static bool AppositionAfter(string text, int pos, out int after)
    {
        after = pos;
        var first = ChatToken.ReadForward(text, pos);
        if (first.Kind != ChatTokenKind.Word)
        {
            return false;
        }

        var word = first.Core(text);
        if (word.Equals("yaitu", StringComparison.OrdinalIgnoreCase) || word.Equals("yakni", StringComparison.OrdinalIgnoreCase)
            || word.Equals("i.e", StringComparison.OrdinalIgnoreCase) || word.Equals("namely", StringComparison.OrdinalIgnoreCase))
        {
            after = first.End;
            return true;
        }

        // "someone changed my password, the old one was" (the seventh trial sent "Hunter2024!" next).
        if (TheOneBefore(text, first, out after))
        {
            return true;
        }

        if (!word.Equals("which", StringComparison.OrdinalIgnoreCase) && !word.Equals("that", StringComparison.OrdinalIgnoreCase)
            && !word.Equals("yang", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var second = ChatToken.ReadForward(text, first.End);
        if (second.Kind == ChatTokenKind.Word && ChatWords.Classify(second.Core(text)).HasAny(WordFlags.Connector))
        {
            after = second.End;
            return true;
        }

        return false;
    }

    /// <summary>"credentials: budi / Rahasia1", "user/pass: budi/Rahasia1": the secret is the part after the slash.</summary>
    private static Reading SecretOfPair(string text, ChatToken first)
    {
        var core = first.Core(text);
        var slash = core.IndexOf('/');
        if (slash >= 0 && slash < core.Length - 1)
        {
            return Reading.Value(first.CoreStart + slash + 1, first.RedactEnd);
        }

        var next = ChatToken.ReadForward(text, first.End);
        if (slash == core.Length - 1 || (next.Kind == ChatTokenKind.Word && next.Core(text).SequenceEqual("/")))
        {
            var secret = ChatToken.ReadForward(text, slash == core.Length - 1 ? first.End : next.End);
            if (secret.Kind == ChatTokenKind.Word && Redaction.IsPlaceholderAt(text, secret.Start))
            {
                return Reading.Nothing;
            }

            if (secret.Kind == ChatTokenKind.Word && secret.CoreEnd > secret.CoreStart)
            {
                return Reading.Value(secret.RedactStart, secret.RedactEnd);
            }
        }

        return Reading.Value(first.RedactStart, first.RedactEnd);
    }

    private static Verdict Judge(
        string text, CredentialClass cls, ChatToken token, ReadOnlySpan<char> word, WordFlags flags, Link link, int bridged, bool plainAllowed,
        bool placed)
    {
        if (token.Quoted)
        {
            return Shapes.IsMasked(word) ? Verdict.Stop : Verdict.Value;
        }

        if (Shapes.IsAddress(word))
        {
            // "password for budi@kantor.co.id is …": the address names the account; the value comes later.
            return link == Link.None || cls == CredentialClass.Credentials ? Verdict.Bridge : Verdict.Stop;
        }

        if (Shapes.IsMasked(word))
        {
            return Verdict.Stop;
        }

        // "sy ketik passwordnya pelan2 tetep salah": after an Indonesian suffix or no link at all, a word doubled with
        // a 2 is how the sentence goes on ("slowly"); after "is" or a colon it is the value ("my password is sunshine2").
        if (link < Link.Connected && Shapes.IsDoubled(word))
        {
            return Verdict.Stop;
        }

        var shape = Shapes.Of(word);

        // "boarding pass 12345" is a pass; "pass saya 123456", "pass: 1234" give one.
        var strong = shape == Shape.Strong && (cls is not (CredentialClass.ShortPassword or CredentialClass.WeakPassword) || Shapes.HasLetter(word) || link >= Link.Medium);
        var noun = flags.HasAny(WordFlags.Noun);
        switch (link)
        {
            case Link.Strong:
                // "password: sunshine" is a value whatever it looks like; "password: email" is not.
                return strong || (!noun && word.Length >= 3) ? Verdict.Value : Verdict.Stop;

            case Link.Medium or Link.Connected:
                // "creds are admin / Adm1n!2024": a pair after the link, the secret after its slash.
                if (cls == CredentialClass.Credentials && (word.Contains('/') || ChatToken.ReadForward(text, token.End).Core(text) is "/"))
                {
                    return Verdict.Value;
                }

                if (strong)
                {
                    return Verdict.Value;
                }

                // "pass nya wifi: Wifikantor!1": the account named after the possessive, then its link.
                if (noun && bridged == 0 && LinkFollows(text, token.End))
                {
                    return Verdict.Bridge;
                }

                // "pass" and "secret" are ordinary words: a plain word after them counts only after "is"/"saya"/"-nya"
                // with nothing between ("passnya dragon", "my secret is sunshine").
                // "access password for the shared folder is lemonade": a place named after a preposition, then "is", bridges to a
                // plain value too (fourteenth round); other words between the keyword and its link do not.
                var bridgedToPlain = bridged > 0 && !(placed && link == Link.Connected);
                if (cls is CredentialClass.ShortPassword or CredentialClass.WeakPassword && (bridgedToPlain || link == Link.None)
                    || noun || bridgedToPlain || !plainAllowed)
                {
                    return Verdict.Stop;
                }

                if (shape == Shape.MixedCase)
                {
                    return Verdict.Value;
                }

                // "my password is sunshine": a plain word counts when the clause ends after it and it does not
                // read like a description ("is blocked", "saya diblokir", "nya kepanjangan").
                return word.Length >= 4 && !ChatWords.LooksInflected(word) && ClauseEndsAfter(text, token)
                    ? Verdict.Value
                    : Verdict.Stop;

            default:
                // "password Abc12345": no link, so only a password-shaped word, and only straight after the keyword;
                // "password akun budi_s88: …" names the account before the link.
                if (bridged == 0 && strong && !LinkFollows(text, token.End))
                {
                    return Verdict.Value;
                }

                return Verdict.Bridge;
        }
    }

    private static bool WhoDidIt(string text, ChatToken token)
    {
        var which = ChatToken.ReadBackward(text, token.Start);
        if (which.Kind != ChatTokenKind.Word || !ChatWords.IsAny(which.Core(text), "yg", "yang"))
        {
            return false;
        }

        var who = ChatToken.ReadBackward(text, which.Start);
        return who.Kind == ChatTokenKind.Word && !who.ClauseEnd && ChatWords.IsAny(who.Core(text),
            "sy", "saya", "aku", "gw", "gue", "gua", "dia", "kakak", "adik", "adek", "mama", "papa", "ibu", "bapak", "ayah", "suami", "istri", "anak", "ortu");
    }

    private static bool ClauseEndsAfter(string text, ChatToken token)
    {
        if (token.ClauseEnd)
        {
            return true;
        }

        // "pwd is ilovemymom (no spaces)": a remark in brackets after the value closes it.
        var next = ChatToken.ReadForward(text, token.End);
        if (next.Kind == ChatTokenKind.Word && next.CoreStart > next.Start && text[next.Start] == '(')
        {
            return true;
        }

        return next.Kind switch
        {
            ChatTokenKind.None => true,
            ChatTokenKind.Dash => true,
            ChatTokenKind.Word => ChatWords.Classify(next.Core(text)).HasAny(WordFlags.Conjunction | WordFlags.Particle) || HowWrittenAt(text, next),
            _ => false,
        };
    }

    // "my password is sunflower all lowercase", "pw nya mochi semua kecil", "sandinya kopi tanpa spasi": how the value is
    // written, said after it (fourteenth round).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WritingWords = new[]
    {
        "lowercase", "uppercase", "caps", "capital", "capitals", "capitalized", "kecil", "besar", "kapital", "spasi", "spaces",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WritingLeads = new[]
    {
        "all", "in", "with", "without", "no", "semua", "semuanya", "huruf", "pake", "pakai", "tanpa", "gak", "ga", "gk", "nggak", "ada",
        "lower", "upper", "a",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A remark on how the value is written at <paramref name="first"/>: up to two lead words, then a word of casing or spacing.</summary>
    private static bool HowWrittenAt(string text, ChatToken first)
    {
        var token = first;
        for (var step = 0; step < 3 && token.Kind == ChatTokenKind.Word; step++)
        {
            var word = token.Core(text);
            if (WritingWords.Contains(word))
            {
                return true;
            }

            if (!WritingLeads.Contains(word) || token.ClauseEnd)
            {
                return false;
            }

            token = ChatToken.ReadForward(text, token.End);
        }

        return false;
    }

    private static bool LinkFollows(string text, int pos)
    {
        var next = ChatToken.ReadForward(text, pos);
        return next.Kind is ChatTokenKind.Colon or ChatTokenKind.Equals
               || (next.Kind == ChatTokenKind.Word && ChatWords.Classify(next.Core(text)).HasAny(WordFlags.Connector));
    }

    /// <summary>
    /// Where a passphrase that starts with <paramref name="first"/> ends: at least <see cref="MinPhraseWords"/> words of
    /// letters and digits (hyphenated parts count), up to the end of the clause or a conjunction; -1 when the run is
    /// shorter, so a single word is judged like any password.
    /// </summary>
    private static int PhraseEnd(string text, ChatToken first)
    {
        var words = 0;
        var end = -1;
        var token = first;
        for (var step = 0; step < MaxPhraseTokens; step++)
        {
            var core = token.Core(text);
            if (token.Kind != ChatTokenKind.Word || token.Quoted || core.IsEmpty || !IsPhraseWord(core)
                || (step > 0 && PhraseStops.Contains(core)))
            {
                break;
            }

            words += 1 + core.Count('-');
            end = token.CoreEnd;
            if (token.ClauseEnd)
            {
                break;
            }

            token = ChatToken.ReadForward(text, token.End);
        }

        return words >= MinPhraseWords ? end : -1;
    }

    /// <summary>
    /// Where a passphrase that opens with a verdict-like word ends: four or more words in all, every one after the first
    /// a word the vocabularies do not know (no pronoun, verb of typing, link or filler), so "correct horse battery staple"
    /// is a value and "wrong even though I typed it" is not. -1 otherwise.
    /// </summary>
    private static int PlainPhraseEnd(string text, ChatToken first)
    {
        var end = PhraseEnd(text, first);
        if (end < 0)
        {
            return -1;
        }

        var words = 1;
        var token = ChatToken.ReadForward(text, first.End);
        while (token.Kind == ChatTokenKind.Word && token.CoreStart < end)
        {
            if (ChatWords.Classify(token.Core(text)) != WordFlags.None || !Shapes.IsWord(token.Core(text)))
            {
                return -1;
            }

            words++;
            token = ChatToken.ReadForward(text, token.End);
        }

        return words >= MinPhraseWords + 1 ? end : -1;
    }

    /// <summary>Five or more single letters or digits one space apart ("s a t e a y a m 7 7"): where they end, or -1.</summary>
    private static int SpelledOutEnd(string text, int start)
    {
        const int MinSpelled = 5;
        var count = 0;
        var pos = start;
        while (pos < text.Length && char.IsLetterOrDigit(text[pos]) && (pos + 1 == text.Length || !char.IsLetterOrDigit(text[pos + 1])))
        {
            count++;
            if (pos + 2 < text.Length && text[pos + 1] == ' ' && char.IsLetterOrDigit(text[pos + 2]))
            {
                pos += 2;
                continue;
            }

            pos++;
            break;
        }

        return count >= MinSpelled ? pos : -1;
    }

    private static bool IsPhraseWord(ReadOnlySpan<char> core)
    {
        foreach (var c in core)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"3x", "2kali": how many times, not a password.</summary>
    internal static bool IsCount(ReadOnlySpan<char> word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits is 0 or > 3)
        {
            return false;
        }

        var rest = word[digits..];
        return rest.Equals("x", StringComparison.OrdinalIgnoreCase) || rest.Equals("kali", StringComparison.OrdinalIgnoreCase)
               || rest.Equals("kl", StringComparison.OrdinalIgnoreCase);
    }

    private static Link Max(Link a, Link b) => a > b ? a : b;
}
