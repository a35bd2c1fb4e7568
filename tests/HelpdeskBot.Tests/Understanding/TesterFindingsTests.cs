using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Understanding;

/// <summary>What testers playing new users found: a number typed at the menu, a very long first story, "minute(s)".</summary>
public sealed class TesterFindingsTests
{
    private static TestChat NewChat(HelpdeskApp app, string locale = "en-US") =>
        new(app.Get<TurnProcessor>(), userId: "tester-1") { Locale = locale, LocalTimezone = "Asia/Jakarta" };

    [Fact]
    public async Task A_number_typed_at_the_menu_picks_that_choice()
    {
        using var app = new HelpdeskApp();
        // The menu lists: report a problem, check my tickets, talk to a person.
        await NewChat(app).Send("hello").AssertField("menu")
            .Send("3").Check(c => Assert.Equal("requested", c.Replies.Select(WireContract.HandoffState).First(s => s is not null)));
        await NewChat(app).Send("hello").AssertField("menu")
            .Send("1").Check(c =>
            {
                Assert.NotEqual("menu", c.Contract?.Field);
                Assert.Equal(1, c.Contract?.Step);
            });
    }

    [Fact]
    public async Task A_number_the_menu_does_not_list_is_not_a_choice()
    {
        using var app = new HelpdeskApp();
        await NewChat(app).Send("halo").AssertField("menu")
            .Send("7").AssertField("menu")
            .Check(c => Assert.Null(c.Contract?.Handoff))
            // "7" was read as unsure, and the likely choices offered then are numbered afresh: "1" is the first of them.
            .Send("1").Check(c => Assert.Equal(1, c.Contract?.Step));
    }

    [Fact]
    public async Task A_number_after_did_you_mean_picks_from_what_was_offered_there()
    {
        using var app = new HelpdeskApp();
        var chat = NewChat(app);
        await chat.Send("hello").Send("xyzzy plugh").AssertSays("Did you mean");
        var offered = chat.LastReply.SuggestedActions!.Actions.Select(a => a.Title).ToList();
        var person = offered.FindIndex(t => t!.Contains("person", StringComparison.OrdinalIgnoreCase)) + 1;
        Assert.True(person > 0, string.Join(", ", offered));
        await chat.Send(person.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Check(c => Assert.Equal("requested", c.Replies.Select(WireContract.HandoffState).First(s => s is not null)));
    }

    [Theory]
    [InlineData("en-US", "The app crashes every time I open my monthly statement on the phone. ", "(5000 characters)", "first 39")]
    [InlineData("id-ID", "Aplikasi selalu keluar sendiri tiap kali saya buka laporan bulanan di hp. ", "(5000 karakter)", "karakter pertamanya")]
    public async Task A_first_message_longer_than_an_answer_is_kept_up_to_the_limit_and_the_user_is_told(string locale, string sentence, string total, string kept)
    {
        using var app = new HelpdeskApp();
        var story = string.Concat(Enumerable.Repeat(sentence, 5000 / sentence.Length + 1))[..5000];
        await NewChat(app, locale).Send(story)
            .AssertSays(total).AssertSays(kept)
            .Check(c => Assert.Contains("description", c.Contract!.Prefilled!));
    }

    [Fact]
    public async Task A_first_message_within_the_limit_is_not_said_to_be_cut()
    {
        using var app = new HelpdeskApp();
        await NewChat(app).Send("The app crashes every time I open my monthly statement on the phone.").AssertNotSays("characters");
    }

    [Theory]
    [InlineData("60", "en-US", "talk to a person", "within a minute;", "minute(s)")]
    [InlineData("300", "en-US", "talk to a person", "within 5 minutes;", "minute(s)")]
    [InlineData("60", "id-ID", "mau ngobrol sama petugas", "dalam 1 menit;", "minute")]
    public async Task The_wait_for_a_person_is_said_in_proper_words(string seconds, string locale, string ask, string said, string notSaid)
    {
        using var app = new HelpdeskApp(new() { ["Helpdesk:Handoff:TimeoutSeconds"] = seconds });
        await NewChat(app, locale).Send(ask).AssertSays(said).AssertNotSays(notSaid);
    }
}
