using HelpdeskBot.Bot.Understanding;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Resources;

namespace HelpdeskBot.Intake;

/// <summary>
/// The confirmation: "yes" creates the ticket; "edit" (or "edit description", "ubah email", a field's
/// button) goes back to one answer. Answers are <c>yes</c>, <c>edit</c> or <c>edit:&lt;field&gt;</c>; a correction
/// typed in the user's words ("the service is actually the website") is a <see cref="CorrectionAnswer"/>.
/// </summary>
public sealed class SummaryPrompt(UserClock clock) : Prompt("intake.confirm")
{
    /// <summary>The answer's prefix when the user typed an email address for the confirmation.</summary>
    public const string EmailAnswer = "email:";

    /// <summary>The answer to "skip", "no thanks", "tidak perlu": the email offer declined.</summary>
    public const string NoThanks = "nothanks";

    /// <summary>A yes, or a yes to making the ticket ("create it", "ya, buat tiket", "iya buat aja kak").</summary>
    private static readonly YesReader CreateIt = PromptWords.Yes.With(
        ["create", "create it", "yes, create the ticket", "ya, buat tiket", "buat aja", "bikin aja"],
        ["buat", "bikin", "bkin", "buatin", "bikinin", "create", "tiketnya", "ticket", "makasih", "terima", "kasih", "thanks", "thank", "you",
            "dear", "kak", "min", "ya", "yaa", "dong", "aja", "deh"]);

    private static readonly string[] EditWords = ["edit", "change", "ubah", "ganti", "koreksi", "perbaiki", "fix", "correct"];

    protected override bool RecognizesControlWords => true;

    /// <summary>The summary is long: an answer it cannot take gets one line and the buttons, not the whole report again.</summary>
    protected override Task RetryAsync(DialogContext dc, Message problem)
    {
        var options = StateOf(dc).Options;
        dc.Turn.Send(problem, ContractData(options), options.Choices);
        return Task.CompletedTask;
    }

    protected override Task<Recognition> RecognizeAsync(DialogContext dc, PromptOptions options)
    {
        var text = dc.Turn.Text;
        if (options.Choices is { Count: > 0 } choices && ChoicePrompt.Match(dc, choices, text) is { } choice)
        {
            return Done(choice.Value);
        }
        if (CreateIt.Reads(text)) return Done("yes");
        if (EmailPrompt.IsValid(text, out var address)) return Done(EmailAnswer + address);
        if (PromptWords.IsSkip(text) && !PromptWords.IsNo(text) || TypedText.Normalize(text) is "no thanks" or "no email" || IntentReader.SaysNoNeed(text))
        {
            return Done(NoThanks);
        }
        var normalized = TypedText.Normalize(text);
        if (PromptWords.IsNo(text) || EditWords.Contains(normalized)) return Done("edit");
        // "ganti layanannya jadi aplikasi": a new value given is a correction; "ubah layanan" alone asks the question again.
        if (SummaryCorrection.Read(dc, text, clock, plain: false) is { } correction) return Task.FromResult(correction);
        foreach (var word in EditWords)
        {
            if (!normalized.StartsWith(word + " ", StringComparison.Ordinal)) continue;
            var rest = normalized[(word.Length + 1)..].Trim();
            if (FieldNamed(dc, rest) is { } field) return Done("edit:" + field.Id);
        }
        if (SummaryCorrection.Read(dc, text, clock, plain: true) is { } plain) return Task.FromResult(plain);
        // The fifth trial: "yes please, its urgent, 500 thousand is a lot for me" and "email buat apa kak? ya udh rina.ayu99@gmail.com"
        // were asked again. A yes that opens the message, with nothing after it taking it back, is a yes; one address in a
        // short message is the address for the confirmation.
        if (OneAddress(text) is { } typed) return Done(EmailAnswer + typed);
        if (OpensWithYes(text)) return Done("yes");
        return Task.FromResult(Recognition.Fail(Message.Of("Intake.confirm.Retry")));
    }

    private static readonly string[] Buts = ["but", "however", "except", "wait", "tapi", "tp", "namun", "kecuali", "bentar", "tunggu", "salah", "wrong", "not", "bukan"];

    private static bool OpensWithYes(string text)
    {
        var cut = text.IndexOfAny([',', '.', '!', ';']);
        if (cut <= 0 || !CreateIt.Reads(text[..cut])) return false;
        var rest = TypedText.Words(text[(cut + 1)..]);
        return rest.Count <= 20 && !rest.Exists(w => Buts.Contains(w));
    }

    private static string? OneAddress(string text)
    {
        var words = text.Split([' ', '\t', '\n', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 12) return null;
        var found = words.Select(w => EmailPrompt.IsValid(w.TrimEnd('.', '!', '?', ')'), out var a) ? a : null).OfType<string>().ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>A field by its id or its label in either language ("description", "deskripsi masalah", "email").</summary>
    public static IntakeField? FieldNamed(DialogContext dc, string name)
    {
        var n = TypedText.Normalize(name);
        foreach (var field in IntakeField.All)
        {
            if (TypedText.Normalize(field.Id) == n) return field;
            foreach (var language in Localizer.Languages)
            {
                var label = TypedText.Normalize(field.Label.Render(dc.Turn.Strings, language));
                if (label == n || label.StartsWith(n + " ", StringComparison.Ordinal) || n.StartsWith(label, StringComparison.Ordinal)) return field;
            }
        }
        return null;
    }

    private static Task<Recognition> Done(string value) => Task.FromResult(Recognition.Of(new ChoiceAnswer(value, value)));
}
