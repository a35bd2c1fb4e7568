using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Turns;

public sealed class ConversationSignalsTests
{
    [Fact]
    public void A_change_taken_before_a_read_completes_when_the_log_grows_before_the_wait()
    {
        var bus = new RecordingBus();
        var signals = new ConversationSignals(bus);
        using var watch = signals.Watch("c1");
        var changed = watch.Changed();
        // A commit lands between the stream's store read and its wait: the wait must not miss it.
        signals.Notify("c1");
        Assert.True(changed.IsCompleted);
        Assert.False(watch.Changed().IsCompleted);
        Assert.Equal(["c1"], bus.Published);
    }

    [Fact]
    public void Another_instances_signal_wakes_only_that_conversation_and_a_rejoin_wakes_all()
    {
        var bus = new RecordingBus();
        var signals = new ConversationSignals(bus);
        using var one = signals.Watch("c1");
        using var two = signals.Watch("c2");
        var first = one.Changed();
        var second = two.Changed();
        bus.Sink!.Wake("c2");
        Assert.False(first.IsCompleted);
        Assert.True(second.IsCompleted);
        bus.Sink.WakeAll();
        Assert.True(first.IsCompleted);
        Assert.Empty(bus.Published);
    }

    [Fact]
    public void A_conversation_is_forgotten_when_its_last_stream_closes_and_waits_have_no_timer_when_the_bus_reaches_everyone()
    {
        var signals = new ConversationSignals(new RecordingBus());
        var first = signals.Watch("c1");
        var second = signals.Watch("c1");
        first.Dispose();
        Assert.Equal(1, signals.WatchedCount);
        second.Dispose();
        Assert.Equal(0, signals.WatchedCount);
        Assert.Equal(Timeout.InfiniteTimeSpan, signals.Recheck);
        Assert.Equal(ConversationSignals.StoreRecheck, new ConversationSignals(new InProcessSignalBus()).Recheck);
    }

    private sealed class RecordingBus : IConversationSignalBus
    {
        public List<string> Published { get; } = [];
        public IConversationSignalSink? Sink { get; private set; }
        public bool ReachesOtherInstances => true;
        public void Publish(string conversationId) => Published.Add(conversationId);
        public void Attach(IConversationSignalSink sink) => Sink = sink;
    }
}
