using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Escalations;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Handoff;

/// <summary>Handoff states are one enum end to end; what is stored and what is sent keep the names they had as strings.</summary>
public sealed class HandoffStateTests : IDisposable
{
    private readonly HelpdeskApp app = new();

    /// <summary>A conversation saved while its state was a string ("requested", "accepted") loads as the enum.</summary>
    [Theory]
    [InlineData("requested", EscalationState.Requested)]
    [InlineData("accepted", EscalationState.Accepted)]
    public void A_conversation_stored_with_the_old_string_state_still_loads(string stored, EscalationState expected)
    {
        var options = app.Get<DialogSet>().JsonOptions;
        var json = $$$"""{"stack":[],"greeted":true,"turnCount":4,"handoff":{"escalationId":"esc-0123456789abcdef","state":"{{{stored}}}","agent":"siti","waitingAcknowledged":true}}""";

        var state = JsonSerializer.Deserialize<ConversationState>(json, options)!;

        Assert.Equal(new HandoffStatus("esc-0123456789abcdef", expected, "siti", WaitingAcknowledged: true), state.Handoff);
        // Written back, it is the same value a store already holds.
        var written = JsonDocument.Parse(JsonSerializer.Serialize(state, options)).RootElement.GetProperty("handoff");
        Assert.Equal(stored, written.GetProperty("state").GetString());
    }

    [Fact]
    public void A_state_the_enum_does_not_name_is_refused_rather_than_read_as_another()
    {
        var options = app.Get<DialogSet>().JsonOptions;
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ConversationState>("""{"handoff":{"escalationId":"esc-1","state":"waiting"}}""", options));
    }

    /// <summary>The contract's <c>handoff.state</c> values are the names DESIGN.md lists, not the enum's C# names or numbers.</summary>
    [Theory]
    [InlineData(EscalationState.Requested, "requested")]
    [InlineData(EscalationState.Accepted, "accepted")]
    [InlineData(EscalationState.Resolved, "resolved")]
    [InlineData(EscalationState.TimedOut, "timedOut")]
    public void The_contract_sends_each_state_by_its_name(EscalationState state, string sent)
    {
        var activity = new Activity { Type = ActivityTypes.Message, ChannelData = new HelpdeskChannelData { Handoff = new HandoffInfo(state, "siti") }.ToChannelData() };
        var roundTripped = ActivityJson.Deserialize(ActivityJson.Serialize(activity));

        Assert.Equal(sent, WireContract.HandoffState(roundTripped!));
        Assert.Equal(state, HelpdeskChannelData.From(roundTripped!)!.Handoff!.State);
    }

    public void Dispose() => app.Dispose();
}
