namespace HelpdeskBot.Safety;

/// <summary>
/// Finds passwords, PINs, one-time codes and CVVs given as values: a keyword ("password", "kata sandi", "PIN",
/// "kode OTP", "CVV"…), then a few linking or filler words ("is", ":", "saya", "adalah", "yang masuk"…), then the
/// value. A mention without a value ("I forgot my password", "lupa PIN", "my PIN is blocked") is not a secret.
/// Hand-written and linear: keywords are found in one pass over word starts, and each keyword reads a bounded
/// number of bounded tokens around it.
/// </summary>
internal static class CredentialScanner
{
    private const int MaxStepsAfter = 8;
    private const int MaxStepsBefore = 4;
    private const int MaxGap = 16;

    // "password for the guest wifi is X": words between a keyword and its connector.
    private const int MaxBridged = 4;

    // "password baru saya sunshine" is a value; after "sudah saya reset tadi …" a plain word is more likely a
    // description than a password, so a plain-word value needs the keyword close by.
    private const int MaxSkippedForPlainValue = 2;

    // A PIN or code never needs more digits than this; longer runs are phone numbers or ids.
    private const int MaxRunDigits = 24;

    private enum Link
    {
        None,
        Medium,
        Strong,
    }

    private enum Verdict
    {
        Value,
        Bridge,
        Stop,
    }

    private enum Unit
    {
        None,
        Size,
        Count,
    }

    public static void Scan(string text, ref List<SecretSpan>? found)
    {
        var pos = 0;
        while (pos < text.Length)
        {
            var at = CredentialKeywords.NextCandidate(text, pos);
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

            if (!TryKeyword(text, at, out var keyword, out var keywordEnd, out var link))
            {
                pos = at + 1;
                continue;
            }

            pos = keywordEnd;
            var isPassword = keyword.Class is CredentialClass.Password or CredentialClass.ShortPassword;
            var hit = isPassword
                ? TryPasswordAfter(text, keyword.Class, keywordEnd, link, out var value)
                : TryDigitsAfter(text, keyword.Class, keywordEnd, out value);
            if (hit)
            {
                pos = Math.Max(pos, value.End);
            }
            else
            {
                hit = TryValueBefore(text, keyword.Class, at, out value);
            }

            if (hit)
            {
                SecretSpan.Add(ref found, value.Start, value.End, value.Kind);
            }
        }
    }

    private static bool TryKeyword(string text, int at, out CredentialKeyword keyword, out int keywordEnd, out Link link)
    {
        foreach (var candidate in CredentialKeywords.StartingWith(text[at]))
        {
            var end = CredentialKeywords.Match(text, at, candidate);
            if (end >= 0 && TryEnding(text, end, candidate.Class, out keywordEnd, out link))
            {
                keyword = candidate;
                return true;
            }
        }

        keyword = null!;
        keywordEnd = at;
        link = Link.None;
        return false;
    }

    private static bool StartsKeyword(string text, int pos) => TryKeyword(text, pos, out _, out _, out _);

    /// <summary>
    /// Where a keyword really ends: at a word boundary, after an Indonesian suffix ("passwordnya", "PIN-nya",
    /// "sandiku"), an English "'s", or a closing quote ("the 'password' field").
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
            return cls is not (CredentialClass.Password or CredentialClass.ShortPassword);
        }

        var hyphen = c == '-' ? 1 : 0;
        foreach (var suffix in (ReadOnlySpan<string>)["nya", "ku", "mu"])
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

        if (char.IsLetter(c))
        {
            return false;
        }

        while (keywordEnd < text.Length && keywordEnd - end < 2 && text[keywordEnd] is '"' or '\'' or '’' or '”' or ')' or ']')
        {
            keywordEnd++;
        }

        return true;
    }

    private static bool EndsWord(ReadOnlySpan<char> rest, string suffix) =>
        rest.StartsWith(suffix, StringComparison.OrdinalIgnoreCase)
        && (rest.Length == suffix.Length || !char.IsLetter(rest[suffix.Length]));

    private static bool TryPasswordAfter(string text, CredentialClass cls, int pos, Link link, out SecretSpan value)
    {
        value = default;

        // "password, …" and "password." end the mention.
        if (pos < text.Length && ChatToken.IsClausePunctuation(text[pos]))
        {
            return false;
        }

        var bridged = 0;
        var skipped = 0;
        for (var step = 0; step < MaxStepsAfter; step++)
        {
            var token = ChatToken.ReadForward(text, pos);
            switch (token.Kind)
            {
                case ChatTokenKind.None:
                    return false;
                case ChatTokenKind.Colon or ChatTokenKind.Equals:
                    link = Link.Strong;
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
                    return false;
                }

                continue;
            }

            // "password password password": the next keyword speaks for itself. After a link it is a value,
            // though: "my password is password".
            if (link == Link.None && !token.Quoted && StartsKeyword(text, token.CoreStart))
            {
                return false;
            }

            var flags = token.Quoted ? WordFlags.None : ChatWords.Classify(word);
            if (!token.Quoted)
            {
                if (flags.HasAny(WordFlags.Connector | WordFlags.Possessive))
                {
                    link = Max(link, Link.Medium);
                    if (token.ClauseEnd)
                    {
                        return false;
                    }

                    continue;
                }

                if (flags.HasAny(WordFlags.PasswordFiller))
                {
                    skipped++;
                    if (token.ClauseEnd)
                    {
                        return false;
                    }

                    continue;
                }

                if (flags.HasAny(WordFlags.Stop) || IsCount(word))
                {
                    return false;
                }
            }

            // A redacted text scans clean: "password: [password removed]", "passwordnya "[password removed]"".
            if (Redaction.IsPlaceholderAt(text, token.CoreStart) || Redaction.IsPlaceholderAt(text, token.CoreStart - 1))
            {
                return false;
            }

            switch (JudgePassword(text, cls, token, word, flags, link, bridged, plainAllowed: skipped <= MaxSkippedForPlainValue))
            {
                case Verdict.Value:
                    value = new SecretSpan(token.RedactStart, token.RedactEnd, SecretKind.Password);
                    return true;
                case Verdict.Stop:
                    return false;
            }

            if (token.ClauseEnd || ++bridged > MaxBridged)
            {
                return false;
            }
        }

        return false;
    }

    private static Verdict JudgePassword(
        string text, CredentialClass cls, ChatToken token, ReadOnlySpan<char> word, WordFlags flags, Link link, int bridged, bool plainAllowed)
    {
        if (token.Quoted)
        {
            return IsMasked(word) ? Verdict.Stop : Verdict.Value;
        }

        if (IsAddress(word))
        {
            // "password for budi@kantor.co.id is …": the address names the account; the value comes later.
            return link == Link.None ? Verdict.Bridge : Verdict.Stop;
        }

        if (IsMasked(word))
        {
            return Verdict.Stop;
        }

        var shape = ShapeOf(word);
        var strong = shape == Shape.Strong && (cls != CredentialClass.ShortPassword || HasLetter(word));
        var noun = flags.HasAny(WordFlags.Noun);
        switch (link)
        {
            case Link.Strong:
                // "password: sunshine" is a value whatever it looks like; "password: email" is not.
                return strong || (!noun && word.Length >= 3) ? Verdict.Value : Verdict.Stop;

            case Link.Medium:
                if (strong)
                {
                    return Verdict.Value;
                }

                if (cls == CredentialClass.ShortPassword || noun || bridged > 0 || !plainAllowed)
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

    private static bool TryDigitsAfter(string text, CredentialClass cls, int pos, out SecretSpan value)
    {
        value = default;
        var cvv = cls is CredentialClass.Cvv or CredentialClass.SecurityCode;
        if (pos < text.Length && ChatToken.IsClausePunctuation(text[pos]))
        {
            return false;
        }

        for (var step = 0; step < MaxStepsAfter; step++)
        {
            var gap = 0;
            while (pos < text.Length && char.IsWhiteSpace(text[pos]))
            {
                if (++gap > MaxGap)
                {
                    return false;
                }

                pos++;
            }

            if (pos >= text.Length)
            {
                return false;
            }

            var c = text[pos];
            if (char.IsAsciiDigit(c))
            {
                if (TryDigitValue(text, cls, pos, ref value, out var skipTo))
                {
                    return true;
                }

                if (skipTo <= pos)
                {
                    return false;
                }

                pos = skipTo;
                continue;
            }

            if (c is ':' or '：' or '=' or '#' or '-' or '–' or '(' or '"' or '\'' or '“' or '‘')
            {
                pos++;
                continue;
            }

            var token = ChatToken.ReadForward(text, pos);
            if (token.Kind != ChatTokenKind.Word || token.ClauseEnd)
            {
                return false;
            }

            // "kode verifikasi OTP 123456": the next keyword takes over.
            if (StartsKeyword(text, token.CoreStart))
            {
                return false;
            }

            var fillers = cvv ? WordFlags.DigitFiller | WordFlags.CvvFiller : WordFlags.DigitFiller;
            if (!ChatWords.Classify(token.Core(text)).HasAny(fillers))
            {
                return false;
            }

            pos = token.End;
        }

        return false;
    }

    /// <summary>
    /// Reads the digits of a PIN or code: "4821", "902 117", "654-321", "55 66 77". A size after the digits
    /// ("6 digit") is skipped via <paramref name="skipTo"/>; a count or duration ("3 kali", "5 minutes"), a
    /// date, time, amount or phone number is not a value.
    /// </summary>
    private static bool TryDigitValue(string text, CredentialClass cls, int start, ref SecretSpan value, out int skipTo)
    {
        skipTo = start;
        if (start > 0 && text[start - 1] == '+')
        {
            return false;
        }

        var k = start;
        var count = 0;
        var separator = '\0';
        var shortestGroup = int.MaxValue;
        var firstEnd = -1;
        while (true)
        {
            var groupStart = k;
            while (k < text.Length && char.IsAsciiDigit(text[k]))
            {
                k++;
                if (++count > MaxRunDigits)
                {
                    return false;
                }
            }

            shortestGroup = Math.Min(shortestGroup, k - groupStart);
            if (firstEnd < 0)
            {
                firstEnd = k;
            }

            if (k + 1 < text.Length && text[k] is ' ' or '-' && char.IsAsciiDigit(text[k + 1]) && (separator == '\0' || separator == text[k]))
            {
                separator = text[k];
                k++;
                continue;
            }

            break;
        }

        if (separator == '-' && shortestGroup < 3)
        {
            // 12-05-2024 is a date
            return false;
        }

        var end = k;
        switch (UnitAfter(text, end, out var unitEnd))
        {
            case Unit.Size:
                skipTo = unitEnd;
                return false;
            case Unit.Count when firstEnd < end && UnitAfter(text, firstEnd, out _) == Unit.None:
                // "OTP 123456 12 menit lalu": the code is the first group.
                end = firstEnd;
                count = end - start;
                break;
            case Unit.Count:
                return false;
        }

        if (!EndsCleanly(text, end))
        {
            return false;
        }

        SecretKind? kind = cls switch
        {
            CredentialClass.Pin or CredentialClass.Otp when count is >= 4 and <= 8 =>
                cls == CredentialClass.Pin ? SecretKind.Pin : SecretKind.Otp,
            CredentialClass.Cvv when count is 3 or 4 => SecretKind.Cvv,
            CredentialClass.SecurityCode when count is 3 or 4 => SecretKind.Cvv,
            CredentialClass.SecurityCode when count is >= 5 and <= 8 => SecretKind.Otp,
            _ => null,
        };
        if (kind is null)
        {
            return false;
        }

        value = new SecretSpan(start, end, kind.Value);
        return true;
    }

    /// <summary>The word after a digit run: "6 digit" (a size), "3 kali", "5 menit", "2x" (a count).</summary>
    private static Unit UnitAfter(string text, int end, out int unitEnd)
    {
        unitEnd = end;
        var k = end;
        if (k < text.Length && text[k] == '-')
        {
            k++;
        }
        else
        {
            var gap = 0;
            while (k < text.Length && text[k] == ' ' && gap < 2)
            {
                k++;
                gap++;
            }
        }

        var wordStart = k;
        while (k < text.Length && k - wordStart < 16 && char.IsLetter(text[k]))
        {
            k++;
        }

        if (k == wordStart || (k < text.Length && char.IsLetter(text[k])))
        {
            return text.AsSpan(end).StartsWith("%") ? Unit.Count : Unit.None;
        }

        var word = text.AsSpan(wordStart, k - wordStart);
        unitEnd = k;
        var flags = ChatWords.Classify(word);
        return flags.HasAny(WordFlags.SizeUnit) ? Unit.Size : flags.HasAny(WordFlags.CountUnit) ? Unit.Count : Unit.None;
    }

    /// <summary>Digits end a value unless they run into letters or into a date, time, decimal or percentage.</summary>
    private static bool EndsCleanly(string text, int end)
    {
        if (end == text.Length)
        {
            return true;
        }

        var c = text[end];
        if (char.IsLetter(c) || c is '%' or '@')
        {
            return false;
        }

        return !(c is '.' or ',' or ':' or '/' or '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]));
    }

    /// <summary>"123456 is my OTP", "Rahasia123 adalah password saya": the value before the keyword, with a link between.</summary>
    private static bool TryValueBefore(string text, CredentialClass cls, int keywordStart, out SecretSpan value)
    {
        value = default;
        var pos = keywordStart;
        var linked = false;
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
                    continue;
                }

                return false;
            }

            if (token.ClauseEnd || word.IsEmpty)
            {
                return false;
            }

            if (cls is CredentialClass.Password or CredentialClass.ShortPassword)
            {
                if (ShapeOf(word) == Shape.Strong && !flags.HasAny(WordFlags.Stop) && !IsAddress(word) && !IsCount(word))
                {
                    value = new SecretSpan(token.RedactStart, token.RedactEnd, SecretKind.Password);
                    return true;
                }

                return false;
            }

            if (!IsAllDigits(word) || (token.CoreStart > 0 && text[token.CoreStart - 1] == '+'))
            {
                return false;
            }

            SecretKind? kind = cls switch
            {
                CredentialClass.Pin when word.Length is >= 4 and <= 8 => SecretKind.Pin,
                CredentialClass.Otp when word.Length is >= 4 and <= 8 => SecretKind.Otp,
                CredentialClass.Cvv or CredentialClass.SecurityCode when word.Length is 3 or 4 => SecretKind.Cvv,
                CredentialClass.SecurityCode when word.Length is >= 5 and <= 8 => SecretKind.Otp,
                _ => null,
            };
            if (kind is null)
            {
                return false;
            }

            value = new SecretSpan(token.CoreStart, token.CoreEnd, kind.Value);
            return true;
        }

        return false;
    }

    private static bool ClauseEndsAfter(string text, ChatToken token)
    {
        if (token.ClauseEnd)
        {
            return true;
        }

        var next = ChatToken.ReadForward(text, token.End);
        return next.Kind switch
        {
            ChatTokenKind.None => true,
            ChatTokenKind.Dash => true,
            ChatTokenKind.Word => ChatWords.Classify(next.Core(text)).HasAny(WordFlags.Conjunction),
            _ => false,
        };
    }

    private static bool LinkFollows(string text, int pos)
    {
        var next = ChatToken.ReadForward(text, pos);
        return next.Kind is ChatTokenKind.Colon or ChatTokenKind.Equals
               || (next.Kind == ChatTokenKind.Word && ChatWords.Classify(next.Core(text)).HasAny(WordFlags.Connector));
    }

    private static Link Max(Link a, Link b) => a > b ? a : b;

    private enum Shape
    {
        Plain,
        MixedCase,
        Strong,
    }

    /// <summary>
    /// Strong: looks like a password (letters with digits, 4+ digits, or symbols). MixedCase: "BlueSky". Plain:
    /// an ordinary word, a date or a version.
    /// </summary>
    private static Shape ShapeOf(ReadOnlySpan<char> word)
    {
        bool digit = false, letter = false, symbol = false, lower = false, upperInside = false;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (char.IsLetter(c))
            {
                letter = true;
                lower |= char.IsLower(c);
                upperInside |= k > 0 && char.IsUpper(c);
            }
            else if (c is not ('-' or '\'' or '’' or '.' or '/' or ':' or ','))
            {
                symbol = true;
            }
        }

        if (word.Length >= 4 && ((digit && (letter || symbol)) || (symbol && letter) || IsAllDigits(word)))
        {
            return Shape.Strong;
        }

        return upperInside && lower ? Shape.MixedCase : Shape.Plain;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> word) => !word.IsEmpty && !word.ContainsAnyExceptInRange('0', '9');

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"3x", "2kali": how many times, not a password.</summary>
    private static bool IsCount(ReadOnlySpan<char> word)
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

    /// <summary>"******", "xxxx", "•••": the password hidden, not given.</summary>
    private static bool IsMasked(ReadOnlySpan<char> word) =>
        word.Length >= 2 && !word.ContainsAnyExcept("*•●·xX#._-");

    /// <summary>An e-mail address, URL or domain names an account or a site, not a secret.</summary>
    private static bool IsAddress(ReadOnlySpan<char> word)
    {
        if (word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var at = word.IndexOf('@');
        if (at > 0 && word[(at + 1)..].Contains('.'))
        {
            return true;
        }

        var dot = word.LastIndexOf('.');
        return dot > 0 && at < 0 && ChatWords.Classify(word[(dot + 1)..]).HasAny(WordFlags.TopLevelDomain) && !word.ContainsAnyInRange('0', '9');
    }
}
