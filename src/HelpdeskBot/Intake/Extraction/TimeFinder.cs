using HelpdeskBot.Intake.OccurredAt;

namespace HelpdeskBot.Intake.Extraction;

/// <summary>When it happened, as found in a sentence: the words that say it, and the instant they mean.</summary>
internal sealed record FoundTime(string Text, DateTimeOffset Utc);

/// <summary>
/// Finds a time expression inside a sentence ("…since this morning around 8, it says…", "kemarin jam 3 sore saya…")
/// and reads it with the interview's own time reader (<see cref="OccurredAtParser"/>), so a time found in free text
/// means exactly what the same words would mean as the answer to "when did it happen?". A run of time words is
/// a candidate; it is taken only when the reader understands it and it is not in the future. Durations ("for 3
/// hours", "udah 1 jam") say how long, not when, and are left to the question.
/// </summary>
internal static class TimeFinder
{
    /// <summary>
    /// Every word the time reader knows for a day, a part of the day, a weekday or a month (one list, so the finder
    /// never takes a span the reader would half-read), and the words of spans and units it reads around them.
    /// </summary>
    private static readonly HashSet<string> TimeWords = new(
        OccurredAtWords.DayParts.Keys.Concat(OccurredAtWords.Yesterday).Concat(OccurredAtWords.Tadi)
            .Concat(OccurredAtWords.Weekdays.Keys).Concat(OccurredAtWords.Months.Keys.Except(OccurredAtWords.AmbiguousMonths)),
        StringComparer.Ordinal)
    {
        "today", "tonight", "noon", "midnight", "ago", "am", "pm", "a.m", "p.m", "oclock", "o'clock", "march",
        "weekend", "earlier", "week", "month", "minutes", "minute", "mins", "hours", "hour", "hrs", "days", "day",
        "weeks", "months", "hari", "jam", "pukul", "lalu", "barusan", "semalam", "semalem", "minggu", "bulan",
        "menit", "detik", "wib", "wita", "wit", "lusa", "smlm", "lunchtime", "wiken", "wikend", "pekan",
    };

    /// <summary>Words that belong to a time expression only next to a time word ("at 8", "this morning", "pagi ini").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "at", "around", "about", "approx", "approximately", "on", "this", "last", "the", "of", "in", "a", "an", "few", "couple", "sekitar",
        "kira-kira", "kira2", "sktr", "yang", "yg", "ini", "pada", "tgl", "tanggal", "jam", "pukul", "past", "half", "quarter", "setengah",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
        "delapan", "sembilan", "sepuluh", "beberapa", "several", "akhir", "over",
    };

    private static readonly HashSet<string> HourBefore = new(StringComparer.Ordinal) { "at", "around", "about", "jam", "pukul", "sekitar", "sktr", "by" };

    private static readonly HashSet<string> HourAfter = new(StringComparer.Ordinal)
    {
        "am", "pm", "a.m", "p.m", "oclock", "o'clock", "pagi", "siang", "sore", "malam", "malem", "wib", "wita", "wit", "this", "tonight", "today",
        "yesterday", "kemarin", "tadi",
    };

    /// <summary>Words before a span that make it a duration, not a moment.</summary>
    private static readonly HashSet<string> DurationBefore = new(StringComparer.Ordinal)
    {
        "for", "selama", "udah", "udh", "sudah", "sdh", "dah", "already", "every", "each", "tiap", "setiap", "within", "dalam", "in", "takes",
        "took", "butuh", "nunggu", "waiting", "waited", "menunggu", "tunggu", "than", "per",
    };

    public static FoundTime? Find(string text, IReadOnlyList<Word> words, ReadingContext context, (int From, int To)? skip = null)
    {
        var i = 0;
        while (i < words.Count)
        {
            if (!IsTimeish(text, words, i) || skip is { } s && i >= s.From && i < s.To)
            {
                i++;
                continue;
            }
            if (IsGreeting(words, i))
            {
                i++;
                continue;
            }
            var from = i;
            while (from > 0 && from > i - 3 && !words[from].PauseBefore && (Connectors.Contains(words[from - 1].Lower) || IsTimeish(text, words, from - 1))) from--;
            var to = i + 1;
            while (to < words.Count && !words[to].PauseBefore && (IsTimeish(text, words, to) || ConnectsTo(words, to) || IsThis(words, to))) to++;
            while (from < to && Connectors.Contains(words[from].Lower) && words[from].Lower is not ("jam" or "pukul" or "a" or "an" or "few" or "couple" or "half" or "tgl" or "tanggal" or "akhir") && !IsNumberWord(words[from].Lower)
                   && !(words[from].Lower is "this" or "last" or "the")) from++;
            // "the day before yesterday": the day is two back, not yesterday (a correction read it as yesterday).
            if (words[from].Lower == "yesterday" && from >= 2 && words[from - 1].Lower == "before" && words[from - 2].Lower == "day" && !words[from].PauseBefore && !words[from - 1].PauseBefore)
            {
                from -= from >= 3 && words[from - 3].Lower == "the" && !words[from - 2].PauseBefore ? 3 : 2;
            }
            // "an appointment for tomorrow 10am", "departing tomorrow 06:50": a time of a day still ahead.
            if (from > 0 && words[from - 1].Lower is "tomorrow" or "tmrw" or "tmr" or "besok" or "bsk" or "lusa")
            {
                i = to;
                continue;
            }
            if (IsDuration(words, from, to) || Habitual(words, to) || !SaysWhen(words, from, to) || Expected(words, from) || Conceded(words, from, to) || StillFine(words, from, to) || DatesSomethingElse(words, from, to)
                || SaidEarlier(words, from, to))
            {
                i = to;
                continue;
            }
            var span = ChatWords.Text(text, words, from, to);
            var parsed = OccurredAtParser.Parse(span, context.UserNow, context.Zone, context.MonthFirst);
            if (parsed is not null && !OccurredAtParser.IsInFuture(parsed, context.UserNow.ToUniversalTime()))
            {
                return new FoundTime(span, parsed.Utc);
            }
            i = to;
        }
        return null;
    }

    /// <summary>
    /// "bukalapak, td udh sy bilang", "kan td udh ovo" (the fifteenth user trial): "tadi" alone, for what the user said earlier in
    /// the chat — after "kan", or with a verb of telling after it — is no time of the problem.
    /// </summary>
    private static bool SaidEarlier(IReadOnlyList<Word> words, int from, int to)
    {
        if (to - from != 1 || !OccurredAtWords.Tadi.Contains(words[from].Lower)) return false;
        if (from > 0 && words[from - 1].Lower is "kan" or "kn") return true;
        for (var k = to; k < words.Count && k < to + 4; k++)
        {
            if (words[k].Lower is "bilang" or "blg" or "bilangin" or "sebut" or "sebutin" or "disebut" or "jelasin" or "jelaskan" or "dijelasin"
                or "ngomong" or "omong" or "tulis" or "nulis" or "ditulis" or "jawab" or "dijawab" or "kasih" or "kasi") return true;
        }
        return false;
    }

    /// <summary>"hari ini", "pagi ini": "ini" (this) after a day or a part of it belongs to the time.</summary>
    private static bool IsThis(IReadOnlyList<Word> words, int i) =>
        words[i].Lower == "ini" && i > 0 && words[i - 1].Lower is "hari" or "pagi" or "siang" or "sore" or "malam" or "minggu" or "bulan";

    /// <summary>
    /// "…even though I cancelled it last month", "padahal udh lulus 2 minggu lalu": a time in a clause that grants
    /// something dates that thing, not the problem.
    /// </summary>
    private static bool Conceded(IReadOnlyList<Word> words, int from, int to)
    {
        // "padahal td pagi jam 7 udh bayar": the time of the payment the clause grants is when the problem began.
        for (var k = to; k < words.Count && k < to + 3 && !words[k].PauseBefore; k++)
        {
            if (Transactions.Contains(words[k].Lower)) return false;
        }
        // "…even though I type it right every time since this morning": since when is when the problem began, in any clause.
        if (from > 0 && words[from - 1].Lower is "since" or "sejak" or "semenjak") return false;
        // Only within the time's own clause: "padahal kemaren masih bisa. td siang …" is a new sentence.
        for (var k = from - 1; k >= 0 && k >= from - 8 && !words[k + 1].PauseBefore; k--)
        {
            if (Transactions.Contains(words[k].Lower)) return false;
            if (words[k].Lower is "padahal" or "pdhl" or "although" or "though" or "walaupun" or "meskipun" or "walau" or "promised" or "dijanjikan") return true;
        }
        return false;
    }

    /// <summary>
    /// "tiket bus buat tgl 20", "jadwal kontrol sy tgl 14 Juni", "sebelum jatuh tempo tanggal 10", "my appointment on the 3rd": the
    /// date of a booking, an appointment or a due date, not when the problem happened.
    /// </summary>
    private static bool DatesSomethingElse(IReadOnlyList<Word> words, int from, int to)
    {
        // "kita so tunggu balasan dari kemarin", "waiting for a reply since Monday" (the seventeenth writer): how long the user has
        // waited for the helpdesk, not when the problem happened; "pas jaga malam": a night shift, not the night.
        if (from > 0 && words[from - 1].Lower is "jaga" or "shift" or "sif" && to - from == 1) return true;
        for (var k = from - 1; k >= 1 && k >= from - 3; k--)
        {
            if (words[k].Lower is "balasan" or "balesan" or "jawaban" or "respon" or "reply" or "response" or "answer" or "callback"
                && words[k - 1].Lower is "tunggu" or "nunggu" or "menunggu" or "waiting" or "waited" or "wait" or "for" or "a") return true;
            if (words[k + 1].PauseBefore) break;
        }
        if (from > 0 && words[from - 1].Lower is "buat" or "untuk" or "utk" && !words[from].PauseBefore) return true;
        // "belum masuk sampai hari ini", "still nothing until today": how long it has lasted, not when it began.
        if (from > 0 && words[from - 1].Lower is "sampai" or "sampe" or "smp" or "hingga" or "until" or "till" or "til" && !words[from].PauseBefore) return true;
        // "saya booking hotel di Bali tadi sore" (fourteenth writer): a time already past dates the booking made, which is when
        // the problem began; only a day still to come is the booking's own date.
        for (var k = from; k < to; k++)
        {
            if (OccurredAtWords.Yesterday.Contains(words[k].Lower) || OccurredAtWords.Tadi.Contains(words[k].Lower)
                || words[k].Lower is "ago" or "lalu" or "semalam" or "semalem" or "barusan") return false;
        }
        for (var k = from - 1; k >= 0 && k >= from - 4; k--)
        {
            if (words[k].Lower is "jadwal" or "jadwalnya" or "tempo" or "appointment" or "appt" or "reservation" or "reservasi" or "deadline"
                or "scheduled" or "schedule" or "booked" or "booking" or "departure" or "keberangkatan" or "berangkat" or "checkin" or "check-in") return true;
            if (words[k + 1].PauseBefore) break;
        }
        return false;
    }

    /// <summary>"harusnya tgl 5 udh cair", "should arrive by Friday": when it was due, not when it happened.</summary>
    private static bool Expected(IReadOnlyList<Word> words, int from)
    {
        // "it should have been here yesterday", "supposed to arrive on the 2nd": the cue may stand a few words back in the clause.
        for (var k = from - 1; k >= 0 && k >= from - 5; k--)
        {
            // "by Friday" is a deadline; "dropped by 250k around 3pm" is not.
            if (words[k].Lower is "harusnya" or "seharusnya" or "mestinya" or "should" or "supposed" or "expected" or "due" or "paling" or "maks" or "max"
                || k == from - 1 && words[k].Lower == "by") return true;
            if (words[k].PauseBefore) break;
        }
        return false;
    }

    /// <summary>"kemarin masih ada 200rb", "same card worked fine yesterday": when it still worked, not when it broke.</summary>
    private static bool StillFine(IReadOnlyList<Word> words, int from, int to)
    {
        if (words[from].Lower is "since" or "sejak" or "dari" or "dr" or "until" or "sampai" or "sampe" or "till") return false;
        for (var k = to; k + 1 < words.Count && k < to + 2 && !words[k].PauseBefore; k++)
        {
            // "td pagi msh 12gb": what there still was then, a number after "still".
            if (words[k].Lower is "masih" or "msh" or "still" && (words[k + 1].Lower is "ada" or "bisa" or "normal" or "lancar" or "aman" or "works"
                or "worked" or "fine" or "ok" or "oke" or "there" or "had" or "muncul" || char.IsAsciiDigit(words[k + 1].Lower[0]))) return true;
        }
        // "Yesterday it worked fine", "kemarin masih lancar" (the eighth trial took it for when the problem happened): the day it
        // worked, said right after it, unless a negation says it did not; "paid at 7 in the morning no problem" (the seventeenth writer).
        for (var k = to; k < words.Count && k < to + 3 && !words[k].PauseBefore; k++)
        {
            if (ChatWords.SaysNoProblem(words, k)) return true;
            if (words[k].Lower is "not" or "no" or "never" or "didn't" or "didnt" or "wasn't" or "ga" or "gak" or "gk" or "tidak" or "tdk" or "nggak" or "ngga") break;
            if (words[k].Lower is "worked" or "fine" or "lancar" or "normal" or "normally") return true;
        }
        // "had 8GB left yesterday": what was left then.
        if (from > 0 && words[from - 1].Lower == "left" && !words[from].PauseBefore) return true;
        for (var k = from - 1; k >= 0 && k >= from - 2; k--)
        {
            if (words[k].Lower is "fine" or "worked" or "normal" or "lancar") return true;
            if (words[k].PauseBefore) break;
        }
        return false;
    }

    private static readonly HashSet<string> DayParts = new(StringComparer.Ordinal)
    {
        "morning", "afternoon", "evening", "night", "pagi", "siang", "sore", "malam", "malem",
    };

    /// <summary>"Good morning", "selamat siang", "pagi kak": a greeting, not when it happened.</summary>
    private static bool IsGreeting(IReadOnlyList<Word> words, int i) =>
        DayParts.Contains(words[i].Lower) && (i > 0 && words[i - 1].Lower is "good" or "selamat" or "met" || i == 0 && (words.Count == 1 || !IsTimeish(words, 1)));

    /// <summary>Words that open a sentence's story, so a time right after them opens it too ("alright so yesterday around lunchtime I got …").</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "so", "and", "then", "jadi", "jd", "terus", "trus", "trs", "lalu", "nah", "well", "alright", "ok", "okay", "hi", "hello", "halo", "kak",
        "min", "gan", "pak", "bu",
    };

    /// <summary>Words before a time that tie it to the problem ("since yesterday", "sejak kemarin", "at 10:02").</summary>
    private static readonly HashSet<string> Anchors = new(StringComparer.Ordinal)
    {
        "since", "sejak", "semenjak", "dari", "from", "mulai", "at", "on", "around", "about", "sekitar", "sktr", "pada", "tgl", "tanggal", "this",
        "happened", "started", "terjadi", "kejadian", "kejadiannya", "it", "was", "dr", "dri",
    };

    /// <summary>
    /// The moment of a payment or an order is when its problem began: "paid last Friday via VA", "tx sent tuesday morning",
    /// "padahal udh bayar kmrn malem".
    /// </summary>
    private static readonly HashSet<string> Transactions = new(StringComparer.Ordinal)
    {
        "paid", "bought", "sent", "booked", "ordered", "purchased", "transferred", "deposited", "withdrew", "made", "placed", "up", "topup",
        "bayar", "byr", "dibayar", "beli", "dibeli", "transfer", "tf", "trf", "kirim", "dikirim", "pesan", "order", "checkout", "isi", "transaksi",
    };

    /// <summary>
    /// A time says when the problem happened when it is anchored: it counts back from now ("2 hours ago", "tadi pagi"),
    /// names a clock time or a date, follows a word that ties it to the problem ("since", "sejak", "at"), or opens the
    /// sentence. A bare "yesterday" in the middle of a clause may date something else ("I cancelled it last month").
    /// </summary>
    private static bool SaysWhen(IReadOnlyList<Word> words, int from, int to)
    {
        var onlyTonight = true;
        for (var k = from; k < to; k++)
        {
            var w = words[k].Lower;
            if (w != "tonight") onlyTonight = false;
            if (w is "ago" or "lalu" or "tadi" or "td" or "barusan" || IsClock(w) || IsDate(w) || DayBesideMonth(words, k) || w.EndsWith("am", StringComparison.Ordinal) && w.Length > 2 && char.IsAsciiDigit(w[0])
                || w.EndsWith("pm", StringComparison.Ordinal) && w.Length > 2 && char.IsAsciiDigit(w[0]) || w is "jam" or "pukul") return !onlyTonight || k > from;
        }
        if (onlyTonight) return false;
        // Or it opens its clause; or, a day ("yesterday", "last night"), it closes it ("I paid the bill yesterday, but…") —
        // "worked fine last week" dates the last time it worked, not the problem.
        if (from == 0 || words[from].ClauseBreakBefore || words[from].PauseBefore || Anchors.Contains(words[from - 1].Lower) || Transactions.Contains(words[from - 1].Lower)
            || Openers.Contains(words[from - 1].Lower)
            || Anchors.Contains(words[from].Lower) || ProblemBefore(words, from)) return true;
        var day = false;
        for (var k = from; k < to; k++)
        {
            day |= words[k].Lower is "yesterday" or "today" or "night" or "kemarin" or "kmrn" or "kemaren" or "semalam" or "semalem" or "malam" or "mlm"
                || OccurredAtWords.Weekdays.ContainsKey(words[k].Lower) || OccurredAtWords.ShortWeekdays.ContainsKey(words[k].Lower) || words[k].Lower == "ini" && k > from && words[k - 1].Lower is "hari" or "pagi" or "siang" or "sore" or "malam";
        }
        return day && (to == words.Count || words[to].PauseBefore || words[to].Lower is "but" or "tp" or "tapi" or "and" or "dan" or "pdhl" or "padahal");
    }

    /// <summary>Words that name the problem itself, so a day right after them dates it: "I was charged twice yesterday for …".</summary>
    private static readonly HashSet<string> ProblemEvents = new(StringComparer.Ordinal)
    {
        "charged", "debited", "deducted", "declined", "failed", "crashed", "stopped", "locked", "blocked", "hacked", "suspended",
        "kepotong", "terpotong", "dipotong", "ditagih", "gagal", "diblokir", "terblokir", "kebobol", "dibobol",
    };

    /// <summary>The problem named at most two words before the time, in its clause ("charged twice yesterday", "gagal lagi kemarin").</summary>
    private static bool ProblemBefore(IReadOnlyList<Word> words, int from)
    {
        for (var k = from - 1; k >= 0 && k >= from - 2; k--)
        {
            if (ProblemEvents.Contains(words[k].Lower)) return true;
            if (words[k + 1].PauseBefore) break;
        }
        return false;
    }

    /// <summary>A connector, or two ("in the"), followed by a time word: "7 in the evening", "jam 3 sore".</summary>
    private static bool ConnectsTo(IReadOnlyList<Word> words, int to) =>
        Connectors.Contains(words[to].Lower) && to + 1 < words.Count
        && (IsTimeish(words, to + 1) || Connectors.Contains(words[to + 1].Lower) && to + 2 < words.Count && IsTimeish(words, to + 2));

    /// <summary>A word that may be part of a time, unless it is an amount ("charged $12.50", "Rp 10.30", eleventh round).</summary>
    private static bool IsTimeish(string text, IReadOnlyList<Word> words, int i) =>
        IsTimeish(words, i) && !(words[i].Start > 0 && text[words[i].Start - 1] is '$' or '€' or '£' or '¥'
            || i > 0 && words[i - 1].Lower is "rp" or "usd" or "idr" or "eur" or "sgd" or "rm" or "us");

    private static bool IsNumberWord(string word) => word is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight"
        or "nine" or "ten" or "satu" or "dua" or "tiga" or "empat" or "lima" or "enam" or "tujuh" or "delapan" or "sembilan" or "sepuluh"
        or "beberapa" or "several";

    private static bool IsTimeish(IReadOnlyList<Word> words, int i)
    {
        var w = words[i].Lower;
        if (TimeWords.Contains(w)) return true;
        // "12 May", "May 12": a month that is also a word counts beside a day of the month.
        if (OccurredAtWords.AmbiguousMonths.Contains(w)) return MonthBesideDay(words, i);
        // "30 min ago", "5 mnt lalu": short units only after a number ("min" alone is how people address an admin).
        if (w is "min" or "mnt" or "jm" or "hr" && i > 0 && words[i - 1].Lower.All(char.IsAsciiDigit)) return true;
        // "last Wed", "on fri": a short weekday only after the words that make it one ("sat" and "sun" are words too).
        if (OccurredAtWords.ShortWeekdays.ContainsKey(w)) return i > 0 && OccurredAtWords.WeekdayPrefixes.Contains(words[i - 1].Lower);
        // "jam 10an": about ten o'clock.
        if (w.Length is 3 or 4 && w.EndsWith("an", StringComparison.Ordinal) && w[..^2].All(char.IsAsciiDigit)) return i > 0 && HourBefore.Contains(words[i - 1].Lower);
        if (w.Length == 0 || !char.IsAsciiDigit(w[0])) return false;
        // "7.30" is a time only beside the words that make it one ("jam 7.30", "7.30 pagi"); "0.05 BTC" is an amount.
        if (IsClock(w) && w.Contains('.', StringComparison.Ordinal)) return HourBeside(words, i);
        if (IsClock(w) || IsDate(w) || DayBesideMonth(words, i)) return true;
        // A bare number is an hour only next to words that make it one ("at 8", "jam 3", "8 pagi", "3pm").
        if (w.Length <= 2 && w.All(char.IsAsciiDigit)) return HourBeside(words, i);
        if (w.Length == 4 && w.All(char.IsAsciiDigit)) return i > 0 && TimeWords.Contains(words[i - 1].Lower);
        // "on the 3rd", "the 1st": a day of the month.
        if (w.Length is 3 or 4 && w[..^2].All(char.IsAsciiDigit) && w[^2..] is "st" or "nd" or "rd" or "th") return i > 0 && words[i - 1].Lower == "the";
        return w.EndsWith("am", StringComparison.Ordinal) || w.EndsWith("pm", StringComparison.Ordinal)
            ? w[..^2].All(c => char.IsAsciiDigit(c) || c is ':' or '.') : false;
    }

    private static bool HourBeside(IReadOnlyList<Word> words, int i) =>
        i > 0 && (HourBefore.Contains(words[i - 1].Lower) || words[i - 1].Lower is "tgl" or "tanggal")
        || i + 1 < words.Count && (HourAfter.Contains(words[i + 1].Lower) || TimeWords.Contains(words[i + 1].Lower) || words[i + 1].Lower is "min" or "mnt" or "jm" or "hr");

    /// <summary>"3", "12", "3rd", "21st": a day of the month, by its shape.</summary>
    private static bool IsDayNumber(string w) =>
        w.Length is 1 or 2 && w.All(char.IsAsciiDigit) && int.Parse(w, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31
        || w.Length is 3 or 4 && w[..^2].All(char.IsAsciiDigit) && w[^2..] is "st" or "nd" or "rd" or "th";

    /// <summary>"on 3rd march", "tgl 12 mei", "May 12": a day of the month next to a month is a date.</summary>
    private static bool DayBesideMonth(IReadOnlyList<Word> words, int i) =>
        IsDayNumber(words[i].Lower) && (i + 1 < words.Count && OccurredAtWords.Months.ContainsKey(words[i + 1].Lower) || i > 0 && OccurredAtWords.Months.ContainsKey(words[i - 1].Lower));

    private static bool MonthBesideDay(IReadOnlyList<Word> words, int i) =>
        i + 1 < words.Count && IsDayNumber(words[i + 1].Lower) || i > 0 && IsDayNumber(words[i - 1].Lower);

    private static bool IsClock(string w)
    {
        var sep = w.IndexOfAny([':', '.']);
        return sep is 1 or 2 && w.Length == sep + 3 && w.Remove(sep, 1).All(char.IsAsciiDigit) && int.Parse(w[..sep], System.Globalization.CultureInfo.InvariantCulture) < 24;
    }

    private static bool IsDate(string w)
    {
        var parts = w.Split('/', '-');
        return parts.Length is 2 or 3 && parts.All(p => p.Length is >= 1 and <= 4 && p.All(char.IsAsciiDigit)) && w.Contains('/', StringComparison.Ordinal)
            || parts.Length == 3 && parts[0].Length == 4 && parts.All(p => p.All(char.IsAsciiDigit));
    }

    /// <summary>"logs everyone out at like 5pm every day", "jam 9 tiap hari": how often, not when.</summary>
    private static bool Habitual(IReadOnlyList<Word> words, int to) =>
        // "at 3am last night. Every single one.": the next sentence is not how often.
        to < words.Count && !words[to].ClauseBreakBefore && (words[to].Lower is "every" or "each" or "tiap" or "setiap" or "daily" or "everyday" or "nightly" or "weekly"
            || words[to].Lower is "all" && to + 1 < words.Count && words[to + 1].Lower is "day" or "week");

    /// <summary>"for 3 hours", "udah 2 hari", "every morning": how long or how often, not when.</summary>
    private static bool IsDuration(IReadOnlyList<Word> words, int from, int to)
    {
        if (from > 0 && DurationBefore.Contains(words[from - 1].Lower)) return true;
        for (var k = from; k < to; k++)
        {
            if (words[k].Lower is "ago" or "lalu" or "today" or "yesterday" or "tonight" or "kemarin" or "kmrn" or "kemaren" or "tadi" or "semalam") return false;
        }
        // "3 hours", "2 jam", "3 hari" without "ago"/"lalu": a length of time.
        return to - from == 2 && words[from].Lower.All(char.IsAsciiDigit) && words[from + 1].Lower is "hours" or "hour" or "hrs" or "minutes" or "mins"
            or "days" or "day" or "weeks" or "jam" or "hari" or "menit" or "minggu" or "bulan" or "months";
    }
}
