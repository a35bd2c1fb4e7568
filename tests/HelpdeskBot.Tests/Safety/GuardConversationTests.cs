using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Safety;

/// <summary>The guard as a user meets it in the interview: a secret in any answer, or split over two messages.</summary>
public sealed class GuardConversationTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat() => new(app.Get<TurnProcessor>()) { LocalTimezone = "Asia/Jakarta" };

    /// <summary>The user's messages as the conversation log keeps them (the echo the channel shows, the transcript).</summary>
    private async Task<List<string>> LoggedUserTexts(TestChat chat) =>
        [.. (await app.Get<IConversationStore>().ReadActivitiesAsync(chat.ConversationId, 0, 1000))
            .Select(a => ActivityJson.Deserialize(a.Json))
            .Where(a => a.From?.Role == "user" && a.Text is not null)
            .Select(a => a.Text!)];

    private static TestChat ToField(TestChat chat, string field)
    {
        chat.Send("I want to report a problem").AssertField("userId")
            .Send("budi_s88").AssertField("service")
            .Send("Mobile app").AssertField("occurredAt");
        if (field == "occurredAt") return chat;
        chat.Send("2 hours ago").AssertField("description");
        if (field == "description") return chat;
        chat.Send("The app closes on the payment screen").AssertField("expected");
        if (field == "expected") return chat;
        chat.Send("The payment screen should open").AssertField("errorMessage");
        if (field == "errorMessage") return chat;
        chat.Send("Error 502: Bad gateway").AssertField("steps");
        if (field == "steps") return chat;
        return chat.Send("Opened the app and tapped Pay").AssertField("history");
    }

    /// <summary>A first message refused still opens the conversation: the greeting comes first, then the refusal, then the menu — not the greeting later, mid-chat.</summary>
    [Fact]
    public async Task A_refused_first_message_is_greeted_before_it_is_refused()
    {
        var chat = NewChat();
        await chat.Send("hi my password is Tr0ub4dor&3 and i can't log in to the app");
        var texts = chat.Replies.Select(r => r.Text ?? "").ToList();
        var greeting = texts.FindIndex(t => t.Contains("I'm HelpdeskBot", StringComparison.Ordinal));
        var refusal = texts.FindIndex(t => t.Contains("I didn't keep that message", StringComparison.Ordinal));
        Assert.InRange(greeting, 0, refusal - 1);
        await chat.Send("I can't log in to the app");
        Assert.DoesNotContain(chat.Replies, r => (r.Text ?? "").Contains("I'm HelpdeskBot", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("errorMessage", "kata sandi saya Rahasia123", "password")]
    [InlineData("errorMessage", "it said wrong PIN: ｐｉｎ 482915", "pin")]
    [InlineData("steps", "paid with ４１１１ １１１１ １１１１ １１１１ then tapped Pay", "card")]
    [InlineData("steps", "entered the code from the SMS 482913 and tapped Pay", "otp")]
    [InlineData("history", "since I changed p a s s w o r d to Tulip2024!", "password")]
    [InlineData("expected", "it should take CVV 123 without asking twice", "cvv")]
    public async Task A_secret_typed_as_the_answer_to_another_question_is_refused_and_the_question_asked_again(string field, string answer, string kind)
    {
        var chat = NewChat();

        await ToField(chat, field).Send(answer).AssertField(field);

        Assert.Equal([kind], chat.Refused);
        var logged = await LoggedUserTexts(chat);
        Assert.Contains("removed]", logged[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(answer, logged);
        var state = JsonSerializer.Serialize(await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId), app.Get<DialogSet>().JsonOptions);
        Assert.DoesNotContain(answer, state, StringComparison.Ordinal);
    }

    [Theory]
    // Fourth trial: the classes that reached a ticket, each as an answer to a question.
    [InlineData("errorMessage", "PIN salah katanya, padahal pin sy bener kok 1 9 0 4 8 8", "pin")]
    [InlineData("errorMessage", "my card number is 4532 7788 1234 0987 if you need it", "card")]
    [InlineData("occurredAt", "jake_t:letmein2024", "password")]
    public async Task What_the_fourth_trial_got_through_is_refused_in_an_answer(string field, string answer, string kind)
    {
        var chat = NewChat();

        await ToField(chat, field).Send(answer).AssertField(field);

        Assert.Equal([kind], chat.Refused);
        Assert.DoesNotContain(answer, await LoggedUserTexts(chat));
        var state = JsonSerializer.Serialize(await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId), app.Get<DialogSet>().JsonOptions);
        Assert.DoesNotContain(answer, state, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_given_in_two_answers_is_refused_at_the_second_and_never_whole_in_the_state()
    {
        var chat = NewChat();

        await ToField(chat, "expected").Send("payment should go through. card first digits 4916 3385").AssertField("errorMessage")
            .Send("Transaction failed. Error code TXN_504. and remaining card digits are 0612 7744").AssertField("errorMessage");

        Assert.Equal(["card"], chat.Refused);
        var state = JsonSerializer.Serialize(await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId), app.Get<DialogSet>().JsonOptions);
        Assert.DoesNotContain("0612 7744", state, StringComparison.Ordinal);
        Assert.DoesNotContain("0612 7744", string.Join("\n", await LoggedUserTexts(chat)), StringComparison.Ordinal);
    }

    /// <summary>
    /// The seventh trial typed a card in four messages, each the answer to the next question ("ok the card is", "4539 1488",
    /// "0343", "6467"): only the last was refused, and twelve of its digits stayed in the answers an agent sees. When the
    /// last piece completes the card, every earlier piece is taken back: from the log and from the answers.
    /// </summary>
    [Fact]
    public async Task A_card_typed_over_several_answers_leaves_none_of_its_pieces()
    {
        var chat = NewChat();
        await ToField(chat, "description").Send("ok my card number is").Send("5425 2334").Send("3010").Send("9903");

        Assert.Equal(["card"], chat.Refused);
        var logged = string.Join("\n", await LoggedUserTexts(chat));
        Assert.DoesNotContain("5425 2334", logged, StringComparison.Ordinal);
        ScannerAssert.HoldsNoNumber("3010", logged);
        var state = JsonSerializer.Serialize(await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId), app.Get<DialogSet>().JsonOptions);
        ScannerAssert.HoldsNoNumber("5425", state);
        ScannerAssert.HoldsNoNumber("3010", state);
    }

    /// <summary>
    /// The seventh trial: "andi88 pass andi12345" was refused at the user id question, the rushed user sent
    /// "andi88/andi12345", and that was kept as the user id and shown to agents. A value refused once is refused when
    /// it comes again, in any shape.
    /// </summary>
    [Fact]
    public async Task A_password_refused_once_is_refused_when_typed_again_in_another_shape()
    {
        var chat = NewChat();
        await chat.Send("I want to report a problem").AssertField("userId").Send("rina_k pw Kopi2024x").AssertField("userId");
        Assert.Equal(["password"], chat.Refused);

        await chat.Send("rina_k/Kopi2024x").AssertField("userId");

        Assert.Equal(["password"], chat.Refused);
        Assert.DoesNotContain("Kopi2024x", string.Join("\n", await LoggedUserTexts(chat)), StringComparison.Ordinal);
        var state = JsonSerializer.Serialize(await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId), app.Get<DialogSet>().JsonOptions);
        Assert.DoesNotContain("Kopi2024x", state, StringComparison.Ordinal);
        await chat.Send("rina_k").AssertField("service");
    }

    [Fact]
    public async Task A_password_split_over_two_messages_is_refused_and_the_state_keeps_no_trace_of_it()
    {
        var chat = NewChat();
        var turns = app.Get<TurnProcessor>();

        await ToField(chat, "errorMessage").Send("it keeps failing and my password is");
        var waiting = await turns.ReadStateAsync(chat.ConversationId);
        Assert.Equal(HelpdeskBot.Safety.AwaitedSecret.Password, waiting.Guard?.Awaiting);

        await chat.Send("Sup3rS3cret!x");

        Assert.Equal(["password"], chat.Refused);
        Assert.Equal("[password removed]", (await LoggedUserTexts(chat))[^1]);
        var state = await turns.ReadStateAsync(chat.ConversationId);
        Assert.Null(state.Guard);
        Assert.DoesNotContain("Sup3rS3cret", JsonSerializer.Serialize(state, app.Get<DialogSet>().JsonOptions), StringComparison.Ordinal);
    }

    /// <summary>
    /// Third round, found by a tester: a keyword opened by an aside ("btw") at a question that is not about secrets
    /// ("when did it happen?"), and the value alone in the next message, was stored as the answer.
    /// </summary>
    [Theory]
    [InlineData("btw kata sandi saya", "Fajar#2024")]
    [InlineData("oh btw my password is", "Fajar#2024")]
    [InlineData("fyi pw saya:", "Fajar#2024")]
    public async Task A_password_split_over_two_messages_at_the_time_question_is_refused_and_the_question_asked_again(string opening, string value)
    {
        var chat = NewChat();
        var turns = app.Get<TurnProcessor>();

        await ToField(chat, "occurredAt").Send(opening);
        Assert.Equal(HelpdeskBot.Safety.AwaitedSecret.Password, (await turns.ReadStateAsync(chat.ConversationId)).Guard?.Awaiting);

        await chat.Send(value).AssertField("occurredAt");

        Assert.Equal(["password"], chat.Refused);
        Assert.Equal("[password removed]", (await LoggedUserTexts(chat))[^1]);
        var state = await turns.ReadStateAsync(chat.ConversationId);
        Assert.Null(state.Guard);
        Assert.DoesNotContain(value, JsonSerializer.Serialize(state, app.Get<DialogSet>().JsonOptions), StringComparison.Ordinal);
    }

    /// <summary>
    /// The seventh trial: at the time question, "td sy dpt sms kode otp nya" (earlier I got the OTP by SMS) was read as
    /// taking back the time answer, and the code typed next ("482913") was kept. Receiving a code takes nothing back; the
    /// code that follows is refused, and the earlier answer stays.
    /// </summary>
    [Theory]
    [InlineData("o iya barusan sy dapet sms kode verifikasi nya", "771 204")]
    [InlineData("I just got the OTP", "660913")]
    public async Task A_code_received_then_typed_at_the_next_question_is_refused_and_takes_nothing_back(string opening, string code)
    {
        var chat = NewChat();
        await ToField(chat, "description").Send(opening);
        Assert.Null(chat.Refused);
        Assert.Equal("2 hours ago", (await LoggedUserTexts(chat)).Find(t => t.StartsWith("2 hours", StringComparison.Ordinal)));

        await chat.Send(code);

        Assert.Equal(["otp"], chat.Refused);
        Assert.Equal("[code removed]", (await LoggedUserTexts(chat))[^1]);
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId);
        Assert.DoesNotContain(code, JsonSerializer.Serialize(state, app.Get<DialogSet>().JsonOptions), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_aside_with_no_secret_word_at_the_time_question_leaves_nothing_to_await()
    {
        var chat = NewChat();

        await ToField(chat, "occurredAt").Send("btw kata orang di kantor juga error");

        Assert.Null((await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId)).Guard);
        await chat.Send("Fajar2024 sent the same report");
        Assert.Null(chat.Refused);
    }

    [Fact]
    public async Task A_card_number_split_over_two_messages_is_refused_and_the_guard_keeps_none_of_its_digits()
    {
        var chat = NewChat();
        var turns = app.Get<TurnProcessor>();

        // The opening digits alone are no card and are taken as the answer; what the guard remembers of them is not them.
        await ToField(chat, "steps").Send("I paid with my card 4111 1111");
        var memory = JsonSerializer.Serialize((await turns.ReadStateAsync(chat.ConversationId)).Guard, app.Get<DialogSet>().JsonOptions);
        Assert.Contains("cardStart", memory, StringComparison.Ordinal);
        ScannerAssert.HoldsNoNumber("4111", memory);
        ScannerAssert.HoldsNoNumber("1111", memory);

        await chat.Send("1111 1111");

        Assert.Equal(["card"], chat.Refused);
        Assert.Equal("[card number removed]", (await LoggedUserTexts(chat))[^1]);
    }

    [Fact]
    public async Task A_keyword_in_one_message_does_not_follow_the_user_past_the_next()
    {
        var chat = NewChat();

        await ToField(chat, "errorMessage").Send("my password is").Send("none");

        Assert.Null(chat.Refused);
        await chat.Send("Opened the app and tapped Pay");
        Assert.Null(chat.Refused);
    }

    /// <summary>
    /// "The password is wrong" in Indonesian was refused as a password from the fourth round to the sixth (the space
    /// inside "kata sandi" counted as a digit for a letter): now it starts a report, and the words reach the ticket.
    /// </summary>
    [Fact]
    public async Task Saying_the_password_is_wrong_in_indonesian_starts_a_report_and_is_not_refused()
    {
        var chat = NewChat();

        await chat.Send("kak kata sandinya salah terus padahal udah bener, gabisa login aplikasi dr tadi pagi");

        Assert.Null(chat.Refused);
        Assert.Contains("kata sandinya salah terus", (await LoggedUserTexts(chat))[^1], StringComparison.Ordinal);
        Assert.Contains(chat.Replies, r => HelpdeskChannelData.From(r)?.Prefilled?.Contains("description") == true);
    }

    [Fact]
    public async Task A_refused_first_message_asks_for_the_problem_again_without_the_secret() =>
        await NewChat().Send("my account got locked after I changed my password to Winter2026! this morning")
            .Check(c => Assert.Equal(["password"], c.Refused)).AssertSays("tell me again without it").AssertField("menu");

    [Fact]
    public async Task A_one_time_code_is_not_something_to_change() =>
        await NewChat().Send("report a problem").Send("the code they sent me is 482913")
            .Check(c => Assert.Equal(["otp"], c.Refused)).AssertSays("expires by itself").AssertNotSays("change it now").AssertField("userId");

    public void Dispose() => app.Dispose();
}
