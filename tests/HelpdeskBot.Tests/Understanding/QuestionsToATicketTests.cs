using System.Globalization;
using HelpdeskBot.Activities;
using HelpdeskBot.Tests.Infrastructure;

namespace HelpdeskBot.Tests.Understanding;

/// <summary>
/// How many questions a person answers before they have a ticket, over Direct Line as Web Chat talks to the bot.
/// Scripted users open with a rich, a typical or a minimal first message, then answer whatever they are asked the
/// way a person would (with what they know, "skip" for what they do not). A question is a prompt for an intake field;
/// the summary ("shall I create the ticket?") is not counted, the category question is.
/// </summary>
public sealed class QuestionsToATicketTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> Fields =
        ["userId", "service", "occurredAt", "description", "expected", "errorMessage", "steps", "history", "attempts", "evidence", "email", "category"];

    /// <summary>What each scripted user knows, should they be asked.</summary>
    private sealed record ScriptedUser(string Kind, string Locale, string First, Dictionary<string, string> Answers);

    private static Dictionary<string, string> Knows(string userId, string service, string when, string description, string expected, string steps) => new()
    {
        ["userId"] = userId, ["service"] = service, ["occurredAt"] = when, ["description"] = description, ["expected"] = expected,
        ["errorMessage"] = "skip", ["steps"] = steps, ["history"] = "skip", ["attempts"] = "skip", ["evidence"] = "skip", ["email"] = "skip",
        ["category"] = "1",
    };

    private static readonly ScriptedUser[] Users =
    [
        new("rich", "en-US", "Hi, I can't log in to the mobile app since yesterday around 8pm, it says 'Invalid session (E401)'. My username is budi88. I already reinstalled the app.",
            Knows("budi88", "Mobile app", "yesterday 8pm", "can't log in", "I should be able to log in", "opened the app and typed my username")),
        new("rich", "en-US", "My transfer to my sister failed yesterday at 10am with error code 51 but the money left my account. user id 40718823. It should have arrived instantly.",
            Knows("40718823", "Payments", "yesterday 10am", "transfer failed", "the money should arrive", "sent a transfer from the app")),
        new("rich", "en-US", "The website shows \"502 Bad Gateway\" when I open my invoices since 2 hours ago. My username is rina_w. I tried another browser already.",
            Knows("rina_w", "Website", "2 hours ago", "invoices page broken", "my invoices should load", "logged in and clicked Invoices")),
        new("rich", "en-US", "Since the update yesterday the app crashes when I open vouchers, error 'NullReference'. Username: andre.s, I already cleared the cache.",
            Knows("andre.s", "Mobile app", "yesterday", "crash on vouchers", "vouchers should open", "opened the app and tapped Vouchers")),
        new("rich", "en-US", "I was charged twice for my subscription 3 days ago, the app says 'Payment successful' both times. account id 77120934. It should charge once.",
            Knows("77120934", "Payments", "3 days ago", "double charge", "one charge", "renewed the subscription")),
        new("rich", "id-ID", "kak saya gak bisa login ke aplikasi dari kemarin malam, muncul \"Sesi Anda telah berakhir\". username saya rina.wati23. sudah coba hapus cache",
            Knows("rina.wati23", "Mobile app", "kemarin malam", "gak bisa login", "harusnya bisa masuk", "buka aplikasi lalu login")),
        new("rich", "id-ID", "transfer ke BCA gagal kemarin jam 3 sore, muncul \"Transaksi gagal (kode 51)\" tapi saldo sy udah kepotong. username sy siti.rahma. harusnya uangnya kembali",
            Knows("siti.rahma", "Payments", "kemarin jam 3 sore", "transfer gagal", "uang kembali", "transfer lewat aplikasi")),
        new("rich", "id-ID", "webnya error 500 pas buka tagihan sejak 2 jam yang lalu, user id saya 55092817. udh coba ganti browser",
            Knows("55092817", "Website", "2 jam yang lalu", "halaman tagihan error", "tagihan harusnya muncul", "login lalu klik tagihan")),
        new("rich", "id-ID", "sejak update kemarin aplikasi force close tiap buka menu voucher, tulisannya \"Terjadi kesalahan\". akun sy budi_s88, sudah coba install ulang",
            Knows("budi_s88", "Mobile app", "kemarin", "force close", "menu voucher harusnya terbuka", "buka aplikasi lalu menu voucher")),
        // A clock time without a day is today's and is refused while it is still ahead, so the scripted users name the day:
        // the count must not depend on the hour the tests run.
        new("rich", "id-ID", "top up OVO 200rb kemarin jam 11.15 belum masuk, muncul \"Menunggu pembayaran\". ID 20391857. harusnya langsung masuk",
            Knows("20391857", "Payments", "kemarin jam 11.15", "top up belum masuk", "saldo masuk", "top up lewat ATM")),
        new("typical", "en-US", "the app keeps crashing when I open it since yesterday",
            Knows("budi88", "Mobile app", "yesterday", "crashes on open", "it should open", "tapped the icon")),
        new("typical", "en-US", "my payment failed but the money was taken from my account",
            Knows("40718823", "Payments", "this morning", "payment failed, money taken", "the payment should go through", "paid an order in the app")),
        new("typical", "en-US", "I never got the OTP sms when logging in, tried 3 times",
            Knows("rina_w", "Account & login", "an hour ago", "no OTP", "an OTP sms", "entered my phone number")),
        new("typical", "en-US", "website shows 404 when I click my invoices",
            Knows("andre.s", "Website", "today", "404 on invoices", "my invoices", "clicked Invoices")),
        new("typical", "en-US", "my emails are not arriving since yesterday",
            Knows("maria.k", "Email", "yesterday", "emails don't arrive", "emails should arrive", "waited for a reply")),
        new("typical", "id-ID", "transfer gagal tapi saldo kepotong",
            Knows("siti.rahma", "Payments", "tadi pagi", "transfer gagal", "transfer berhasil", "transfer dari aplikasi")),
        new("typical", "id-ID", "aplikasi force close terus dari kemarin",
            Knows("budi_s88", "Mobile app", "kemarin", "force close", "aplikasi bisa dibuka", "buka aplikasi")),
        new("typical", "id-ID", "otp nya gak masuk masuk pas mau login",
            Knows("rina.wati23", "Account & login", "tadi", "otp tidak masuk", "otp masuk", "masukkan nomor hp")),
        new("typical", "id-ID", "email saya gak masuk dari kemarin",
            Knows("maria.k", "Email", "kemarin", "email tidak masuk", "email masuk", "tunggu balasan")),
        new("typical", "id-ID", "websitenya gak bisa dibuka, muncul \"502 Bad Gateway\"",
            Knows("55092817", "Website", "tadi siang", "web tidak bisa dibuka", "web terbuka", "buka web di laptop")),
        new("minimal", "en-US", "I want to report a problem",
            Knows("budi88", "Mobile app", "yesterday", "The app crashes when I open my vouchers", "the vouchers should open", "opened the app and tapped Vouchers")),
        new("minimal", "en-US", "app crash",
            Knows("budi88", "Mobile app", "yesterday", "The app crashes when I open my vouchers", "the vouchers should open", "opened the app and tapped Vouchers")),
        new("minimal", "en-US", "login not working",
            Knows("rina_w", "Account & login", "today", "The login button does nothing when I press it", "I should get into my account", "typed my username and pressed login")),
        new("minimal", "en-US", "payment failed",
            Knows("40718823", "Payments", "2 hours ago", "My card payment for an order failed twice", "the order should be paid", "paid an order in the app")),
        new("minimal", "en-US", "help, something is wrong",
            Knows("andre.s", "Website", "this morning", "The invoices page stays blank after login", "my invoices should show", "logged in and clicked Invoices")),
        new("minimal", "id-ID", "mau lapor masalah",
            Knows("budi_s88", "Mobile app", "kemarin", "Aplikasi keluar sendiri tiap buka menu voucher", "menu voucher terbuka", "buka aplikasi lalu menu voucher")),
        new("minimal", "id-ID", "aplikasi eror kak",
            Knows("budi_s88", "Mobile app", "kemarin", "Aplikasi keluar sendiri tiap buka menu voucher", "menu voucher terbuka", "buka aplikasi lalu menu voucher")),
        new("minimal", "id-ID", "login gagal terus",
            Knows("rina.wati23", "Account & login", "tadi pagi", "Tombol login tidak merespon waktu ditekan", "bisa masuk akun", "isi username lalu tekan login")),
        new("minimal", "id-ID", "gagal bayar",
            Knows("siti.rahma", "Payments", "tadi siang", "Pembayaran pesanan pakai kartu gagal dua kali", "pesanan terbayar", "bayar pesanan di aplikasi")),
        new("minimal", "id-ID", "tolong ada kendala",
            Knows("55092817", "Website", "tadi pagi", "Halaman tagihan kosong setelah login", "tagihan muncul", "login lalu klik tagihan")),
    ];

    [Fact]
    public async Task Median_questions_to_a_ticket_by_first_message()
    {
        using var app = new HelpdeskApp();
        using var http = app.CreateClient();
        var counts = new List<(string Kind, int Questions)>();
        foreach (var user in Users)
        {
            var questions = await InterviewAsync(http, user);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{user.Kind,-8} {user.Locale} {questions,2} questions  {user.First}"));
            counts.Add((user.Kind, questions));
        }
        output.WriteLine("");
        output.WriteLine("| first message | users | median questions | min | max |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var kind in new[] { "rich", "typical", "minimal", "all" })
        {
            var of = counts.Where(c => kind == "all" || c.Kind == kind).Select(c => c.Questions).Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind} | {of.Count} | {Median(of)} | {of[0]} | {of[^1]} |"));
        }
        Assert.True(Median([.. counts.Where(c => c.Kind == "rich").Select(c => c.Questions)]) <= 4, "rich first messages");
        Assert.True(Median([.. counts.Select(c => c.Questions)]) <= 6, "all first messages");
    }

    private static double Median(List<int> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2.0;
    }

    /// <summary>Plays one user to the ticket; the number of intake questions they were asked.</summary>
    private static async Task<int> InterviewAsync(HttpClient http, ScriptedUser user)
    {
        var client = await DirectLineClient.StartAsync(http);
        var questions = 0;
        var text = user.First;
        var asked = new List<string>();
        for (var turn = 0; turn < 30; turn++)
        {
            await client.SendAsync(text, user.Locale);
            var replies = (await client.ReceiveAsync()).Where(a => a.From?.Id != "someone").ToList();
            asked.Add($"{text} => {string.Join(" | ", replies.Select(r => r.Text))}");
            if (replies.Any(r => HelpdeskChannelData.From(r)?.Ticket is not null)) return questions;
            var contract = replies.Select(HelpdeskChannelData.From).LastOrDefault(d => d?.Field is not null);
            var field = contract?.Field ?? throw new Xunit.Sdk.XunitException($"No question after \"{text}\": {string.Join(" | ", replies.Select(r => r.Text))}");
            if (field == "confirm") text = "yes";
            else if (field == "duplicate") text = "new";
            else if (user.Answers.TryGetValue(field, out var answer))
            {
                questions++;
                text = answer;
            }
            else throw new Xunit.Sdk.XunitException($"Asked '{field}' after \"{text}\": {string.Join(" | ", replies.Select(r => r.Text))}");
        }
        throw new Xunit.Sdk.XunitException($"No ticket for \"{user.First}\" after 30 turns:\n{string.Join("\n", asked.Take(6))}");
    }
}
