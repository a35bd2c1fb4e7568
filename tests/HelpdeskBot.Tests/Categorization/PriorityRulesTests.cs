using HelpdeskBot.Categorization;
using HelpdeskBot.Data.Tickets;

namespace HelpdeskBot.Tests.Categorization;

public class PriorityRulesTests
{
    private readonly PriorityRules rules = new();

    [Theory]
    // An account taken over is urgent, whatever the category.
    [InlineData("security", "My account was hacked, someone changed my email and phone number")]
    [InlineData("security", "akun saya dibobol orang, nomor hp nya diganti")]
    [InlineData("login", "someone changed my password and now I'm locked out")]
    [InlineData("login", "ada yang ganti password saya, sekarang gak bisa masuk")]
    [InlineData("security", "i got an email saying my password was changed but i didn't change it")]
    [InlineData("security", "akun anak saya diambil alih orang")]
    [InlineData("security", "my SIM card was swapped, sim swap, now my account is being used")]
    // Two serious signals.
    [InlineData("transaction", "Transfer failed but the money was deducted, please fix this urgently")]
    [InlineData("transaction", "transfer gagal tapi saldo kepotong, tolong segera diproses")]
    [InlineData("feature", "The app crashes for everyone in our office, it's urgent")]
    [InlineData("login", "semua karyawan gak bisa login sama sekali dari pagi")]
    [InlineData("login", "nobody can log in at all since 8am, the whole team is blocked")]
    // Security with one signal.
    [InlineData("security", "saldo saya dikuras semalem, saya gak pernah transfer2 itu")]
    [InlineData("security", "There are transactions in my history I didn't make")]
    [InlineData("security", "suspicious email asking for my card details, please check segera")]
    public void Urgent(string category, string text) => Assert.Equal(TicketPriority.Urgent, rules.Assess(category, text));

    [Theory]
    // Money lost.
    [InlineData("transaction", "charged twice for the same order, please refund one of them")]
    [InlineData("transaction", "kena charge 2x buat pesanan yang sama")]
    [InlineData("transaction", "GoPay payment says failed but my GoPay balance went down")]
    [InlineData("transaction", "bayar pake DANA error tapi tetep kepotong")]
    [InlineData("transaction", "uang saya hilang 500rb dari saldo")]
    [InlineData("transaction", "topped up via BCA mobile, money deducted but the balance is still not updated")]
    // The eleventh trial: an amount with thousands dots, a total outage, a blocked m-banking account (normal or low before).
    [InlineData("transaction", "saldo kepotong Rp 750.000 tapi pesanannya gak ada di riwayat")]
    [InlineData("transaction", "wifi rumah mati total dari pagi, lampu LOS merah, padahal tagihan udah dibayar. kapan bisa normal?")]
    [InlineData("feature", "our home broadband has been completely down since last night")]
    [InlineData("login", "m-banking saya diblokir, gak bisa transfer")]
    // Not arrived but charged, in regional negations ("ndak", "tra"), found trying the bot after the fifteenth round.
    [InlineData("transaction", "isi ulang ovo tra masuk padahal rekening sa sudah terpotong 150rb")]
    [InlineData("transaction", "the top-up never arrived but my bank account was debited")]
    // Everyone affected.
    [InlineData("feature", "everyone in the office gets a blank screen on the dashboard")]
    [InlineData("feature", "semua cabang kami aplikasinya error waktu cetak laporan")]
    [InlineData("feature", "seluruh kantor gak bisa upload dokumen")]
    // No access at all.
    [InlineData("login", "I can't get into my account at all")]
    [InlineData("login", "gak bisa masuk akun sama sekali")]
    [InlineData("login", "I lost access to my account after changing phones")]
    // The words.
    [InlineData("feature", "Urgent: the export button does nothing")]
    [InlineData("feature", "tolong segera diperbaiki, upload gagal terus")]
    [InlineData("login", "mendesak, OTP gak masuk2")]
    [InlineData("other", "darurat, gimana cara ganti email?")]
    // Security's baseline.
    [InlineData("security", "I got an SMS with a link asking me to verify my account, is this phishing?")]
    [InlineData("security", "ada perangkat gak dikenal di sesi aktif")]
    public void High(string category, string text) => Assert.Equal(TicketPriority.High, rules.Assess(category, text));

    [Theory]
    [InlineData("login", "the OTP code never arrives when i try to sign in")]
    [InlineData("login", "lupa password, email reset nya gak dateng")]
    [InlineData("feature", "the app crashes every time i open the camera")]
    [InlineData("feature", "aplikasi lemot banget sejak update terakhir")]
    [InlineData("transaction", "The cashback from last week's promo never got credited")]
    [InlineData("transaction", "refund belum masuk juga, udah 14 hari")]
    [InlineData("feature", "How do I fix this? The app crashes when I upload a photo")]
    [InlineData("login", "I changed my password and now the app won't accept it")]
    [InlineData("feature", "I swapped phones and the app won't open")]
    public void Normal(string category, string text) => Assert.Equal(TicketPriority.Normal, rules.Assess(category, text));

    [Theory]
    [InlineData("other", "What are your customer service hours?")]
    [InlineData("other", "jam operasional CS nya jam berapa ya?")]
    [InlineData("login", "How do I change my password?")]
    [InlineData("login", "gimana cara ganti password?")]
    [InlineData("transaction", "how do I top up with OVO?")]
    [InlineData("feature", "suggestion: a dark mode would be nice")]
    [InlineData("feature", "saran: tambahin mode gelap dong")]
    [InlineData("feature", "small typo on the settings page, not urgent")]
    [InlineData("feature", "tombol di pengaturan agak geser, tidak mendesak kok")]
    [InlineData("feature", "no rush, but the list sorting is odd")]
    public void Low(string category, string text) => Assert.Equal(TicketPriority.Low, rules.Assess(category, text));

    [Fact]
    public void Negated_urgency_is_not_urgency()
    {
        Assert.Equal(TicketPriority.Low, rules.Assess("feature", "ini gak urgent, cuma mau kasih tau warnanya aneh"));
        Assert.Equal(TicketPriority.Low, rules.Assess("other", "bukan hal yang mendesak, mau tanya jam buka"));
    }

    [Fact]
    public void Security_questions_stay_high()
    {
        Assert.Equal(TicketPriority.High, rules.Assess("security", "apakah email ini beneran dari kalian?"));
    }

    [Fact]
    public void Categories_added_by_an_operator_start_at_normal()
    {
        Assert.Equal(TicketPriority.Normal, rules.Assess("hardware", "the printer in room 3 jams"));
        Assert.Equal(TicketPriority.High, rules.Assess("hardware", "the printer in room 3 jams, urgent"));
    }

    [Fact]
    public void Category_ids_are_compared_without_case()
    {
        Assert.Equal(TicketPriority.High, rules.Assess("Security", "is this link phishing?"));
    }
}
