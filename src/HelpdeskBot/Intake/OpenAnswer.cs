using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Intake;

/// <summary>
/// Checks a typed answer to an open question ("what did you expect?", "what did you do just before?"): a lone "ya", "ok"
/// or "sure" agrees to something but answers nothing, so it is asked again rather than kept as the answer.
/// </summary>
public static class OpenAnswer
{
    public static Message? Check(string text) =>
        text.Trim().Length < 2 || PromptWords.IsYes(text) ? Message.Of("Intake.OpenAnswer.Retry") : null;
}
