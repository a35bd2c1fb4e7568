using HelpdeskBot.Bot;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskBot.Tests.Dialogs;

/// <summary>A small waterfall used to test the engine on its own: a required name, a colour, an optional comment, a confirmation.</summary>
public sealed record SurveyValues(string? Name = null, string? Colour = null, string? Comment = null);

public sealed class SurveyDialog(TextPrompt name, ChoicePrompt colour, TextPrompt comment, ConfirmPrompt confirm) : WaterfallDialog<SurveyValues>("test.survey")
{
    public const int StepCount = 3;

    protected override IReadOnlyList<Func<WaterfallStepContext<SurveyValues>, Task<DialogTurnStatus>>> Steps =>
    [
        async step => step.Result is { Answer: TextAnswer a }
            ? await Keep(step, step.Values with { Name = a.Text })
            : await step.PromptAsync(name, new PromptOptions { Field = "name", Text = Message.Text("What is your name?"), Retry = Message.Text("Names have at least 3 letters."), QuestionNumber = 1, QuestionCount = StepCount }),
        async step => step.Result is { Answer: ChoiceAnswer c }
            ? await Keep(step, step.Values with { Colour = c.Value })
            : await step.PromptAsync(colour, new PromptOptions
            {
                Field = "colour", Text = Message.Text("Favourite colour?"), QuestionNumber = 2, QuestionCount = StepCount,
                Choices = [new Choice("red", Message.Text("Red"), ["merah"]), new Choice("blue", Message.Text("Blue"), ["biru"])],
            }),
        async step => step.Result switch
        {
            { Answer: TextAnswer a } => await Keep(step, step.Values with { Comment = a.Text }),
            { Outcome: DialogOutcome.Skipped } => await Keep(step, step.Values with { Comment = null }),
            _ => await step.PromptAsync(comment, new PromptOptions { Field = "comment", Text = Message.Text("Any comment?"), Optional = true, QuestionNumber = 3, QuestionCount = StepCount }),
        },
        async step =>
        {
            if (step.Result is { Answer: ConfirmAnswer { Value: true } })
            {
                step.Turn.Send(Message.Text($"Saved {step.Values.Name}/{step.Values.Colour}/{step.Values.Comment ?? "-"}"));
                return await step.EndAsync();
            }
            if (step.Result is { Answer: ConfirmAnswer { Value: false } })
            {
                step.Turn.Send(Message.Text("Discarded"));
                return await step.EndAsync();
            }
            return await step.PromptAsync(confirm, new PromptOptions { Field = "confirm", Text = Message.Text($"Save {step.Values.Name}/{step.Values.Colour}?") });
        },
    ];

    private static Task<DialogTurnStatus> Keep(WaterfallStepContext<SurveyValues> step, SurveyValues values)
    {
        step.SetValues(values);
        return step.NextAsync();
    }
}

public sealed class SurveyIntent(SurveyDialog survey) : IIntent
{
    public string Id => "survey";
    public int Order => 99;
    public Choice? MenuChoice => null;
    public bool Interrupts => false;
    public bool Matches(string text) => text.Trim().Equals("start survey", StringComparison.OrdinalIgnoreCase);
    public Task<DialogTurnStatus> StartAsync(DialogContext dc) => dc.BeginDialogAsync(survey, new WaterfallState<SurveyValues>(0, new SurveyValues()));

    public static void Register(IServiceCollection services)
    {
        var name = new TextPrompt("test.name", t => t.Trim().Length < 3 ? Message.Text("Names have at least 3 letters.") : null);
        var colour = new ChoicePrompt("test.colour");
        var comment = new TextPrompt("test.comment");
        var confirm = new ConfirmPrompt("test.confirm");
        var survey = new SurveyDialog(name, colour, comment, confirm);
        foreach (var dialog in new Dialog[] { name, colour, comment, confirm, survey }) services.AddSingleton(dialog);
        services.AddSingleton<IIntent>(new SurveyIntent(survey));
    }
}
