namespace HelpdeskBot.Handoff;

/// <summary>
/// A request for a person in the user's own words, at any point of the interview: a verb of asking or talking before a
/// word for a person ("can I speak to a real human please", "mau ngomong sama orang aja", "connect me with customer
/// support"), or a word for a person with only small words around it ("cs dong", "human pls", "petugas aja kak").
/// Short messages or a sentence of a longer one, and nothing that tells about a person ("the agent at the counter told me…")
/// or refuses one.
/// </summary>
public static class PersonRequest
{
    private const int MaxWords = 12;
    private const int MaxGap = 5;

    /// <summary>Words for someone at the helpdesk.</summary>
    private static readonly HashSet<string> Staff = new(StringComparer.Ordinal)
    {
        "human", "humans", "person", "agent", "agents", "representative", "rep", "staff", "operator", "cs", "petugas", "manusia", "agen",
        "supervisor", "manager", "atasan",
    };

    /// <summary>Words for anybody, a person only after a verb of talking ("ngomong sama orang", "talk to someone").</summary>
    private static readonly HashSet<string> Anybody = new(StringComparer.Ordinal) { "someone", "somebody", "orang", "seseorang" };

    /// <summary>Words for a person that say it alone ("cs dong", "human pls").</summary>
    private static readonly HashSet<string> PeopleAlone = new(StringComparer.Ordinal)
    {
        "human", "person", "agent", "representative", "operator", "cs", "petugas", "manusia", "agen", "supervisor",
    };

    /// <summary>Verbs of talking, a phone call among them ("bisa saya ditelepon oleh petugasnya?").</summary>
    private static readonly HashSet<string> Talking = new(StringComparer.Ordinal)
    {
        "talk", "speak", "chat", "ngomong", "bicara", "ngobrol", "omong", "berbicara", "ditelepon", "ditelpon", "ditelp", "telepon", "telpon",
        "nelpon", "menelepon", "dihubungi",
    };

    private static readonly HashSet<string> Asking = new(StringComparer.Ordinal)
    {
        "connect", "put", "get", "want", "need", "reach", "call", "contact", "escalate", "minta", "mau", "pengen", "pgn", "pingin", "ingin",
        "sambungkan", "sambungin", "hubungkan", "hubungin", "hubungi", "panggil", "panggilin", "butuh",
    };

    /// <summary>Verbs of putting through or calling someone in ("sambungin ke orang", "hubungin admin", "panggilin petugas").</summary>
    private static readonly HashSet<string> Connecting = new(StringComparer.Ordinal)
    {
        "connect", "sambungkan", "sambungin", "disambungin", "disambungkan", "hubungkan", "hubungin", "panggil", "panggilin", "transfer",
    };

    /// <summary>Words between the verb and the person that turn the message into a story about someone.</summary>
    private static readonly HashSet<string> Telling = new(StringComparer.Ordinal)
    {
        "about", "told", "tell", "said", "says", "from", "at", "of", "that", "who", "which", "yang", "yg", "bilang", "katanya", "tentang",
        "soal", "was", "is", "sudah", "udah", "udh", "already", "tadi",
    };

    /// <summary>Words that put the verb after them in the past: "sudah telpon cs", "already called the agent".</summary>
    private static readonly HashSet<string> Done = new(StringComparer.Ordinal)
    {
        "sudah", "udah", "udh", "sdh", "dah", "already", "pernah", "tadi", "td", "kemarin", "kemaren", "kmrn",
        // Seventeenth writer: a call tried ("wes tak coba telpon cs ndak diangkat", "I tried calling support"), in Javanese too.
        "coba", "nyoba", "mencoba", "tried", "wes", "wis", "uwis",
    };

    private static readonly HashSet<string> Refusing = new(StringComparer.Ordinal)
    {
        "not", "don't", "dont", "no", "never", "tidak", "gak", "ga", "nggak", "ngga", "jangan", "tdk", "gk", "without", "tanpa",
    };

    private static readonly HashSet<string> Small = new(StringComparer.Ordinal)
    {
        "please", "pls", "plz", "dong", "donk", "aja", "saja", "deh", "sih", "now", "kak", "min", "gan", "ya", "the", "a", "an", "real", "actual",
        "live", "with", "to", "sama", "dengan", "ke", "i", "me", "can", "could", "may", "ok", "okay", "just", "tolong", "saya", "sy", "aku", "gw",
        "some", "sekarang", "skrg", "asap", "segera", "mas", "mbak", "bang", "sis", "bro", "hello", "hi", "halo", "hey",
        // "CS ORANG MANA CS", "where is the agent": asking where the person is.
        "orang", "orangnya", "mana", "where", "is", "are", "nya", "woi", "woy", "oi", "lah", "mn",
        // "ngobrol sm orang beneran": a real one
        "sm", "beneran", "betulan", "asli",
        // "… cs dong skrg jg" closing a report (the twelfth trial): "too", "right now".
        "jg", "juga", "jga", "also", "too", "right",
    };

    public static bool In(string text)
    {
        if (Asks(Words(text))) return true;
        // "bisa sambungin ke orang aja gk kak? sy panik": a question closed by "or not" asks; it refuses nothing (the eighth trial).
        for (var end = text.IndexOf('?', StringComparison.Ordinal); end > 0; end = text.IndexOf('?', end + 1))
        {
            var start = text.LastIndexOfAny(['.', '!', '?', ';', '\n'], end - 1) + 1;
            if (Asks(WithoutOrNot(Words(text[start..end])))) return true;
        }
        // A longer answer may end in a request of its own: "scan qris di warung lah. udhlah sy mau ngomong sm orang aja, bot gk
        // guna". Each sentence or clause is read alone, so the request is found beside the rest, and a "gk" elsewhere refuses nothing.
        // "bisa ngobrol sm orang beneran ga sih kak, sy udh 3x ganti password" (the eleventh trial): a clause closed by "or not"
        // asks without a question mark too.
        var clauses = text.Split(['.', '!', '?', ';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return clauses.Any(c => WithoutOrNot(Words(c)) is var asked && asked.Count < Words(c).Count && Asks(asked))
            || clauses.Length > 1 && clauses.Any(c => Asks(Words(c)));
    }

    /// <summary>Whether these words, on their own, ask for a person.</summary>
    private static bool Asks(List<string> words)
    {
        // "bisa tidak …?", "boleh gak …?": "can or can't I …" asks; it refuses nothing.
        if (words.Count is 0 or > MaxWords || words.Where((w, i) => !(i > 0 && words[i - 1] is "bisa" or "boleh" or "bs")).Any(Refusing.Contains)) return false;
        if (words.All(w => Small.Contains(w) || PeopleAlone.Contains(w)) && words.Any(PeopleAlone.Contains)) return true;
        for (var i = 0; i < words.Count; i++)
        {
            var talking = Talking.Contains(words[i]);
            if (!talking && !Asking.Contains(words[i])) continue;
            // "udh ane kirim foto struk di chat agen juga" (the thirteenth writer): a chat as the place something was sent,
            // or talking already done ("sudah telpon cs"), tells what happened; it asks for nobody.
            if (i > 0 && (words[i - 1] is "di" or "in" or "via" or "lewat" or "dari" or "from" || Done.Contains(words[i - 1]))) continue;
            for (var j = i + 1; j < words.Count && j <= i + MaxGap; j++)
            {
                if (Telling.Contains(words[j]) || words[j].Any(char.IsAsciiDigit)) break;
                // "petugasnya", "csnya": the staff word with its "-nya" ("yours").
                var person = words[j].EndsWith("nya", StringComparison.Ordinal) && words[j].Length > 4 ? words[j][..^3] : words[j];
                // "let me talk to support": the helpdesk by its name, after a verb of talking ("contact support" may be what a screen said).
                if (Staff.Contains(words[j]) || Staff.Contains(person) || talking && (Anybody.Contains(words[j]) || words[j] == "support")) return true;
                // "sambungin ke orang aja", "hubungkan dengan seseorang": put through to anybody is to a person.
                if (Connecting.Contains(words[i]) && Anybody.Contains(words[j]) && words[j - 1] is "ke" or "to" or "with" or "sama" or "dengan" or "dgn") return true;
                if (words[j] == "customer" && j + 1 < words.Count && words[j + 1] is "service" or "services" or "support" or "care") return true;
                // "sambungin ke admin dong": the admin as whom to be put through to, not admin rights or an admin page.
                if (person == "admin" && (words[j - 1] is "ke" or "to" or "with" or "sama" or "dengan" || j == i + 1 && Connecting.Contains(words[i]))
                    && !(j + 1 < words.Count && words[j + 1] is "page" or "panel" or "rights" or "access" or "akses" or "account" or "akun" or "mode")) return true;
            }
        }
        return false;
    }

    /// <summary>The words without a closing "gk", "ga", "nggak", "or not" and the particles after it.</summary>
    private static List<string> WithoutOrNot(List<string> words)
    {
        var end = words.Count;
        while (end > 0 && Small.Contains(words[end - 1])) end--;
        if (end > 0 && words[end - 1] is "gk" or "ga" or "gak" or "nggak" or "ngga" or "enggak" or "tidak" or "tdk" or "nope") end--;
        else if (end > 1 && words[end - 1] == "not" && words[end - 2] == "or") end -= 2;
        return words.Count == end ? words : words[..end];
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\'' && start >= 0);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            words.Add(text[start..i].ToLowerInvariant());
            start = -1;
        }
        return words;
    }
}
