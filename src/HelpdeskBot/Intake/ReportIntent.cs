using HelpdeskBot.Bot;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Intake.Extraction;

namespace HelpdeskBot.Intake;

/// <summary>
/// Starts the interview: "report a problem", "lapor masalah" — or a message that describes a problem in the user's
/// own words, which becomes the first answer (the description) with everything else it says read from it, so the
/// interview asks only what is missing.
/// </summary>
public sealed class ReportIntent(IntakeDialog intake, UserClock clock) : IIntent
{
    private static readonly string[] Phrases =
    [
        "report a problem", "report problem", "report an issue", "new ticket", "open a ticket", "create a ticket", "i have a problem",
        "i have an issue", "i've got a problem", "something is wrong", "lapor masalah", "laporkan masalah", "buat tiket", "tiket baru",
        "saya punya masalah", "ada masalah", "mau lapor", "ingin melapor", "melaporkan masalah", "lapor kendala",
    ];

    /// <summary>Words around a request to report that say nothing about the problem itself.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "i", "want", "to", "would", "like", "i'd", "need", "please", "pls", "hi", "hello", "hey", "halo", "hai", "kak", "min", "saya", "sy", "aku",
        "mau", "ingin", "pengen", "tolong", "dong", "ya", "a", "an", "the", "my", "with", "about", "mengenai", "tentang", "soal", "ada", "punya",
        "have", "got", "some", "sebuah", "satu", "selamat", "pagi", "siang", "sore", "malam", "good", "morning", "afternoon", "evening", "there",
        "can", "you", "help", "me", "bantu", "bisa", "minta", "lapor", "report", "problem", "issue", "masalah", "kendala", "ticket", "tiket",
    };

    public string Id => "report";
    public int Order => 10;
    public Choice? MenuChoice { get; } = new("report", Message.Of("Choice.Report"));
    public bool Interrupts => false;

    public bool Matches(string text)
    {
        var normalized = Commands.Normalize(text);
        // "report" and "lapor" alone ask to report; inside a sentence ("the report I sent") they may be about an earlier one.
        return normalized is "lapor" or "report" || Phrases.Any(p => Commands.ContainsPhrase(normalized, p));
    }

    public async Task<DialogTurnStatus> StartAsync(DialogContext dc)
    {
        var turn = dc.Turn;
        var values = IntakeDialog.NewValues();
        if (DescribesProblem(turn.Text))
        {
            values = values with { Description = turn.Text, Prefilled = ["description"], JustRead = ["description"] };
            values = values.Absorb(FreeTextReader.Read(turn.Text, clock.ReadingContext(turn.Activity)));
        }
        var questions = IntakeDialog.Progress(values, 0).Steps - 1;
        var count = questions.ToString(System.Globalization.CultureInfo.InvariantCulture);
        turn.Send(values.Prefilled.Count > 0
            ? Message.Of("Intake.IntroRead", count, IntakeDialog.ReadLabels(turn, values.Prefilled))
            : Message.Of("Intake.Intro", count));
        return await dc.BeginDialogAsync(intake, new WaterfallState<IntakeValues>(0, values));
    }

    /// <summary>
    /// True when the message says what is wrong, not only that something is: once the words that ask to report and
    /// the pleasantries are set aside, what remains is a description the interview would accept.
    /// </summary>
    public static bool DescribesProblem(string text)
    {
        if (ProblemDescription.Check(text) is not null) return false;
        var words = Commands.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rest = string.Join(' ', words.Select(w => w.Trim('.', ',', '!', '?', ':', ';')).Where(w => w.Length > 0 && !Filler.Contains(w)));
        return rest.Length > 0 && ProblemDescription.Check(rest) is null;
    }
}
