using HelpdeskBot.Bot.Understanding;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Intake;

/// <summary>
/// Questions about the interview itself, typed where an answer was expected ("how long will this take?", "buat apa kak?",
/// "bisa pake english aja ga?"): answered, and the open question asked again — never kept as its answer.
/// </summary>
public sealed class InterviewSideQuestionTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat(string locale = "en-US") => new(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    [Fact]
    public async Task How_long_is_answered_with_what_is_left_and_the_question_asked_again()
    {
        var chat = NewChat();
        await chat.Send("The website shows error 500 when I open my invoices").AssertField("userId")
            .Send("how long will this take?").AssertSays("more").AssertField("userId")
            .Send("rina_w").Check(c => Assert.NotEqual("userId", c.Contract?.Field));
        var values = await ValuesAsync(chat);
        Assert.Equal("rina_w", values.UserId);
    }

    /// <summary>Trial: a question about how long, among other words, was kept as the answer to the question it was typed to.</summary>
    [Theory]
    [InlineData("id-ID", "transfer sy gagal td pagi", "ini lama gk sih prosesnya? sy butuh bgt buat transfer")]
    [InlineData("en-US", "I can't log in to the website", "Should I just reset my password instead? How long does this usually take?")]
    public async Task How_long_among_other_words_is_answered_and_not_kept(string locale, string problem, string question)
    {
        var chat = NewChat(locale);
        await chat.Send(problem).AssertField("userId").Send(question).AssertField("userId");
        Assert.Null((await ValuesAsync(chat)).UserId);
    }

    /// <summary>The fifteenth trial: "why?" typed to "what did you do just before it happened?" was kept as the answer.</summary>
    [Theory]
    [InlineData("en-US", "why?")]
    [InlineData("id-ID", "kenapa kak?")]
    [InlineData("id-ID", "harus bgt ya?")]
    public async Task Why_alone_is_answered_and_not_kept(string locale, string question)
    {
        var chat = NewChat(locale);
        var answers = new Dictionary<string, string>
        {
            ["userId"] = "rina_w", ["service"] = "Website", ["occurredAt"] = "2 hours ago", ["description"] = "The invoices page shows error 500",
            ["expected"] = "It should list my invoices", ["errorMessage"] = "Error 500",
        };
        await chat.Send("The website shows error 500 when I open my invoices");
        for (var i = 0; i < 8 && chat.Contract?.Field is { } field && answers.TryGetValue(field, out var answer); i++) await chat.Send(answer);
        await chat.AssertField("history").Send(question).AssertField("history");
        var values = await ValuesAsync(chat);
        Assert.Null(values.History);
        Assert.Null(values.Attempts);
    }

    [Fact]
    public async Task Asking_for_the_ticket_number_mid_interview_is_answered_and_not_kept()
    {
        var chat = NewChat();
        await chat.Send("The website shows error 500 when I open my invoices").AssertField("userId")
            .Send("what is my ticket number?").AssertSays("ticket number").AssertField("userId");
        Assert.Null((await ValuesAsync(chat)).UserId);
    }

    [Fact]
    public async Task Asked_at_the_last_question_it_says_so()
    {
        var chat = NewChat();
        var answers = new Dictionary<string, string>
        {
            ["userId"] = "rina_w", ["service"] = "Website", ["occurredAt"] = "2 hours ago", ["description"] = "The invoices page shows error 500",
            ["expected"] = "It should list my invoices", ["errorMessage"] = "Error 500", ["steps"] = "I clicked Invoices in the menu",
        };
        await chat.Send("The website shows error 500 when I open my invoices");
        for (var i = 0; i < 8 && chat.Contract?.Field is { } field && answers.TryGetValue(field, out var answer); i++) await chat.Send(answer);
        await chat.AssertField("history").Send("how many more questions?").AssertSays("this question and 1 more").AssertField("history")
            .Send("Nothing changed, I only tried refreshing").AssertField("evidence")
            .Send("are we almost done?").AssertSays("this is the last question").AssertField("evidence");
    }

    /// <summary>The fifth trial: an aside asked at the service question was kept as the service.</summary>
    [Theory]
    [InlineData("id-ID", "kak btw cs nya buka jam brp ya?")]
    [InlineData("en-US", "well both, the website and the email. can we do them separately?")]
    public async Task A_question_typed_to_the_service_question_is_not_the_service(string locale, string question)
    {
        var chat = NewChat(locale);
        await chat.Send(locale == "en-US" ? "report a problem" : "lapor masalah").Send("rina_w").AssertField("service")
            .Send(question).AssertField("service")
            .Send("the app?").Check(c => Assert.NotEqual("service", c.Contract?.Field));
        Assert.Equal("Mobile app", (await ValuesAsync(chat)).Service);
    }

    [Theory]
    [InlineData("en-US", "why do you need my user id?")]
    [InlineData("id-ID", "buat apa kak?")]
    // Fifth trial: "Sepertinya itu kalimat, bukan ID" to the first, the second kept as what they did.
    [InlineData("id-ID", "knp hrs kasih id sy?")]
    [InlineData("en-US", "why you need this? i just click pay now and nothing happen")]
    // The seventh trial: "id pengguna tu apa sih? sy daftar gojek pake no hp" became the description; "what is a screenshot?" an answer.
    [InlineData("id-ID", "maksudnya gimana kak?")]
    [InlineData("en-US", "what is a user id? i just use my phone to log in")]
    // The tenth trial: "what does user id mean" was kept as the id "mean".
    [InlineData("en-US", "what does user id mean")]
    [InlineData("id-ID", "apa artinya id pengguna")]
    public async Task Why_a_question_is_asked_gets_its_help_and_the_question_again(string locale, string question)
    {
        var chat = NewChat(locale);
        await chat.Send(locale == "en-US" ? "my payment failed" : "pembayaran sy gagal").AssertField("userId")
            .Send(question).AssertField("userId");
        Assert.Null((await ValuesAsync(chat)).UserId);
        Assert.True(chat.Replies.Count >= 2, chat.Said());
    }

    /// <summary>
    /// The tenth trial kept "oh, sugeng_rwh", "pete_w, I said that at the start" and "my email margaret.b1942@example.com" as
    /// ids: an interjection before the id, a remark after it and an address named as the id are not part of it.
    /// </summary>
    [Theory]
    [InlineData("oh, sugeng_rwh", "sugeng_rwh")]
    [InlineData("my username is pete_w, I said that at the start", "pete_w")]
    [InlineData("my user id is my email margaret.b1942@example.com", "margaret.b1942@example.com")]
    public async Task An_id_said_with_more_around_it_is_kept_alone(string answer, string id)
    {
        var chat = NewChat();
        await chat.Send("my payment failed").AssertField("userId").Send(answer).AssertField("occurredAt");
        Assert.Equal(id, (await ValuesAsync(chat)).UserId);
    }

    [Theory]
    [InlineData("bisa pake english aja ga?", "en")]
    [InlineData("can we speak english please", "en")]
    [InlineData("sorry I don't understand Indonesian", "en")]
    public async Task A_language_asked_for_in_words_mid_interview_switches_and_asks_again(string request, string language)
    {
        var chat = NewChat("id-ID");
        await chat.Send("transfer sy gagal td pagi").AssertField("userId").Send(request).AssertSays("continue in English").AssertField("userId");
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        Assert.Equal(language, state.Language);
    }

    [Theory]
    [InlineData("english", "en")]
    [InlineData("bisa pake english aja ga?", "en")]
    [InlineData("pake bahasa indonesia aja kak", "id")]
    [InlineData("can you reply in indonesian", "id")]
    [InlineData("my english is bad", "id")]
    [InlineData("gak ngerti bahasa inggris", "id")]
    [InlineData("ga bisa english", "id")]
    [InlineData("the app shows english even though I set indonesian", null)]
    [InlineData("ga bisa ganti bahasa ke english di aplikasi", null)]
    [InlineData("english error message: Payment declined", null)]
    // The sixth trial: a request for the other language among other sentences.
    [InlineData("sorry can we do this in english? my indonesian is not good", "en")]
    [InlineData("bisa pake bahasa indonesia? english sy kurang bagus", "id")]
    public void Which_language_a_message_asks_for(string text, string? language) => Assert.Equal(language, CommandPhrases.LanguageRequested(text));

    [Theory]
    [InlineData("how long will this take?", InterviewAsk.HowMuchLeft)]
    [InlineData("masih berapa pertanyaan lagi kak", InterviewAsk.HowMuchLeft)]
    [InlineData("why do you need this", InterviewAsk.WhyAsked)]
    [InlineData("kenapa butuh username?", InterviewAsk.WhyAsked)]
    [InlineData("I expected it to know how long the upload takes", null)]
    [InlineData("masih lama loadingnya, terus keluar error", null)]
    [InlineData("it kept asking why do you need access and then crashed when I tapped allow on the popup", null)]
    // Trial: the question among other words, or in other words for how long.
    [InlineData("ini lama gk sih prosesnya? sy butuh bgt buat transfer", InterviewAsk.HowMuchLeft)]
    [InlineData("Should I just reset my password instead? How long does this usually take?", InterviewAsk.HowMuchLeft)]
    [InlineData("berapa lama ya?", InterviewAsk.HowMuchLeft)]
    [InlineData("lama gk bisa login, terus error terus", null)]
    [InlineData("I waited how long the screen said, about 5 minutes, then it failed and showed error 502", null)]
    [InlineData("it took so long. how long it loads is not normal, it used to open in 2 seconds", null)]
    // The sixth trial: asked before there is one.
    [InlineData("what is my ticket number?", InterviewAsk.TicketNumber)]
    [InlineData("kak nomor tiketnya berapa?", InterviewAsk.TicketNumber)]
    [InlineData("no tiket kereta sy gk muncul di riwayat?", null)]
    [InlineData("the ticket page shows my booking twice?", null)]
    // The seventh trial: what the question means.
    [InlineData("maksudnya apa kak?", InterviewAsk.WhatMeant)]
    [InlineData("username itu apa sih? sy login pake email", InterviewAsk.WhatMeant)]
    [InlineData("sorry, what does that mean?", InterviewAsk.WhatMeant)]
    [InlineData("maksudnya gimana", InterviewAsk.WhatMeant)]
    [InlineData("the app says I don't understand your request when I search", null)]
    [InlineData("bingung sama menu barunya, tombol bayar ilang", null)]
    public void What_a_question_about_the_interview_asks(string text, InterviewAsk? ask) => Assert.Equal(ask, InterviewQuestion.Read(text));

    private async Task<HelpdeskBot.Intake.IntakeValues> ValuesAsync(TestChat chat)
    {
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        return Assert.IsType<HelpdeskBot.Dialogs.WaterfallState<HelpdeskBot.Intake.IntakeValues>>(state.Stack[0].State).Values;
    }

    public void Dispose() => app.Dispose();
}
