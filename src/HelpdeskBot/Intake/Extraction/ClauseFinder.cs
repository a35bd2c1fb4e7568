namespace HelpdeskBot.Intake.Extraction;

/// <summary>
/// The answers that are clauses of the user's own sentence: what they expected ("it should show my balance",
/// "harusnya saldo udah masuk"), what they already tried ("I already reinstalled the app", "udah coba clear cache"),
/// and what changed before it started ("since the last update", "sejak ganti HP"). A clause runs from its cue to the
/// end of the sentence or to a word that turns it ("but", "tapi").
/// </summary>
internal static class ClauseFinder
{
    private const int MaxClauseWords = 20;

    private static readonly HashSet<string> Turns = new(StringComparer.Ordinal)
    {
        "but", "however", "although", "though", "yet", "tapi", "tp", "tpi", "namun", "padahal", "pdhl", "walaupun", "meskipun", "walau",
        "because", "karena", "krn", "soalnya", "and then", "terus", "trus", "lalu", "so", "jadi", "jd", "still", "masih", "tetep", "tetap", "ttp",
    };

    private static readonly PhraseSet ExpectedCues = new(
        "thought it would", "i thought i could", "i thought i'd",
        "should", "should've", "should have", "shouldve", "supposed to", "is supposed to", "it's supposed to", "expected", "i expected",
        "i expect", "i was expecting", "expecting", "meant to", "harusnya", "seharusnya", "semestinya", "mestinya", "hrsnya", "hrusnya",
        "sharusnya", "sepatutnya", "seharusnyaa", "harusnyaa", "mustinya", "harusnya sih",
        "i would expect", "i'd expect", "id expect", "we would expect", "would expect",
        "normally", "usually", "biasanya", "biasanyaa", "normalnya");

    /// <summary>What is usual, an expectation only where a clause starts ("Normally 1-2 days only", "pdhl biasanya lancar"), not "I usually pay by card".</summary>
    private static readonly HashSet<string> Usually = new(StringComparer.Ordinal) { "normally", "usually", "biasanya", "biasanyaa", "normalnya" };

    /// <summary>Subjects that may stand right before "should" and belong to the clause ("it should", "saldo harusnya").</summary>
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal)
    {
        "it", "this", "that", "which", "they", "i", "balance", "money", "payment", "page", "app", "email", "saldo", "uangnya", "dananya",
        "ini", "itu", "harga", "status", "statusnya", "saldonya",
    };

    private static readonly PhraseSet AlreadyWords = new(
        "already", "i already", "i've already", "i have already", "ive already", "have already", "sudah", "udah", "udh", "sdh", "dah", "uda",
        "saya sudah", "sy sudah", "sy udh", "saya udah", "aku udah", "aku sudah", "gw udah", "gue udah", "i've", "i have", "ive",
        // "Sudah saya tutup aplikasinya": done by me, said the other way round.
        "sudah saya", "udah saya", "udh saya", "sdh saya", "sudah sy", "udah sy", "udh sy", "sdh sy", "udah aku", "sudah aku", "udah gw", "udh gw",
        "udh ane", "udah ane", "sudah ane", "sdh ane", "udah gue", "udh gue", "ane udah", "ane udh",
        // Fourteenth writer, regional: Javanese "wes tak restart", "wis tak matiin", Sundanese "tos dicobian", Betawi "udeh aye".
        "wes", "wis", "uwis", "wes tak", "wis tak", "tos", "udeh", "udeh aye", "aye udeh", "sudah ku", "udah ku", "udh ku",
        // Eighteenth writer: eastern Indonesian "beta su coba 2 atm", "dia su telepon provider", "sa su cek mutasi".
        "su", "sa su", "beta su", "dia su");

    private static readonly HashSet<string> AttemptVerbs = new(StringComparer.Ordinal)
    {
        "tried", "try", "coba", "dicoba", "nyoba", "mencoba", "restart", "restarted", "rebooted", "reboot", "reinstall", "reinstalled", "reinstal",
        "uninstall", "uninstalled", "install", "installed", "clear", "cleared", "clearing", "hapus", "dihapus", "logout", "logged", "relogin",
        "update", "updated", "upgrade", "upgraded", "reset", "resetted", "ganti", "changed", "change", "switched", "switch", "cek", "check",
        "checked", "refresh", "refreshed", "contacted", "called", "telpon", "hubungi", "menghubungi", "force", "matikan", "mematikan",
        "restarting", "reinstalling", "disabled", "enabled", "turned", "used", "pakai", "pake", "login", "keluar", "masuk", "requested",
        "request", "reconnect", "reconnected", "reconnecting", "resetting", "rebooting", "reloading", "reloaded", "retrying", "retried",
        "uninstalling", "deleting", "deleted", "removing", "removed", "switching", "disabling", "enabling", "turning", "contacting", "calling",
        "checking", "updating", "reinstal", "minta", "diminta", "cancelling", "canceling", "cycled", "restored", "whitelisted",
        "resend", "resent", "resending", "waited", "nunggu", "menunggu", "tunggu", "emailed", "messaged", "kompres", "dikompres",
        // "I already did forgot password", "already did the selfie 5 times": done again, to get past it.
        "did", "redid", "redo", "ulangi", "diulang", "diulangi", "ngulang", "mengulang",
        // Eighth writer: "sudah mencoba menutup aplikasi", "udh relog", "udah chat restorannya", "sudah diupdate", "Sudah saya ketik ulang".
        "menutup", "membuka", "menginstal", "menginstall", "menghapus", "memperbarui", "mengupdate", "merestart", "mereset", "mengganti",
        "memeriksa", "mengecek", "relog", "relogged", "chat", "chatted", "ngechat", "diupdate", "diperbarui", "direstart", "direset", "diinstal",
        "diinstall", "tutup", "ditutup", "ulang", "whitelist", "rotated", "regenerated", "visited", "went", "pergi", "mendatangi",
        // Eleventh writer: "udh cabut colok modem", "padahal izin kamera udh diaktifin".
        "cabut", "dicabut", "colok", "dicolok", "unplugged", "unplug", "replugged", "matiin", "dimatiin", "nyalain", "dinyalain", "aktifin",
        "diaktifin", "aktifkan", "diaktifkan", "izinin", "diizinin", "izinkan", "diizinkan", "allowed", "granted",
        // Twelfth writer: "Tried compressing it, same thing." — making a file smaller or another kind to get it through.
        "compress", "compressed", "compressing", "resize", "resized", "resizing", "convert", "converted", "converting", "rename", "renamed", "renaming",
        // Thirteenth writer: "I already synced time on my phone", "Sudah saya perbaiki di profil" (an upload done once is what
        // happened, not a fix tried: "udh sy upload tp status tetep belum lunas").
        "synced", "sync", "resynced", "resync", "allow", "reuploaded", "reupload",
        "perbaiki", "diperbaiki", "memperbaiki", "benerin", "dibenerin", "fixed", "corrected", "edited", "diedit",
        // Fourteenth writer: "Udah kucoba 3 kali", "Udah kutelpon call center", "Tos dicobian 2x", "Udah tanya ke bagian keuangan".
        "kucoba", "kutelpon", "ditelpon", "nelpon", "dicobian", "tanya", "nanya", "ditanya", "asked", "reported", "lapor", "dilaporin",
        // Eighteenth writer: "She already ask her bank 2 times", Malay "dah 3 kali cuba", "Saya sudah menanyakan ke kantor Taspen".
        "ask", "cuba", "dicuba", "telepon", "ditelepon", "menelepon", "menanyakan", "ditanyakan",
    };

    /// <summary>A fix named as the first word of a clause: "Reinstalled, nothing.", "clearing cookies didn't help".</summary>
    private static readonly HashSet<string> FixFirst = new(StringComparer.Ordinal)
    {
        "reinstalled", "reinstalling", "restarted", "restarting", "rebooted", "rebooting", "cleared", "clearing", "uninstalled", "uninstalling",
        "refreshed", "retried", "reconnected", "reconnecting", "relogin", "re-login", "relogged", "re-added", "readded", "restored", "whitelisted",
        "power-cycled", "ran", "contacted", "called", "emailed", "messaged", "waited", "deleted", "ulangi", "diulangi", "redid",
        "rotated", "regenerated", "re-entered", "reentered", "resynced", "re-synced", "relinked", "re-linked", "relogged",
    };

    /// <summary>Pressing a button is a fix when the button retries: "pressed resend many times", "udh klik kirim ulang berkali2".</summary>
    private static readonly HashSet<string> PressVerbs = new(StringComparer.Ordinal)
    {
        "pressed", "press", "clicked", "click", "tapped", "tap", "hit", "klik", "ngeklik", "mengklik", "diklik", "pencet", "mencet", "dipencet", "tekan", "ditekan",
    };

    private static readonly PhraseSet RetryButtons = new("resend", "resend code", "resend otp", "retry", "try again", "kirim ulang", "kirim lagi", "coba lagi",
        "refresh", "reload", "muat ulang", "forgot password", "lupa password", "lupa kata sandi", "reset password");

    private static bool PressesRetry(IReadOnlyList<Word> words, int i) =>
        PressVerbs.Contains(words[i].Lower) && i + 1 < words.Count && RetryButtons.Match(words, i + 1) > 0;

    private static readonly PhraseSet TriedCues = new("i tried", "i've tried", "i have tried", "tried", "retried", "i retried", "checked",
        "have tried", "ive tried", "also tried", "sudah coba",
        "udah coba", "udh coba", "sdh coba", "dah coba", "sudah dicoba", "udah dicoba", "udh dicoba", "sudah saya coba", "udah saya coba",
        "sudah mencoba", "udah nyoba", "udh nyoba", "sudah nyoba", "uda coba", "coba restart", "coba reinstall", "coba install ulang",
        "coba pake", "coba pakai", "coba ganti", "coba hapus", "coba clear", "coba logout", "coba update", "coba uninstall", "coba di",
        // Sixth writer: a check already made ("spam jg udh dicek").
        "udh dicek", "udah dicek", "sudah dicek", "sdh dicek", "udh cek", "udah cek", "sudah cek", "already checked");

    private static readonly PhraseSet HistoryCues = new(
        "since", "ever since", "started after", "started when", "began after", "begun after", "started since", "after the", "after i", "after my",
        "after updating", "after upgrading", "after installing", "after changing", "sejak", "semenjak", "setelah", "habis", "abis", "sesudah",
        "dari sejak", "mulai", "gara-gara", "gara2", "first time", "first happened", "pertama kali", "i changed", "i've changed",
        "i just changed", "i updated", "i just updated", "i upgraded", "i installed", "i switched", "i reset", "i moved", "baru ganti", "abis ganti",
        "habis ganti", "sy ganti", "saya ganti", "aku ganti", "sy baru", "saya baru", "baru update", "abis update", "habis update", "after we",
        "after they", "after it", "after you", "after your", "since you", "since your", "started happening", "started with", "began with",
        "things were fine until", "was fine until", "were fine until", "after switching", "after moving", "after renaming", "after resetting", "after migrating", "after replacing", "fine until",
        "worked until", "until they", "until i", "until we", "sejak pindah", "setelah pindah", "abis pindah", "dr pas", "dari pas",
        "sebelum", "before i", "before we", "before they", "before you", "before changing", "before updating",
        // Sixth writer: a patch, a new phone ("dr patch kemarin", "I got a new phone").
        "dr patch", "dari patch", "since the patch", "i got a new", "ganti hp",
        // Eighth writer: "sy br ganti kartu kmrn".
        "sy br", "saya br", "br ganti", "aku br",
        // Eleventh writer: "stlh update kemarin".
        "stlh", "stelah", "sehabis");

    /// <summary>Words that name a change: a history clause says what changed, not only when ("since this morning" is a time).</summary>
    private static readonly HashSet<string> ChangeWords = new(StringComparer.Ordinal)
    {
        "update", "updated", "updating", "upgrade", "upgraded", "upgrading", "install", "installed", "installing", "reinstall", "changed", "change",
        "changing", "ganti", "diganti", "mengganti", "new", "baru", "migrate", "migrated", "migration", "pindah", "reset", "version", "versi",
        "patch", "maintenance", "dns", "os", "ios", "android", "windows", "firmware", "upgrade", "switched", "moved", "renewed", "perpanjang",
        "first", "pertama", "restore", "factory", "setting", "settings", "pengaturan", "hp", "phone", "laptop", "number", "nomor", "switching",
        "moving", "renamed", "renaming", "rename", "replaced", "replacing", "resetting", "migrating", "sim", "portal", "swapped", "swap",
        "release", "released", "rilis", "deploy", "deployed", "deployment", "rollout",
        "linked", "pushed", "turned", "enabled", "activated", "edited", "edit", "diedit", "mengedit", "ubah", "diubah", "mengubah", "ditambah",
        "added", "aktifkan", "diaktifkan", "mengaktifkan", "pergantian", "penggantian", "perubahan", "pembaruan", "pembaharuan", "device", "perangkat",
        "changes", "redesign", "redesigned", "revamp", "revamped", "relaunch", "relaunched", "rebrand", "rebranded", "migrasi",
    };

    /// <summary>Things that can be changed, but whose mention alone says nothing changed.</summary>
    /// <summary>"after I enter the student number it says …" names a number, not a new one.</summary>
    private static readonly HashSet<string> Devices = new(StringComparer.Ordinal) { "hp", "phone", "laptop", "device", "perangkat", "number", "nomor" };

    private static readonly PhraseSet StepsCues = new(
        "when i", "whenever i", "every time i", "everytime i", "each time i", "as soon as i", "once i", "when trying to", "while trying to",
        "when i try to", "when i tried to", "pas mau", "pas saya", "pas sy", "pas aku", "pas lagi", "saat mau", "saat saya", "ketika saya",
        "ketika mau", "waktu mau", "waktu saya", "waktu sy", "tiap kali", "setiap kali", "tiap mau", "setiap mau", "tiap buka", "setiap buka",
        "pas buka", "pas klik", "pas bayar", "pas login", "pas checkout", "pas transfer", "pas top up", "saat buka", "saat login");

    /// <summary>Words that start another part of a sentence: what was shown, what was tried.</summary>
    private static readonly HashSet<string> OtherClauses = new(StringComparer.Ordinal)
    {
        "says", "said", "shows", "showed", "displays", "muncul", "keluar", "tulisannya", "katanya", "error", "eror", "gagal", "failed", "crashes",
        "crashed", "freezes", "tried", "coba", "udah", "sudah", "udh", "already",
    };

    /// <summary>
    /// What the user did just before, when the sentence says it ("…crashes when I open vouchers", "error pas buka
    /// tagihan"): the clause after "when I" / "pas", unless it names a change (then it is history).
    /// </summary>
    public static string? Steps(string text, IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var cue = StepsCues.Match(words, i);
            if (cue == 0) continue;
            // What was done is a few words: it ends at a comma, or where the sentence goes on to what was shown or expected.
            var to = ClauseEnd(words, i + cue, stopAtComma: true);
            for (var k = i + cue; k < to; k++)
            {
                if (OtherClauses.Contains(words[k].Lower) || ExpectedCues.Match(words, k) > 0)
                {
                    to = k > i + cue && words[k - 1].Lower is "it" or "the" or "this" ? k - 1 : k;
                    break;
                }
            }
            if (to - (i + cue) < 1 && !words[i + cue - 1].Lower.Equals("buka", StringComparison.Ordinal)) continue;
            var change = false;
            for (var k = i; k < to; k++) change |= ChangeWords.Contains(words[k].Lower) && !Devices.Contains(words[k].Lower) && words[k].Lower is not ("setting" or "settings");
            if (change) continue;
            return ChatWords.Text(text, words, i, Math.Max(to, i + cue));
        }
        return null;
    }

    public static string? Expected(string text, IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var cue = ExpectedCues.Match(words, i);
            if (cue == 0) continue;
            // "should I reinstall?" asks advice; "you should fix this" tells the team what to do: neither says what was expected.
            if (i + cue < words.Count && words[i + cue].Lower is "i" or "we" or "saya" or "sy" or "aku") continue;
            if (i > 0 && words[i - 1].Lower is "you" or "u" or "kalian" or "anda" && !words[i].ClauseBreakBefore) continue;
            // "I should be most grateful for your assistance", "I should like to change the amount": a courtesy or a wish.
            if (words[i].Lower == "should" && i > 0 && words[i - 1].Lower is "i" or "we" && Courtesy(words, i + 1)) continue;
            if (Usually.Contains(words[i].Lower) && !(i == 0 || words[i].PauseBefore || Turns.Contains(words[i - 1].Lower) || words[i - 1].Lower is "kan" or "and" or "dan")) continue;
            var from = i;
            if (i > 0 && !words[i].ClauseBreakBefore && Subjects.Contains(words[i - 1].Lower)) from = i - 1;
            var to = ClauseEnd(words, i + cue);
            if (to - (i + cue) < 1) continue;
            return ChatWords.Text(text, words, from, to);
        }
        return null;
    }

    private static bool Courtesy(IReadOnlyList<Word> words, int k)
    {
        if (k < words.Count && words[k].Lower == "be") k++;
        if (k < words.Count && words[k].Lower is "most" or "very" or "so") k++;
        if (k >= words.Count) return false;
        return words[k].Lower is "grateful" or "thankful" or "obliged" or "glad" or "pleased" or "appreciate"
            || words[k].Lower is "like" or "love" && k + 1 < words.Count && words[k + 1].Lower == "to";
    }

    public static string? Attempts(string text, IReadOnlyList<Word> words) => AttemptsSpan(text, words)?.Text;

    /// <summary>What was tried, and which words say it.</summary>
    public static (string Text, int From, int To)? AttemptsSpan(string text, IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            // "Reinstalled, nothing.", "I called the hotline on Tuesday": a fix named by its verb where a clause starts.
            var clauseStart = i == 0 || words[i].PauseBefore
                || words[i - 1].Lower is "i" or "we" or "saya" or "sy" or "aku" or "gw" or "gue"
                    && (i == 1 || words[i - 1].PauseBefore || words[i - 2].Lower is "but" or "and" or "so" or "then" or "tapi" or "tp" or "trs" or "terus" or "trus" or "lalu");
            if (PressesRetry(words, i) && clauseStart) return ClauseSpan(text, words, StartWithSubject(words, i), ClauseEnd(words, i + 1));
            if (FixFirst.Contains(words[i].Lower) && clauseStart && !(i + 1 < words.Count && words[i + 1].Lower is "to" or "itself" or "sendiri" or "out" or "into" or "away" or "fine" or "ok" or "okay")
                // "I called it a bug": naming, not calling someone.
                && !(words[i].Lower == "called" && i + 1 < words.Count && words[i + 1].Lower is "it" or "this" or "that" or "them"))
            {
                return ClauseSpan(text, words, StartWithSubject(words, i), ClauseEnd(words, i + 1));
            }
            // "Logged out and in again, same.": signing out and back in, told by its verb.
            if (clauseStart && words[i].Lower is "logged" or "signed" && i + 3 < words.Count && words[i + 1].Lower == "out"
                && words[i + 2].Lower is "and" or "&" && words[i + 3].Lower is "in" or "back")
            {
                return ClauseSpan(text, words, StartWithSubject(words, i), ClauseEnd(words, i + 4, stopAtComma: true));
            }
            var tried = TriedCues.Match(words, i);
            // "coba pake browser lain" names a fix where a clause starts; inside one ("mau coba di web") it may not.
            if (tried > 1 && words[i].Lower == "coba" && !(i == 0 || words[i].PauseBefore)) tried = 0;
            if (tried > 0)
            {
                var next = i + tried;
                // "spam jg udah dicek": a check made closes the clause.
                if (next >= words.Count && words[next - 1].Lower is "dicek" or "cek" or "checked") return ClauseSpan(text, words, i, next);
                // "tried to pay" and "coba bayar" describe the problem, not a fix that was tried.
                if (next >= words.Count || words[next].Lower is "to" or "untuk" or "utk" or "buat" || words[next].ClauseBreakBefore) continue;
                // A bare "tried" starts a clause or follows its subject ("Tried another browser", "I tried …").
                if (tried == 1 && !(i == 0 || words[i].PauseBefore || words[i - 1].Lower is "i" or "also" or "even" or "we" or "and")) continue;
                // "tried paying" is what failed; "tried reinstalling" is a fix.
                // "tried logging out and back in" is a fix, "tried logging in" what failed.
                // "tried re-adding the records": doing it again is a fix.
                if (words[next].Lower.EndsWith("ing", StringComparison.Ordinal) && !AttemptVerbs.Contains(words[next].Lower)
                    && !words[next].Lower.StartsWith("re-", StringComparison.Ordinal) && !(next + 1 < words.Count && words[next + 1].Lower == "out")) continue;
                if (FailedAction(words, next)) continue;
                return ClauseSpan(text, words, StartWithSubject(words, i), ClauseEnd(words, next));
            }
            // "wrong password even after I reset it": what was done to fix it, said after "even after".
            if (words[i].Lower == "even" && i + 2 < words.Count && words[i + 1].Lower == "after" && words[i + 2].Lower is "i" or "we"
                && i + 3 < words.Count && AttemptVerbs.Contains(words[i + 3].Lower))
            {
                return ClauseSpan(text, words, i + 2, ClauseEnd(words, i + 4));
            }
            // "…even after resetting it".
            if (words[i].Lower == "even" && i + 2 < words.Count && words[i + 1].Lower == "after" && AttemptVerbs.Contains(words[i + 2].Lower)
                && words[i + 2].Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                return ClauseSpan(text, words, i, ClauseEnd(words, i + 3));
            }
            var already = AlreadyWords.Match(words, i);
            if (already == 0) continue;
            for (var k = i + already; k < words.Count && k < i + already + 2; k++)
            {
                if (words[k].ClauseBreakBefore) break;
                if (PressesRetry(words, k)) return ClauseSpan(text, words, StartWithSubject(words, i), ClauseEnd(words, k + 1));
                if (!AttemptVerbs.Contains(words[k].Lower)) continue;
                // "already did the transfer": the payment that went wrong, not a fix.
                if (words[k].Lower == "did" && Enumerable.Range(k + 1, 2).Any(n => n < words.Count && words[n].Lower is "payment" or "transfer" or "top" or "topup"
                    or "order" or "purchase" or "checkout" or "transaction" or "booking")) break;
                if (words[k].Lower is "coba" or "mencoba" or "nyoba" or "tried" or "try" && FailedAction(words, k + 1)) break;
                // "already paid", "udah masuk" (it already arrived): not something tried to fix it.
                if (words[k].Lower is "login" or "keluar" or "masuk" or "pakai" or "pake" or "used" && k + 1 < words.Count && words[k + 1].Lower is not ("ulang" or "lagi" or "again")) break;
                return ClauseSpan(text, words, StartWithSubject(words, i), ClauseEnd(words, k + 1));
            }
        }
        return null;
    }

    public static (string Text, int From, int To)? History(string text, IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var cue = HistoryCues.Match(words, i);
            // "after logging in on a new device", "after linking my card": "after" and what was being done.
            if (cue == 0 && words[i].Lower == "after" && i + 1 < words.Count && words[i + 1].Lower.EndsWith("ing", StringComparison.Ordinal)) cue = 1;
            // "after today's update", "after last week's maintenance": "after" and a change within two words.
            if (cue == 0 && words[i].Lower == "after" && Enumerable.Range(i + 1, 3).Any(k => k < words.Count && !words[k].ClauseBreakBefore && ChangeWords.Contains(words[k].Lower) && !Devices.Contains(words[k].Lower))) cue = 1;
            // "paket abis padahal baru beli": "abis" (used up) followed by a turn is no "after".
            if (cue == 0 || i + cue < words.Count && Turns.Contains(words[i + cue].Lower)) continue;
            // "App keeps showing my old address even though I updated it", "padahal saya baru transfer sekali": granted, not what changed before.
            if (i > 0 && !words[i].ClauseBreakBefore && words[i - 1].Lower is "though" or "although" or "padahal" or "pdhl" or "walaupun" or "meskipun" or "walau") continue;
            // "even after I reset it" tells a fix that did not help (an attempt), not what changed before.
            if (i > 0 && words[i - 1].Lower == "even" && !words[i].ClauseBreakBefore
                || i > 1 && words[i - 1].Lower == "after" && words[i - 2].Lower == "even" && !words[i].ClauseBreakBefore) continue;
            // What changed is said in a few words: a comma ends it ("sejak ganti HP, OTP nya …").
            var to = ClauseEnd(words, i + cue, stopAtComma: true);
            var hasChange = false;
            // A device alone is no change ("since about 9am today Outlook on my laptop shows …" is a time); a new one is
            // ("sejak ganti hp", "since my new phone").
            // "Since about 9:15 this morning I can't log in to the web portal" (the eighth trial): a time after "since" is when it
            // began, and a change must be said with it ("since yesterday's update"), not later in the sentence.
            // Fourteenth writer: "since yesterday evening on the portal website", "Since yesterday can't change my sailing time" are
            // times; the change comes within three words of the time ("since last week's update").
            var changeEnd = StartsWithTime(words, i + cue) ? Math.Min(to, i + cue + 3) : to;
            // "Since yesterday can't change my sailing time": a change the user cannot make is the problem, not what changed.
            for (var k = i; k < changeEnd; k++) hasChange |= ChangeWords.Contains(words[k].Lower) && !Devices.Contains(words[k].Lower) && !CannotBefore(words, k);
            if (!hasChange || to - i < 2) continue;
            var from = i > 0 && !words[i].ClauseBreakBefore && words[i - 1].Lower is "it" or "this" or "problem" or "started" or "begun" or "began" ? i - 1 : i;
            return (ChatWords.Text(text, words, from, to), from, to);
        }
        return null;
    }

    private static bool CannotBefore(IReadOnlyList<Word> words, int k) =>
        k > 0 && (words[k - 1].Lower is "can't" or "cant" or "cannot" or "unable" or "couldn't" or "couldnt" or "can’t"
            || k > 1 && words[k - 1].Lower is "bisa" or "bs" && words[k - 2].Lower is "ga" or "gak" or "gk" or "nggak" or "tidak" or "tdk" or "g");

    /// <summary>Whether the words at <paramref name="at"/> open with a time ("about 9:15", "this morning", "kemarin sore", "last Monday").</summary>
    private static bool StartsWithTime(IReadOnlyList<Word> words, int at)
    {
        if (at < words.Count && words[at].Lower is "about" or "around" or "approximately" or "sekitar" or "sktr" or "kira2" or "kurang" or "like") at++;
        return at < words.Count && (char.IsAsciiDigit(words[at].Lower[0]) || words[at].Lower is "this" or "yesterday" or "today" or "last" or "early"
            or "kemarin" or "kmrn" or "kemaren" or "tadi" or "td" or "pagi" or "siang" or "sore" or "malam" or "semalam" or "jam" or "pukul" or "tgl"
            or "tanggal" or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "senin" or "selasa" or "rabu"
            or "kamis" or "jumat" or "sabtu" or "minggu" or "morning" or "tonight" or "lunch" or "noon");
    }

    /// <summary>"sudah mencoba membayar …" is the payment that failed, as "tried paying" is; "mencoba menghubungi" is a fix.</summary>
    private static bool FailedAction(IReadOnlyList<Word> words, int at) =>
        at < words.Count && words[at].Lower is ['m', 'e', 'm' or 'n', ..] && !AttemptVerbs.Contains(words[at].Lower);

    private static int StartWithSubject(IReadOnlyList<Word> words, int i) =>
        i > 0 && !words[i].ClauseBreakBefore && words[i - 1].Lower is "i" or "saya" or "sy" or "aku" or "gw" or "gue" or "we" or "kami" ? i - 1 : i;

    private static int ClauseEnd(IReadOnlyList<Word> words, int from, bool stopAtComma = false)
    {
        var to = from;
        while (to < words.Count && to < from + MaxClauseWords && (to == from || !(stopAtComma ? words[to].PauseBefore : words[to].ClauseBreakBefore))
               && (to == from || !Turns.Contains(words[to].Lower) || Ago(words, to))) to++;
        return to;
    }

    /// <summary>"minggu lalu", "2 hari lalu": "lalu" after a span of time means ago, not "then".</summary>
    private static bool Ago(IReadOnlyList<Word> words, int at) =>
        words[at].Lower == "lalu" && at > 0 && (words[at - 1].Lower is "minggu" or "bulan" or "hari" or "tahun" or "jam" or "menit" or "pekan"
            || words[at - 1].Lower.All(char.IsAsciiDigit));

    private static (string Text, int From, int To)? ClauseSpan(string text, IReadOnlyList<Word> words, int from, int to) =>
        to > from ? (ChatWords.Text(text, words, from, to), from, to) : null;
}
