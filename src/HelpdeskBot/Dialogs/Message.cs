using HelpdeskBot.Resources;

namespace HelpdeskBot.Dialogs;

/// <summary>
/// Something the bot will say, kept as a resource key and arguments (or a literal, such as a service name)
/// so that it is rendered in the conversation's language when sent — and again in the new language after
/// the user switches.
/// </summary>
public sealed record Message(string? Key, string? Literal = null, IReadOnlyList<string>? Args = null)
{
    public static Message Of(string key, params IReadOnlyList<string> args) => new(key, null, args.Count == 0 ? null : args);
    public static Message Text(string literal) => new(null, literal);

    public string Render(Localizer strings, string language) =>
        Key is null ? Literal ?? "" : strings.Get(Key, language, Args ?? []);
}

/// <summary>One option of a choice prompt. <paramref name="Value"/> is what the dialog receives.</summary>
public sealed record Choice(string Value, Message Title, IReadOnlyList<string>? Synonyms = null);
