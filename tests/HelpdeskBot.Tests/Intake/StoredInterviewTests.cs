using System.Text.Json;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Intake;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Intake;

/// <summary>
/// The code names the three "steps" apart (the waterfall's step, the question's place in the interview, the user's repro
/// steps) and a prompt's failed answers apart from the attempts field; what conversations already stored keeps its names.
/// </summary>
public sealed class StoredInterviewTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    [Fact]
    public void An_interview_stored_under_the_old_names_loads_with_every_value()
    {
        var options = app.Get<DialogSet>().JsonOptions;
        const string json = """
            {"stack":[
              {"dialogId":"intake","state":{"$state":"WaterfallState<IntakeValues>","step":7,"values":{"intakeId":"abc","userId":"budi_s88","steps":"Opened the app and tapped Pay","attempts":"I restarted it"}}},
              {"dialogId":"intake.text","state":{"$state":"PromptState","options":{"field":"history","text":{"key":"Intake.history.Ask"},"step":6,"steps":9},"attempts":2}}
            ]}
            """;

        var state = JsonSerializer.Deserialize<ConversationState>(json, options)!;

        var interview = Assert.IsType<WaterfallState<IntakeValues>>(state.Stack[0].State);
        Assert.Equal(7, interview.Step);
        Assert.Equal("Opened the app and tapped Pay", interview.Values.ReproSteps);
        Assert.Equal("I restarted it", interview.Values.Attempts);
        var prompt = Assert.IsType<PromptState>(state.Stack[1].State);
        Assert.Equal(2, prompt.FailedAnswers);
        Assert.Equal((6, 9), (prompt.Options.QuestionNumber, prompt.Options.QuestionCount));

        // Written back, the names are the ones stored.
        var written = JsonDocument.Parse(JsonSerializer.Serialize(state, options)).RootElement.GetProperty("stack");
        Assert.Equal("Opened the app and tapped Pay", written[0].GetProperty("state").GetProperty("values").GetProperty("steps").GetString());
        Assert.Equal(2, written[1].GetProperty("state").GetProperty("attempts").GetInt32());
        Assert.Equal(9, written[1].GetProperty("state").GetProperty("options").GetProperty("steps").GetInt32());
    }

    public void Dispose() => app.Dispose();
}
