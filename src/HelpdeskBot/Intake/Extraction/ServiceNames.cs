namespace HelpdeskBot.Intake.Extraction;

/// <summary>
/// The services users can name (<c>Helpdesk:Intake:Services</c>) and the words, English and Indonesian, that name
/// each one. A message names a service when the words of exactly one service appear in it; a message that names
/// two ("the transfer failed in the app") is asked, since either could be what the problem is about.
/// </summary>
public sealed class ServiceNames
{
    /// <summary>The words for the default services; a configured service without an entry is found by its own name.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> DefaultKeywords = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["Mobile app"] =
        [
            "mobile app", "the app", "app", "apps", "apk", "aplikasi", "aplikasinya", "aplikasiny", "apliksi", "aplikasi nya", "apk nya", "apknya",
            "appnya", "app nya", "android", "iphone", "ios", "ipad", "di hp", "hp saya", "hp sy", "hp ku", "hpku", "handphone", "ponsel", "play store",
            "playstore", "app store", "appstore", "app's", "m-banking", "mbanking", "mobile banking", "m banking", "aplikasi bank", "app bank",
            // Eighteenth writer: Sundanese "aplikasina lemot pisan".
            "aplikasina",
        ],
        ["Website"] =
        [
            "website", "websitenya", "web", "webnya", "web nya", "situs", "situsnya", "site", "browser", "chrome", "safari", "firefox", "homepage",
            "halaman web", "laman", "url", "web app", "webapp", "selfcare page", "landing page", "website's", "site's",
            "webpage", "web page", "web portal",
        ],
        ["Payments"] =
        [
            "payment", "payments", "pay", "paid", "transfer", "transferred", "trf", "tf", "bayar", "byr", "membayar", "dibayar", "pembayaran",
            "pembayarannya", "tagihan", "tagihannya", "top up", "topup", "top-up", "isi saldo", "qris", "virtual account", "refund", "refunded",
            "charged", "charge", "kepotong", "terpotong", "dipotong", "potong", "double charge", "withdraw", "withdrawal", "penarikan", "tarik dana",
            "transaksi", "transaction", "billing", "bill", "saldo", "cashback", "debit", "debited", "deducted", "kartu kredit", "credit card",
            "wallet", "e-wallet", "gopay", "ovo", "shopeepay", "cicilan", "paylater", "va", "deposit", "deposited", "setor", "ewallet", "dana",
            "gcash", "cash-in", "cash in", "payout", "pencairan", "cair", "ditarik", "transferan", "token listrik",
            "card was declined", "card declined", "kartu ditolak", "uang saya", "uang sy", "duit", "dompet digital", "isi ulang", "beli pulsa",
            "e-money", "emoney", "linkaja", "uang elektronik", "paying", "sent money", "send money", "sending money", "kirim uang", "kirim duit",
            "transfer uang", "payee", "payees", "ditagih", "tertagih", "kena tagih",
            // Eleventh writer: "my card got declined but i have money in it", "ongkir nya ketagih 2x".
            "card got declined", "card keeps getting declined", "card is declined", "card keeps declining", "ketagih",
            // Eighth writer: what was bought or withdrawn, a fare, a subscription renewed ("bought 1200 gems", "Withdrew RM640").
            "bought", "purchase", "purchased", "purchases", "fare", "withdrew", "withdrawn", "subscription", "langganan", "auto renew", "auto-renew",
            "direct debit",
            // Tenth writer: "tried topping up my card in the app", "kena tarif 2x".
            "topping up", "topped up", "tops up", "tarif", "tarifnya",
            // Eighteenth writer: "Wife say money not come", "remittance stuck", "uang setoran sy blm masuk", "anak sy ngirim uang".
            "money", "uang", "uangnya", "remittance", "remit", "remitted", "setoran", "ngirim uang", "ngirim duit", "settlement",
        ],
        ["Email"] =
        [
            "email", "emails", "e-mail", "emailnya", "email nya", "inbox", "mailbox", "surel", "spam folder", "folder spam", "outlook", "smtp", "imap",
            "work mail", "web mail", "webmail", "mail app", "gmail", "yahoo mail", "bounce", "bounced", "email verifikasi", "verification email",
            "verification emails", "kotak masuk", "newsletter", "newsletters", "otp email", "email otp", "email konfirmasi", "confirmation email",
            "outbox", "sent folder", "outgoing mail",
            // Thirteenth writer: "Fee reminder mails are going to my old id".
            "mails", "reminder mail", "reminder mails",
            // Eighteenth writer: "my mail id … is not receiving the e-statement".
            "mail id", "e-statement", "e-statements", "estatement",
        ],
        ["Account & login"] =
        [
            "login", "log in", "log into", "log-in", "logged in", "logging in", "sign in", "signin", "sign-in", "masuk akun", "masuk ke akun",
            "password", "kata sandi", "logged me out", "log me out", "verify", "verification", "verifikasi", "sign up", "signup", "register",
            "daftar", "sandi", "otp", "verification code", "kode verifikasi", "2fa",
            "two-factor", "locked out", "terkunci", "terblokir", "diblokir", "hacked", "dibajak", "kena hack", "logout", "log out", "logged out",
            "verifikasi akun", "di hack", "dihack", "di-hack", "got hacked", "sign out", "signing me out", "signed out", "keblokir", "ke blokir",
            "sso", "single sign-on", "single sign on",
            // Seventeenth writer: "the app only blocked my account".
            "blocked my account", "locked my account", "suspended my account",
            // Eleventh writer: "forgot my username and the email i used no longer exists", "akun sy kehack".
            "forgot my username", "lupa username", "kehack", "ke hack", "registrasi", "registration",
            // Eighteenth writer: "face id dont work anymore … kicks me to the pin screen", Malay "tak boleh log masuk".
            "face id", "faceid", "fingerprint", "sidik jari", "biometric", "biometrik", "log masuk",
        ],
    };

    private readonly List<(string Service, PhraseSet Words)> services;

    /// <summary>
    /// Words that name a service only when nothing else does: "a problem with my account" is about the account, but
    /// "the money was deducted from my account" is about the payment.
    /// </summary>
    private static readonly (string Service, PhraseSet Words)[] Weak =
    [
        // "Portal tidak bisa diakses", "the portal wont let me add my husband's account": a portal is a site, when nothing
        // else names the service ("the portal's login" is the account).
        ("Website", new PhraseSet("portal", "portalnya", "portal nya",
            // Thirteenth writer: "the page will not let me", "Class booking page throws HTTP 500" — a page is the site's.
            "page", "the page", "booking page", "halaman", "halamannya", "halaman nya")),
        ("Account & login", new PhraseSet("account", "my account", "akun", "akunnya", "akun saya", "akun sy", "akun aku", "akunku", "suspended",
            "dinonaktifkan", "nonaktif", "no hp", "nomor hp", "phone number")),
    ];

    public ServiceNames(IEnumerable<string> configured, IReadOnlyDictionary<string, string[]>? keywords = null)
    {
        keywords ??= DefaultKeywords;
        services = [.. configured.Select(s => (s, new PhraseSet([s.ToLowerInvariant(), .. keywords.TryGetValue(s, out var words) ? words : []])))];
    }

    public IReadOnlyList<string> All => [.. services.Select(s => s.Service)];

    private const string Payments = "Payments";

    /// <summary>Words that say the app or site itself broke, whatever the user was doing in it.</summary>
    private static readonly HashSet<string> Breakage = new(StringComparer.Ordinal)
    {
        "crash", "crashes", "crashed", "crashing", "freeze", "freezes", "frozen", "hang", "hangs", "blank", "force", "fc", "keluar", "nge-freeze",
        "ngefreeze", "berantakan", "layout", "tampilan", "tampilannya", "display", "loading", "lemot", "slow", "down", "500", "502", "503",
        "closes", "closing", "freezing", "buffering",
        // Eighteenth writer: "the dark mode in the app makes the transaction amounts invisible".
        "invisible", "unreadable",
    };

    /// <summary>A word that says the app or site broke; "keluar" only when it means the app closed ("keluar sendiri"), not "keluar tulisan".</summary>
    private static bool Broke(IReadOnlyList<Word> words, int i) =>
        // "after pressing Confirm the page simply went white" (the eighteenth writer).
        words[i].Lower is "white" or "putih" && i > 0 && words[i - 1].Lower is "went" or "goes" or "go" or "turned" or "turns" or "screen" or "layar" or "jadi"
        || Breakage.Contains(words[i].Lower)
        && (words[i].Lower != "keluar" || i + 1 == words.Count || words[i + 1].Lower is "sendiri" or "terus" or "trus" or "tiba2" or "mulu" or "melulu");

    /// <summary>Words that make a payment word a thing on the screen: "tombol bayar", "tap Pay", "the transfer button".</summary>
    private static bool OnScreen(IReadOnlyList<Word> words, int from, int to) =>
        from > 0 && words[from - 1].Lower is "tombol" or "button" or "tap" or "klik" or "click" or "pencet" or "menu" or "fitur"
        || to < words.Count && words[to].Lower is "button" or "tab" or "tombol" or "menu" or "icon";

    /// <summary>
    /// "email konfirmasi pembayaran ke tamu tidak terkirim", "notif transaksi di hp gk bunyi", "email tagihan kok dobel", "bukti
    /// transfer", "payment confirmation email" (the eighteenth writer): a payment named as what a message or a notice is about.
    /// </summary>
    private static bool NoticeOf(IReadOnlyList<Word> words, int from, int to) =>
        from > 0 && !words[from].PauseBefore && words[from - 1].Lower is "notif" or "notifikasi" or "notification" or "notifications" or "konfirmasi"
            or "confirmation" or "bukti" or "email" or "e-mail" or "emailnya" or "receipt" or "struk"
        || to < words.Count && !words[to].PauseBefore && words[to].Lower is "email" or "emails" or "e-mail" or "notification" or "notifications" or "notif"
            or "confirmation" or "receipt" or "receipts";

    /// <summary>"pls transfer to customer care executive", "transfer me to a human": handing the chat over, not a payment.</summary>
    private static bool HandsOver(IReadOnlyList<Word> words, int at)
    {
        if (words[at].Lower is not ("transfer" or "transfers") || at + 1 >= words.Count || words[at + 1].Lower is not ("me" or "to" or "ke" or "this")) return false;
        for (var k = at + 1; k < words.Count && k <= at + 4; k++)
        {
            if (words[k].Lower is "agent" or "human" or "person" or "customer" or "cs" or "admin" or "operator" or "staff" or "manusia" or "orang"
                or "representative" or "someone" or "somebody" or "supervisor") return true;
        }
        return false;
    }

    /// <summary>
    /// "Payroll email say transfer done", "notifikasi email menyatakan dana telah ditransfer", "received an email saying his access was
    /// revoked": an email telling of a payment or of the account is where it was read.
    /// </summary>
    private static bool Tells(IReadOnlyList<Word> words, int to)
    {
        for (var k = to; k < words.Count && k < to + 2; k++)
        {
            if (words[k].Lower is "says" or "say" or "said" or "saying" or "states" or "stated" or "menyatakan" or "bilang" or "katanya" or "tertulis" or "confirms"
                or "confirmed") return true;
        }
        return false;
    }

    /// <summary>"harusnya langsung masuk ke akun game", "it should show in my account": what was expected, not what broke.</summary>
    private static bool AfterExpectation(IReadOnlyList<Word> words, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 5; k--)
        {
            if (words[k].Lower is "harusnya" or "seharusnya" or "should" or "supposed" or "mestinya" or "hrsnya") return true;
            if (words[k].PauseBefore) break;
        }
        return false;
    }

    /// <summary>"The website won't load … App works fine.", "di web lancar kok": a service said to work is not where it broke.</summary>
    private static bool WorksFine(IReadOnlyList<Word> words, int after)
    {
        // "I paid my sister's tuition at 7 in the morning no problem but … the app won't open" (the seventeenth writer): what
        // went through without a problem, said later in its clause.
        for (var k = after; k < words.Count && k < after + 10 && !words[k].PauseBefore && words[k].Lower is not ("but" or "tapi" or "tp" or "and"); k++)
        {
            if (ChatWords.SaysNoProblem(words, k)) return true;
        }
        for (var k = after; k < words.Count && k < after + 3 && !words[k].PauseBefore; k++)
        {
            if (words[k].Lower is "fine" or "lancar" or "aman" or "normal" or "normally" or "ok" or "okay" or "perfectly") return true;
            if (words[k].Lower is not ("works" or "work" or "worked" or "working" or "is" or "are" or "seems" or "runs" or "still" or "masih" or "msh" or "nya"
                // "The website functions normally." (the seventeenth writer).
                or "functions" or "function" or "functioning" or "loads" or "opens" or "jalan" or "berjalan")) return false;
        }
        return false;
    }

    private const string Account = "Account & login";

    private const string MobileApp = "Mobile app";

    private static readonly HashSet<string> DeviceNames = new(StringComparer.Ordinal)
    {
        "android", "iphone", "ios", "ipad", "di hp", "hp saya", "hp sy", "hp ku", "hpku", "handphone", "ponsel",
    };

    private static bool IsDevice(IReadOnlyList<Word> words, int from, int to) =>
        DeviceNames.Contains(string.Join(' ', Enumerable.Range(from, to - from).Select(k => words[k].Lower)));

    /// <summary>Words of the account's own that make a problem about the account wherever it showed: signing in, a password, a code.</summary>
    private static readonly PhraseSet AccountProblem = new(
        "login", "log in", "log into", "logged in", "logging in", "sign in", "signin", "sign-in", "logged me out", "log me out", "logged out",
        "signing me out", "masuk akun", "password", "kata sandi", "sandi", "reset", "otp", "verification code", "kode verifikasi", "locked",
        "locked out", "terkunci", "hacked", "kena hack", "di hack", "dibajak", "2fa", "login ulang", "keblokir", "ke blokir",
        "diblokir", "terblokir",
        // Signing up and a taken-over account are the account's too: "ga bisa daftar akun baru, katanya Email sudah digunakan",
        // "akun sy dihack gan, email sm no hp udh diganti org".
        "dihack", "di-hack", "got hacked", "kehack", "ke hack", "sign up", "signup", "register", "registration", "registrasi", "daftar akun",
        "forgot my username", "lupa username",
        // Seventeenth writer: "the app only blocked my account wanjiru_salon around 2pm".
        "blocked my account", "locked my account", "suspended my account", "account blocked", "account locked", "account suspended");

    /// <summary>
    /// The one service the words name, or null when they name none or several. One pairing is read as people mean it:
    /// a payment made in the app or on the site is about Payments — unless the words say the app itself broke.
    /// </summary>
    internal string? Find(IReadOnlyList<Word> words, IReadOnlyList<(int From, int To)>? aside = null) =>
        aside is { Count: > 0 } && FindIn(words, aside) is { } named ? named : FindIn(words, []);

    /// <summary>The one service a text names, or null.</summary>
    public string? Find(string text) => FindIn(ChatWords.Split(text), []);

    /// <summary>
    /// The one service an answer to the service question names, or null: as <see cref="Find(string)"/>, but a portal
    /// named in the answer keeps its own name ("the payroll portal" is more to an agent than "Website").
    /// </summary>
    public string? FindAnswered(string text) => FindIn(ChatWords.Split(text), [], portalByName: true);

    /// <summary>The service named outside the spans set aside (what was tried or changed), or null when none or several are.</summary>
    private string? FindIn(IReadOnlyList<Word> words, IReadOnlyList<(int From, int To)> aside, bool portalByName = false)
    {
        // Every service's words where they stand; a word inside a longer name of another service belongs to that name
        // ("email verifikasi", "verification email" name the mail, not the account's verification).
        var matches = new List<(string Service, int From, int To)>();
        foreach (var (service, names) in services)
        {
            for (var i = 0; i < words.Count; i++)
            {
                var length = names.Match(words, i);
                if (length == 0) continue;
                // "buka menu tarik dana": a menu's name, and its last word ("dana") is no payment of its own either.
                if (service == Payments && (OnScreen(words, i, i + length) || NoticeOf(words, i, i + length) || HandsOver(words, i)))
                {
                    i += length - 1;
                    continue;
                }
                if (IsContactAddress(words, i) || IsOtherDevice(words, i, service) || AfterExpectation(words, i) || WorksFine(words, i + length)
                    || aside.Any(s => i >= s.From && i < s.To)) continue;
                matches.Add((service, i, i + length));
            }
        }
        // "bayar BPJS via m-banking": the app or site a payment went through is how it was paid, not what went wrong.
        if (matches.Exists(m => m.Service == Payments)) matches.RemoveAll(m => m.Service is "Mobile app" or "Website" && m.From > 0 && words[m.From - 1].Lower is "via" or "lewat" or "melalui" or "through");
        if (matches.Exists(m => m.Service is Payments or Account)) matches.RemoveAll(m => m.Service == "Email" && Tells(words, m.To));
        var found = new List<string>(2);
        foreach (var (service, from, to) in matches)
        {
            if (found.Contains(service) || matches.Exists(m => m.Service != service && m.From <= from && m.To >= to && m.To - m.From > to - from)) continue;
            found.Add(service);
        }
        // "email on my iphone stopped syncing", "web … sudah coba di HP": a phone named only as the device is where the mail
        // was read or the site opened, not the app that broke.
        if (found.Count == 2 && found.Contains(MobileApp) && found.Exists(s => s is "Email" or "Website")
            && matches.Where(m => m.Service == MobileApp).All(m => IsDevice(words, m.From, m.To))) found.Remove(MobileApp);
        if (found.Count == 0)
        {
            foreach (var (service, names) in Weak)
            {
                if (!services.Exists(s => s.Service == service) || portalByName && service == "Website") continue;
                for (var i = 0; i < words.Count; i++)
                {
                    // "bank account", "rekening": another kind of account.
                    var length = names.Match(words, i);
                    if (length > 0 && !(i > 0 && words[i - 1].Lower is "bank" or "rekening") && !aside.Any(s => i >= s.From && i < s.To)
                        && !(i + 1 < words.Count && words[i + 1].Lower is "number" or "no" or "nomor" or "no.") && !NumberGiven(words, i + length)) return service;
                }
            }
            return null;
        }
        if (found.Count == 1) return found[0];
        // "can't log in to the app", "link reset password ga dateng ke email": signing in is the problem, wherever it showed —
        // unless the words say the app or the site itself broke ("web kampus down, ga bisa login").
        var broke = Enumerable.Range(0, words.Count).Any(i => Broke(words, i));
        // The app and the site both named ("cannot sign in on app or website", "bayar PDAM dr aplikasi … di web PDAM masih nunggak",
        // the eighteenth writer) are where it showed, as one of them is.
        var places = found.Count(s => s is "Mobile app" or "Website");
        var others = found.Count - places;
        if (found.Contains(Account) && !found.Contains(Payments) && (found.Count == 2 || others == 1) && !broke && HasAny(words, AccountProblem)) return Account;
        var place = found.Find(s => s is "Mobile app" or "Website");
        if (others == 1 && found.Contains(Payments) && place is not null && !broke) return Payments;
        // "the app crashes every time I pay", "web kampus down, ga bisa login": what broke is the app or the site,
        // whatever the user was doing in it.
        if (found.Count == 2 && place is not null && found.Exists(s => s is Payments or Account) && broke) return place;
        return null;
    }

    private static bool HasAny(IReadOnlyList<Word> words, PhraseSet phrases)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (phrases.Match(words, i) > 0) return true;
        }
        return false;
    }

    /// <summary>"the desktop app", "aplikasi di PC", "smart TV app": an app, but not the mobile one.</summary>
    private static bool IsOtherDevice(IReadOnlyList<Word> words, int i, string service) =>
        service == "Mobile app" && (i > 0 && words[i - 1].Lower is "desktop" or "pc" or "windows" or "mac" or "tv" or "laptop"
            || i + 2 < words.Count && words[i + 1].Lower is "di" or "on" && words[i + 2].Lower is "pc" or "laptop" or "desktop" or "windows" or "mac" or "tv");

    /// <summary>"my email is budi@x.com", "email: …": an address to write to, not the email service.</summary>
    /// <summary>"no hp sy 0812 3456 7890": the number itself follows within three words — given, not talked about ("ganti no hp").</summary>
    private static bool NumberGiven(IReadOnlyList<Word> words, int from)
    {
        for (var k = from; k < words.Count && k < from + 3; k++)
        {
            if (words[k].Lower.Length >= 4 && words[k].Lower.All(c => char.IsAsciiDigit(c) || c is '+' or '-')) return true;
        }
        return false;
    }

    private static bool IsContactAddress(IReadOnlyList<Word> words, int i)
    {
        // "no hp sy 0812…", "nomor hp": a phone number is how to reach them, not the app that broke.
        if (words[i].Lower is "hp" or "handphone" or "phone" && i > 0 && words[i - 1].Lower is "no" or "no." or "nomor" or "nomer" or "nmr" or "nmor") return true;
        if (words[i].Lower is not ("email" or "e-mail" or "emailnya" or "surel")) return false;
        for (var k = i + 1; k < words.Count && k <= i + 3; k++)
        {
            if (words[k].Lower.Contains('@', StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
