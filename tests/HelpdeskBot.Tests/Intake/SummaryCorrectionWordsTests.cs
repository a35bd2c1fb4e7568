using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Intake;

/// <summary>
/// Corrections at the summary that the trial saw saved as garbage: "the time is wrong - it was yesterday at 2pm" stored
/// "wrong - it was yesterday at 2pm" (the "is" was taken for the connector before "wrong" was seen); "change what you
/// expected to: email should be sent normally" kept the colon; "user id is wrong, its my full phone number +1 617 555 0143
/// not 0143" kept the words around the number.
/// </summary>
public sealed class SummaryCorrectionWordsTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat() => new(app.Get<TurnProcessor>()) { Locale = "en-US", LocalTimezone = "Asia/Jakarta" };

    [Fact]
    public async Task Said_to_be_wrong_then_the_right_value_stores_only_the_value()
    {
        var chat = NewChat();
        await IntakeConversationTests.AnswerAll(chat, email: null)
            .Send("the time is wrong - it was yesterday at 2pm").AssertSays("When it happened: yesterday at 2pm")
            .Send("change what you expected to: email should be sent normally").AssertSays("What you expected: email should be sent normally")
            .Send("user id is wrong, its my full phone number +1 617 555 0143 not 0143").AssertSays("Your user ID: +1 617 555 0143")
            .Send("yes");
        var ticket = (await app.Get<ITicketStore>().GetAsync(chat.Ticket!.Number))!;
        Assert.Equal("yesterday at 2pm", ticket.Fields.OccurredAtText);
        Assert.Equal("email should be sent normally", ticket.Fields.Expected);
        Assert.Equal("+1 617 555 0143", ticket.Fields.UserId);
    }

    /// <summary>
    /// The tenth trial: "Create it please. m.hartley@example.co.uk for the email" at the summary changed the service to Email
    /// (the word named the address) as well as adding the address.
    /// </summary>
    [Fact]
    public async Task An_address_given_for_the_email_changes_the_email_and_not_the_service()
    {
        var chat = NewChat();
        await IntakeConversationTests.AnswerAll(chat, email: null)
            .Send("ok create it. r.wongso@example.co.id for the email").AssertSays("Service: Mobile app").Send("yes");
        var ticket = (await app.Get<ITicketStore>().GetAsync(chat.Ticket!.Number))!;
        Assert.Equal("Mobile app", ticket.Fields.Service);
        Assert.Equal("r.wongso@example.co.id", ticket.Fields.Email);
    }

    [Fact]
    public async Task A_value_that_is_a_name_stays_whole() =>
        await IntakeConversationTests.AnswerAll(NewChat(), email: null)
            .Send("the username is wrong, it should be budi_santoso88").AssertSays("Your user ID: budi_santoso88");

    /// <summary>
    /// The sixth trial: "layanannya biznet kak bukan pembayaran" and "actually it was around 8:15 this morning, please fix the time"
    /// at the summary were not understood, and "ya" after them made the ticket with the old values.
    /// </summary>
    [Fact]
    public async Task An_indonesian_name_with_its_value_straight_after_and_a_longer_plain_statement_are_corrections()
    {
        var chat = NewChat();
        await IntakeConversationTests.AnswerAll(chat, email: null)
            .Send("layanannya biznet kak bukan pembayaran").AssertSays("Service: biznet")
            .Send("actually it was about 30 minutes ago, please fix the time on it").AssertSays("When it happened: 30 minutes ago")
            .Send("yes");
        var ticket = (await app.Get<ITicketStore>().GetAsync(chat.Ticket!.Number))!;
        Assert.Equal("biznet", ticket.Fields.Service);
        Assert.Equal("30 minutes ago", ticket.Fields.OccurredAtText);
    }

    /// <summary>
    /// The seventh trial: "ganti jawaban yg seharusnya terjadi jd: 330 crystal masuk ke akun" replaced the service (the word
    /// "akun"), and "also the service is amazon not payments" was answered "That is already what the report says".
    /// </summary>
    [Fact]
    public async Task A_service_with_what_it_is_not_is_corrected()
    {
        var chat = NewChat();
        await IntakeConversationTests.AnswerAll(chat, email: null)
            .Send("oh and the service is tokoku not mobile app").AssertSays("Service: tokoku")
            .Send("yes");
        Assert.Equal("tokoku", (await app.Get<ITicketStore>().GetAsync(chat.Ticket!.Number))!.Fields.Service);
    }

    [Fact]
    public async Task An_answer_named_by_its_label_in_chat_spelling_is_the_one_changed()
    {
        var chat = NewChat();
        await IntakeConversationTests.AnswerAll(chat, email: null)
            .Send("ubah jawaban yg seharusnya terjadi jd: saldo masuk ke akun dalam 1 menit").AssertSays("Sudah diubah: Yang seharusnya terjadi");
        var values = System.Text.Json.JsonSerializer.Serialize(await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId), app.Get<HelpdeskBot.Dialogs.DialogSet>().JsonOptions);
        Assert.Contains("saldo masuk ke akun dalam 1 menit", values, StringComparison.Ordinal);
        Assert.DoesNotContain("Akun & login", values, StringComparison.Ordinal);
    }

    /// <summary>
    /// The eighth trial: "pesan errornya gk ada kak, yg dilakukan sebelumnya transfer ke temen, pertama kali ya barusan" at the
    /// summary changed only the error, to the whole sentence. Three answers named, split at commas: three changed.
    /// </summary>
    [Fact]
    public async Task Three_answers_named_in_one_sentence_with_commas_are_each_changed()
    {
        var chat = NewChat();
        await IntakeConversationTests.AnswerAll(chat, email: null)
            .Send("pesan errornya gk ada kak, yg dilakukan sebelumnya transfer ke temen, pertama kali ya barusan").AssertSays("Sudah diubah");
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId);
        var values = Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<HelpdeskBot.Intake.IntakeValues>>(state.Stack[0].State).Values;
        Assert.Null(values.ErrorMessage);
        Assert.Equal("transfer ke temen", values.ReproSteps);
        Assert.Contains("barusan", values.History, StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();
}
