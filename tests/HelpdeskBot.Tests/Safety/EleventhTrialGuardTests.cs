using System.Text.Json;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Safety;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// What the eleventh user trial (a helper who never read the code, using the running bot) got past the guard, in other words
/// than the trial's: a message that tells of a one-time code that came or was used ("sms verifikasinya baru masuk", "google
/// sent a text", "so I typed the code from authenticator"), and its value in the next message ("isinya 39 71 52", "G 482 913
/// is what it says", "it was 771 204") — to an agent in a handoff, or to the interview's next question.
/// </summary>
public sealed class EleventhTrialGuardTests : IDisposable
{
    private static readonly SecretScanner Scanner = new();
    private readonly HelpdeskApp app = new();

    private static ScanResult Second(string first, string second)
    {
        var (_, memory) = Scanner.ScanAfter(Scanner.Scan(first).Redacted, null);
        return Scanner.ScanAfter(Scanner.Scan(second).Redacted, memory).Result;
    }

    [Theory]
    [InlineData("oke kak barusan sms kode verifikasinya dateng", "isinya 58 20 47 kak, dimasukin kemana?", "isinya [code removed] kak, dimasukin kemana?")]
    [InlineData("ok my bank just sent me a text", "it says 604 918, do I type it here?", "it says [code removed], do I type it here?")]
    [InlineData("the push didn't work, so I entered the code from the authenticator app", "it was 330 871 and it still failed", "it was [code removed] and it still failed")]
    [InlineData("google texted me a minute ago", "G 705 342 is the one it shows", "G [code removed] is the one it shows")]
    public void A_code_told_of_in_one_message_and_given_in_the_next_is_refused(string first, string second, string redacted)
    {
        var result = Second(first, second);
        Assert.Equal([SecretKind.Otp], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
    }

    [Theory]
    [InlineData("the otp never came", "it's been 15 minutes, since 10 30")]
    [InlineData("kode otp nya blm masuk kak", "udh 20 menit, dari jam 10 30")]
    [InlineData("I got the OTP but it says invalid", "since yesterday around 10 30 in the morning")]
    [InlineData("sms otp nya masuk tp pas diinput gagal", "sejak tgl 12 12 jam 10")]
    [InlineData("the code came by text", "version 5.2.1 on android 14")]
    [InlineData("google sent the code to my phone ending in", "8830")]
    public void What_follows_a_code_that_never_came_or_a_time_stays_clean(string first, string second) =>
        Assert.False(Second(first, second).Found, Second(first, second).Redacted);

    /// <summary>"…so I typed the code from authenticator" to the error question, then "it was 771 204, still same error" was kept as the history.</summary>
    [Fact]
    public async Task A_code_given_after_telling_of_it_is_not_kept_as_the_next_answer()
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { LocalTimezone = "Asia/Jakarta" };
        await chat.Send("I want to report a problem").AssertField("userId").Send("ravi_k").AssertField("service")
            .Send("Website").AssertField("occurredAt").Send("this morning").AssertField("description")
            .Send("the VPN portal rejects my login").Send("the push never arrived so I typed the code from my authenticator")
            .Send("it was 519 306, same error after that");

        Assert.Equal(["otp"], chat.Refused);
        var kept = string.Join("\n", (await app.Get<IConversationStore>().ReadActivitiesAsync(chat.ConversationId, 0, 1000)).Select(a => a.Json))
            + JsonSerializer.Serialize(await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId), app.Get<DialogSet>().JsonOptions);
        Assert.DoesNotContain("519 306", kept, StringComparison.Ordinal);
    }

    /// <summary>"min gopay sy gabisa bayar, pin gopay sy 4 8 2 9 1 5 …" from an en-US browser was refused in English.</summary>
    [Fact]
    public async Task A_first_message_refused_is_answered_in_the_language_it_is_written_in()
    {
        var chat = new TestChat(app.Get<TurnProcessor>()) { Locale = "en-US", LocalTimezone = "Asia/Jakarta" };
        await chat.Send("kak dana sy gabisa buat bayar, pin dana sy 7 3 0 2 1 9 kok ditolak trs padahal bener")
            .AssertSays("tidak saya simpan").AssertSays("ceritakan lagi tanpa itu");

        Assert.Equal(["pin"], chat.Refused);
    }

    public void Dispose() => app.Dispose();
}
