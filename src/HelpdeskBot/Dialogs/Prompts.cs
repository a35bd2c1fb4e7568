using System.Net.Mail;

namespace HelpdeskBot.Dialogs;

/// <summary>Free text, checked by an optional validator that returns the reason an answer is not enough.</summary>
public sealed class TextPrompt(string id, Func<string, Message?>? validator = null, int maxLength = 4000) : Prompt(id)
{
    protected override Task<Recognition> RecognizeAsync(DialogContext dc, PromptOptions options)
    {
        var text = dc.Turn.Text;
        if (text.Length == 0) return Task.FromResult(Recognition.Fail());
        if (text.Length > maxLength) return Task.FromResult(Recognition.Fail(Message.Of("Prompt.TooLong", maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        // A suggested choice, clicked or typed, stands for its canonical value.
        if (options.Choices is { Count: > 0 } choices && ChoicePrompt.Match(dc, choices, text) is { } choice)
        {
            return Task.FromResult(Recognition.Of(new TextAnswer(choice.Value)));
        }
        var problem = validator?.Invoke(text);
        return Task.FromResult(problem is null ? Recognition.Of(new TextAnswer(text)) : Recognition.Fail(problem));
    }
}

/// <summary>One of a list: by its title in either language, its value, a synonym, or its number.</summary>
public sealed class ChoicePrompt(string id) : Prompt(id)
{
    protected override bool RecognizesControlWords => true;

    protected override Task<Recognition> RecognizeAsync(DialogContext dc, PromptOptions options)
    {
        var choice = options.Choices is { } choices ? MatchLoosely(dc, choices, dc.Turn.Text) : null;
        return Task.FromResult(choice is null
            ? Recognition.Fail(Message.Of("Prompt.PickOne"))
            : Recognition.Of(new ChoiceAnswer(choice.Value, dc.Turn.Text)));
    }

    public static Choice? Match(DialogContext dc, IReadOnlyList<Choice> choices, string text)
    {
        var n = TypedText.Normalize(text);
        if (n.Length == 0) return null;
        if (int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            && index >= 1 && index <= choices.Count)
        {
            return choices[index - 1];
        }
        foreach (var choice in choices)
        {
            if (TypedText.Normalize(choice.Value) == n) return choice;
            foreach (var language in Resources.Localizer.Languages)
            {
                if (TypedText.Normalize(choice.Title.Render(dc.Turn.Strings, language)) == n) return choice;
            }
            if (choice.Synonyms?.Any(s => TypedText.Normalize(s) == n) == true) return choice;
        }
        return BySlip(dc, choices, n);
    }

    /// <summary>
    /// "emial", "Paymnet", "laporkan masalh" (the fourteenth trial kept "emial" as the service): a choice's title or value
    /// typed with one slip in one of its words, the others as they are — and no other choice reads so.
    /// </summary>
    private static Choice? BySlip(DialogContext dc, IReadOnlyList<Choice> choices, string n)
    {
        var typed = n.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (typed.Length is 0 or > 4) return null;
        Choice? found = null;
        foreach (var choice in choices)
        {
            var names = Resources.Localizer.Languages.Select(l => TypedText.Normalize(choice.Title.Render(dc.Turn.Strings, l)))
                .Append(TypedText.Normalize(choice.Value)).Concat(choice.Synonyms?.Select(TypedText.Normalize) ?? []);
            if (!names.Any(name => OneWordSlipped(typed, name.Split(' ', StringSplitOptions.RemoveEmptyEntries)))) continue;
            if (found is not null && found != choice) return null;
            found = choice;
        }
        return found;
    }

    private static bool OneWordSlipped(string[] typed, string[] name)
    {
        if (typed.Length != name.Length) return false;
        var slips = 0;
        for (var i = 0; i < typed.Length; i++)
        {
            if (typed[i] == name[i]) continue;
            if (!TypedText.OneSlipFrom(typed[i], name[i]) || ++slips > 1) return false;
        }
        return slips == 1;
    }

    /// <summary>
    /// For a question that is only a choice: also "the first one" and a word of one choice's title ("pembayaran" for
    /// "Pembayaran dan transaksi"). Not for the summary, where "the ticket number is wrong" must not pick "create the ticket".
    /// </summary>
    public static Choice? MatchLoosely(DialogContext dc, IReadOnlyList<Choice> choices, string text)
    {
        if (Match(dc, choices, text) is { } exact) return exact;
        var n = TypedText.Normalize(text);
        return Ordinal(n) is { } ordinal && ordinal <= choices.Count ? choices[ordinal - 1] : ByOneWord(dc, choices, n);
    }

    /// <summary>"the first one", "yg pertama", "nomor 2": a choice by its place.</summary>
    private static int? Ordinal(string n)
    {
        var words = n.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 4) return null;
        foreach (var word in words)
        {
            var place = word switch
            {
                "first" or "pertama" or "1st" => 1,
                "second" or "kedua" or "2nd" => 2,
                "third" or "ketiga" or "3rd" => 3,
                "fourth" or "keempat" or "4th" => 4,
                "fifth" or "kelima" or "5th" => 5,
                _ => 0,
            };
            if (place > 0) return place;
        }
        return null;
    }

    /// <summary>"pembayaran", "fitur ga jalan": the typed words name one choice's title (its longer words), and no other.</summary>
    private static Choice? ByOneWord(DialogContext dc, IReadOnlyList<Choice> choices, string n)
    {
        var typed = n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '!', '?')).Where(w => w.Length >= 4).ToHashSet(StringComparer.Ordinal);
        if (typed.Count == 0 || n.Length > 60) return null;
        Choice? found = null;
        foreach (var choice in choices)
        {
            var titles = Resources.Localizer.Languages.Select(l => TypedText.Normalize(choice.Title.Render(dc.Turn.Strings, l))).Append(TypedText.Normalize(choice.Value));
            if (!titles.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Any(typed.Contains)) continue;
            if (found is not null) return null;
            found = choice;
        }
        return found;
    }
}

/// <summary>Yes or no, in English or Indonesian.</summary>
public sealed class ConfirmPrompt(string id) : Prompt(id)
{
    protected override bool RecognizesControlWords => true;

    protected override Task<Recognition> RecognizeAsync(DialogContext dc, PromptOptions options)
    {
        var text = dc.Turn.Text;
        if (options.Choices is { Count: > 0 } choices && ChoicePrompt.Match(dc, choices, text) is { } choice)
        {
            return Task.FromResult(Recognition.Of(new ChoiceAnswer(choice.Value, text)));
        }
        if (PromptWords.IsYes(text)) return Task.FromResult(Recognition.Of(new ConfirmAnswer(true)));
        if (PromptWords.IsNo(text)) return Task.FromResult(Recognition.Of(new ConfirmAnswer(false)));
        return Task.FromResult(Recognition.Fail(Message.Of("Prompt.YesOrNo")));
    }
}

/// <summary>An email address: one address, with a domain that has a dot.</summary>
public sealed class EmailPrompt(string id) : Prompt(id)
{
    protected override Task<Recognition> RecognizeAsync(DialogContext dc, PromptOptions options)
    {
        var text = dc.Turn.Text;
        return Task.FromResult(IsValid(text, out var address)
            ? Recognition.Of(new TextAnswer(address))
            : Recognition.Fail(Message.Of("Prompt.BadEmail")));
    }

    public static bool IsValid(string text, out string address)
    {
        address = "";
        var t = text.Trim().Trim('<', '>');
        if (t.Length is < 3 or > 254 || t.Any(char.IsWhiteSpace)) return false;
        if (!MailAddress.TryCreate(t, out var parsed) || parsed.Address != t) return false;
        var host = parsed.Host;
        if (!host.Contains('.', StringComparison.Ordinal) || host.StartsWith('.') || host.EndsWith('.') || host.Contains("..", StringComparison.Ordinal)) return false;
        address = parsed.Address;
        return true;
    }
}
