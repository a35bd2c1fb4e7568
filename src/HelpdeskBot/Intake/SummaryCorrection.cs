using HelpdeskBot.Dialogs;
using HelpdeskBot.Intake.Extraction;
using HelpdeskBot.Intake.OccurredAt;

namespace HelpdeskBot.Intake;

/// <summary>One answer changed in the user's words at the summary; <see cref="Utc"/> for a time; an empty text takes an optional answer back.</summary>
public sealed record FieldCorrection(string Field, string Text, DateTimeOffset? Utc = null);

/// <summary>The answers a message typed at the summary changes ("the service is actually the website").</summary>
public sealed record CorrectionAnswer(IReadOnlyList<FieldCorrection> Changes) : Answer;

/// <summary>
/// Reads a correction typed at the summary, in either language: an answer named and given a new value ("the service is
/// actually the website", "ganti waktu jadi kemarin jam 5", "username: rina_k"), or a sentence that states answers plainly
/// ("it happened yesterday at 5pm", "my username is rina_k"). Each new value passes the check its own question makes; a
/// value that fails it is refused with that question's reason, and nothing changes.
/// </summary>
public static class SummaryCorrection
{
    /// <summary>Words people use for each answer, besides its label in either language.</summary>
    private static readonly (string Field, string[] Names)[] FieldNames =
    [
        ("userId", ["user id", "userid", "username", "usernamenya", "user name", "my id", "id", "id saya", "id pengguna", "id akun", "nama pengguna"]),
        ("service", ["service", "layanan", "layanannya"]),
        ("occurredAt", ["time", "date", "when", "when it happened", "waktu", "waktunya", "tanggal", "tanggalnya", "jam", "jamnya", "kapan", "waktu kejadian"]),
        ("description", ["description", "problem", "the problem", "masalah", "masalahnya", "deskripsi", "keterangan masalah"]),
        // The seventh trial: "ganti jawaban yg seharusnya terjadi jd: …" changed the service, "seharusnya" read as "should be".
        ("expected", ["expected", "expectation", "what i expected", "what should have happened", "what should happen", "harapan", "yang diharapkan",
            "yg diharapkan", "yg seharusnya terjadi", "seharusnya terjadi", "harusnya terjadi", "yg harusnya terjadi", "yang harusnya terjadi"]),
        ("errorMessage", ["error", "error message", "the error", "errornya", "eror", "erornya", "pesan error", "pesan errornya", "pesan eror", "kode error"]),
        ("steps", ["steps", "what i did", "what i did before", "what i did just before", "just before", "langkah", "langkahnya", "yg dilakukan sebelumnya"]),
        ("history", ["history", "what changed", "first seen", "first time", "first happened", "yang berubah", "yg berubah", "pertama kali", "pertama kali terjadi"]),
        ("attempts", ["attempts", "what i tried", "tried", "yang sudah dicoba", "yg sudah dicoba", "yg udh dicoba", "yang udah dicoba", "percobaan"]),
        ("email", ["email", "e-mail", "email address", "my email", "alamat email", "emailnya", "email saya", "email sy"]),
    ];

    private static readonly string[] EditWords = ["edit", "change", "update", "set", "fix", "correct", "ubah", "ganti", "koreksi", "perbaiki", "ralat"];

    private static readonly string[] Articles = ["the", "my", "our", "its"];

    /// <summary>Words between the answer's name and its new value, longest first.</summary>
    private static readonly string[] Connectors =
    [
        "should actually be", "is actually", "was actually", "should be", "should say", "harusnya", "seharusnya", "sebenarnya", "sebenernya",
        "is", "was", "to", "into", "jadi", "menjadi", "jd", "ke", "adalah", "itu", ":", "=", "-", "→", "->",
    ];

    /// <summary>"is", "was" before a word that says the answer is wrong.</summary>
    private static readonly string[] Copulas = ["is", "was", "are", "were", "looks", "seems", "itu"];

    /// <summary>The connectors that are symbols.</summary>
    private static readonly string[] Symbols = [":", "=", "-", "→", "->"];

    /// <summary>Words between the answer's name and what is said of it: "jamnya jg salah", "the time also should be …".</summary>
    private static readonly string[] Fillers = ["jg", "juga", "also", "too", "actually", "sbnrnya", "sebenarnya", "sebenernya", "tuh", "nya"];

    /// <summary>"there was none": an optional answer taken back.</summary>
    private static readonly string[] SaysNone = ["ga ada", "gak ada", "gk ada", "nggak ada", "tidak ada", "none", "nothing", "there was none", "there wasn't one", "kosong"];

    /// <summary>What introduces the right value after an answer is said to be wrong: "salah, harusnya jam 6", "is wrong, it should be 9am".</summary>
    private static readonly string[] RightValue = ["it should be", "should be", "it was", "it's", "its", "harusnya", "seharusnya", "mestinya", "yang benar", "yg bener", "yg benar"];

    /// <summary>Where one correction ends and another may start: "…, not login. and the time should be 09:00 today".</summary>
    // A bare comma too (the eighth trial: "pesan errornya gk ada kak, yg dilakukan sebelumnya transfer ke temen, pertama kali ya
    // barusan" went whole into the error): a piece that names no answer joins the one before it again ("the app, not login").
    private static readonly string[] ClauseBreaks = [". ", "; ", "\n", ", and ", " and the ", " and my ", ", dan ", " dan ", ", terus ", ", trus ", ", "];

    private static readonly HashSet<string> SaysWrong = new(StringComparer.Ordinal)
    {
        "wrong", "incorrect", "not right", "not correct", "off", "a mistake", "salah", "keliru", "tidak benar", "tidak tepat", "bukan itu",
        "ga bener", "gak bener", "nggak bener", "ga benar", "gak benar", "salah ketik", "typo",
    };

    /// <summary>
    /// The correction the text makes, a refusal when its new value fails its check, or null when it makes none. Without
    /// <paramref name="plain"/> only answers named with a new value count ("layanannya jadi aplikasi"); with it, also a
    /// short plain statement ("it happened yesterday at 5pm").
    /// </summary>
    public static Recognition? Read(DialogContext dc, string text, UserClock clock, bool plain)
    {
        var trimmed = text.Trim();
        // A piece that names no answer belongs to the one before it: "the steps: opened the app and the settings crashed".
        var merged = new List<(int Start, int End)>();
        foreach (var (start, end) in Clauses(trimmed))
        {
            if (merged.Count > 0 && Named(dc, trimmed[start..end]) is null) merged[^1] = (merged[^1].Start, end);
            else merged.Add((start, end));
        }
        // "oh and the service is …": a word of no answer before the first break is no piece of its own.
        if (merged.Count > 1 && trimmed[merged[0].Start..merged[0].End].Trim().Trim(',', '.').ToLowerInvariant() is "oh" or "eh" or "ok" or "okay" or "so" or "also" or "sorry" or "maaf" or "wait" or "oh ya" or "oh iya" or "btw")
        {
            merged.RemoveAt(0);
        }
        var named = merged.Select(m => Named(dc, trimmed[m.Start..m.End].Trim())).ToList();
        if (named.Count > 0 && named[0] is not null)
        {
            var changes = new List<FieldCorrection>();
            foreach (var (field, value) in named.OfType<(IntakeField Field, string Value)>())
            {
                // "the error is wrong", "waktunya salah": that answer is to be changed, and its question asks for the new one.
                if (SaysWrong.Contains(TypedText.Normalize(value)) && named.Count(n => n is not null) == 1) return Recognition.Of(new ChoiceAnswer("edit:" + field.Id, text));
                // "pesan errornya sbnrnya ga ada": an optional answer taken back; a required one is asked again.
                var said = TypedText.Normalize(value).TrimEnd('.', '!');
                if (SaysNone.Any(n => said == n || said.StartsWith(n + ",", StringComparison.Ordinal)))
                {
                    if (!field.Optional) return Recognition.Of(new ChoiceAnswer("edit:" + field.Id, text));
                    changes.Add(new FieldCorrection(field.Id, ""));
                    continue;
                }
                var change = Check(field, value, dc, clock, out var problem);
                if (change is null) return Recognition.Fail(problem);
                changes.Add(change);
            }
            return Recognition.Of(new CorrectionAnswer(changes));
        }
        // Not named: only what a short, plain statement says of the id, the address, the time or the service ("it happened
        // yesterday at 5pm", "my username is rina_k") — a question or a story at the summary is no correction.
        if (!plain || trimmed.Contains('?', StringComparison.Ordinal) || trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxPlainWords) return null;
        var reading = FreeTextReader.Read(WithoutWhatItIsNot(trimmed), clock.ReadingContext(dc.Turn));
        var stated = reading.Fields.Where(PlainFields.Contains).ToList();
        // "m.hartley@example.co.uk for the email" (the tenth user trial changed the service to Email): the word names the address.
        if (stated.Contains("email")) stated.Remove("service");
        if (stated.Count == 0) return null;
        return Recognition.Of(new CorrectionAnswer([.. stated.Select(id => new FieldCorrection(id, IntakeField.Find(id)!.Read(reading)!, id == IntakeField.OccurredAt.Id ? reading.OccurredAtUtc : null))]));
    }

    // "actually it was around 8:15 this morning, please fix the time" (the sixth trial) is eleven.
    private const int MaxPlainWords = 14;

    private static readonly string[] PlainFields = ["userId", "email", "occurredAt", "service"];

    /// <summary>Where the text may be cut, one correction per piece: each piece's start and end in the text.</summary>
    private static List<(int Start, int End)> Clauses(string text)
    {
        var pieces = new List<(int Start, int End)>();
        var start = 0;
        var lower = text.ToLowerInvariant();
        for (var i = 0; i < text.Length; i++)
        {
            var brk = ClauseBreaks.FirstOrDefault(b => string.CompareOrdinal(lower, i, b, 0, b.Length) == 0);
            if (brk is null) continue;
            if (i > start) pieces.Add((start, i));
            start = i + brk.Length;
            i = start - 1;
        }
        if (text.Length > start) pieces.Add((start, text.Length));
        return pieces;
    }

    /// <summary>"[edit] [the] NAME CONNECTOR VALUE": the field named, and the value as typed.</summary>
    private static (IntakeField Field, string Value)? Named(DialogContext dc, string text)
    {
        var lower = text.ToLowerInvariant();
        // Lowering keeps offsets only when it keeps the length (it does for the scripts people write here).
        if (lower.Length != text.Length) return null;
        // "oh and the service is …", "also the service is …", "wait user id is wrong, it's …" (the twelfth trial): one or two such words first.
        string[] openers = ["and", "dan", "also", "juga", "terus", "trus", "plus", "oh", "eh", "sorry", "maaf", "wait", "oops", "ah", "hmm", "bentar", "tunggu"];
        var at = SkipWord(lower, SkipWord(lower, 0, openers), openers);
        at = SkipWord(lower, at, EditWords);
        at = SkipWord(lower, at, Articles);
        // "ganti jawaban yg seharusnya terjadi …", "change the answer for what I expected …": the answer, then which.
        at = SkipWord(lower, at, ["jawaban", "jawabannya", "answer for", "answer to", "answer"]);
        foreach (var (field, name) in Names(dc).OrderByDescending(n => n.Name.Length))
        {
            if (!StartsWord(lower, at, name)) continue;
            var after = at + name.Length;
            var connectorAt = SkipSpaces(lower, after);
            for (var k = 0; k < 2; k++) connectorAt = SkipWord(lower, connectorAt, Fillers);
            // "jamnya jg salah, harusnya jam 6 sore kemarin": said to be wrong, then the right value. "is" and "was" may stand
            // before the word for wrong ("the time is wrong - it was yesterday at 2pm"): read as a connector, they made
            // "wrong - it was …" the value.
            var wrongAt = SkipWord(lower, connectorAt, Copulas);
            for (var k = 0; k < 2; k++) wrongAt = SkipWord(lower, wrongAt, Fillers);
            var wrong = SaysWrong.FirstOrDefault(w => StartsWord(lower, wrongAt, w));
            if (wrong is not null)
            {
                connectorAt = wrongAt;
                var rest = SkipSpaces(lower, connectorAt + wrong.Length);
                if (rest < lower.Length && lower[rest] is ',' or '-' or ':') rest = SkipSpaces(lower, rest + 1);
                var right = RightValue.FirstOrDefault(r => StartsWord(lower, rest, r));
                if (right is null) return rest >= lower.Length ? (field, wrong) : null;
                connectorAt = rest;
            }
            // "pesan errornya ga ada": no connector before a value that takes the answer back.
            var connector = wrong is null && SaysNone.Any(n => StartsWord(lower, connectorAt, n)) ? "" : Connectors.Concat(RightValue).FirstOrDefault(c => StartsWord(lower, connectorAt, c));
            // "layanannya biznet kak bukan pembayaran" (the sixth trial): Indonesian names the answer with "-nya" and says its
            // value straight after, with no word between.
            // "pertama kali ya barusan" (the eighth trial): "first time" is said with its value straight after too.
            if (connector is null && wrong is null && (name.EndsWith("nya", StringComparison.Ordinal) || name.EndsWith(" kali", StringComparison.Ordinal))
                && connectorAt < lower.Length && connectorAt > after) connector = "";
            if (connector is null) continue;
            var valueAt = SkipSpaces(lower, connectorAt + connector.Length);
            // "change what you expected to: email should …": a colon or dash after a word connector is no part of the value.
            if (connector.Any(char.IsLetter)) valueAt = SkipWord(lower, valueAt, Symbols);
            // "the service is actually the website": the article before the value is no part of it.
            valueAt = SkipWord(lower, valueAt, ["the", "a", "an"]);
            var said = WithoutWhatItIsNot(text[valueAt..]);
            // "the service is amazon not payments" (the seventh trial: "That is already what the report says"): a service is a
            // name, and what follows "not" is the one it is not.
            if (field.Id == "service" && said.IndexOf(" not ", StringComparison.OrdinalIgnoreCase) is > 0 and var not) said = said[..not];
            var value = WithoutAddress(said.Trim().TrimEnd('.', '!', ','));
            if (value.Length > 0) return (field, value);
        }
        return null;
    }

    private static readonly string[] Address = ["kak", "ka", "min", "gan", "sis", "bang", "mas", "mbak", "pak", "bu", "ya", "dong", "deh", "sih", "please", "pls"];

    /// <summary>"biznet kak": the value without the form of address or particle it ends on.</summary>
    private static string WithoutAddress(string value)
    {
        while (value.LastIndexOf(' ') is var space and > 0 && Address.Contains(value[(space + 1)..].ToLowerInvariant())) value = value[..space].TrimEnd(',', ' ');
        return value;
    }

    /// <summary>Words that say what follows is not so, where a statement opens: "it's not about email, …", "bukan email kak, …".</summary>
    private static readonly HashSet<string> OpeningNot = new(StringComparer.Ordinal) { "not", "bukan", "isn't", "wasn't", "it's not", "its not", "it is not", "it wasn't", "it was not", "this is not", "that's not", "this isn't", "it isn't" };

    /// <summary>Where the right value starts after what it is not: ", it's my account", " but the app", ", tp akun".</summary>
    private static readonly string[] ButBreaks = [", it's ", ", its ", ", it is ", ", it was ", ", but ", " but ", ", tapi ", " tapi ", ", tp ", " tp ", ", melainkan ", " melainkan ", ", yg bener ", ", yang benar ", ", "];

    /// <summary>"the partner portal, not the app", "website bukan app", "it's not about email, it's my ACCOUNT": the value, without what it is said not to be.</summary>
    public static string WithoutWhatItIsNot(string value)
    {
        var lower = value.ToLowerInvariant();
        // What it is not, first: the rest after the break is the value.
        var opening = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '!')).SkipWhile(w => w is "no" or "nope" or "oh" or "eh" or "sorry" or "maaf" or "wait").Take(4).ToList();
        if (lower.Length == value.Length && opening.Count > 0 && Enumerable.Range(1, Math.Min(4, opening.Count)).Any(n => OpeningNot.Contains(string.Join(' ', opening.Take(n)))))
        {
            foreach (var brk in ButBreaks)
            {
                var at = lower.IndexOf(brk, StringComparison.Ordinal);
                if (at > 0 && at + brk.Length < value.Length) return value[(at + brk.Length)..];
            }
        }
        foreach (var cut in new[] { ", not ", " not the ", " not my ", ", bukan ", " bukan ", " instead of " })
        {
            var at = lower.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0) return value[..at];
        }
        return value;
    }

    private static IEnumerable<(IntakeField Field, string Name)> Names(DialogContext dc)
    {
        foreach (var field in IntakeField.All)
        {
            foreach (var language in Resources.Localizer.Languages) yield return (field, field.Label.Render(dc.Turn.Strings, language).ToLowerInvariant());
            foreach (var name in FieldNames.Where(f => f.Field == field.Id).SelectMany(f => f.Names)) yield return (field, name);
        }
    }

    private static FieldCorrection? Check(IntakeField field, string value, DialogContext dc, UserClock clock, out Message problem)
    {
        problem = Message.Of($"Intake.{field.Id}.Retry");
        if (value.Length > IntakeDialog.MaxAnswerLength)
        {
            problem = Message.Of("Prompt.TooLong", IntakeDialog.MaxAnswerLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return null;
        }
        switch (field.Id)
        {
            case "service":
                if (clock.Services.FindAnswered(value) is { } service) return new(field.Id, service);
                return ServiceAnswer.Check(value) is null ? new(field.Id, value) : null;
            case "occurredAt":
                var (userNow, zone) = clock.Of(dc.Turn.Activity, dc.Turn.Language);
                var parsed = OccurredAtParser.Parse(value, userNow, zone, UserClock.MonthFirst(dc.Turn));
                if (parsed is null) return null;
                if (OccurredAtParser.IsInFuture(parsed, clock.UtcNow))
                {
                    problem = Message.Of("Intake.occurredAt.Future");
                    return null;
                }
                return new(field.Id, value, parsed.Utc);
            case "userId":
                value = IdPart(value);
                if (UserIdAnswer.Check(value) is { } idProblem)
                {
                    problem = idProblem;
                    return null;
                }
                return new(field.Id, value);
            case "email":
                problem = Message.Of("Prompt.BadEmail");
                return EmailPrompt.IsValid(value, out var address) ? new(field.Id, address) : null;
            case "description":
                if (ProblemDescription.Check(value) is { } vague)
                {
                    problem = vague;
                    return null;
                }
                return new(field.Id, value);
            case "evidence":
                // Files are sent, not typed: the evidence question takes them.
                problem = Message.Of("Intake.confirm.EvidenceByEdit");
                return null;
            default:
                return OpenAnswer.Check(value) is null ? new(field.Id, value) : null;
        }
    }

    /// <summary>
    /// The id in a correction that describes it: "my full phone number +1 617 555 0143 not 0143" is "+1 617 555 0143". An id
    /// holds no "not", so what follows one is what the id is not; words before the first one with a digit, '@' or '+' name
    /// the id, in a value longer than a name.
    /// </summary>
    private static string IdPart(string value)
    {
        var not = value.IndexOf(" not ", StringComparison.OrdinalIgnoreCase);
        if (not < 0) not = value.IndexOf(" bukan ", StringComparison.OrdinalIgnoreCase);
        if (not > 0) value = value[..not].TrimEnd(',', ' ');
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = Array.FindIndex(words, w => w.Any(c => char.IsAsciiDigit(c) || c is '@' or '+'));
        return words.Length > 3 && first > 0 ? string.Join(' ', words[first..]) : value;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    /// <summary>Past one of <paramref name="words"/> (and the spaces after it) when the text has it at <paramref name="at"/>.</summary>
    private static int SkipWord(string text, int at, string[] words)
    {
        at = SkipSpaces(text, at);
        foreach (var word in words)
        {
            if (StartsWord(text, at, word)) return SkipSpaces(text, at + word.Length);
        }
        return at;
    }

    /// <summary>Whether <paramref name="word"/> stands at <paramref name="at"/> as a whole word (or a symbol).</summary>
    private static bool StartsWord(string text, int at, string word)
    {
        if (at + word.Length > text.Length || string.CompareOrdinal(text, at, word, 0, word.Length) != 0) return false;
        var end = at + word.Length;
        return end == text.Length || !char.IsLetterOrDigit(word[^1]) || !char.IsLetterOrDigit(text[end]);
    }
}
