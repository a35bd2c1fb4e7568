using System.Globalization;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Safety;
using HelpdeskBot.Safety.Scanning;

namespace HelpdeskBot.Tests.Safety;

/// <summary>A secret typed over two messages: the keyword in one, the value in the next; a card number in two parts.</summary>
public sealed class SplitMessageTests
{
    private readonly SecretScanner _scanner = new();

    /// <summary>One user message as the turn pipeline sees it: scanned alone, then against what the last one left.</summary>
    private (ScanResult Result, GuardMemory? Memory) Say(string text, GuardMemory? memory)
    {
        var alone = _scanner.Scan(text);
        var (after, next) = _scanner.ScanAfter(alone.Redacted, memory);
        return (new ScanResult([.. alone.Kinds.Union(after.Kinds)], after.Redacted), next);
    }

    [Theory]
    [InlineData("my password is", "Sup3rS3cret!x", "[password removed]", SecretKind.Password)]
    [InlineData("my password is:", "sunshine", "[password removed]", SecretKind.Password)]
    [InlineData("the password for the guest wifi is", "Tamu2024", "[password removed]", SecretKind.Password)]
    [InlineData("I changed my password to", "Winter2025!", "[password removed]", SecretKind.Password)]
    [InlineData("here's my password", "Rahasia123", "[password removed]", SecretKind.Password)]
    [InlineData("my password is", "it's Sup3rS3cret!x", "it's [password removed]", SecretKind.Password)]
    [InlineData("p a s s w o r d :", "Tulip2024!", "[password removed]", SecretKind.Password)]
    [InlineData("ini password saya", "Melati88", "[password removed]", SecretKind.Password)]
    [InlineData("kata sandi saya adalah", "rahasiaku", "[password removed]", SecretKind.Password)]
    [InlineData("PIN saya:", "482915", "[PIN removed]", SecretKind.Pin)]
    [InlineData("my ATM PIN is", "4821", "[PIN removed]", SecretKind.Pin)]
    [InlineData("kode OTP nya", "482913", "[code removed]", SecretKind.Otp)]
    [InlineData("the code from the SMS is", "482 913", "[code removed]", SecretKind.Otp)]
    [InlineData("CVV:", "123", "[CVV removed]", SecretKind.Cvv)]
    [InlineData("pin atm sy kalau gak salah", "7719", "[PIN removed]", SecretKind.Pin)]
    public void A_value_after_a_keyword_in_the_previous_message_is_refused(string first, string second, string redacted, SecretKind kind)
    {
        var (firstResult, memory) = Say(first, null);
        Assert.False(firstResult.Found);
        Assert.NotNull(memory);

        var (result, next) = Say(second, memory);

        Assert.Equal([kind], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
        Assert.Null(next);
    }

    [Theory]
    [InlineData("I forgot my password", "budi_s88")]
    [InlineData("lupa PIN saya", "482915")]
    [InlineData("my password is blocked", "Sup3rS3cret!x")]
    [InlineData("what is my password?", "Sup3rS3cret!x")]
    [InlineData("my password is?", "Sup3rS3cret!x")]
    [InlineData("the password field is greyed out", "Sup3rS3cret!x")]
    [InlineData("password sudah saya reset", "budi_s88")]
    [InlineData("Outlook keeps prompting for my password", "Budi2024")]
    [InlineData("the login code email goes to", "482913")]
    [InlineData("kode otp dikirim ke nomor yg berakhiran", "4471")]
    public void A_mention_that_waits_for_no_value_leaves_nothing(string first, string second)
    {
        var (_, memory) = Say(first, null);

        Assert.Null(memory);
        Assert.False(Say(second, memory).Result.Found);
    }

    [Theory]
    [InlineData("wait")]
    [InlineData("cancel")]
    [InlineData("why?")]
    [InlineData("sorry, I won't share it")]
    [InlineData("lewati")]
    [InlineData("ok")]
    [InlineData("nevermind, it works now")]
    public void A_reply_that_is_no_value_passes_after_a_dangling_keyword(string second)
    {
        var (_, memory) = Say("my password is", null);

        Assert.False(Say(second, memory).Result.Found);
    }

    [Fact]
    public void The_memory_lasts_one_message()
    {
        var (_, memory) = Say("my password is", null);
        var (hmm, memory2) = Say("hmm", memory);

        Assert.False(hmm.Found);
        Assert.Null(memory2);
        Assert.False(Say("Sup3rS3cret!x", memory2).Result.Found);
    }

    [Theory]
    [InlineData("4111 1111", "1111 1111", "[card number removed]")]
    [InlineData("my card number is 4111 1111 1111", "1111", "[card number removed]")]
    [InlineData("kartu saya 5500 0000", "0000 0004 ya", "[card number removed] ya")]
    [InlineData("4111", "1111 1111 1111", "[card number removed]")]
    [InlineData("3782 822463", "10005", "[card number removed]")]
    [InlineData("4111 1111", "the rest: 1111 1111", "the rest: [card number removed]")]
    [InlineData("4111 1111", "1111 1111 exp 12/27", "[card number removed] exp 12/27")]
    [InlineData("４１１１ １１１１", "１１１１ １１１１", "[card number removed]")]
    [InlineData("4111-1111-", "1111-1111", "[card number removed]")]
    [InlineData("order 45391488", "03436467", "[card number removed]")]
    public void A_card_number_split_over_two_messages_is_refused(string first, string second, string redacted)
    {
        var (firstResult, memory) = Say(first, null);
        Assert.False(firstResult.Found);

        var (result, next) = Say(second, memory);

        Assert.Equal([SecretKind.Card], result.Kinds);
        Assert.Equal(redacted, result.Redacted);
        Assert.Null(next);
    }

    [Fact]
    public void A_card_number_typed_over_three_messages_is_refused_at_the_last()
    {
        var (_, memory) = Say("4111", null);
        var (middle, memory2) = Say("1111 1111", memory);
        var (last, _) = Say("1111", memory2);

        Assert.False(middle.Found);
        Assert.Equal([SecretKind.Card], last.Kinds);
    }

    [Theory]
    [InlineData("btw kata sandi saya", "Fajar#2024")]
    [InlineData("oh btw my password is", "Fajar#2024")]
    [InlineData("fyi pw saya:", "Fajar#2024")]
    public void A_keyword_opened_by_an_aside_still_awaits_its_value(string first, string second)
    {
        var (_, memory) = Say(first, null);

        Assert.Equal([SecretKind.Password], Say(second, memory).Result.Kinds);
    }

    [Theory]
    [InlineData("btw kata sandi saya lupa", "Fajar#2024")]
    [InlineData("btw I forgot my password", "Fajar#2024")]
    public void An_aside_about_a_password_with_no_value_to_come_awaits_nothing(string first, string second)
    {
        var (_, memory) = Say(first, null);

        Assert.Null(memory);
        Assert.False(Say(second, memory).Result.Found);
    }

    [Theory]
    [InlineData("order 45391488", "03436468")]
    [InlineData("0812 3456", "7890 1234")]
    [InlineData("4111 1111", "1111 1112")]
    [InlineData("I paid Rp 4.500.000", "1.500.000 more")]
    [InlineData("NIK saya 3571 0245", "0987 0001")]
    [InlineData("IMEI 35693803", "5643809")]
    [InlineData("ticket 48213", "then 11111111")]
    [InlineData("4111 1111", "I will send the rest later, 1111 1111")]
    public void Digits_over_two_messages_that_make_no_card_pass(string first, string second)
    {
        var (_, memory) = Say(first, null);

        Assert.False(Say(second, memory).Result.Found);
    }

    /// <summary>
    /// The follow-up skips its second scan when the message cannot end waiting for a value. Every message of the
    /// corpus cut after each of its words ("my password is", "kode OTP nya", …) checks that the shortcut never
    /// skips one that does.
    /// </summary>
    [Fact]
    public void The_shortcut_never_skips_a_message_that_ends_waiting_for_a_value()
    {
        var waiting = 0;
        foreach (var row in Corpus.Tuning())
        {
            var text = row.Text;
            for (var end = 1; end <= text.Length; end++)
            {
                if (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    continue;
                }

                using var chat = ChatText.Of(text[..end]);
                List<SecretSpan>? found = null;
                CredentialScanner.Scan(chat.Text, ref found, out var awaiting);
                if (awaiting is not null)
                {
                    waiting++;
                    Assert.True(CredentialScanner.MayAwait(chat.Text), $"line {row.Line}: '{chat.Text}' waits for a {awaiting.Value.Class}");
                }
            }
        }

        Assert.True(waiting > 500, $"{waiting} cut messages wait for a value");
    }

    [Fact]
    public void The_memory_of_a_card_start_holds_no_digit_of_it()
    {
        var (_, memory) = Say("4111 1111", null);
        var json = JsonSerializer.Serialize(memory, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        ScannerAssert.HoldsNoNumber("4111", json);
        ScannerAssert.HoldsNoNumber("1111", json);

        // Other openings leave the very same memory: it cannot tell which digits were typed.
        var same = Enumerable.Range(0, 10000)
            .Select(k => "4111 " + k.ToString("D4", CultureInfo.InvariantCulture))
            .Where(opening => opening != "4111 1111" && Say(opening, null).Memory == memory)
            .Take(3)
            .ToList();
        Assert.Equal(3, same.Count);
    }

    [Fact]
    public void The_memory_of_a_dangling_keyword_holds_only_the_kind()
    {
        var (_, memory) = Say("my password is", null);

        Assert.Equal("""{"awaiting":"Password","afterColon":false}""", JsonSerializer.Serialize(memory, new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }));
    }

    [Fact]
    public void The_guard_keeps_the_memory_across_activities_that_are_not_messages()
    {
        var guard = new ActivityGuard(_scanner);
        var memory = new GuardMemory { Awaiting = AwaitedSecret.Password };
        var typing = new Activity { Type = ActivityTypes.Typing };

        var (_, refused, kept) = guard.FollowUp(typing, [], memory);

        Assert.Empty(refused);
        Assert.Same(memory, kept);
    }

    [Fact]
    public void The_guard_adds_what_the_follow_up_found_to_what_the_message_held_alone()
    {
        var guard = new ActivityGuard(_scanner);
        var (activity, refused) = guard.Apply(new Activity { Type = ActivityTypes.Message, Text = "Sup3rS3cret!x and OTP 839201" });

        var (guarded, all, next) = guard.FollowUp(activity, refused, new GuardMemory { Awaiting = AwaitedSecret.Password });

        Assert.Equal(["otp", "password"], all);
        Assert.Equal("[password removed] and OTP [code removed]", guarded.Text);
        Assert.Null(next);
    }
}
