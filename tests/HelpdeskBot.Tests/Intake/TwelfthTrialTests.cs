using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Intake;

/// <summary>
/// What the twelfth user trial (a helper who never read the code, using the running bot) found in the interview, in other
/// words than the trial's: a skip, a "no error" and a yes said in Javanese or Sundanese, a correction at the summary that
/// opens with "wait", a request for a person that closes a first message, and a whole office unable to work.
/// </summary>
public sealed class TwelfthTrialTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat(string locale = "id-ID") =>
        new(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    private static TestChat ToErrorQuestion(TestChat chat) => chat
        .Send("lapor masalah").AssertField("userId")
        .Send("dimas_k21").AssertField("service")
        .Send("aplikasi").AssertField("occurredAt")
        .Send("tadi pagi").AssertField("description")
        .Send("aplikasi nutup sendiri tiap buka menu transfer").AssertField("expected")
        .Send("harusnya menu transfer kebuka").AssertField("errorMessage");

    [Theory]
    [InlineData("yowes lewati aja")]
    [InlineData("teu aya error kak")]
    [InlineData("ndak ada error")]
    public async Task A_skip_or_no_error_in_regional_words_is_no_error_message(string answer)
    {
        var chat = NewChat();
        await ToErrorQuestion(chat).Send(answer).AssertNotSays("terlalu");
        // What was done before may already be read from the description; the error question is the point.
        if (chat.Contract?.Field == "steps") await chat.Send("buka aplikasi terus pencet transfer");
        await chat.AssertField("history").Send("sejak update kemarin");
        if (chat.Contract?.Field == "category") await chat.Send("1");
        await chat.AssertField("confirm").Send("iyo wes gawe").AssertSays("HD-");
        var ticket = await app.Get<ITicketStore>().GetAsync(chat.Ticket!.Number);
        Assert.Null(ticket!.Fields.ErrorMessage);
    }

    [Fact]
    public async Task A_correction_at_the_summary_that_opens_with_wait_changes_the_named_answer()
    {
        var chat = NewChat("en-US");
        // The address is already the email answer: read as the email, the correction changed nothing and said so.
        await Intake.IntakeConversationTests.AnswerAll(chat, email: "budi.santoso88@gmail.com")
            .Send("wait user id is wrong, it's budi.santoso88@gmail.com").AssertNotSays("already what the report says")
            .Send("yes").AssertSays("HD-");
        var ticket = await app.Get<ITicketStore>().GetAsync(chat.Ticket!.Number);
        Assert.Equal("budi.santoso88@gmail.com", ticket!.Fields.UserId);
    }

    [Theory]
    [InlineData("saldo dana aku tiba2 berkurang 300rb, ga ada transaksi apa2 dr aku. cs dong skrg jg")]
    [InlineData("my wallet was emptied overnight and I made no payment. agent please, right now")]
    public async Task A_request_for_a_person_that_closes_a_first_message_hands_over(string text) =>
        await NewChat().Send(text).AssertNotSays("user ID").AssertNotSays("ID pengguna")
            .Check(c => Assert.Contains(c.Replies, r => WireContract.HandoffState(r) == "requested"));

    /// <summary>A sentence whose only digits are a time, a share or a size answers another question than the id's.</summary>
    [Theory]
    [InlineData("like i told you it was last night around 11ish")]
    [InlineData("the game shuts itself when the match is loading at 90%")]
    [InlineData("kuota 25gb nya ga masuk kak")]
    public async Task A_sentence_with_only_a_time_or_a_size_is_not_taken_as_the_user_id(string answer) =>
        await NewChat("en-US").Send("report a problem").AssertField("userId").Send(answer).AssertField("userId");

    [Theory]
    [InlineData("en-US", "my username is rina88 and it happened at 11pm")]
    [InlineData("id-ID", "user id sy dimas_k21, kuota 25gb")]
    public async Task A_sentence_with_an_id_in_it_still_answers_the_id(string locale, string answer) =>
        await NewChat(locale).Send(locale == "en-US" ? "report a problem" : "lapor masalah").AssertField("userId").Send(answer).AssertField("service");

    [Theory]
    [InlineData("the dashboard is blank since 10am and nobody in the office can work")]
    [InlineData("no one at our branch is able to log in since this morning")]
    public void A_whole_office_unable_to_work_is_everyone_affected(string text) =>
        Assert.True(HelpdeskBot.Categorization.PriorityRules.Find(text).HasFlag(HelpdeskBot.Categorization.PriorityRules.Cues.EveryoneAffected), text);

    public void Dispose() => app.Dispose();
}
