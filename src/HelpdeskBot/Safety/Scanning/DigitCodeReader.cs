using System.Collections.Frozen;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// Reads the digits of a PIN, one-time code or CVV after its keyword: "PIN 4821", "kode OTP yang masuk 713 305",
/// "PIN BRImo saya: 112299", "the cvv on the back is 362", "G-482913". Between keyword and digits it skips fillers
/// and particles, and at most a couple of unknown words (an app, a bank); after a preposition ("OTP for order
/// 4521") or two unknown words the digits need a link (":", "is") to count. A size ("6 digit") is skipped, a count
/// or duration ("3 kali", "5 minutes"), a date, time, amount or phone number is not a value.
/// </summary>
internal static class DigitCodeReader
{
    private const int MaxSteps = 10;
    // "PIN tap cash nya 2233": at most two unknown words (an app or bank name) between keyword and digits; with a
    // link after them ("PIN for the mobile banking app: …") up to four.
    private const int MaxBridged = 2;
    private const int MaxBridgedBeforeLink = 4;

    // A PIN or code never needs more digits than this; longer runs are phone numbers or ids.
    private const int MaxRunDigits = 24;

    // "one two three": fewer spelled digits are ordinary words ("pin one", "OTP two times").
    private const int MinSpelledDigits = 3;

    // "reset 2FA buat user id 88214" (thirteenth round, a false positive): right before digits, these name them as
    // someone's id or an order's number, whatever keyword came before.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IdNames = ChatWords.Lookup(
        "id", "userid", "user", "username", "uid", "nik", "ktp", "npwp", "member", "pelanggan", "customer", "nasabah",
        "order", "pesanan", "resi", "invoice", "inv", "tiket", "ticket");

    private static bool IsIdName(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[16];
        return word.Length is > 0 and <= 16 && IdNames.Contains(lower[..word.ToLowerInvariant(lower)]);
    }

    private enum Unit
    {
        None,
        Size,
        Count,
    }

    public static Reading After(string text, CredentialClass cls, int pos, Link link)
    {
        var cvv = cls is CredentialClass.Cvv or CredentialClass.CvvOnBack or CredentialClass.SecurityCode;
        if (pos < text.Length && ChatToken.IsClausePunctuation(text[pos]))
        {
            return text[pos] is ',' or '?' ? Apposed(text, cls, pos + 1) : Reading.Nothing;
        }

        var ending = link >= Link.Connected ? Ending.AfterLink : Ending.AfterKeyword;
        var bridged = 0;
        var needsLink = false;
        var skipDigits = false;
        var lastWord = (Start: 0, End: 0);
        for (var step = 0; step < MaxSteps; step++)
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos]))
            {
                pos++;
            }

            // "otp dikirim ke no yg berakhiran": what follows is the end of a phone's number, not the code.
            if (pos >= text.Length)
            {
                return skipDigits ? Reading.Nothing : Reading.RanOut(text, pos, ending);
            }

            var c = text[pos];
            var google = IsGooglePrefix(text, pos);
            if (char.IsAsciiDigit(c) || google)
            {
                var digitsAt = google ? pos + 2 : pos;
                if (skipDigits)
                {
                    pos = SkipDigitGroups(text, digitsAt);
                    skipDigits = false;
                    ending = Ending.None;
                    continue;
                }

                if (((needsLink || bridged > MaxBridged) && link < Link.Connected) || IsIdName(text.AsSpan(lastWord.Start, lastWord.End - lastWord.Start)))
                {
                    return Reading.Nothing;
                }

                if (TryDigitValue(text, cls, digitsAt, out var end, out var skipTo))
                {
                    return Reading.Value(pos, end);
                }

                if (skipTo <= digitsAt)
                {
                    // "login code: 4E9K2M": a code of letters and digits may start with a digit.
                    var code = ChatToken.ReadForward(text, pos);
                    return !google && code.Kind == ChatTokenKind.Word && code.CoreStart == pos && TryAlphanumericCode(cls, code.Core(text), link)
                        ? Reading.Value(code.CoreStart, code.CoreEnd)
                        : Reading.Nothing;
                }

                // "pin yg sy pake 6 digit, 881122": the size's comma does not end the search.
                pos = skipTo < text.Length && text[skipTo] == ',' ? skipTo + 1 : skipTo;
                ending = Ending.None;
                continue;
            }

            var token = ChatToken.ReadForward(text, pos);
            if (token.Kind is ChatTokenKind.Colon or ChatTokenKind.Equals)
            {
                link = Link.Strong;
                ending = Ending.AfterLink;
                pos = token.End;
                continue;
            }

            // "+62 812 …" is a phone number.
            if (c == '+')
            {
                return Reading.Nothing;
            }

            if (c is '#' or '(' or ')' or '[' or ']' or '"' or '\'' or '“' or '‘' or '-' or '/' or '*')
            {
                pos++;
                continue;
            }

            if (token.Kind != ChatTokenKind.Word)
            {
                return Reading.Nothing;
            }

            var word = token.Core(text);

            // "my PIN is one two three four", "otp nya enam lima empat tiga dua satu", "pin six-one-four-four-two-nine, …"
            // (one token when dashes join the words, eleventh round).
            var spelled = SpelledDigits.Read(text, token.CoreStart, out var spelledEnd);
            if (spelled >= MinSpelledDigits)
            {
                return (needsLink || bridged > MaxBridged) && link < Link.Connected || !Fits(cls, spelled)
                    ? Reading.Nothing
                    : Reading.Value(token.CoreStart, spelledEnd);
            }

            if (token.ClauseEnd && !word.IsEmpty && TryAlphanumericCode(cls, word, (needsLink || bridged > MaxBridged) && link < Link.Connected ? Link.None : link, bridgedOk: !needsLink))
            {
                return Reading.Value(token.CoreStart, token.CoreEnd);
            }

            if (token.ClauseEnd || word.IsEmpty)
            {
                if (token.ClauseEnd && text[token.CoreEnd] == '.' && token.End == token.CoreEnd + 1 && ChatWords.IsNumberAbbreviation(word))
                {
                    pos = token.End;
                    continue;
                }

                // "pin saya, 2233, ga bisa": the keyword's own words end at a comma before the value.
                if (token.ClauseEnd && !word.IsEmpty && text[token.End - 1] is ',' or '?'
                    && ChatWords.Classify(word).HasAny(WordFlags.Possessive | WordFlags.DigitFiller | WordFlags.Particle))
                {
                    return Apposed(text, cls, token.End);
                }

                return token.ClauseEnd ? Reading.Nothing : Reading.RanOut(text, token.End, ending);
            }

            // "kode verifikasi OTP 123456": the next keyword takes over — but "pin keybca sy 5566", "PIN token 123456" name the device
            // the PIN opens (fourteenth round: read as the device's one-time code).
            if (CredentialScanner.StartsKeyword(text, token.CoreStart) && !(cls == CredentialClass.Pin && IsCodeDevice(word)))
            {
                return Reading.Nothing;
            }

            // "pin sy kalo gk salah 2718": a hedge before the value is no word about it.
            if (ChatWords.HedgeEnd(text, token.CoreStart) is var hedged and > 0)
            {
                pos = hedged;
                continue;
            }

            pos = token.End;
            lastWord = (token.CoreStart, token.CoreEnd);
            var flags = ChatWords.Classify(word);
            if (flags.HasAny(WordFlags.Particle))
            {
                continue;
            }

            if (flags.HasAny(WordFlags.Connector))
            {
                link = link < Link.Connected ? Link.Connected : link;

                // "the login code email goes to": after other words "to" goes somewhere; it links nothing.
                ending = bridged == 0 || !ChatWords.IsMovementConnector(word) ? Ending.AfterLink : Ending.None;
                continue;
            }

            if (flags.HasAny(cvv ? WordFlags.DigitFiller | WordFlags.CvvFiller : WordFlags.DigitFiller))
            {
                if (flags.HasAny(WordFlags.Possessive) && link < Link.Medium)
                {
                    link = Link.Medium;
                }

                continue;
            }

            if (flags.HasAny(WordFlags.EndingMarker))
            {
                skipDigits = true;
                continue;
            }

            if (TryAlphanumericCode(cls, word, (needsLink || bridged > MaxBridged) && link < Link.Connected ? Link.None : link, bridgedOk: !needsLink))
            {
                return Reading.Value(token.CoreStart, token.CoreEnd);
            }

            // "pin code of my area is 560001", "PIN booking 4471": a code the word names is no secret.
            if (flags.HasAny(WordFlags.InnocentCode))
            {
                return Reading.Nothing;
            }

            if (flags.HasAny(WordFlags.Preposition))
            {
                needsLink = true;
            }
            else if (flags.HasAny(WordFlags.Stop) || !Shapes.IsWord(word))
            {
                // Only words bridge a keyword to its digits (an app, a bank); "#12", "x4", "10:30" do not.
                return Reading.Nothing;
            }

            ending = Ending.None;
            if (++bridged > MaxBridgedBeforeLink)
            {
                return Reading.Nothing;
            }
        }

        return Reading.Nothing;
    }

    /// <summary>
    /// "my pin, 4821, doesn't work", "pin? it's 2006", "cvv kartu saya, 147, udah bener", "the three numbers on the
    /// back, 624": a value set off by a comma (or answering the keyword's question), closed by punctuation or the end
    /// of the message. <paramref name="pos"/> is just after the comma or question mark.
    /// </summary>
    private static Reading Apposed(string text, CredentialClass cls, int pos)
    {
        for (var step = 0; step < 2; step++)
        {
            var lead = ChatToken.ReadForward(text, pos);
            if (lead.Kind != ChatTokenKind.Word || lead.ClauseEnd || lead.Core(text).IsEmpty || char.IsAsciiDigit(text[lead.CoreStart])
                || !(ChatWords.Classify(lead.Core(text)).HasAny(WordFlags.Connector) || ChatWords.IsApposition(lead.Core(text))))
            {
                break;
            }

            pos = lead.End;
        }

        while (pos < text.Length && text[pos] == ' ')
        {
            pos++;
        }

        int end;
        if (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            if (!TryDigitValue(text, cls, pos, out end, out _))
            {
                return Reading.Nothing;
            }
        }
        else if (SpelledDigits.Read(text, pos, out end) is var spelled && (spelled < MinSpelledDigits || !Fits(cls, spelled)))
        {
            return Reading.Nothing;
        }

        // "got two codes, 115902 and 220417", "dpt 2 kode, 581002 sama 660193": a second value joined to the first.
        if (char.IsAsciiDigit(text[pos]) && ChatToken.ReadForward(text, end) is { Kind: ChatTokenKind.Word, ClauseEnd: false } join
            && ChatWords.IsAlternative(join.Core(text)))
        {
            var second = join.End;
            while (second < text.Length && text[second] == ' ')
            {
                second++;
            }

            if (second < text.Length && char.IsAsciiDigit(text[second]) && TryDigitValue(text, cls, second, out var secondEnd, out _))
            {
                end = secondEnd;
            }
        }

        var k = end;
        while (k < text.Length && text[k] == ' ' && k - end < 2)
        {
            k++;
        }

        return k == text.Length || text[k] is ',' or '.' or '!' or ')' or ';' ? Reading.Value(pos, end) : Reading.Nothing;
    }

    /// <summary>
    /// "verification code: x7k9qp": a one-time code of letters and digits after a colon. Printed the way codes are sent,
    /// in capitals and digits ("K7P2QX", "QW7-PL3", five to eight of them), it needs less (seventh round): "the email code
    /// was K7P2QX", "kodenya ABX92K", or nothing at all after a word that names a one-time code ("steam guard code
    /// FXK9T", "kode aktivasi yg masuk email QW7-PL3"), unless a preposition came first ("OTP for order AB1234").
    /// "security code is Xk9#mP2q": a password, after any link.
    /// </summary>
    internal static bool TryAlphanumericCode(CredentialClass cls, ReadOnlySpan<char> word, Link link, bool bridgedOk = true)
    {
        if (cls == CredentialClass.SecurityCode)
        {
            return link >= Link.Medium && Shapes.Of(word) == Shape.Strong && Shapes.HasLetter(word) && !Shapes.IsAddress(word);
        }

        if (cls is not (CredentialClass.Otp or CredentialClass.LoginCode or CredentialClass.Code or CredentialClass.CodeReceived)
            || word.Length is < 5 or > 11)
        {
            return false;
        }

        int digits = 0, letters = 0, lower = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsAsciiLetter(c))
            {
                letters++;
                lower += char.IsAsciiLetterLower(c) ? 1 : 0;
            }
            else if (c != '-')
            {
                return false;
            }
        }

        if (digits == 0 || letters == 0)
        {
            return false;
        }

        if (link == Link.Strong)
        {
            return true;
        }

        var printed = lower == 0 && letters >= 2 && digits + letters is >= 5 and <= 8 && word[^1] != '-';
        // "backup code 8fk2-p9qm" (thirteenth round): a recovery list prints its codes in two even halves joined by a dash.
        var halves = word.IndexOf('-') is var dash and >= 4 && word.Length == (2 * dash) + 1 && word.LastIndexOf('-') == dash;
        return (printed || halves) && (link >= Link.Medium || (bridgedOk && cls is CredentialClass.Otp or CredentialClass.LoginCode));
    }

    /// <summary>
    /// Google's "G-482913" says what it is without a keyword ("Google sent G-771204", "G-503817 dari google"): exactly
    /// six digits after a capital G and a dash, standing alone. One vectorised search for "G-", then a bounded look.
    /// </summary>
    public static void ScanGoogleCodes(string text, ref List<SecretSpan>? found)
    {
        var pos = 0;
        while (pos < text.Length)
        {
            var at = text.AsSpan(pos).IndexOf("G-", StringComparison.Ordinal);
            if (at < 0)
            {
                return;
            }

            at += pos;
            pos = at + 2;
            var end = pos;
            while (end < text.Length && end - pos < 7 && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end - pos == 6 && (at == 0 || !char.IsLetterOrDigit(text[at - 1]) && text[at - 1] is not ('-' or '_' or '/' or '.'))
                && EndsCleanly(text, end) && (end == text.Length || text[end] is not ('-' or '_' or '/')))
            {
                SecretSpan.Add(ref found, at, end, SecretKind.Otp);
                pos = end;
            }
        }
    }

    /// <summary>Google's "G-482913".</summary>
    private static bool IsGooglePrefix(string text, int pos) =>
        text[pos] is 'G' or 'g' && pos + 2 < text.Length && text[pos + 1] == '-' && char.IsAsciiDigit(text[pos + 2])
        && (pos == 0 || !char.IsLetterOrDigit(text[pos - 1]));

    private static int SkipDigitGroups(string text, int pos)
    {
        var steps = 0;
        while (pos < text.Length && steps++ < MaxRunDigits && (char.IsAsciiDigit(text[pos]) || (text[pos] is ' ' or '-' && pos + 1 < text.Length && char.IsAsciiDigit(text[pos + 1]))))
        {
            pos++;
        }

        return pos;
    }

    /// <summary>
    /// Reads the digits of a PIN or code: "4821", "902 117", "654-321", "55 66 77", "1 2 3 4". A size after the digits
    /// ("6 digit") is skipped via <paramref name="skipTo"/>; a count or duration ("3 kali", "5 minutes"), a
    /// date, time, amount or phone number is not a value.
    /// </summary>
    internal static bool TryDigitValue(string text, CredentialClass cls, int start, out int valueEnd, out int skipTo)
    {
        valueEnd = start;
        skipTo = start;
        // "+62…" is a phone number; "0812****7890", "0812-xxxx-7890" one with its middle masked.
        if (start > 0 && text[start - 1] is '+' or '*' or '•' or '●' || MaskBefore(text, start))
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

        if (separator == '-' && shortestGroup < 3 && IsDate(text.AsSpan(start, k - start)))
        {
            // 12-05-2024 is a date; 46-82-91 is not
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

        if (!EndsCleanly(text, end) || !Fits(cls, count))
        {
            return false;
        }

        valueEnd = end;
        return true;
    }

    /// <summary>dd-mm-yy(yy), mm-dd-yy(yy) or yyyy-mm-dd with a real day and month.</summary>
    private static bool IsDate(ReadOnlySpan<char> value)
    {
        Span<Range> parts = stackalloc Range[4];
        if (value.Split(parts, '-') != 3)
        {
            return false;
        }

        Span<int> n = stackalloc int[3];
        for (var i = 0; i < 3; i++)
        {
            var part = value[parts[i]];
            if (part.Length is 0 or > 4)
            {
                return false;
            }

            n[i] = int.Parse(part, System.Globalization.CultureInfo.InvariantCulture);
        }

        static bool DayMonth(int day, int month) => day is >= 1 and <= 31 && month is >= 1 and <= 12;
        var yearLast = value[parts[2]].Length is 2 or 4 && value[parts[0]].Length <= 2;
        var yearFirst = value[parts[0]].Length == 4;
        return (yearLast && (DayMonth(n[0], n[1]) || DayMonth(n[1], n[0]))) || (yearFirst && DayMonth(n[2], n[1]));
    }

    public static bool Fits(CredentialClass cls, int digits) => cls switch
    {
        CredentialClass.Pin or CredentialClass.Otp or CredentialClass.Code or CredentialClass.LoginCode => digits is >= 4 and <= 8,
        CredentialClass.CodeReceived => digits is >= 5 and <= 8,
        CredentialClass.Cvv => digits is 3 or 4,
        CredentialClass.CvvOnBack => digits == 3,
        CredentialClass.SecurityCode => digits is >= 3 and <= 8,
        _ => false,
    };

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
    private const string MaskChars = "xX*•●";

    /// <summary>"-xxxx", " ****", "***": three or more masking characters after the digits, directly or after one separator.</summary>
    private static bool MaskAfter(string text, int end)
    {
        var k = end < text.Length && text[end] is '-' or '.' or ' ' ? end + 1 : end;
        var run = 0;
        while (k + run < text.Length && MaskChars.Contains(text[k + run]))
        {
            run++;
        }

        return run >= 3 && (k + run == text.Length || !char.IsLetter(text[k + run]));
    }

    /// <summary>"xxxx-7890", "****7890": masking characters before the digits.</summary>
    private static bool MaskBefore(string text, int start)
    {
        var k = start > 0 && text[start - 1] is '-' or '.' or ' ' ? start - 1 : start;
        var run = 0;
        while (k - run - 1 >= 0 && MaskChars.Contains(text[k - run - 1]))
        {
            run++;
        }

        return run >= 3 && (k - run == 0 || !char.IsLetter(text[k - run - 1]));
    }

    private static bool EndsCleanly(string text, int end)
    {
        if (end == text.Length)
        {
            return true;
        }

        if (MaskAfter(text, end))
        {
            return false;
        }

        var c = text[end];
        if (char.IsLetter(c) || c is '%' or '@' or '*' or '•' or '●')
        {
            return false;
        }

        return !(c is '.' or ',' or ':' or '/' or '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]));
    }

    /// <summary>A device or app that shows one-time codes and is opened with a PIN of its own.</summary>
    private static bool IsCodeDevice(ReadOnlySpan<char> word) =>
        word.Equals("keybca", StringComparison.OrdinalIgnoreCase) || word.Equals("token", StringComparison.OrdinalIgnoreCase)
        || word.Equals("authenticator", StringComparison.OrdinalIgnoreCase);
}
