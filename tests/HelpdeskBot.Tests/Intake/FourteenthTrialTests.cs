using HelpdeskBot.Bot.Understanding;
using HelpdeskBot.Intake.Extraction;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Tests.Understanding;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Intake;

/// <summary>
/// What the fourteenth user trial (a helper who never read the code, using the running bot) found, in other words than the
/// trial's: an angry report that threatens to complain elsewhere read as a status question; a handle's trailing underscore
/// lost; a time typed to the user id question kept as the id; "jam 11an" ("around 11") not read as a time.
/// </summary>
public sealed class FourteenthTrialTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat(string locale = "en-US") =>
        new(app.Get<TurnProcessor>(), userId: "rizky") { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    [Theory]
    [InlineData("HALO?? SALDO DANA GW ILANG 500RB TANPA TRANSAKSI!!! kalo ga beres hari ini gw laporin ke YLKI")]
    [InlineData("my wallet balance vanished overnight, if this isn't fixed today I will report you to the regulator")]
    public void A_report_that_threatens_to_complain_elsewhere_is_a_report(string text) =>
        Assert.Equal("report", app.Get<IntentReader>().Read(text).Intent);

    [Fact]
    public void A_report_made_days_ago_is_still_read_as_one() =>
        Assert.Equal("status", app.Get<IntentReader>().Read("udh 3 hari lapor soal saldo ilang, gmn kabarnya?").Intent);

    [Theory]
    [InlineData("username sy rara_putri_ ga bisa login", "rara_putri_")]
    [InlineData("my login is __kenji and the app says locked", "__kenji")]
    public void A_handles_underscores_are_kept(string text, string id) =>
        Assert.Equal(id, UnderstandingCorpus.ValueOf(FreeTextReader.Read(text, UnderstandingCorpus.Context), "userId"));

    [Fact]
    public async Task A_time_typed_to_the_user_id_question_is_not_the_id() =>
        await NewChat("id-ID").Send("lapor masalah").AssertField("userId").Send("tadi malam jam 9an").AssertField("userId")
            .Send("rizky_88").AssertNotSays("rizky_88?");

    [Fact]
    public void An_hour_said_as_around_it_is_read() =>
        Assert.Equal("kemarin jam 7an", UnderstandingCorpus.ValueOf(FreeTextReader.Read("transfer gagal kemarin jam 7an, saldo kepotong", UnderstandingCorpus.Context), "occurredAt"));

    public void Dispose() => app.Dispose();
}
