using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Dialogs;

/// <summary>The engine, through a small survey: answers, retries, the way out after three failures, back, skip, cancel, language.</summary>
public sealed class DialogEngineTests : IDisposable
{
    private readonly HelpdeskApp app = new(services: SurveyIntent.Register);

    private TestChat NewChat() => new(app.Get<TurnProcessor>());

    [Fact]
    public async Task A_whole_waterfall_collects_every_answer()
    {
        await NewChat()
            .Send("start survey").AssertField("name")
            .Check(c => Assert.Equal((1, 3), (c.Contract!.Step, c.Contract.Steps)))
            .Send("Budi Santoso").AssertField("colour")
            .Send("2").AssertField("comment")
            .Send("all good").AssertField("confirm")
            .Send("yes").AssertSays("Saved Budi Santoso/blue/all good")
            .AssertField("menu");
    }

    [Fact]
    public async Task An_invalid_answer_is_explained_and_asked_again_without_advancing()
    {
        await NewChat()
            .Send("start survey").AssertField("name")
            .Send("Bo").AssertSays("at least 3 letters").AssertField("name")
            .Send("Bob").AssertField("colour");
    }

    [Fact]
    public async Task After_three_failures_a_required_field_offers_a_person_instead_of_looping()
    {
        await NewChat()
            .Send("start survey")
            .Send("a").Send("b")
            .AssertNotSays("Talk to a person")
            .Send("c").AssertSays("talk to a person from the support team").AssertField("name")
            .Check(c => Assert.Contains(c.LastReply.SuggestedActions!.Actions, a => a.Title == "Talk to a person"))
            .Check(c => Assert.DoesNotContain(c.LastReply.SuggestedActions!.Actions, a => a.Title == "Skip"))
            .Send("Carla").AssertField("colour");
    }

    [Fact]
    public async Task After_three_failures_an_optional_field_offers_skip_too()
    {
        var chat = NewChat();
        await chat.Send("start survey").Send("Bob").Send("red").AssertField("comment");
        // An empty answer is not a comment; say it three times.
        await chat.Send(" ").Send(" ").Send(" ")
            .Check(c => Assert.Contains(c.LastReply.SuggestedActions!.Actions, a => a.Title == "Skip"))
            .Send("Skip").AssertField("confirm")
            .Send("yes").AssertSays("Saved Bob/red/-");
    }

    [Fact]
    public async Task Back_returns_to_the_previous_question_and_keeps_earlier_answers()
    {
        await NewChat()
            .Send("start survey").Send("Budi").Send("red").AssertField("comment")
            .Send("back").AssertField("colour")
            .Send("biru").AssertField("comment")
            .Send("kembali").AssertField("colour")
            .Send("back").AssertField("name")
            .Send("back").AssertSays("first question").AssertField("name")
            .Send("Budi").Send("1").Send("skip").AssertField("confirm")
            .Send("ya").AssertSays("Saved Budi/red/-");
    }

    [Fact]
    public async Task Skip_is_refused_on_a_required_field()
    {
        await NewChat()
            .Send("start survey").Send("skip").AssertSays("can't be skipped").AssertField("name");
    }

    /// <summary>Skipping a required question over and over is being stuck on it: the third time, a way out is offered.</summary>
    [Fact]
    public async Task A_required_field_skipped_three_times_offers_a_person()
    {
        await NewChat()
            .Send("start survey").Send("skip").AssertNotSays("talk to a person").Send("skip").AssertNotSays("talk to a person")
            .Send("skip").AssertSays("can't be skipped").AssertSays("talk to a person").AssertField("name");
    }

    [Fact]
    public async Task No_is_an_answer_to_a_yes_no_question_not_a_skip()
    {
        await NewChat()
            .Send("start survey").Send("Budi").Send("red").Send("skip").AssertField("confirm")
            .Send("no").AssertSays("Discarded");
    }

    [Fact]
    public async Task Cancel_ends_the_dialog_and_nothing_is_kept()
    {
        var chat = NewChat();
        await chat.Send("start survey").Send("Budi").AssertField("colour")
            .Send("cancel").AssertSays("Nothing was submitted").AssertField("menu")
            .Send("batal").AssertSays("nothing to cancel");
        var state = await app.Get<TurnProcessor>().ReadStateAsync(chat.ConversationId);
        Assert.Empty(state.Stack);
    }

    [Fact]
    public async Task Switching_language_mid_dialog_reasks_the_same_question_in_the_new_language()
    {
        await NewChat()
            .Send("start survey").Send("Budi").AssertField("colour")
            .Send("Bahasa Indonesia").AssertSays("Bahasa Indonesia").AssertField("colour")
            .Send("cancel").AssertSays("Tidak ada yang dikirim")
            .Send("English").AssertSays("continue in English");
    }

    [Fact]
    public async Task The_locale_of_the_activity_picks_the_language()
    {
        var chat = NewChat();
        chat.Locale = "id-ID";
        await chat.Send("halo").AssertSays("Saya HelpdeskBot").AssertSays("Apa yang ingin Anda lakukan");
        chat.Locale = "en-US";
        await chat.Send("menu").AssertSays("What would you like to do");
    }

    [Fact]
    public async Task Help_explains_the_commands_and_asks_again()
    {
        await NewChat()
            .Send("start survey").Send("help").AssertSays("\"back\"").AssertField("name");
    }

    public void Dispose() => app.Dispose();
}
