using System.Collections.Frozen;
using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Intake;

/// <summary>
/// "It's broken" is not a description: answers that only say something is wrong, without what, get a
/// hint with an example of a useful answer.
/// </summary>
public static class ProblemDescription
{
    private static readonly FrozenSet<string> Vague = new[]
    {
        "it's broken", "its broken", "it is broken", "broken", "error", "errors", "an error", "error lagi", "problem", "a problem", "issue",
        "it doesn't work", "it does not work", "doesn't work", "does not work", "not working", "it's not working", "it is not working",
        "help", "bug", "a bug", "crash", "failed", "fail", "same as before", "idk", "i don't know", "something is wrong", "something wrong",
        "rusak", "tidak bisa", "gak bisa", "ga bisa", "nggak bisa", "ngga bisa", "tidak jalan", "gak jalan", "error terus", "eror", "masalah",
        "ada masalah", "gagal", "bermasalah", "tidak berfungsi", "gak berfungsi", "mati", "tolong", "bantu", "aplikasi rusak", "aplikasinya rusak",
        "ada error", "ada eror", "tidak tahu", "gak tahu", "gatau",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Null when the description is specific enough, else the hint to send.</summary>
    public static Message? Check(string text)
    {
        var normalized = TypedText.Normalize(text);
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (Vague.Contains(normalized) || words.Length < 3 && normalized.Length < 15)
        {
            return Message.Of("Intake.description.TooVague");
        }
        return null;
    }
}
