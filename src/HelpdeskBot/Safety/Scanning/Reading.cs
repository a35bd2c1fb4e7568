namespace HelpdeskBot.Safety.Scanning;

/// <summary>How firmly the words after a keyword tie it to what follows.</summary>
internal enum Link
{
    None,

    /// <summary>A possessive or suffix: "password saya", "passwordnya", "PIN-ku".</summary>
    Medium,

    /// <summary>A connector: "is", "adalah", "changed it to".</summary>
    Connected,

    /// <summary>A colon, equals sign or arrow.</summary>
    Strong,
}

/// <summary>How the text ended, when it ended before a value was found.</summary>
internal enum Ending
{
    /// <summary>It did not end there, or what came last does not wait for a value.</summary>
    None,

    /// <summary>Right after the keyword or a possessive: "here's my password", "ini PIN saya".</summary>
    AfterKeyword,

    /// <summary>Right after a link: "my password is", "PIN saya:", "kode OTP nya adalah".</summary>
    AfterLink,
}

/// <summary>What a reader found after a keyword: a value [Start, End), or how the text ended without one.</summary>
internal readonly record struct Reading(bool Found, int Start, int End, Ending Ending)
{
    public static Reading Nothing => default;

    public static Reading Value(int start, int end) => new(true, start, end, Ending.None);

    /// <summary>The search ran out of text; whether that counts as waiting for a value depends on what came last.</summary>
    public static Reading RanOut(string text, int pos, Ending ending) =>
        new(false, 0, 0, OnlyPunctuationLeft(text, pos) ? ending : Ending.None);

    /// <summary>Nothing but spaces and closing punctuation left; a question mark means a question, not a value to come.</summary>
    private static bool OnlyPunctuationLeft(string text, int pos)
    {
        for (var k = pos; k < text.Length; k++)
        {
            var c = text[k];
            if (char.IsLetterOrDigit(c) || c == '?')
            {
                return false;
            }
        }

        return true;
    }
}
