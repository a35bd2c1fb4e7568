using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Intake;

/// <summary>
/// What may stand as the answer to "what is your user ID?": something with a letter or a digit, not a sentence without
/// an id in it ("Tidak ada pesan kesalahan"), not a plain yes or no, and not "I don't know" — for which an email or phone
/// number is offered.
/// </summary>
public static class UserIdAnswer
{
    private const int SentenceWords = 4;

    private static readonly string[] NotKnown =
    [
        "don't know", "dont know", "do not know", "dunno", "no idea", "not sure", "forgot", "forget", "can't remember", "cant remember",
        "don't remember", "dont remember", "lupa", "gak tau", "ga tau", "gatau", "nggak tau", "ngga tau", "tidak tahu", "tdk tahu", "gk tau",
        "ga inget", "gak inget", "tidak ingat", "lupa username", "ga ada", "gak ada", "tidak ada", "i have none", "don't have one",
        "tdk tau", "ga tahu", "gak tahu", "nggak tahu", "idk", "not sure when",
    ];

    /// <summary>"gatau", "I don't know", "lupa": the user does not know the answer.</summary>
    private static readonly string[] EmailAsId =
    [
        "same as my email", "same as the email", "same as my e-mail", "it's my email", "its my email", "it is my email", "my email address",
        "the email i gave", "my email", "sama dengan email", "sama dgn email", "sama kayak email", "sama kyk email", "sama spt email",
        "pakai email", "pake email", "pk email", "email saya", "email sy", "emailnya",
    ];

    /// <summary>"it's the same as my email dear", "pake email sy kak": the id is the e-mail address, said without writing it.</summary>
    public static bool SameAsEmail(string text)
    {
        if (text.Contains('@', StringComparison.Ordinal)) return false;
        var normalized = TypedText.Normalize(text);
        return TypedText.Words(normalized).Count <= 10 && EmailAsId.Any(p => TypedText.ContainsPhrase(normalized, p));
    }

    public static bool SaysNotKnown(string text)
    {
        var normalized = TypedText.Normalize(text);
        return NotKnown.Any(p => TypedText.ContainsPhrase(normalized, p));
    }

    /// <summary>Words people put before a short id: "it's rina.w", "username: budi88", "punya sy dewi_k".</summary>
    private static readonly string[] LeadIns =
    [
        "my username is", "my user id is", "my id is", "it's", "its", "it is", "it was", "mine is", "mine's", "that's", "thats", "username is",
        "username", "user id", "userid", "id", "usernamenya", "username sy", "username saya", "id sy", "id saya", "punya sy", "punya saya", "punyaku",
    ];

    /// <summary>A short answer without what it opens with: "it's rina.w" is "rina.w" (used as a person, it kept "it's rina.w").</summary>
    public static string WithoutLeadIn(string text)
    {
        var trimmed = text.Trim();
        // "oh, sugeng_rwh", "ok: rina.w" (the tenth trial kept "oh, sugeng_rwh"): an interjection set off before the id.
        foreach (var interjection in Interjections)
        {
            if (trimmed.Length > interjection.Length + 2 && trimmed.StartsWith(interjection, StringComparison.OrdinalIgnoreCase)
                && trimmed[interjection.Length] is ',' or ':' or '!')
            {
                var rest = trimmed[(interjection.Length + 1)..].Trim();
                return !rest.Contains(' ', StringComparison.Ordinal) && rest.Any(c => char.IsAsciiDigit(c) || c is '_' or '.' or '@') ? rest : text;
            }
        }
        foreach (var lead in LeadIns.OrderByDescending(l => l.Length))
        {
            if (trimmed.Length > lead.Length + 1 && trimmed.StartsWith(lead, StringComparison.OrdinalIgnoreCase) && trimmed[lead.Length] is ' ' or ':')
            {
                var rest = trimmed[(lead.Length + 1)..].TrimStart(' ', ':').Trim();
                // After "it's" the rest must look like an id ("its fine" is no id); after "username" it is one.
                var named = lead.Contains("id", StringComparison.Ordinal) || lead.Contains("user", StringComparison.Ordinal) || lead.StartsWith("punya", StringComparison.Ordinal);
                if (named && rest.Contains(' ', StringComparison.Ordinal) && NamedInASentence(rest) is { } id) return id;
                return rest.Length > 0 && !rest.Contains(' ', StringComparison.Ordinal) && (named || rest.Any(c => char.IsAsciiDigit(c) || c is '_' or '.' or '@')) ? rest : text;
            }
        }
        return text;
    }

    private static readonly string[] Interjections = ["oh", "ah", "eh", "ok", "oke", "okay", "sorry", "maaf", "sure", "yes", "ya", "iya", "sip"];

    /// <summary>
    /// After "my username is": the id, then a remark after a comma ("pete_w, I said that at the start"), or an address said to
    /// be the id ("my user id is my email margaret.b1942@example.com"). Null when neither.
    /// </summary>
    private static string? NamedInASentence(string rest)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words[0].TrimEnd(',', ';', '.');
        if (words[0].Length > first.Length && words[0][^1] is ',' or ';' && first.Length > 0) return first;
        var address = words.Select(w => w.TrimEnd('.', ',', ';', '!')).FirstOrDefault(w => w.Contains('@', StringComparison.Ordinal) && EmailPrompt.IsValid(w, out _));
        return address;
    }

    /// <summary>
    /// A phone number given as the id ("pake no hp 0812 3456 7890", "+62 812-3456-7890"): digits in groups joined by spaces,
    /// dashes or dots, 9 to 15 of them, starting with "+", "62" or "0"; kept whole, as typed. Null when there is none or more
    /// than one.
    /// </summary>
    public static string? PhoneNumber(string text)
    {
        string? found = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!(text[i] == '+' || char.IsAsciiDigit(text[i])) || i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
            var end = i + (text[i] == '+' ? 1 : 0);
            var digits = 0;
            var last = end;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is ' ' or '-' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))
            {
                if (char.IsAsciiDigit(text[end])) { digits++; last = end + 1; }
                end++;
            }
            var number = text[i..last];
            var lead = number.TrimStart('+');
            if (digits is >= 9 and <= 15 && (last == text.Length || !char.IsLetter(text[last])) && (number[0] == '+' || lead.StartsWith("62", StringComparison.Ordinal) || lead[0] == '0'))
            {
                if (found is not null) return null;
                found = number;
            }
            i = Math.Max(i, end - 1);
        }
        return found;
    }

    /// <summary>
    /// "It is my BT email, margaret.hollis@btinternet.com", "mark.t.2019@gmail.com is what I sign in with" (the eleventh trial
    /// asked three times, then said "2 to 100 characters"): to the id question, one address and no other word shaped like an
    /// id is the id the user signs in with. Null otherwise.
    /// </summary>
    public static string? AddressGiven(string text)
    {
        var words = text.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', '!', '?', '"', '\'', '(', ')', ':')).ToList();
        var addresses = words.Where(w => w.Contains('@', StringComparison.Ordinal) && EmailPrompt.IsValid(w, out _)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (addresses.Count != 1) return null;
        var others = words.Where(w => !w.Contains('@', StringComparison.Ordinal)
            && (w.Length > 2 && w.Any(char.IsAsciiDigit) && w.Any(char.IsAsciiLetter) || w.Contains('_', StringComparison.Ordinal)));
        return others.Any() ? null : addresses[0];
    }

    public static Message? Check(string text)
    {
        if (text.Length is < 2 or > 100 || !text.Any(char.IsLetterOrDigit)) return Message.Of("Intake.userId.Retry");
        // "yes" to "what is your user ID?" answers a question the bot did not ask.
        if (PromptWords.IsYes(text) || PromptWords.IsNo(text) || ServiceAnswer.OnlyTime(text)) return Message.Of("Intake.userId.Retry");
        // Markup is nobody's user id (the sixth trial typed "<script>alert("xss")</script>" and it was kept).
        if (text.Contains('<', StringComparison.Ordinal) && text.Contains('>', StringComparison.Ordinal)) return Message.Of("Intake.userId.Retry");
        var normalized = TypedText.Normalize(text);
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var idShaped = words.Any(w => w.Any(c => char.IsAsciiDigit(c) || c is '@' or '_' or '.') && w.Any(char.IsLetterOrDigit) && w.Length > 2 && !Extraction.UserIdFinder.IsMeasure(w));
        if (!idShaped && NotKnown.Any(p => TypedText.ContainsPhrase(normalized, p))) return Message.Of("Intake.userId.NotKnown");
        // "sorry, what?", "maksudnya?": a question back is no id.
        if (!idShaped && text.TrimEnd().EndsWith('?')) return Message.Of("Intake.userId.Retry");
        if (!idShaped && words.Length >= SentenceWords) return Message.Of("Intake.userId.Sentence");
        return null;
    }
}
