using HelpdeskBot.Dialogs;
using HelpdeskBot.Intake.Extraction;

namespace HelpdeskBot.Intake;

/// <summary>
/// The answer held other answers but not the one asked ("what is your user ID?" answered with the whole story): the
/// interview keeps what the message said and asks its question again.
/// </summary>
public sealed record ElsewhereAnswer : Answer;

/// <summary>
/// A question about one intake field answered in free text. A short answer is the answer; a sentence given to a
/// short question ("what is your user ID?" — "I can't log in, my username is budi88 and it says E401") is read, not
/// refused: the asked field is taken from it when it is there, and when it is not but the text says other things,
/// the answer is <see cref="ElsewhereAnswer"/> so the interview keeps those and asks again.
/// </summary>
public sealed class FieldTextPrompt(string id, IntakeField field, UserClock clock, int shortWords, Func<string, Message?>? validator = null, int maxLength = 4000)
    : Prompt(id)
{
    protected override Task<Recognition> RecognizeAsync(DialogContext dc, PromptOptions options) =>
        Task.FromResult(EarlierAnswerCorrection.Unless(Recognize(dc, options), dc, field.Id, clock));

    private Recognition Recognize(DialogContext dc, PromptOptions options)
    {
        var text = AlreadySaid.Without(dc.Turn.Text);
        if (text.Length == 0) return Recognition.Fail();
        // "pake no hp 0812 3456 7890": a phone number given as the id is the id, all of it.
        if (field == IntakeField.UserId && UserIdAnswer.PhoneNumber(text) is { } phone) return Recognition.Of(new TextAnswer(phone));
        // "It is my BT email, margaret.hollis@btinternet.com": the address they sign in with is the id.
        if (field == IntakeField.UserId && UserIdAnswer.AddressGiven(text) is { } address) return Recognition.Of(new TextAnswer(address));
        // "it's the same as my email dear" (the seventh trial, refused): the address the report already has is the id.
        if (field == IntakeField.UserId && UserIdAnswer.SameAsEmail(text) && dc.Find<WaterfallState<IntakeValues>>()?.Values.Email is { } email)
        {
            return Recognition.Of(new TextAnswer(email));
        }
        if (field == IntakeField.UserId) text = UserIdAnswer.WithoutLeadIn(text);
        // A suggested choice, clicked or typed, stands for its canonical value.
        if (options.Choices is { Count: > 0 } choices && ChoicePrompt.Match(dc, choices, text) is { } choice)
        {
            return Recognition.Of(new TextAnswer(choice.Value));
        }
        // A service typed in the user's words ("aplikasi hp") is kept as the service it names.
        if (field == IntakeField.Service && clock.Services.FindAnswered(text) is { } named) return Recognition.Of(new TextAnswer(named));
        // "hmm actually it's the website, not email" (the eighth trial kept it word for word): the service it is, not the one it is not.
        if (field == IntakeField.Service && SummaryCorrection.WithoutWhatItIsNot(text) is var kept && kept != text
            && clock.Services.FindAnswered(kept) is { } meant) return Recognition.Of(new TextAnswer(meant));
        // "today 7am" typed to the service question (the sixth trial threw it away): kept for the time's question, this one asked again.
        if (field == IntakeField.Service && ServiceAnswer.OnlyTime(text)) return ElsewhereOr(dc, clock, Message.Of("Intake.service.Retry"));
        if (CountWords(text) > shortWords || text.Length > maxLength)
        {
            var reading = FreeTextReader.Read(text, clock.ReadingContext(dc.Turn));
            if (field.Read(reading) is { } found) return Recognition.Of(new TextAnswer(found));
            // "I use budi_s88 on the website": the one word shaped like an id is the id.
            if (field == IntakeField.UserId && (UserIdFinder.Leading(text) ?? UserIdFinder.OnlyIdShaped(text)) is { } id) return Recognition.Of(new TextAnswer(id));
            if (!reading.IsEmpty) return Recognition.Of(new ElsewhereAnswer());
            if (text.Length > maxLength) return Recognition.Fail(Message.Of("Prompt.TooLong", maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        var problem = validator?.Invoke(text);
        return problem is null ? Recognition.Of(new TextAnswer(text)) : Recognition.Fail(problem);
    }

    /// <summary>For a prompt whose own reading failed: <see cref="ElsewhereAnswer"/> when the text gave other answers, else the retry.</summary>
    /// <remarks>
    /// Other answers the interview already has are no answer: "SEND EMAIL TO MY DAUGTHER" to the time question of a report
    /// about mail says nothing new, and counts as a failed try, so the question offers a way out after three (the seventh
    /// trial's user was asked for the time six times, each re-asked as if for the first time).
    /// </remarks>
    public static Recognition ElsewhereOr(DialogContext dc, UserClock clock, Message retry)
    {
        var reading = FreeTextReader.Read(dc.Turn.Text, clock.ReadingContext(dc.Turn));
        var draft = dc.Find<WaterfallState<IntakeValues>>()?.Values;
        return reading.IsEmpty || draft is not null && !IntakeField.All.Any(f => f.Read(reading) is not null && string.IsNullOrWhiteSpace(f.Show(draft)))
            ? Recognition.Fail(retry)
            : Recognition.Of(new ElsewhereAnswer());
    }

    /// <summary>What a free-text reading says of the field with this id (the field's own parser), or null.</summary>
    public static string? ValueOf(FreeTextReading reading, string field) => IntakeField.Find(field)?.Read(reading);

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }
}
