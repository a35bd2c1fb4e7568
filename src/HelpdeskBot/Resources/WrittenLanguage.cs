namespace HelpdeskBot.Resources;

/// <summary>
/// The language a message is written in, English or Indonesian, from its common small words ("saya", "yg", "gak",
/// "udah" against "the", "my", "is", "can't"). A browser says en-US for many people who write Indonesian, so the bot
/// answers in the language they write rather than the one their browser names. Null when a message is too short or too
/// mixed to tell ("budi88", "skip", "ok", "error di app").
/// </summary>
public static class WrittenLanguage
{
    private static readonly HashSet<string> IndonesianWords = new(StringComparer.Ordinal)
    {
        "saya", "sy", "aku", "gw", "gue", "kamu", "anda", "kak", "min", "gan", "yang", "yg", "dan", "dgn", "dengan", "tidak", "tdk", "gak", "ga",
        "nggak", "ngga", "gk", "enggak", "sudah", "udah", "udh", "sdh", "dah", "belum", "blm", "bisa", "bs", "tolong", "mau", "aja", "saja", "dong",
        "deh", "sih", "nih", "gimana", "gmn", "bagaimana", "kenapa", "knp", "kok", "tapi", "tp", "tetap", "tetep", "ini", "itu", "ada", "dari", "dr",
        "untuk", "utk", "buat", "sama", "sm", "kemarin", "kmrn", "tadi", "td", "pagi", "siang", "sore", "malam", "malem", "aplikasi", "akun",
        "laporan", "tiket", "saldo", "masuk", "gagal", "lagi", "lg", "terus", "trus", "juga", "jg", "karena", "krn", "pas", "waktu", "sejak",
        "kalau", "kalo", "harusnya", "seharusnya", "coba", "apa", "mana", "kapan", "berapa", "brp", "ya", "kah", "punya", "bayar",
        "muncul", "baru", "lama", "sekali", "banget", "bgt", "halo", "selamat", "makasih", "terima", "kasih", "mohon", "bantu", "bantuan",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "i", "i'm", "im", "my", "me", "you", "your", "is", "are", "was", "were", "it", "it's", "its", "to", "and", "but", "not",
        "can't", "cant", "cannot", "don't", "dont", "doesn't", "didn't", "won't", "with", "on", "in", "of", "for", "this", "that", "please", "pls",
        "have", "has", "had", "since", "when", "what", "how", "why", "where", "any", "still", "again", "yesterday", "today", "morning", "hello",
        "hi", "thanks", "thank", "help", "after", "before", "tried", "already", "says", "said", "get", "got", "keeps", "there", "would", "should",
        "could", "will", "just", "now", "from", "at", "be", "been", "do", "does", "did", "so", "if", "or", "no", "yes",
    };

    /// <summary>
    /// Small words of the languages people most often try instead, in Latin letters (Spanish, Portuguese, French, German,
    /// Italian, Dutch): none is an English or Indonesian word people type to a helpdesk.
    /// </summary>
    private static readonly HashSet<string> OtherLatinWords = new(StringComparer.Ordinal)
    {
        // Spanish
        "hola", "puedo", "cuenta", "contraseña", "gracias", "ayuda", "tengo", "problema", "está", "funciona", "pero", "porque", "cuando",
        "qué", "cómo", "también", "necesito", "quiero", "correo", "pago", "aplicación", "iniciar", "sesión", "desde", "ayer", "hoy", "mi",
        "no", "el", "los", "las", "que", "una", "con", "por", "favor", "del", "se", "es", "en", "y", "hablar", "persona",
        // Portuguese
        "olá", "obrigado", "obrigada", "não", "consigo", "minha", "senha", "conta", "preciso", "você", "aplicativo", "pagamento", "ontem",
        "hoje", "com", "uma", "meu",
        // French
        "bonjour", "merci", "je", "ne", "pas", "mon", "compte", "mot", "passe", "besoin", "veux", "hier", "avec", "pour", "est", "le", "les",
        "des", "une", "aide", "peux", "fonctionne",
        // German
        "hallo", "ich", "nicht", "mein", "meine", "konto", "passwort", "hilfe", "danke", "bitte", "kann", "funktioniert", "und", "ist", "das",
        "der", "die", "mit", "seit", "gestern", "heute",
        // Italian and Dutch
        "ciao", "grazie", "non", "riesco", "il", "accedere", "aiuto", "ik", "kan", "niet", "inloggen", "mijn", "het", "een",
    };

    /// <summary>
    /// Whether a message is written in a language the bot does not read: another script (<see cref="IsOtherScript"/>), or
    /// Latin letters whose small words are mostly another language's ("hola, no puedo iniciar sesión en mi cuenta"). Words
    /// both share ("no", "a") count for English or Indonesian first, so a message of ours is never taken for another.
    /// </summary>
    public static bool IsOtherLanguage(string text)
    {
        if (IsOtherScript(text)) return true;
        int ours = 0, other = 0, words = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            var word = text[start..i].ToLowerInvariant();
            start = -1;
            if (++words > 60) break;
            if (IndonesianWords.Contains(word) || EnglishWords.Contains(word)) ours++;
            else if (OtherLatinWords.Contains(word)) other++;
        }
        return other >= 3 && other >= 3 * ours;
    }

    /// <summary>
    /// Whether a message is written mostly in a script neither language uses (Japanese, Chinese, Thai, Arabic, Cyrillic…):
    /// the seventh trial's "英語が苦手です。人と話したい" was met with a bare "did you mean", never told which languages
    /// the bot reads.
    /// </summary>
    public static bool IsOtherScript(string text)
    {
        int letters = 0, other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c > '\u024F') other++;
        }
        return letters >= 2 && other * 2 > letters;
    }

    public static string? Of(string text)
    {
        int indonesian = 0, english = 0, words = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'');
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            var word = text[start..i].ToLowerInvariant();
            start = -1;
            words++;
            if (IndonesianWords.Contains(word)) indonesian++;
            else if (EnglishWords.Contains(word)) english++;
            // A chat message says its language in its first sentences.
            if (words >= 60) break;
        }
        if (indonesian + english < 2) return null;
        if (indonesian >= 2 && indonesian >= 2 * english) return Localizer.Indonesian;
        if (english >= 2 && english >= 2 * indonesian) return Localizer.English;
        return null;
    }
}
