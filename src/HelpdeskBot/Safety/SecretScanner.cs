using HelpdeskBot.Safety.Scanning;

namespace HelpdeskBot.Safety;

/// <summary>
/// The guard's scan: finds card numbers, passwords, PINs, one-time codes and CVVs in chat text (English and
/// Bahasa Indonesia) and returns the kinds found with a redacted copy of the text. The text is normalised first
/// (<see cref="ChatText"/>: full-width and look-alike characters, invisible characters, whitespace runs), and what
/// is found there is redacted in the original. Stateless and thread-safe; one instance serves the whole app.
/// Linear in the length of the text.
/// </summary>
public sealed class SecretScanner
{
    private static readonly SecretKind[] NoKinds = [];

    /// <summary>Redacting can make what was left stand out (a value next to a card group, a second value after "or"):
    /// that many more looks at what is returned, each only when the last one found something.</summary>
    private const int MostRescans = 2;

    /// <summary>
    /// Finds the secrets in <paramref name="text"/> and returns them redacted. What is returned is scanned again until
    /// nothing more is found (at most <see cref="MostRescans"/> times), so the redacted text, scanned again, holds
    /// nothing: a message with no finding is read once.
    /// </summary>
    public ScanResult Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var result = ScanOnce(text);
        for (var look = 0; look < MostRescans && result.Found; look++)
        {
            var again = ScanOnce(result.Redacted);
            if (!again.Found)
            {
                break;
            }

            result = new ScanResult([.. result.Kinds.Union(again.Kinds)], again.Redacted);
        }

        return result;
    }

    private static ScanResult ScanOnce(string text)
    {
        using var chat = ChatText.Of(text);
        List<SecretSpan>? spans = null;
        CardNumberScanner.Scan(chat.Text, ref spans);
        CardGroupsByWords.Scan(chat.Text, ref spans);
        SpelledNumberReader.Scan(chat.Text, ref spans);
        CredentialScanner.Scan(chat.Text, ref spans, out _);
        DigitByDigitReader.Scan(chat.Text, ref spans);
        CredentialPairReader.Scan(chat.Text, ref spans);
        if (spans is null || WithoutNoSecrets(chat.Text, spans) == 0)
        {
            return new ScanResult(NoKinds, text);
        }

        return Redaction.Apply(text, ToOriginal(chat, spans));
    }

    /// <summary>Drops what a reader found that is no secret after all (below); returns how many findings are left.</summary>
    private static int WithoutNoSecrets(string text, List<SecretSpan> spans)
    {
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            if (IsNoPassword(text, spans[i]) || IsMaskedCardsEnd(text, spans[i]))
            {
                spans.RemoveAt(i);
            }
        }

        return spans.Count;
    }

    /// <summary>
    /// "kartu debit 5425 23** **** 9903" (the fourteenth user trial, a bank's fraud alert pasted): the last four digits of a
    /// card printed masked are what banks show of it, no code.
    /// </summary>
    private static bool IsMaskedCardsEnd(string text, SecretSpan span)
    {
        if (span.Kind == SecretKind.Card || span.End - span.Start != 4 || !Shapes.IsAllDigits(text.AsSpan(span.Start, 4)))
        {
            return false;
        }

        var end = span.Start;
        while (end > 0 && text[end - 1] is ' ' or '-')
        {
            end--;
        }

        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var group = text.AsSpan(start, end - start);
        return group.Length >= 2 && group.Contains('*') && !group.ContainsAnyExcept("*0123456789-");
    }

    /// <summary>
    /// A password a reader found that is a setting of a pasted config or log ("CHECKOUT_MODE=live", "user=budi.s"), a stack
    /// trace's frame, what is left of a token the guard already redacted part of (the seventeenth round's false positives), or an
    /// error's hexadecimal code ("sending gives 0x800CCC0E. Her login is …", the fifteenth user trial):
    /// whatever led a reader to it, that text is no password.
    /// </summary>
    private static bool IsNoPassword(string text, SecretSpan span) =>
        span.Kind == SecretKind.Password && text.AsSpan(span.Start, span.End - span.Start) is var value && (Shapes.IsSetting(value) || Shapes.IsCodeFrame(value) || Shapes.HoldsPlaceholder(value) || Shapes.IsHexNumber(value));

    /// <summary>
    /// Scans a message against what the previous one left waiting (<paramref name="memory"/>): the value after
    /// "my password is", the rest of a card number. Returns what it found, redacted, and what this message leaves
    /// waiting for the next one. Meant for text that has already been through <see cref="Scan"/>.
    /// </summary>
    public (ScanResult Result, GuardMemory? Memory) ScanAfter(string text, GuardMemory? memory)
    {
        ArgumentNullException.ThrowIfNull(text);

        List<SecretSpan>? spans = null;
        CardStart? continued = null;
        if (memory?.Awaiting is { } awaiting)
        {
            FindAwaitedValue(text, awaiting, memory.AfterColon, ref spans);
            if (memory.CodeDigits > 0)
            {
                FindCodeRest(text, awaiting, memory.CodeDigits, ref spans);
            }
        }

        if (memory?.CardStart is { } start)
        {
            using var chat = ChatText.Of(text);
            List<SecretSpan>? rest = null;
            CardSplit.TryComplete(chat.Text, start, ref rest, out continued);
            if (rest is not null)
            {
                (spans ??= []).AddRange(ToOriginal(chat, rest));
            }
        }

        var result = spans is null ? new ScanResult(NoKinds, text) : Redaction.Apply(text, spans);
        return (result, Leaves(result.Redacted, continued));
    }

    /// <summary>The value a keyword in the previous message was waiting for, read as if the keyword stood before this text.</summary>
    private static void FindAwaitedValue(string text, AwaitedSecret awaiting, bool afterColon, ref List<SecretSpan>? spans)
    {
        var prefix = Keyword(awaiting) + (afterColon ? ": " : " is ");
        using var chat = ChatText.Of(prefix + text);
        List<SecretSpan>? found = null;
        CredentialScanner.Scan(chat.Text, ref found, out _);
        foreach (var span in ToOriginal(chat, found ?? []))
        {
            if (span.Start >= prefix.Length)
            {
                SecretSpan.Add(ref spans, span.Start - prefix.Length, span.End - prefix.Length, span.Kind);
            }
        }
    }

    /// <summary>
    /// "Kode verifikasi … tadi 5 5 8" / "2 1 7, apakah perlu saya berikan?" (the tenth user trial): the digits opening this
    /// message finish a code the previous one began, when both together make four to eight.
    /// </summary>
    private static void FindCodeRest(string text, AwaitedSecret awaiting, int opening, ref List<SecretSpan>? spans)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        // "two two one", "satu delapan lima, tp …": the rest said as words, as the first digits may have been.
        var spelled = SpelledDigits.Read(text, start, out var end);
        var digits = spelled;
        for (var pos = start; spelled == 0 && pos < text.Length && digits <= 8; pos++)
        {
            if (char.IsAsciiDigit(text[pos]))
            {
                digits++;
                end = pos + 1;
            }
            else if (!(text[pos] is ' ' or '-' && pos + 1 < text.Length && char.IsAsciiDigit(text[pos + 1])))
            {
                break;
            }
        }

        // "2 1 7, apakah …", "1904": the digits close a clause; "2 orang sudah coba" counts people.
        var closed = end == text.Length || (text[end] is ',' or '.' or '!' or '?' or ';') || (char.IsWhiteSpace(text[end]) && digits >= 3);
        if (digits > 0 && closed && opening + digits is >= 4 and <= 8)
        {
            SecretSpan.Add(ref spans, start, end, awaiting == AwaitedSecret.Pin ? SecretKind.Pin : SecretKind.Otp);
        }
    }

    /// <summary>What a message (already redacted) leaves waiting for the next one.</summary>
    private static GuardMemory? Leaves(string redacted, CardStart? continued)
    {
        using var chat = ChatText.Of(redacted);
        Awaiting? awaiting = null;
        if (CredentialScanner.MayAwait(chat.Text))
        {
            List<SecretSpan>? ignored = null;
            CredentialScanner.Scan(chat.Text, ref ignored, out awaiting);
        }

        var card = continued ?? CardSplit.Trailing(chat.Text);
        // "google sent a text a min ago" / "G 482 913 is what it says": a code told of, its value perhaps in the next message.
        var told = awaiting is null && CredentialScanner.ToldOfCode(chat.Text);
        if (awaiting is null && card is null && !told)
        {
            return null;
        }

        return new GuardMemory
        {
            Awaiting = awaiting is { } a ? Awaited(a.Class) : told ? AwaitedSecret.Otp : null, AfterColon = awaiting?.AfterColon ?? false, CardStart = card,
            CodeDigits = awaiting?.FragmentDigits ?? 0,
        };
    }

    private static AwaitedSecret Awaited(CredentialClass cls) => cls switch
    {
        CredentialClass.Passcode => AwaitedSecret.Passcode,
        CredentialClass.Passphrase => AwaitedSecret.Passphrase,
        CredentialClass.Credentials => AwaitedSecret.Credentials,
        CredentialClass.LoginCode => AwaitedSecret.LoginCode,
        CredentialClass.Pin => AwaitedSecret.Pin,
        CredentialClass.Otp or CredentialClass.Code or CredentialClass.CodeReceived => AwaitedSecret.Otp,
        CredentialClass.Cvv or CredentialClass.CvvOnBack => AwaitedSecret.Cvv,
        CredentialClass.SecurityCode => AwaitedSecret.SecurityCode,
        _ => AwaitedSecret.Password,
    };

    private static string Keyword(AwaitedSecret awaiting) => awaiting switch
    {
        AwaitedSecret.Passcode => "passcode",
        AwaitedSecret.Passphrase => "passphrase",
        AwaitedSecret.Credentials => "credentials",
        AwaitedSecret.LoginCode => "login code",
        AwaitedSecret.Pin => "PIN",
        AwaitedSecret.Otp => "OTP",
        AwaitedSecret.Cvv => "CVV",
        AwaitedSecret.SecurityCode => "security code",
        _ => "password",
    };

    private static List<SecretSpan> ToOriginal(ChatText chat, List<SecretSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end) = chat.ToOriginal(spans[i].Start, spans[i].End);
            spans[i] = spans[i] with { Start = start, End = end };
        }

        return spans;
    }
}
