using System.Collections.Frozen;

namespace HelpdeskBot.Safety.Scanning;

/// <summary>
/// A login typed as one "name:password" token: "jake_t:letmein2024", "budi@mail.com:Rahasia88". The left side is a
/// user name or an address, the right a chosen password (lowercase letters with digits or symbols); a label before the
/// colon ("order:", "error:", "ref:"), a time, a link or a code in capitals is something else. The password is redacted,
/// the name kept.
/// </summary>
internal static class CredentialPairReader
{
    // Labels that put a value after a colon with no space: the value is that thing, not a password.
    private static readonly FrozenSet<string> Labels = FrozenSet.ToFrozenSet(
        ["user", "username", "uname", "login", "id", "userid", "user_id", "email", "nama", "name", "akun", "account", "acc", "order", "error", "err",
            "code", "kode", "ref", "trx", "inv", "invoice", "status", "ticket", "tiket", "no", "sn", "imei", "mac", "ip", "host", "port", "version",
            "ver", "build", "exception", "type", "at", "line", "file", "path", "url", "http", "https", "ftp", "re", "subject", "fw", "fwd", "tel",
            "phone", "hp", "wa", "mailto", "note", "catatan", "resi", "awb", "sku", "promo", "voucher", "step", "ps",
            // A connection string's server ("Server=tcp:sql-prod.database.windows.net,1433", the seventeenth round).
            "tcp", "udp", "jdbc", "server", "database", "db", "smtp", "imap", "ssh", "sftp"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelLookup = Labels.GetAlternateLookup<ReadOnlySpan<char>>();

    // Names a pasted log or config line gives a credential: "session token=9c2e…", "api_key=sk4f…", "access_token=eyJ…".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AssignedCredentials = FrozenSet.ToFrozenSet(
        ["token", "access_token", "accesstoken", "refresh_token", "session_token", "sessiontoken", "auth_token", "id_token", "sessionid",
            "session_id", "sid", "apikey", "api_key", "api-key", "x-api-key", "secret", "client_secret", "secret_key", "private_key",
            // A link that carries the session ("…/dashboard?session=eyJhbGci…", the twelfth trial): whoever has it is signed in.
            "session", "jwt", "auth", "authorization", "bearer"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A token's value is long: shorter ones are a setting ("token=8"), not a credential.
    private const int MinAssignedValue = 10;

    // A session's id printed in a log ("session=8f2a9d10be44", sixteenth round, a false positive) is short; one that signs
    // its holder in (a JWT, a bearer session) is long.
    private const int MinSessionValue = 20;

    // A link's query parameters that carry a password or a PIN whatever else the query holds ("…/login?pwd=…").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QueryPasswords = FrozenSet.ToFrozenSet(
        ["pw", "pwd", "pass", "passwd", "password", "passcode", "pin", "sandi", "katasandi", "kata_sandi"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A login name's parameter: beside one, a bare "p" is its password ("login?u=0925…&p=NisaPajak2026").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QueryNames = FrozenSet.ToFrozenSet(
        ["u", "user", "username", "uname", "login", "email", "npwp", "nik", "userid", "user_id", "uid", "id"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Scan(string text, ref List<SecretSpan>? found)
    {
        ScanAssignments(text, ref found);
        ScanLinks(text, ref found);
        ScanQueries(text, ref found);
        ScanSlashPair(text, ref found);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        while (colon >= 0)
        {
            // "il2cpp::vm::Runtime::Invoke+0x44" (a stack frame pasted in the twelfth trial): a scope, not a login.
            if (colon + 1 < text.Length && text[colon + 1] == ':')
            {
                var after = colon + 2;
                while (after < text.Length && text[after] == ':')
                {
                    after++;
                }

                colon = text.IndexOf(':', after);
                continue;
            }

            var left = colon;
            while (left > 0 && IsNameChar(text[left - 1]))
            {
                left--;
            }

            var right = colon + 1;
            while (right < text.Length && !char.IsWhiteSpace(text[right]) && text[right] is not (',' or ';' or ')' or '"' or '\''))
            {
                right++;
            }

            // A full stop after the value ends the sentence.
            var end = right;
            while (end > colon + 1 && text[end - 1] is '.' or '!' or '?')
            {
                end--;
            }

            if (IsName(text.AsSpan(left, colon - left)) && IsPassword(text.AsSpan(colon + 1, end - colon - 1)))
            {
                SecretSpan.Add(ref found, colon + 1, end, SecretKind.Password);
            }

            colon = text.IndexOf(':', Math.Max(right, colon + 1));
        }
    }

    /// <summary>
    /// "session token=9c2e4f71aa03b8d5" in a pasted log (the twelfth user trial), "api_key=sk4f9a21c07be3d2" from a config: a
    /// credential's name, "=", and a long value with a digit in it. "token=expired", "token=null" are words, not values.
    /// </summary>
    private static void ScanAssignments(string text, ref List<SecretSpan>? found)
    {
        for (var equals = text.IndexOf('='); equals > 0; equals = text.IndexOf('=', equals + 1))
        {
            var left = equals;
            while (left > 0 && (char.IsAsciiLetter(text[left - 1]) || text[left - 1] is '_' or '-'))
            {
                left--;
            }

            if (left == equals || !AssignedCredentials.Contains(text.AsSpan(left, equals - left)))
            {
                continue;
            }

            var end = equals + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-' or '.' or '+' or '/' or '='))
            {
                end++;
            }

            while (end > equals + 1 && text[end - 1] is '.' or '=')
            {
                end--;
            }

            var name = text.AsSpan(left, equals - left);
            var least = name.StartsWith("s", StringComparison.OrdinalIgnoreCase) && !name.Contains("token", StringComparison.OrdinalIgnoreCase)
                && !name.Contains("secret", StringComparison.OrdinalIgnoreCase) ? MinSessionValue : MinAssignedValue;
            var value = text.AsSpan(equals + 1, end - equals - 1);
            if (value.Length >= least && value.ContainsAnyInRange('0', '9'))
            {
                SecretSpan.Add(ref found, equals + 1, end, SecretKind.Password);
            }
        }
    }

    /// <summary>
    /// "https://sam_w:Sommer2026!@portal.example.com/invoices" (the ninth user trial): a link that carries its login, the
    /// password between the name's colon and the "@" before the host. Whatever its shape, it is the password.
    /// </summary>
    private static void ScanLinks(string text, ref List<SecretSpan>? found)
    {
        for (var scheme = text.IndexOf("://", StringComparison.Ordinal); scheme >= 0; scheme = text.IndexOf("://", scheme + 3, StringComparison.Ordinal))
        {
            var start = scheme + 3;
            var end = start;
            // Up to the path: a password may hold '#' or '?' however a link should spell it ("ops:Gudang#22@host").
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '/')
            {
                end++;
            }

            var at = text.LastIndexOf('@', end - 1, end - start);
            if (at < 0)
            {
                continue;
            }

            // "host:8080?u=a@b" is a port and a query, not a login.
            var colon = text.IndexOf(':', start, at - start);
            if (colon > start && at > colon + 1 && !Shapes.IsAllDigits(text.AsSpan(colon + 1, at - colon - 1)))
            {
                SecretSpan.Add(ref found, colon + 1, at, SecretKind.Password);
            }
        }
    }

    /// <summary>
    /// "djponline.pajak.go.id/login?u=092542943407000&amp;p=NisaPajak2026" (the fourteenth user trial, in an Indonesian sentence):
    /// a link's query with a password's parameter — by its name, or a bare "p" beside a login name's parameter.
    /// </summary>
    private static void ScanQueries(string text, ref List<SecretSpan>? found)
    {
        for (var query = text.IndexOf('?'); query > 0 && query + 1 < text.Length; query = text.IndexOf('?', query + 1))
        {
            if (char.IsWhiteSpace(text[query - 1]) || !char.IsAsciiLetterOrDigit(text[query + 1]))
            {
                continue;
            }

            var end = query + 1;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\'' or '<' or '>' or ')'))
            {
                end++;
            }

            // Two passes over the query: whether a login name's parameter is in it, then the passwords' values.
            var named = false;
            for (var pass = 0; pass < 2; pass++)
            {
                for (var start = query + 1; start < end;)
                {
                    var amp = text.IndexOf('&', start, end - start);
                    var stop = amp < 0 ? end : amp;
                    var equals = text.IndexOf('=', start, stop - start);
                    if (equals > start)
                    {
                        var name = text.AsSpan(start, equals - start);
                        if (pass == 0)
                        {
                            named |= QueryNames.Contains(name);
                        }
                        else if (QueryPasswords.Contains(name) || (named && name.Equals("p", StringComparison.OrdinalIgnoreCase)))
                        {
                            var valueEnd = stop;
                            while (valueEnd > equals + 1 && text[valueEnd - 1] is '.' or ',' or '!' or '?')
                            {
                                valueEnd--;
                            }

                            // A rescan reads what redaction left ("p=[password removed]"): no value.
                            if (valueEnd - equals - 1 >= 4 && !Redaction.IsPlaceholderAt(text, equals + 1))
                            {
                                SecretSpan.Add(ref found, equals + 1, valueEnd, SecretKind.Password);
                            }
                        }
                    }

                    start = stop + 1;
                }
            }

            query = end - 1;
        }
    }

    /// <summary>
    /// "rajesh.k / Rajesh@1985", "admin | Netgear4477" (the tenth user trial, typed to the user id question): a message that is
    /// only a login's name and its password, a slash or a bar between. The name must look like one (a digit, '.', '_' or '@'
    /// in it, or a name systems give: admin, root); "Windows / Office365" names two products.
    /// </summary>
    private static void ScanSlashPair(string text, ref List<SecretSpan>? found)
    {
        var first = text.Length - text.AsSpan().TrimStart().Length;
        var separator = text.AsSpan().IndexOfAny('/', '|');
        if (separator <= first || text.AsSpan(separator + 1).ContainsAny('/', '|'))
        {
            return;
        }

        var valueStart = separator + 1;
        while (valueStart < text.Length && text[valueStart] == ' ')
        {
            valueStart++;
        }

        var name = text.AsSpan(first, separator - first).TrimEnd(' ');
        var value = text.AsSpan(valueStart).TrimEnd().TrimEnd(".!?");
        if (name.IsEmpty || value.IsEmpty || name.ContainsAny(' ', '\t') || value.ContainsAny(' ', '\t') || !IsName(name) || !IsPassword(value)
            || !(name.ContainsAny(LoginNameMarks) || name.Equals("admin", StringComparison.OrdinalIgnoreCase) || name.Equals("root", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        SecretSpan.Add(ref found, valueStart, valueStart + value.Length, SecretKind.Password);
    }

    private static readonly System.Buffers.SearchValues<char> LoginNameMarks = System.Buffers.SearchValues.Create("0123456789._@");

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '@';

    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.Length is < 3 or > 64 || !name.ContainsAnyInRange('a', 'z') || name[0] is '.' or '-' or '@')
        {
            return false;
        }

        return !LabelLookup.Contains(name);
    }

    /// <summary>Lowercase letters and a digit or a symbol, 6–64 characters, not a link or a path, nor what redaction left ("[password removed]").</summary>
    private static bool IsPassword(ReadOnlySpan<char> value)
    {
        if (value.Length is < 6 or > 64 || value.StartsWith("//") || value.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        var lower = false;
        var digit = false;
        var symbol = false;
        foreach (var c in value)
        {
            lower |= char.IsAsciiLetterLower(c);
            digit |= char.IsAsciiDigit(c);
            symbol |= !char.IsAsciiLetterOrDigit(c);
        }

        return lower && (digit || symbol) && !value.ContainsAny("/\\[]");
    }
}
