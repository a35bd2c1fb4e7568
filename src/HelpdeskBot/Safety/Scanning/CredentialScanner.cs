namespace HelpdeskBot.Safety.Scanning;

/// <summary>A keyword at the end of a message still waiting for its value ("my password is", "PIN saya:"); for a code cut short
/// ("kodenya 73"), how many of its digits came (<see cref="FragmentDigits"/>).</summary>
internal readonly record struct Awaiting(CredentialClass Class, bool AfterColon, int FragmentDigits = 0);

/// <summary>
/// Finds passwords, PINs, one-time codes and CVVs given as values: a keyword from
/// <see cref="CredentialVocabulary"/>, then the value read by <see cref="PasswordReader"/> or
/// <see cref="DigitCodeReader"/>, or a value before the keyword with a link between ("123456 is my OTP"). It also
/// notes when the text ends on a keyword still waiting for its value, so the next message can be checked for it.
/// Hand-written and linear: keywords are found in one pass over word starts, and each keyword reads a bounded
/// number of bounded tokens around it.
/// </summary>
internal static class CredentialScanner
{
    private const int MaxStepsBefore = 4;
    private const int CodeContextWindow = 48;
    private const int MaxDigitsBefore = 8;

    // "it asks for the PIN and I enter 0912": words between a keyword and a verb of typing in, in one sentence.
    private const int MaxStepsToEntry = 7;

    public static void Scan(string text, ref List<SecretSpan>? found, out Awaiting? awaiting)
    {
        awaiting = null;
        DigitCodeReader.ScanGoogleCodes(text, ref found);
        Span<KeywordSite> sites = stackalloc KeywordSite[NearbyValueReader.MaxSites];
        var siteCount = 0;
        (CredentialClass Class, int End)? digitKeyword = null;
        var pos = 0;
        while (pos < text.Length)
        {
            var at = CredentialVocabulary.NextCandidate(text, pos);
            if (at < 0)
            {
                break;
            }

            if (at > 0 && Redaction.IsPlaceholderAt(text, at - 1))
            {
                // "[PIN removed]", "[password removed]": the guard's own words, not a keyword.
                pos = at + 1;
                continue;
            }

            // "DB_PASSWORD=${DB_PASSWORD}": a keyword inside a variable's name is the name of what stands in for a value.
            if (at > 0 && text[at - 1] is '_' or '{' or '$' or '%' or '(' && InVariable(text, at))
            {
                pos = at + 1;
                continue;
            }

            // "PASSWORD_IS_ON_FRIDGE" (a Wi-Fi's name), "password_hash=…": a keyword that opens an identifier names something else.
            if (OpensIdentifier(text, at))
            {
                pos = at + 1;
                continue;
            }

            // The keywords worth trying here, looked up once for both readings of the word.
            var candidates = CredentialVocabulary.Candidates(text, at);
            var matches = default(FirstWordMatches);
            if (LeetPasswordEnd(text, at, candidates.Leet, ref matches) is var leetEnd and > 0)
            {
                Add(ref found, text, CredentialClass.Password, at, leetEnd);
                pos = leetEnd;
                continue;
            }

            if (!TryKeyword(text, at, candidates, ref matches, out var keyword, out var keywordEnd, out var link))
            {
                pos = at + 1;
                continue;
            }

            var cls = keyword.Class;
            pos = keywordEnd;
            if (cls is CredentialClass.Pin or CredentialClass.Otp or CredentialClass.LoginCode || (cls is CredentialClass.Code or CredentialClass.CodeReceived))
            {
                digitKeyword ??= (cls, keywordEnd);
            }

            // "I tried password sunshine", "pake pw bismillah": a verb of using before the keyword links it to what follows.
            if (link == Link.None && ReadsPassword(cls) && UsedBefore(text, at))
            {
                link = Link.Medium;
            }

            var reading = ReadsPassword(cls)
                ? PasswordReader.After(text, cls, keywordEnd, link)
                : DigitCodeReader.After(text, cls, keywordEnd, link);
            if (reading.Found && !ReadsPassword(cls) && IsBracketedErrorCode(text, at, keywordEnd, reading.Start, reading.End))
            {
                continue;
            }

            if (reading.Found)
            {
                pos = Math.Max(pos, reading.End);
                Add(ref found, text, cls, reading.Start, reading.End);
                awaiting = null;
                if (siteCount < sites.Length)
                {
                    // "pin nya 1203 atau 1230": a second value offered after the first.
                    sites[siteCount++] = new KeywordSite(cls, reading.End, reading.End, Alternative: true);
                }

                continue;
            }

            if (TryEnteredValue(text, cls, keywordEnd, out var start, out var end))
            {
                pos = Math.Max(pos, end);
                Add(ref found, text, cls, start, end);
                awaiting = null;
                continue;
            }

            // "itu pw punya suami sy, "persibmaung"", "my password is literally my birthday 14031992" (the eighteenth round).
            if (ReadsPassword(cls) && (DescribedValueReader.TryQuoted(text, keywordEnd, out start, out end)
                || DescribedValueReader.TryPersonalNumber(text, keywordEnd, out start, out end)))
            {
                pos = Math.Max(pos, end);
                Add(ref found, text, cls, start, end);
                awaiting = null;
                continue;
            }

            if (TryValueBefore(text, cls, at, out start, out end))
            {
                Add(ref found, text, cls, start, end);
            }
            else if (siteCount < sites.Length)
            {
                sites[siteCount++] = new KeywordSite(cls, at, keywordEnd);
            }

            // "kode yg sy masukin 48" / "2913", "JANGAN BERIKAN kode ini. 551" / "083" (the ninth user trial): a code's first
            // digits end the message, the rest comes in the next one.
            var fragment = IsOneTimeCode(cls) || cls is CredentialClass.CodeReceived or CredentialClass.Pin ? FragmentAfter(text, keywordEnd) : 0;
            awaiting = fragment > 0
                       || reading.Ending == Ending.AfterLink || (reading.Ending == Ending.AfterKeyword && (Presented(text, at) || (IsOneTimeCode(cls) && Received(text, at))))
                       || (EnteredBefore(text, at) && OnlyTrailersAfter(text, keywordEnd))
                ? new Awaiting(cls, text.AsSpan(keywordEnd).TrimEnd().EndsWith(":"), fragment)
                : null;
        }

        if (digitKeyword is { } first)
        {
            // "first code 442918 expired …, second one is 550371", "set the new one to 7144".
            DescribedValueReader.ScanAnotherOne(text, first.Class, first.End, ref found);
        }

        using var words = MessageWords.Of(text);
        UnnamedValueReader.Scan(text, words, ref found);
        NearbyValueReader.Scan(text, sites[..siteCount], ref found);
        NearbyValueReader.ScanStrong(text, words, ref found);
        NearbyValueReader.ScanMachineEntry(text, words, ref found);
        NearbyValueReader.ScanCountedDigits(text, words, ref found);
        GroupedCodeReader.Scan(text, words, ref found);
        CorrectedValueReader.Scan(text, words, ref found);
    }

    private static bool OpensIdentifier(string text, int at)
    {
        var k = at;
        while (k < text.Length && k - at < 12 && char.IsAsciiLetter(text[k]))
        {
            k++;
        }

        return k - at >= 3 && k + 1 < text.Length && text[k] == '_' && char.IsAsciiLetter(text[k + 1]);
    }

    private static bool InVariable(string text, int at)
    {
        var start = at;
        while (start > 0 && at - start < ChatToken.MaxLength && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] != '=')
        {
            start--;
        }

        var end = at;
        while (end < text.Length && end - start < ChatToken.MaxLength && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return Shapes.IsMasked(text.AsSpan(start, end - start).TrimEnd(",.;:!?)\"'"));
    }

    /// <summary>
    /// Whether the text can end on a keyword still waiting for its value: it ends with a colon or arrow, a linking,
    /// filler or possessive word, or a keyword. Most messages end on a word that is none of these, and the follow-up
    /// scan of a turn can skip them.
    /// </summary>
    public static bool MayAwait(string text)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || ChatToken.IsClausePunctuation(text[end - 1]) || text[end - 1] is ')' or '"' or '\'' or '-'))
        {
            end--;
        }

        if (end == 0)
        {
            return false;
        }

        if (text[end - 1] is ':' or '=' or '>' or '→' or '：' || EndsWithDigitFragment(text, end) || SpelledDigits.TrailingRun(text, end, 3, out _) > 0)
        {
            return true;
        }

        var pos = end;
        for (var step = 0; step < 5; step++)
        {
            var token = ChatToken.ReadBackward(text, pos);
            if (token.Kind == ChatTokenKind.None)
            {
                return false;
            }

            var flags = ChatWords.Classify(token.Core(text));
            // A single letter may end a keyword spelled out letter by letter ("p a s s w o r d").
            // "pin sy kalo gk salah": a hedge ends on "salah", the value still to come.
            if (step == 0 && (token.CoreEnd - token.CoreStart <= 1 || flags.HasAny(WordFlags.Connector | WordFlags.Possessive | WordFlags.Particle
                    | WordFlags.PasswordFiller | WordFlags.DigitFiller | WordFlags.CvvFiller | WordFlags.Presentational)
                    || token.Core(text).Equals("salah", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (token.CoreStart < token.CoreEnd && TryKeyword(text, token.CoreStart, out _, out _, out _))
            {
                return true;
            }

            pos = token.Start;
        }

        return false;
    }

    /// <summary>
    /// "I typed P@ssw0rd2024", "Pa55word!1": the word "password" spelled with digits or symbols for letters and run
    /// on into more characters is nobody's word for a password; it is one. A plain "password1" stays a word.
    /// </summary>
    /// <returns>The end of the value, or -1.</returns>
    private static int LeetPasswordEnd(string text, int at, CredentialKeyword[] leet, ref FirstWordMatches matches)
    {
        foreach (var candidate in leet)
        {
            var end = matches.MatchWords(text, at, candidate);
            // Run on into the value's own characters; "p@ssw0rd:" and "p@ssw0rd-nya" are the keyword with a link or a suffix.
            if (end < 0 || end >= text.Length || !(char.IsAsciiLetterOrDigit(text[end]) || text[end] is '!' or '#' or '@' or '$' or '*' or '&' or '_'))
            {
                continue;
            }

            var substituted = false;
            foreach (var c in text.AsSpan(at, end - at))
            {
                // A digit or symbol for a letter ("p@ssw0rd"); not the space or dash between a keyword's words ("kata sandinya
                // salah" is the keyword with a suffix, and was refused as a password until the sixth round).
                substituted |= !char.IsLetter(c) && !char.IsWhiteSpace(c) && c is not ('-' or '_' or '.');
            }

            var wordEnd = end;
            while (wordEnd < text.Length && wordEnd - at < ChatToken.MaxLength && !char.IsWhiteSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            while (wordEnd > end && ChatToken.IsClausePunctuation(text[wordEnd - 1]) && text[wordEnd - 1] != '!')
            {
                wordEnd--;
            }

            if (wordEnd <= end)
            {
                return -1;
            }

            // "Password123 doesn't work anymore", "Password123! is what I typed": run on into two or more digits at the
            // start of a message, the classic password itself; "the Password1 field" stays a word.
            var runOnDigits = 0;
            foreach (var c in text.AsSpan(end, wordEnd - end))
            {
                runOnDigits += char.IsAsciiDigit(c) ? 1 : 0;
            }

            return substituted || (runOnDigits >= 2 && OpensMessage(text, at)) ? wordEnd : -1;
        }

        return -1;
    }

    /// <summary>
    /// "sms verifikasinya baru masuk skrg nih", "google sent a text a min ago", "so I typed the code from authenticator" (the
    /// eleventh user trial): the message's last sentence tells of a one-time code that came or was used, without its value;
    /// the next message ("isinya 39 71 52", "G 482 913 is what it says", "it was 771 204") may hold it. A code that never
    /// came ("the OTP never arrives", "kode blm masuk") leaves nothing to wait for.
    /// </summary>
    public static bool ToldOfCode(string text)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || ChatToken.IsClausePunctuation(text[end - 1])))
        {
            end--;
        }

        var start = end;
        while (start > 0 && !(text[start - 1] is '.' or '!' or '?' or '\n' && (start == text.Length || char.IsWhiteSpace(text[start]))))
        {
            start--;
        }

        // Most messages tell of nothing coming: without a word of it, no keyword is looked up (a turn's guard work, issue 13).
        if (!AnyCame(text, start, end))
        {
            return false;
        }

        // Clause by clause, the last one that names a code or a message decides: "the MFA push never came so I typed the code".
        bool told = false, code = false, message = false, came = false, never = false;
        var pos = start;
        while (pos < end)
        {
            var token = ChatToken.ReadForward(text, pos);
            if (token.Kind == ChatTokenKind.None || token.Start >= end)
            {
                break;
            }

            pos = token.End;
            if (token.Kind != ChatTokenKind.Word || token.CoreStart >= token.CoreEnd)
            {
                continue;
            }

            var word = token.Core(text);
            if (ChatWords.Classify(word).HasAny(WordFlags.Conjunction) || IsAny(word, "so", "then", "terus", "trs", "trus", "lalu"))
            {
                Close();
                continue;
            }

            never |= CodeNeverCame(word);
            code |= TryKeyword(text, token.CoreStart, out var keyword, out _, out _) && keyword.Class is CredentialClass.Otp or CredentialClass.LoginCode;
            message |= IsAny(word, "sms", "text", "txt", "texted", "message", "pesan", "notif", "notifikasi", "wa");
            came |= Came(word);
            if (token.ClauseEnd)
            {
                Close();
            }
        }

        Close();
        return told;

        void Close()
        {
            if (code || message)
            {
                told = came && !never;
            }

            code = message = came = never = false;
        }
    }

    private static bool Came(ReadOnlySpan<char> word) =>
        ChatWords.Classify(word).HasAny(WordFlags.CodeReceived)
        || IsAny(word, "sent", "came", "arrived", "texted", "masuk", "dikirim", "kirim", "nyampe", "sampai", "muncul", "dateng", "datang", "shows", "showing");

    private static bool AnyCame(string text, int start, int end)
    {
        for (var pos = start; pos < end;)
        {
            var token = ChatToken.ReadForward(text, pos);
            if (token.Kind == ChatTokenKind.None || token.Start >= end)
            {
                return false;
            }

            pos = token.End;
            if (token.Kind == ChatTokenKind.Word && token.CoreStart < token.CoreEnd && Came(token.Core(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A code that did not come, or a clause about where it went ("dikirim ke nomor yg berakhiran" / "4471" is a phone's end).</summary>
    private static bool CodeNeverCame(ReadOnlySpan<char> word) =>
        IsAny(word, "never", "not", "no", "didn't", "didnt", "hasn't", "hasnt", "haven't", "havent", "belum", "blm", "gak", "ga", "gk",
            "tidak", "tdk", "nggak", "ngga", "enggak", "kagak", "tak", "won't", "doesn't", "doesnt", "expired", "kadaluarsa",
            "berakhiran", "akhiran", "ending", "ends");

    /// <summary>Whether a keyword starts at <paramref name="pos"/> that ends a search for another keyword's value.</summary>
    public static bool StartsKeyword(string text, int pos) =>
        pos < text.Length && TryKeyword(text, pos, out var keyword, out _, out _) && keyword.Class != CredentialClass.Code;

    private static bool ReadsPassword(CredentialClass cls) =>
        cls is CredentialClass.Password or CredentialClass.Passphrase or CredentialClass.ShortPassword or CredentialClass.WeakPassword or CredentialClass.Passcode
            or CredentialClass.Credentials;

    /// <summary>The kinds a value is reported as: a digits-only passcode is a PIN too, a login code a one-time code and a password.</summary>
    private static void Add(ref List<SecretSpan>? found, string text, CredentialClass cls, int start, int end)
    {
        var digits = 0;
        var other = false;
        foreach (var c in text.AsSpan(start, end - start))
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '-'))
            {
                other = true;
            }
        }

        switch (cls)
        {
            case CredentialClass.Pin:
                SecretSpan.Add(ref found, start, end, SecretKind.Pin);
                break;
            case CredentialClass.Otp or CredentialClass.Code or CredentialClass.CodeReceived:
                SecretSpan.Add(ref found, start, end, SecretKind.Otp);
                break;
            case CredentialClass.Cvv or CredentialClass.CvvOnBack:
                SecretSpan.Add(ref found, start, end, SecretKind.Cvv);
                break;
            case CredentialClass.SecurityCode when other:
                SecretSpan.Add(ref found, start, end, SecretKind.Password);
                break;
            case CredentialClass.SecurityCode:
                SecretSpan.Add(ref found, start, end, digits <= 4 ? SecretKind.Cvv : SecretKind.Otp);
                break;
            case CredentialClass.LoginCode:
                SecretSpan.Add(ref found, start, end, SecretKind.Otp);
                SecretSpan.Add(ref found, start, end, SecretKind.Password);
                break;
            case CredentialClass.Passcode:
                SecretSpan.Add(ref found, start, end, SecretKind.Password);
                if (!other && digits is >= 4 and <= 8)
                {
                    SecretSpan.Add(ref found, start, end, SecretKind.Pin);
                }

                break;
            default:
                SecretSpan.Add(ref found, start, end, SecretKind.Password);
                break;
        }
    }

    private static bool TryKeyword(string text, int at, out CredentialKeyword keyword, out int keywordEnd, out Link link)
    {
        var matches = default(FirstWordMatches);
        return TryKeyword(text, at, CredentialVocabulary.Candidates(text, at), ref matches, out keyword, out keywordEnd, out link);
    }

    private static bool TryKeyword(
        string text, int at, KeywordCandidates candidates, ref FirstWordMatches matches,
        out CredentialKeyword keyword, out int keywordEnd, out Link link)
    {
        var (exact, exactLeads, _, spaced, typo, typoLeads, typoTold) = candidates;
        // The typed word's length, measured for the first typo candidate that gets that far (0: no keyword's typo fits).
        var typoLength = -1;

        // Most word starts match none of the first words: their keywords are not gone through one by one. The first
        // words are tried in the order the keywords' loop would meet them, and it starts at the first that matches.
        var firstExact = matches.FirstMatching(text, at, exact, exactLeads);
        var typoAt = exact.Length + spaced.Length;
        for (var i = firstExact; i < typoAt + typo.Length; i++)
        {
            if (i == typoAt && !AnyTypo(text, at, typoLeads, typoTold, ref matches))
            {
                break;
            }

            var isSpaced = i >= exact.Length && i < exact.Length + spaced.Length;
            var candidate = i < exact.Length ? exact[i] : isSpaced ? spaced[i - exact.Length] : typo[i - exact.Length - spaced.Length];
            if (i >= exact.Length + spaced.Length)
            {
                if (typoTold && !KeywordMatcher.MayBeTypo(text, at, candidate.Words[0]))
                {
                    continue;
                }

                typoLength = typoLength < 0 ? KeywordMatcher.TypoWordLength(text, at) : typoLength;
                if (typoLength == 0 || (typoTold && !KeywordCandidates.TypoFits(typoLength, candidate)))
                {
                    continue;
                }
            }

            var end = isSpaced
                ? KeywordMatcher.MatchSpaced(text, at, candidate.Letters)
                : matches.MatchWords(text, at, candidate);
            if (end < 0 || !TryEnding(text, end, candidate.Class, out keywordEnd, out link))
            {
                continue;
            }

            var cls = candidate.Class;
            if (cls == CredentialClass.Code)
            {
                cls = SecretCodeClass(text, at, end, keywordEnd);
                if (cls == CredentialClass.Password)
                {
                    break;
                }
            }

            // "Pak Sandi sudah saya hubungi": a name, not the Indonesian word for password.
            if (candidate.Words is ["sandi"] && AfterHonorific(text, at))
            {
                break;
            }

            // "angka di belakang koma": the digits after a decimal comma; "code on the back voucher": another thing's back.
            if (cls == CredentialClass.CvvOnBack && ChatToken.ReadForward(text, keywordEnd) is { Kind: ChatTokenKind.Word } next
                && ChatWords.Classify(next.Core(text)).HasAny(WordFlags.InnocentCode))
            {
                break;
            }

            // "the hint for my password is "first pet"": what is told is the hint (twelfth round).
            if (HintFor(text, at))
            {
                break;
            }

            // "boarding pass", "day pass": a ticket.
            if (cls == CredentialClass.ShortPassword && WordBefore(text, at, WordFlags.PassKind))
            {
                break;
            }

            // "user/pass: budi / Rahasia1": a pair, the secret after the slash.
            if (cls == CredentialClass.ShortPassword && AfterUserSlash(text, at))
            {
                cls = CredentialClass.Credentials;
            }

            keyword = cls == candidate.Class ? candidate : candidate with { Class = cls };
            return true;
        }

        keyword = null!;
        keywordEnd = at;
        link = Link.None;
        return false;
    }

    /// <summary>Whether some typo candidate's first word may match at <paramref name="at"/>, by the tests <see cref="TryKeyword(string, int, KeywordCandidates, ref FirstWordMatches, out CredentialKeyword, out int, out Link)"/> applies to each.</summary>
    private static bool AnyTypo(string text, int at, CredentialKeyword[] leads, bool typoTold, ref FirstWordMatches matches)
    {
        var typoLength = -1;
        foreach (var lead in leads)
        {
            if (typoTold && !KeywordMatcher.MayBeTypo(text, at, lead.Words[0]))
            {
                continue;
            }

            typoLength = typoLength < 0 ? KeywordMatcher.TypoWordLength(text, at) : typoLength;
            if (typoLength == 0)
            {
                return false;
            }

            if ((!typoTold || KeywordCandidates.TypoFits(typoLength, lead)) && matches.MatchesFirstWord(text, at, lead))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a keyword really ends: at a word boundary, after an Indonesian suffix ("passwordnya", "PIN-nya",
    /// "sandiku"; Javanese "pinne", "sandine", Sundanese "kodena"), an English "'s", or a closing quote ("the 'password' field").
    /// </summary>
    private static bool TryEnding(string text, int end, CredentialClass cls, out int keywordEnd, out Link link)
    {
        keywordEnd = end;
        link = Link.None;
        if (end == text.Length)
        {
            return true;
        }

        var rest = text.AsSpan(end);
        var c = rest[0];
        if (char.IsAsciiDigit(c))
        {
            // "OTP123456" carries its value; "password1" is just a word.
            return !ReadsPassword(cls);
        }

        var hyphen = c == '-' ? 1 : 0;
        foreach (var suffix in (ReadOnlySpan<string>)["nya", "ny", "ku", "mu", "ne", "na"])
        {
            if (EndsWord(rest[hyphen..], suffix))
            {
                keywordEnd = end + hyphen + suffix.Length;
                link = Link.Medium;
                return true;
            }
        }

        if (EndsWord(rest, "s"))
        {
            keywordEnd = end + 1;
            return true;
        }

        if (c is '\'' or '’' && EndsWord(rest[1..], "s"))
        {
            keywordEnd = end + 2;
            link = Link.Medium;
            return true;
        }

        if (char.IsLetter(c) || c is '@' or '$')
        {
            return false;
        }

        while (keywordEnd < text.Length && keywordEnd - end < 2 && text[keywordEnd] is '"' or '\'' or '’' or '”' or ')' or ']')
        {
            keywordEnd++;
        }

        return true;
    }

    /// <summary>
    /// "Invalid OTP (code 1102)" (the eighteenth round, a false positive): after an error's words, digits that a bracket after
    /// the keyword names as a code or an error and closes on are the number of the error the screen printed — not "OTP (kode
    /// 551203) sudah masuk".
    /// </summary>
    private static bool IsBracketedErrorCode(string text, int at, int keywordEnd, int start, int end)
    {
        var before = ChatToken.ReadBackward(text, at);
        if (before.Kind != ChatTokenKind.Word || !IsAny(before.Core(text), "invalid", "incorrect", "wrong", "expired", "error", "failed", "gagal", "salah", "kadaluarsa", "kedaluwarsa"))
        {
            return false;
        }

        var open = text.AsSpan(keywordEnd, start - keywordEnd).LastIndexOf('(');
        if (open < 0)
        {
            return false;
        }

        var named = text.AsSpan(keywordEnd + open + 1, start - keywordEnd - open - 1).Trim();
        var closes = end < text.Length && text.AsSpan(end).TrimStart().StartsWith(")", StringComparison.Ordinal);
        return closes && (named.StartsWith("code", StringComparison.OrdinalIgnoreCase) || named.StartsWith("kode", StringComparison.OrdinalIgnoreCase)
            || named.StartsWith("error", StringComparison.OrdinalIgnoreCase) || named.StartsWith("err", StringComparison.OrdinalIgnoreCase));
    }

    private static bool InBracketWithItsValue(string text, int start, int keywordEnd)
    {
        if (start == 0 || text[start - 1] != '(')
        {
            return false;
        }

        var value = ChatToken.ReadForward(text, keywordEnd);
        var end = value.End;
        while (end > value.Start && text[end - 1] is '\'' or '"' or '.' or ',')
        {
            end--;
        }

        return value.Kind != ChatTokenKind.None && end > value.Start && text[end - 1] == ')';
    }

    private static bool EndsWord(ReadOnlySpan<char> rest, string suffix) =>
        rest.StartsWith(suffix, StringComparison.OrdinalIgnoreCase)
        && (rest.Length == suffix.Length || !char.IsLetter(rest[suffix.Length]));

    /// <summary>A full stop, "!" or "?" before a space or the end, or a line break: not the point of "1.5" or "v2.3".</summary>
    internal static bool EndsSentence(string text, int k) =>
        text[k] == '\n' || text[k] is '.' or '!' or '?' && (k + 1 == text.Length || char.IsWhiteSpace(text[k + 1]));

    /// <summary>
    /// A bare "code" or "kode" is a one-time code only when it is not a known innocent one ("promo code", "kode pos")
    /// and the words around it say where it came from ("the code from the SMS", "kode yang masuk", "6-digit code").
    /// </summary>
    /// <returns><see cref="CredentialClass.Code"/>, <see cref="CredentialClass.CodeReceived"/>, or <see cref="CredentialClass.Password"/> for not a secret code.</returns>
    private static CredentialClass SecretCodeClass(string text, int start, int end, int keywordEnd)
    {
        const CredentialClass notSecret = CredentialClass.Password;
        // "'Sesi anda telah berakhir (kode 9012)'", "Transaction failed (code 51)" (twelfth trial): a bracket that opens with
        // the word and closes after its value is how a screen prints an error's code.
        if (InBracketWithItsValue(text, start, keywordEnd))
        {
            return notSecret;
        }

        var before = ChatToken.ReadBackward(text, start);
        if (before.Kind == ChatTokenKind.Word && ChatWords.Classify(before.Core(text)).HasAny(WordFlags.InnocentCode))
        {
            return notSecret;
        }

        var after = ChatToken.ReadForward(text, end);
        if (after.Kind == ChatTokenKind.Word && ChatWords.Classify(after.Core(text)).HasAny(WordFlags.InnocentCode))
        {
            return notSecret;
        }

        // "your code is 123456", "Kode Anda adalah 123456", "kodenya: 123456": someone's code, given; "Your Uber code: 6613" (the
        // eighteenth round), as a service's text message words it.
        var owned = keywordEnd > end
                    || (before.Kind == ChatTokenKind.Word && IsAny(before.Core(text), "your", "my", "ur"))
                    || (before.Kind == ChatTokenKind.Word && ChatToken.ReadBackward(text, before.Start) is { Kind: ChatTokenKind.Word } whose && IsAny(whose.Core(text), "your", "ur"))
                    || (after.Kind == ChatTokenKind.Word && IsAny(after.Core(text), "anda", "kamu", "saya", "aku", "mu", "ku", "nya"));
        if (owned)
        {
            var next = ChatToken.ReadForward(text, after.Kind == ChatTokenKind.Word && IsAny(after.Core(text), "anda", "kamu", "saya", "aku", "mu", "ku", "nya") ? after.End : keywordEnd);
            if (next.Kind is ChatTokenKind.Colon or ChatTokenKind.Equals
                || (next.Kind == ChatTokenKind.Word && ChatWords.Classify(next.Core(text)).HasAny(WordFlags.Connector)))
            {
                return CredentialClass.Code;
            }
        }

        // "the code was seven four nine", "td kodenya tiga enam dua" (the fourteenth user trial, the rest in the next message): a
        // code read out digit by digit as words is one held in hand — an error's code is not spelled out.
        var said = after.Kind == ChatTokenKind.Word && (IsAny(after.Core(text), "nya", "ny") || ChatWords.Classify(after.Core(text)).HasAny(WordFlags.Connector))
            ? after.End
            : keywordEnd;
        while (said < text.Length && text[said] is ' ' or ':')
        {
            said++;
        }

        if (SpelledDigits.Read(text, said, out _) > 0)
        {
            return CredentialClass.Code;
        }

        // "ok did that. new code was 551083" (the seventh trial), "kode baru nya: 4471": a code that just came, given.
        var fresh = (before.Kind == ChatTokenKind.Word && IsAny(before.Core(text), "new", "another", "latest", "fresh"))
                    || (after.Kind == ChatTokenKind.Word && IsAny(after.Core(text), "baru", "barunya", "terbaru"));
        if (fresh)
        {
            var given = ChatToken.ReadForward(text, after.Kind == ChatTokenKind.Word && IsAny(after.Core(text), "baru", "barunya", "terbaru") ? after.End : keywordEnd);
            // "kode barunya 3391", "another code came: 660142": what links it may be a suffix or a verb of arriving.
            if (given.Kind == ChatTokenKind.Word && !given.ClauseEnd && IsAny(given.Core(text), "nya", "ny", "came", "arrived", "masuk", "dateng", "datang"))
            {
                given = ChatToken.ReadForward(text, given.End);
            }

            if (given.Kind is ChatTokenKind.Colon or ChatTokenKind.Equals
                || (given.Kind == ChatTokenKind.Word && (ChatWords.Classify(given.Core(text)).HasAny(WordFlags.Connector)
                    || (given.CoreEnd > given.CoreStart && char.IsAsciiDigit(text[given.CoreStart])))))
            {
                return CredentialClass.Code;
            }
        }

        // "sorry wrong one, the code is 664210 not 664201", "kodenya 802716 bukan 802761" (twelfth round): a code corrected
        // digit for digit is one the user holds.
        if (CorrectedDigits(text, keywordEnd))
        {
            return CredentialClass.Code;
        }

        // Within its sentence: "I never got the package. Tracking says code 100245" (the sixth trial) got no code.
        var pos = Math.Max(0, start - CodeContextWindow);
        var limit = Math.Min(text.Length, end + CodeContextWindow);
        for (var k = start - 1; k > pos; k--)
        {
            if (EndsSentence(text, k))
            {
                pos = k + 1;
                break;
            }
        }

        for (var k = end; k < limit; k++)
        {
            if (EndsSentence(text, k))
            {
                limit = k;
                break;
            }
        }

        var received = false;
        while (pos < limit)
        {
            var token = ChatToken.ReadForward(text, pos);
            if (token.Kind == ChatTokenKind.None || token.Start >= limit)
            {
                break;
            }

            var flags = token.Kind == ChatTokenKind.Word ? ChatWords.Classify(token.Core(text)) : WordFlags.None;
            if (flags.HasAny(WordFlags.CodeContext))
            {
                return CredentialClass.Code;
            }

            received |= flags.HasAny(WordFlags.CodeReceived);
            pos = token.End;
        }

        return received ? CredentialClass.CodeReceived : notSecret;
    }

    /// <summary>
    /// After a code word (and "is", "nya" or a colon): four to eight digits, then "not", "bukan" or "instead of" and as many
    /// other digits — a value given and its wrong twin.
    /// </summary>
    private static bool CorrectedDigits(string text, int keywordEnd)
    {
        var value = ChatToken.ReadForward(text, keywordEnd);
        if (value.Kind == ChatTokenKind.Colon
            || (value.Kind == ChatTokenKind.Word && !value.ClauseEnd && IsAny(value.Core(text), "is", "was", "nya", "adalah", "itu")))
        {
            value = ChatToken.ReadForward(text, value.End);
        }

        if (value.Kind != ChatTokenKind.Word || !Shapes.IsAllDigits(value.Core(text)) || value.Core(text).Length is < 4 or > 8)
        {
            return false;
        }

        var not = ChatToken.ReadForward(text, value.End);
        if (not.Kind != ChatTokenKind.Word || !IsAny(not.Core(text), "not", "bukan", "instead", "ganti"))
        {
            return false;
        }

        var twin = ChatToken.ReadForward(text, not.End);
        if (twin.Kind == ChatTokenKind.Word && IsAny(twin.Core(text), "of", "dari"))
        {
            twin = ChatToken.ReadForward(text, twin.End);
        }

        return twin.Kind == ChatTokenKind.Word && twin.Core(text).Length == value.Core(text).Length && Shapes.IsAllDigits(twin.Core(text));
    }

    /// <summary>"hint for my password", "petunjuk buat sandi", "security question for the PIN": the keyword names what the hint is for.</summary>
    private static bool HintFor(string text, int at)
    {
        var before = ChatToken.ReadBackward(text, at);
        if (before.Kind == ChatTokenKind.Word && !before.ClauseEnd && IsAny(before.Core(text), "my", "the", "saya", "sy", "your", "ur", "our"))
        {
            before = ChatToken.ReadBackward(text, before.Start);
        }

        if (before.Kind != ChatTokenKind.Word || before.ClauseEnd || !IsAny(before.Core(text), "for", "to", "of", "untuk", "utk", "buat", "bwt"))
        {
            return false;
        }

        var hint = ChatToken.ReadBackward(text, before.Start);
        return hint.Kind == ChatTokenKind.Word && !hint.ClauseEnd
               && IsAny(hint.Core(text), "hint", "hints", "clue", "clues", "reminder", "petunjuk", "question", "pertanyaan");
    }

    private static bool WordBefore(string text, int at, WordFlags flag)
    {
        var before = ChatToken.ReadBackward(text, at);
        return before.Kind == ChatTokenKind.Word && before.CoreEnd == before.End && ChatWords.Classify(before.Core(text)).HasAny(flag);
    }

    /// <summary>A verb of using within the two words before the keyword: "I tried password …", "login pake pw …".</summary>
    private static bool UsedBefore(string text, int at)
    {
        var pos = at;
        for (var step = 0; step < 2; step++)
        {
            var before = ChatToken.ReadBackward(text, pos);
            if (before.Kind != ChatTokenKind.Word || before.ClauseEnd)
            {
                return false;
            }

            var flags = ChatWords.Classify(before.Core(text));
            if (flags.HasAny(WordFlags.UsageVerb))
            {
                return true;
            }

            if (!flags.HasAny(WordFlags.Possessive | WordFlags.BackFiller | WordFlags.PasswordFiller))
            {
                return false;
            }

            pos = before.Start;
        }

        return false;
    }

    private static bool IsAny(ReadOnlySpan<char> word, params ReadOnlySpan<string> options) => ChatWords.IsAny(word, options);

    private static bool AfterHonorific(string text, int at)
    {
        var before = ChatToken.ReadBackward(text, at);
        return char.IsUpper(text[at]) && before.Kind == ChatTokenKind.Word && before.CoreEnd == before.End
               && IsAny(before.Core(text), "pak", "bu", "bapak", "ibu", "mas", "mbak", "kak", "bang", "om", "tante", "sdr", "saudara", "mr", "mrs", "ms", "dr");
    }

    private static bool AfterUserSlash(string text, int at)
    {
        if (at < 2 || text[at - 1] != '/')
        {
            return false;
        }

        var before = ChatToken.ReadBackward(text, at - 1);
        var word = before.Core(text);
        var slash = word.LastIndexOf('/');
        return slash < 0 && before.Kind == ChatTokenKind.Word && word.Length > 0
               && (word.Equals("user", StringComparison.OrdinalIgnoreCase) || word.Equals("username", StringComparison.OrdinalIgnoreCase)
                   || word.Equals("login", StringComparison.OrdinalIgnoreCase) || word.Equals("id", StringComparison.OrdinalIgnoreCase)
                   || word.Equals("email", StringComparison.OrdinalIgnoreCase) || word.Equals("uname", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// How many digits end the text at <paramref name="end"/> after a space, one to three of them, together ("… 48") or one
    /// by one ("… 5 5 8", the tenth user trial): the opening of a code whose rest comes next. 0 for none.
    /// </summary>
    private static int DigitFragment(string text, int end, out int start)
    {
        start = end;
        var digits = 0;
        var groups = 0;
        var longest = 0;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            var groupEnd = start;
            while (start > 0 && char.IsAsciiDigit(text[start - 1]) && groupEnd - start < 4)
            {
                start--;
            }

            digits += groupEnd - start;
            longest = Math.Max(longest, groupEnd - start);
            groups++;
            if (digits > 3 || start == 0 || text[start - 1] != ' ' || start < 2 || !char.IsAsciiDigit(text[start - 2]))
            {
                break;
            }

            start--;
        }

        var spaced = groups == 1 || longest == 1;
        return digits is >= 1 and <= 3 && spaced && start > 0 && text[start - 1] == ' ' ? digits : 0;
    }

    private static bool EndsWithDigitFragment(string text, int end) => DigitFragment(text, end, out _) > 0;

    /// <summary>
    /// After a code's keyword, at most seven words with no digit ("yang masuk ke HP saya tadi") and then one to three digits that end the message: the code
    /// cut short, its rest still to come. Returns how many digits came, or 0.
    /// </summary>
    private static int FragmentAfter(string text, int keywordEnd)
    {
        var end = text.Length;
        while (end > keywordEnd && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var count = DigitFragment(text, end, out var fragment);
        if (count == 0)
        {
            // "… the code was seven four nine" / "two two one" (the fourteenth user trial): the first digits said as words.
            count = SpelledDigits.TrailingRun(text, end, 3, out fragment);
        }

        if (count == 0 || fragment < keywordEnd)
        {
            return 0;
        }

        var words = 0;
        for (var k = keywordEnd; k < fragment; k++)
        {
            if (char.IsDigit(text[k]))
            {
                return 0;
            }

            if (text[k] == ' ' && k + 1 < fragment && text[k + 1] != ' ')
            {
                words++;
            }
        }

        return words <= 7 ? count : 0;
    }

    private static bool IsOneTimeCode(CredentialClass cls) => cls is CredentialClass.Otp or CredentialClass.Code or CredentialClass.LoginCode;

    /// <summary>
    /// "td sy dpt sms kode otp nya", "I just got the OTP": a message that ends on a code just received — the seventh
    /// trial's user sent the code itself next ("482913").
    /// </summary>
    private static bool Received(string text, int keywordStart)
    {
        var pos = keywordStart;
        for (var step = 0; step < 4; step++)
        {
            var token = ChatToken.ReadBackward(text, pos);
            if (token.Kind != ChatTokenKind.Word || (token.ClauseEnd && step > 0))
            {
                return false;
            }

            var word = token.Core(text);
            // "iya ada sms kode" (yes, an SMS code came): there was one.
            if (IsAny(word, "dpt", "dapet", "dapat", "got", "received", "receive", "get", "terima", "nerima", "menerima", "diterima", "ada"))
            {
                return true;
            }

            if (!IsAny(word, "sms", "email", "wa", "the", "a", "an", "new", "baru", "sy", "saya", "aku", "i", "td", "tadi", "barusan", "just", "this", "ini"))
            {
                return false;
            }

            pos = token.Start;
        }

        return false;
    }

    /// <summary>
    /// "here's my password", "ini PIN saya", or a message that starts with the keyword: the value is about to follow
    /// even without a link. After "I forgot my password" it is not.
    /// </summary>
    private static bool Presented(string text, int keywordStart)
    {
        var pos = keywordStart;
        for (var step = 0; step < 3; step++)
        {
            var token = ChatToken.ReadBackward(text, pos);
            if (token.Kind == ChatTokenKind.None)
            {
                return true;
            }

            // "udh coba reset pin ovo, pin yg baru": a keyword that opens its clause presents the value as one opening the
            // message does (the sixth trial sent it next: "778812"); so does one that opens its sentence ("bs masuk lah. pw nya",
            // the eighth trial, and "melati123" next).
            if (token.ClauseEnd && text[token.End - 1] is ',' or ';' or '.' or '!' or '?')
            {
                return true;
            }

            var flags = ChatWords.Classify(token.Core(text));
            if (flags.HasAny(WordFlags.Presentational))
            {
                return true;
            }

            if (token.ClauseEnd || !flags.HasAny(WordFlags.Possessive | WordFlags.BackFiller | WordFlags.Particle))
            {
                return false;
            }

            pos = token.Start;
        }

        return false;
    }

    /// <summary>
    /// "opened the app and typed my usual PIN", "trs masukin pin atm sy yg biasa": a verb of typing in before the keyword,
    /// with only its owner or which one between (the eighth trial sent the PIN next: "2580").
    /// </summary>
    private static bool EnteredBefore(string text, int keywordStart)
    {
        var pos = keywordStart;
        for (var step = 0; step < 3; step++)
        {
            var token = ChatToken.ReadBackward(text, pos);
            if (token.Kind != ChatTokenKind.Word || token.ClauseEnd)
            {
                return false;
            }

            var word = token.Core(text);
            var flags = ChatWords.Classify(word);
            if (flags.HasAny(WordFlags.EntryVerb))
            {
                return true;
            }

            if (!flags.HasAny(WordFlags.Possessive | WordFlags.BackFiller | WordFlags.Particle) && !IsUsual(word))
            {
                return false;
            }

            pos = token.Start;
        }

        return false;
    }

    /// <summary>After the keyword, to the end of the message, only whose it is, which one or a particle ("… pin atm sy yg biasa", "… my PIN as usual").</summary>
    private static bool OnlyTrailersAfter(string text, int pos)
    {
        for (var step = 0; step < 6; step++)
        {
            var token = ChatToken.ReadForward(text, pos);
            if (token.Kind == ChatTokenKind.None)
            {
                return true;
            }

            var word = token.Core(text);
            if (token.Kind != ChatTokenKind.Word || word.IsEmpty
                || !(ChatWords.Classify(word).HasAny(WordFlags.Possessive | WordFlags.BackFiller | WordFlags.Particle) || IsUsual(word)
                    || IsPinPlace(word) || word.Equals("yg", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("yang", StringComparison.OrdinalIgnoreCase) || word.Equals("as", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("like", StringComparison.OrdinalIgnoreCase) || word.Equals("seperti", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            pos = token.End;
        }

        return false;
    }

    /// <summary>What a PIN is for, named after it: "pin atm", "pin m-banking", "my card PIN".</summary>
    private static bool IsPinPlace(ReadOnlySpan<char> word) =>
        word.Equals("atm", StringComparison.OrdinalIgnoreCase) || word.Equals("m-banking", StringComparison.OrdinalIgnoreCase)
        || word.Equals("mbanking", StringComparison.OrdinalIgnoreCase) || word.Equals("banking", StringComparison.OrdinalIgnoreCase)
        || word.Equals("card", StringComparison.OrdinalIgnoreCase) || word.Equals("kartu", StringComparison.OrdinalIgnoreCase);

    private static bool IsUsual(ReadOnlySpan<char> word) =>
        word.Equals("usual", StringComparison.OrdinalIgnoreCase) || word.Equals("biasa", StringComparison.OrdinalIgnoreCase)
        || word.Equals("always", StringComparison.OrdinalIgnoreCase) || word.Equals("normal", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "it asks for the PIN and I enter 0912", "td disuruh isi cvv, sy isi 394", "password nya sy ketik Rahasia1": later in
    /// the same sentence, across a comma or an "and", a verb of typing in and straight after it a value of the keyword's
    /// shape (digits that fit, or a password-shaped word).
    /// </summary>
    private static bool TryEnteredValue(string text, CredentialClass cls, int pos, out int start, out int end)
    {
        start = end = 0;
        while (pos < text.Length && text[pos] is ',' or ' ')
        {
            pos++;
        }

        for (var step = 0; step < MaxStepsToEntry; step++)
        {
            var token = ChatToken.ReadForward(text, pos);
            var word = token.Core(text);
            if (token.Kind != ChatTokenKind.Word || word.IsEmpty || char.IsAsciiDigit(word[0]) || StartsKeyword(text, token.CoreStart))
            {
                return false;
            }

            pos = token.End;
            var sentenceEnds = text.AsSpan(token.CoreEnd, token.End - token.CoreEnd).IndexOfAny(".?!;") >= 0;
            if (!token.ClauseEnd && ChatWords.Classify(word).HasAny(WordFlags.EntryVerb))
            {
                var value = ChatToken.ReadForward(text, pos);
                var core = value.Core(text);
                if (value.Kind != ChatTokenKind.Word || core.IsEmpty || Redaction.IsPlaceholderAt(text, value.CoreStart))
                {
                    return false;
                }

                if (ReadsPassword(cls))
                {
                    start = value.RedactStart;
                    end = value.RedactEnd;
                    return !value.Quoted && Shapes.Of(core) == Shape.Strong && Shapes.HasLetter(core) && !Shapes.IsAddress(core)
                           && !Shapes.IsMasked(core) && !StartsKeyword(text, value.CoreStart);
                }

                start = value.CoreStart;
                // "got the steam guard thing on my phone and typed R7K2P in" (the fifteenth user trial): a code printed in
                // capitals and digits, typed in.
                if (!char.IsAsciiDigit(core[0]))
                {
                    end = value.CoreEnd;
                    return DigitCodeReader.TryAlphanumericCode(cls, core, Link.Medium);
                }

                return DigitCodeReader.TryDigitValue(text, cls, start, out end, out _);
            }

            if (sentenceEnds)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "123456 is my OTP", "Rahasia123 adalah password saya", "Nusantara#45 (my password)", "use X as the password",
    /// "482913 kode otp nya": the value before the keyword.
    /// </summary>
    private static bool TryValueBefore(string text, CredentialClass cls, int keywordStart, out int start, out int end)
    {
        start = end = 0;
        var pos = keywordStart;
        var linked = false;
        if (pos > 0 && text[pos - 1] == '(')
        {
            linked = true;
            pos--;
        }

        for (var step = 0; step < MaxStepsBefore; step++)
        {
            var token = ChatToken.ReadBackward(text, pos);
            if (token.Kind == ChatTokenKind.None)
            {
                return false;
            }

            var word = token.Core(text);
            var flags = ChatWords.Classify(word);
            pos = token.Start;
            if (!linked)
            {
                // "now it's Durian#2025, the new password": a password-shaped value set off by a comma after "it's".
                if (ReadsPassword(cls) && token.ClauseEnd && text[token.End - 1] == ',' && IsPresentedValue(text, token))
                {
                    start = token.RedactStart;
                    end = token.CoreEnd;
                    return true;
                }

                if (token.ClauseEnd || token.CoreEnd != token.End)
                {
                    return false;
                }

                if (flags.HasAny(WordFlags.BackLink))
                {
                    linked = true;
                    continue;
                }

                if (flags.HasAny(WordFlags.BackFiller))
                {
                    // "… (my password)": the bracket links like "is".
                    linked = token.CoreStart > token.Start && text[token.Start] == '(';
                    continue;
                }

                // "482913 kode otp nya kak": digits that open the message, straight before the keyword.
                if (!ReadsPassword(cls) && step == 0 && OpensMessage(text, token.Start) && TryDigitsBefore(text, cls, token, out start, out end))
                {
                    return true;
                }

                return false;
            }

            // "it's Lemon4tree — that's the password": a dash between the value and its link.
            if (token.End - token.Start == 1 && text[token.Start] is '-' or '–' or '—')
            {
                continue;
            }

            // "P@ssw0rd! itu password saya": a "!" is part of a password more often than the end of a clause.
            if (word.IsEmpty || (token.ClauseEnd && text.AsSpan(token.CoreEnd, token.End - token.CoreEnd).ContainsAnyExcept('!')))
            {
                return false;
            }

            if (ReadsPassword(cls))
            {
                var shape = Shapes.Of(word);
                if (flags.HasAny(WordFlags.Stop | WordFlags.Noun | WordFlags.Description) || Shapes.IsAddress(word) || PasswordReader.IsCount(word))
                {
                    return false;
                }

                // "sunshine is my password": a plain word too, when the sentence ends with the keyword.
                if (shape == Shape.Strong
                    || (cls != CredentialClass.ShortPassword && word.Length >= 4 && !ChatWords.LooksInflected(word) && KeywordEndsClause(text, keywordStart) && OpensMessage(text, token.Start)))
                {
                    start = token.RedactStart;
                    end = token.RedactEnd;
                    return true;
                }

                return false;
            }

            return TryDigitsBefore(text, cls, token, out start, out end);
        }

        return false;
    }

    /// <summary>A password-shaped word straight after "it's", "its" or "ini": "it's Durian#2025, …".</summary>
    private static bool IsPresentedValue(string text, ChatToken token)
    {
        var word = token.Core(text);
        if (Shapes.Of(word) != Shape.Strong || !Shapes.HasLetter(word) || Shapes.IsAddress(word) || Shapes.IsMasked(word))
        {
            return false;
        }

        var before = ChatToken.ReadBackward(text, token.Start);
        return before.Kind == ChatTokenKind.Word && !before.ClauseEnd && ChatWords.IsApposition(before.Core(text))
               && !before.Core(text).Equals("which", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Digits (grouped or spaced out: "5 5 2 1", or Google's "G-482913") ending with <paramref name="last"/>.</summary>
    private static bool TryDigitsBefore(string text, CredentialClass cls, ChatToken last, out int start, out int end)
    {
        start = last.CoreStart;
        end = last.CoreEnd;
        var word = last.Core(text);
        // A quote or a bracket before the keyword ("\"kode OTP\" isn't translated") has no core: no digits there.
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.Length > 2 && word[0] is 'G' or 'g' && word[1] == '-')
        {
            word = word[2..];
        }

        // "189-799 itu kode OTP saya": digits grouped with a dash count as one value.
        var digits = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c != '-' || digits == 0)
            {
                return false;
            }
        }

        if (digits > MaxDigitsBefore || word[^1] == '-')
        {
            return false;
        }

        while (digits < MaxDigitsBefore)
        {
            var previous = ChatToken.ReadBackward(text, start);
            if (previous.Kind != ChatTokenKind.Word || previous.End != start - 1 || previous.CoreEnd != previous.End
                || !Shapes.IsAllDigits(previous.Core(text)) || digits + previous.Core(text).Length > MaxDigitsBefore)
            {
                break;
            }

            digits += previous.Core(text).Length;
            start = previous.CoreStart;
        }

        return (start == 0 || text[start - 1] != '+') && DigitCodeReader.Fits(cls, digits);
    }

    /// <summary>Nothing but possessives, particles or punctuation after the keyword: "… is my password saya."</summary>
    private static bool KeywordEndsClause(string text, int keywordStart)
    {
        var token = ChatToken.ReadForward(text, keywordStart);
        for (var step = 0; step < 4; step++)
        {
            if (token.ClauseEnd)
            {
                return true;
            }

            token = ChatToken.ReadForward(text, token.End);
            if (token.Kind == ChatTokenKind.None)
            {
                return true;
            }

            if (token.Kind != ChatTokenKind.Word || !ChatWords.Classify(token.Core(text)).HasAny(WordFlags.Possessive | WordFlags.Particle | WordFlags.Conjunction))
            {
                return false;
            }

            if (ChatWords.Classify(token.Core(text)).HasAny(WordFlags.Conjunction))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensMessage(string text, int pos)
    {
        var previous = ChatToken.ReadBackward(text, pos);
        return previous.Kind == ChatTokenKind.None || previous.ClauseEnd;
    }
}
