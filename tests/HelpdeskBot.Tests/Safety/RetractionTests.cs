using HelpdeskBot.Activities;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Intake;
using HelpdeskBot.Safety;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// "that was my password", said right after a message the guard let through (the fourth user trial: a password-shaped
/// user id, then "that was my password", and the id stayed in the ticket). The message before is taken back: its text
/// leaves the log and the data files, what it answered is cleared and asked again, and the user is told to change it.
/// </summary>
public sealed class RetractionTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    private TestChat NewChat(string locale) => new(app.Get<TurnProcessor>()) { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    private async Task<IntakeValues> ValuesAsync(TestChat chat)
    {
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId, default);
        return Assert.IsType<WaterfallState<IntakeValues>>(state.Stack[0].State).Values;
    }

    private async Task<string> LogAsync(TestChat chat) =>
        string.Join("\n", (await app.Get<IConversationStore>().ReadActivitiesAsync(chat.ConversationId, 0, 1000)).Select(a => a.Json));

    [Theory]
    [InlineData("oops that was my password", SecretKind.Password)]
    [InlineData("wait, that's my actual password lol, delete it", SecretKind.Password)]
    [InlineData("sorry I typed my PIN there by mistake", SecretKind.Pin)]
    [InlineData("that was my card number!", SecretKind.Card)]
    [InlineData("eh itu password aku", SecretKind.Password)]
    [InlineData("aduh barusan ga sengaja ketik pin atm sy", SecretKind.Pin)]
    [InlineData("astaga itu kata sandi email saya, hapus dong", SecretKind.Password)]
    [InlineData("itu kode otp td kak", SecretKind.Otp)]
    [InlineData("oops I pasted my password", SecretKind.Password)]
    [InlineData("aduh kekirim pin sy", SecretKind.Pin)]
    [InlineData("oops wait that was my password, not my username. my username is kenji.m", SecretKind.Password)]
    [InlineData("oops that was my one-time code", SecretKind.Otp)]
    // Found using it as a person: "actually" after the kind.
    [InlineData("oops that was my password actually, not a username", SecretKind.Password)]
    [InlineData("itu sebenernya pin sy kak", SecretKind.Pin)]
    [InlineData("eh bentar, angka yg td sy ketik itu kode otp nya kak, hapus aja ya", SecretKind.Otp)]
    // A code named by how it came ("that was the code that came in"): the message before was one.
    [InlineData("itu kode yg masuk td subuh", SecretKind.Otp)]
    [InlineData("that's the code that came this morning", SecretKind.Otp)]
    public void A_message_that_takes_the_one_before_back_is_read(string text, SecretKind kind) => Assert.Equal(kind, SecretRetraction.Read(text));

    [Theory]
    [InlineData("that's not my password")]
    [InlineData("bukan, itu bukan pin saya")]
    [InlineData("that was my password reset email")]
    [InlineData("I forgot that password")]
    [InlineData("is that my password?")]
    [InlineData("my password doesn't work")]
    [InlineData("itu masalah password saya")]
    [InlineData("that was my username")]
    [InlineData("I reset my PIN yesterday and since then the app says my card number is invalid")]
    [InlineData("that was the error code")]
    [InlineData("is that my password? I'm not sure")]
    // The sixth trial: what was done, told as a step, is no take-back.
    [InlineData("opened the app, typed my email and new password, tapped Login")]
    [InlineData("sy ketik email sama password terus klik masuk")]
    [InlineData("I sent my new password to myself by email")]
    // The seventh trial: a code that came is no code typed here ("td sy dpt sms kode otp nya").
    [InlineData("barusan sy dapet sms kode verifikasi")]
    [InlineData("got that OTP just now")]
    [InlineData("that code I got never worked")]
    [InlineData("itu kode promo yg masuk td")]
    public void Other_messages_about_a_secret_take_nothing_back(string text) => Assert.Null(SecretRetraction.Read(text));

    [Theory]
    [InlineData("my card [card number removed] and then Sup3r!x", SecretKind.Password, "Sup3r!x")]
    [InlineData("[password removed] itu password aku", SecretKind.Password, "")]
    [InlineData("td masuk satu, 7 3 9 1 0 4, tp pas diinput katanya kadaluarsa", SecretKind.Otp, "7 3 9 1 0 4")]
    [InlineData("the last one said 55 31 90", SecretKind.Otp, "55 31 90")]
    [InlineData("it's my birthday, 14031952", SecretKind.Password, "14031952")]
    [InlineData("skip", SecretKind.Password, "")]
    [InlineData("paid with 4111 1111 1111 1111 yesterday", SecretKind.Card, "4111 1111 1111 1111")]
    public void The_values_a_message_held_are_read_by_the_kind_taken_back(string text, SecretKind kind, string value) =>
        Assert.Equal(value.Length == 0 ? [] : [value], SecretRetraction.Values(text, kind));

    [Fact]
    public async Task A_password_given_as_the_user_id_is_taken_back_and_the_id_asked_again()
    {
        var chat = NewChat("en-US");
        await chat.Send("report a problem").AssertField("userId").Send("Bintang2020x").AssertField("service");
        Assert.Equal("Bintang2020x", (await ValuesAsync(chat)).UserId);
        await chat.Send("oops that was my password").AssertSays("removed that message").AssertSays("change it").AssertField("userId")
            .Check(c => Assert.Equal(["password"], c.Replies.Select(HelpdeskChannelData.From).First(d => d?.Retracted is not null)!.Retracted));
        Assert.Null((await ValuesAsync(chat)).UserId);
        var log = await LogAsync(chat);
        Assert.DoesNotContain("Bintang2020x", log);
        Assert.Contains("[password removed]", log);
        // The interview goes on from there, and the data files never kept the password.
        await chat.Send("budi_s88").AssertField("service");
        Assert.Equal("budi_s88", (await ValuesAsync(chat)).UserId);
        Assert.DoesNotContain(app.ReadDataFiles(), file => file.Text.Contains("Bintang2020x", StringComparison.Ordinal));
    }

    /// <summary>A code typed as the id, then named by how it came ("itu kode yg masuk td subuh"): taken back like "that was my OTP".</summary>
    [Fact]
    public async Task A_code_given_as_the_id_and_named_by_how_it_came_is_taken_back()
    {
        var chat = NewChat("id-ID");
        await chat.Send("lapor masalah").AssertField("userId").Send("558213").AssertField("service")
            .Send("eh itu kode yg masuk td subuh").AssertSays("hapus").AssertField("userId");
        Assert.Null((await ValuesAsync(chat)).UserId);
        Assert.DoesNotContain("558213", await LogAsync(chat));
    }

    [Fact]
    public async Task A_password_given_as_the_id_and_taken_back_in_indonesian_is_asked_again()
    {
        var chat = NewChat("id-ID");
        await chat.Send("lapor masalah").AssertField("userId").Send("Melati_1999").AssertField("service")
            .Send("aduh itu password aku").AssertSays("hapus").AssertSays("ganti").AssertField("userId")
            .Send("melati.s").AssertField("service");
        Assert.Equal("melati.s", (await ValuesAsync(chat)).UserId);
        Assert.DoesNotContain("Melati_1999", await LogAsync(chat));
    }

    [Fact]
    public async Task A_password_in_a_first_message_taken_back_leaves_it_and_keeps_the_rest()
    {
        var chat = NewChat("en-US");
        await chat.Send("I can't log in to the mobile app since this morning, it says 'Invalid session (E401)'. My username is Kangaroo55x").AssertField("expected");
        var before = await ValuesAsync(chat);
        Assert.Equal("Kangaroo55x", before.UserId);
        Assert.NotNull(before.ErrorMessage);
        await chat.Send("omg that was my password").AssertField("userId");
        var after = await ValuesAsync(chat);
        // The id was the password: cleared and asked again. The story keeps what else it said, the password replaced.
        Assert.Null(after.UserId);
        Assert.DoesNotContain("userId", after.Prefilled);
        Assert.Equal(before.ErrorMessage, after.ErrorMessage);
        Assert.Contains("[password removed]", after.Description);
        Assert.DoesNotContain("Kangaroo55x", after.Description);
        Assert.Contains("Invalid session (E401)", await LogAsync(chat));
        Assert.DoesNotContain("Kangaroo55x", await LogAsync(chat));
    }

    [Fact]
    public async Task Taken_back_two_answers_later_the_message_that_held_it_goes_and_the_answer_after_it_stays()
    {
        // The fifth trial: "kenji77Blue" as the id, then another answer, then "oops that was my password" took back the other answer.
        var chat = NewChat("en-US");
        await chat.Send("report a problem").Send("kenji77Blue").Send("Website").AssertField("occurredAt")
            .Send("oops that was my password").AssertSays("removed that message").AssertField("userId");
        var values = await ValuesAsync(chat);
        Assert.Null(values.UserId);
        Assert.Equal("Website", values.Service);
        var log = await LogAsync(chat);
        Assert.DoesNotContain("kenji77Blue", log);
        Assert.Contains("Website", log);
    }

    [Fact]
    public async Task Taken_back_at_the_summary_the_summary_in_the_log_forgets_it_too()
    {
        var chat = NewChat("en-US");
        await chat.Send("report a problem").Send("kenji77Blue").Send("Website").Send("just now")
            .Send("The invoices page shows a blank white page").Send("to see my invoices").Send("skip").Send("I opened the billing menu")
            .Send("skip").Send("skip").AssertField("confirm").AssertSays("kenji77Blue")
            .Send("wait, that user id is my password, sorry. that was my password").AssertField("userId")
            .Send("kenji.m").AssertField("confirm").AssertSays("kenji.m");
        Assert.DoesNotContain("kenji77Blue", await LogAsync(chat));
        Assert.Equal("kenji.m", (await ValuesAsync(chat)).UserId);
    }

    [Fact]
    public async Task Taken_back_after_the_ticket_the_ticket_forgets_it()
    {
        var chat = NewChat("en-US");
        await chat.Send("report a problem").Send("kenji77Blue").Send("Website").Send("just now")
            .Send("The invoices page shows a blank white page").Send("to see my invoices").Send("skip").Send("I opened the billing menu")
            .Send("skip").Send("skip").AssertField("confirm").Send("no thanks").Send("yes");
        var number = chat.Ticket!.Number;
        Assert.Equal("kenji77Blue", (await app.Get<HelpdeskBot.Data.Tickets.ITicketStore>().GetAsync(number))!.Fields.UserId);
        await chat.Send("omg that was my password").AssertSays("removed that message").AssertSays(number);
        var ticket = await app.Get<HelpdeskBot.Data.Tickets.ITicketStore>().GetAsync(number);
        Assert.Equal("[password removed]", ticket!.Fields.UserId);
        Assert.DoesNotContain("kenji77Blue", System.Text.Json.JsonSerializer.Serialize(ticket));
        Assert.DoesNotContain(app.ReadDataFiles(), file => file.Text.Contains("kenji77Blue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Taken_back_at_the_menu_the_log_forgets_it_and_the_menu_is_offered()
    {
        var chat = NewChat("en-US");
        await chat.Send("hello").Send("Kangaroo55").Send("that was my password, sorry").AssertSays("removed that message").AssertField("menu");
        Assert.DoesNotContain("Kangaroo55", await LogAsync(chat));
    }

    [Fact]
    public async Task An_answer_about_a_password_that_takes_nothing_back_is_kept()
    {
        var chat = NewChat("en-US");
        await chat.Send("report a problem").Send("budi_s88").Send("Mobile app").Send("just now").AssertField("description")
            .Send("that's not my password, the app just rejects the fingerprint").AssertField("expected");
        Assert.Equal("budi_s88", (await ValuesAsync(chat)).UserId);
        Assert.Contains("budi_s88", await LogAsync(chat));
    }

    [Fact]
    public async Task Taken_back_while_waiting_for_a_person_the_request_agents_see_forgets_it()
    {
        // An agent's screen shows the request's answers: the interview's, and what the user wrote while waiting.
        var chat = NewChat("en-US");
        await chat.Send("report a problem").Send("kenji77Blue").Send("Website").Send("can I talk to a real person please")
            .Send("also it showed Sunflower88 on the screen after I logged in");
        var store = app.Get<HelpdeskBot.Data.Escalations.IEscalationStore>();
        var before = Assert.Single(await store.ListInConversationAsync(chat.ConversationId));
        Assert.Contains(before.Answers, a => a.Value.Contains("Sunflower88", StringComparison.Ordinal));

        await chat.Send("wait that was my password, sorry").AssertSays("may already have seen it");
        var after = Assert.Single(await store.ListInConversationAsync(chat.ConversationId));
        Assert.Contains(after.Answers, a => a.Value == "also it showed [password removed] on the screen after I logged in");
        Assert.Contains(after.Answers, a => a.Field == "userId" && a.Value == "kenji77Blue");
        Assert.DoesNotContain(app.ReadDataFiles(), file => file.Text.Contains("Sunflower88", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_birthday_typed_as_the_password_and_taken_back_later_goes_and_the_answer_after_it_stays()
    {
        // The fifteenth trial: "14031952" (a birthday, the password), then "skip", then "oops that was my password" took back "skip".
        var chat = NewChat("en-US");
        await chat.Send("report a problem").Send("I sign in as tomh and the thing I type is 20071961").Send("Website").AssertField("occurredAt")
            .Send("oops that was my password").AssertSays("removed that message");
        var log = await LogAsync(chat);
        Assert.DoesNotContain("20071961", log);
        Assert.Contains("Website", log);
    }

    [Fact]
    public async Task Taken_back_after_a_person_helped_the_request_agents_see_forgets_it_and_the_user_is_told()
    {
        var chat = NewChat("en-US");
        await chat.Send("report a problem").Send("kenji77Blue").Send("I want to talk to a human");
        var store = app.Get<HelpdeskBot.Data.Escalations.IEscalationStore>();
        var escalation = Assert.Single(await store.ListInConversationAsync(chat.ConversationId));
        Assert.Contains(escalation.Answers, a => a.Field == "userId" && a.Value == "kenji77Blue");
        var handoff = app.Get<HelpdeskBot.Handoff.HandoffService>();
        await handoff.AcceptAsync(escalation.Id, "siti", default);
        await handoff.ResolveAsync(escalation.Id, "siti", default);

        await chat.Send("omg that user id I gave was my password").AssertSays("removed that message").AssertSays("support team sees");
        var after = Assert.Single(await store.ListInConversationAsync(chat.ConversationId));
        Assert.Contains(after.Answers, a => a.Field == "userId" && a.Value == "[password removed]");
        Assert.DoesNotContain("kenji77Blue", await LogAsync(chat));
        var made = await app.Get<HelpdeskBot.Data.Tickets.ITicketStore>().GetAsync(after.TicketNumber!);
        Assert.DoesNotContain("kenji77Blue", System.Text.Json.JsonSerializer.Serialize(made));
        Assert.DoesNotContain(app.ReadDataFiles(), file => file.Text.Contains("kenji77Blue", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("my pw is Dewi#2025 ok", "my pw is [password removed] ok", "Dewi#2025")]
    [InlineData("pin 4421 and otp 883920", "pin [PIN removed] and otp [code removed]", "4421|883920")]
    [InlineData("4532 0151 1283 0366", "[card number removed]", "4532 0151 1283 0366")]
    [InlineData("nothing here", "nothing here", "")]
    public void What_the_guard_removed_is_read_back_from_the_two_texts(string original, string redacted, string values) =>
        Assert.Equal(values.Length == 0 ? [] : values.Split('|'), SecretRetraction.Removed(original, redacted).Select(r => r.Value));

    /// <summary>
    /// The sixth trial: "dewi_olshop / Dewi#2025" to the id question passed, and "yg Dewi#2025 td itu password sy" was refused
    /// for the password it named — but the id answer, the summary and the ticket kept it. A value refused now leaves the
    /// earlier message that held it too.
    /// </summary>
    [Fact]
    public async Task A_value_refused_now_leaves_the_earlier_answer_that_held_it()
    {
        var chat = NewChat("id-ID");
        // "dewi_olshop / Dewi#2025" is refused at once since the tenth trial; in brackets it still passes.
        await chat.Send("lapor masalah").AssertField("userId").Send("dewi_olshop (Dewi#2025)").AssertField("service");
        Assert.Equal("dewi_olshop (Dewi#2025)", (await ValuesAsync(chat)).UserId);
        await chat.Send("eh bentar kak, yg Dewi#2025 td itu password sy, kebawa. tolong hapus ya")
            .Check(c => Assert.Contains(c.Replies, r => HelpdeskChannelData.From(r)?.Refused is { Count: > 0 }))
            .AssertSays("pesan Anda sebelumnya");
        Assert.Equal("dewi_olshop ([password removed])", (await ValuesAsync(chat)).UserId);
        Assert.DoesNotContain("Dewi#2025", await LogAsync(chat));
        Assert.DoesNotContain(app.ReadDataFiles(), file => file.Text.Contains("Dewi#2025", StringComparison.Ordinal));
    }

    /// <summary>The sixth trial: a card's first half ended one answer, the next message completed it; the first half stayed.</summary>
    [Fact]
    public async Task The_opening_digits_of_a_card_completed_by_the_next_message_leave_the_answer_that_ended_with_them()
    {
        var chat = NewChat("id-ID");
        await chat.Send("lapor masalah").Send("budi_s88").Send("aplikasi").Send("tadi pagi").Send("saldo gk masuk padahal udh transfer")
            .AssertField("expected").Send("saldo masuk 500rb lah. kartunya jg msh aktif kok, td sy cek 4532 0151");
        Assert.Contains("4532 0151", (await ValuesAsync(chat)).Expected);
        await chat.Send("1283 0366 exp 09/28").Check(c => Assert.Contains(c.Replies, r => HelpdeskChannelData.From(r)?.Refused?.Contains("card") == true));
        Assert.Equal("saldo masuk 500rb lah. kartunya jg msh aktif kok, td sy cek [card number removed]", (await ValuesAsync(chat)).Expected);
        Assert.DoesNotContain("4532 0151", await LogAsync(chat));
        Assert.DoesNotContain(app.ReadDataFiles(), file => file.Text.Contains("4532 0151", StringComparison.Ordinal));
    }

    /// <summary>
    /// A short message taken back whole goes from its own place only, and nothing that identifies or routes an activity is
    /// ever rewritten: "bot" taken back must not become a placeholder inside every later id and role.
    /// </summary>
    [Fact]
    public async Task A_short_message_taken_back_whole_leaves_every_id_and_the_bots_words_as_they_were()
    {
        var chat = NewChat("en-US");
        await chat.Send("hello").Send("bot").Send("that was my password");
        var log = await app.Get<IConversationStore>().ReadActivitiesAsync(chat.ConversationId, 0, 1000);
        var activities = log.Select(a => HelpdeskBot.Activities.ActivityJson.Deserialize(a.Json)).ToList();
        var target = activities.FindIndex(a => a.From?.Role == "user" && a.Text == "[password removed]");
        Assert.True(target >= 0);
        Assert.All(activities, a => Assert.Equal(chat.ConversationId, a.Conversation?.Id));
        Assert.All(activities.Skip(target + 1), a => Assert.Contains(a.From?.Role, new[] { "bot", "user" }));
        Assert.DoesNotContain(activities, a => a.From?.Role != "user" && a.Text?.Contains("[password removed]", StringComparison.Ordinal) == true
            && !a.Text.Contains("removed that", StringComparison.Ordinal));
    }

    public void Dispose() => app.Dispose();
}
