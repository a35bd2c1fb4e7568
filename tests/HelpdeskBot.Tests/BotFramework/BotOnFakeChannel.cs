using HelpdeskBot.Tests.Infrastructure;

namespace HelpdeskBot.Tests.BotFramework;

/// <summary>A test class's fake Azure Bot Service and a bot on Kestrel that trusts it, fresh for each test.</summary>
public abstract class BotOnFakeChannel : IAsyncLifetime
{
    protected FakeChannel Channel { get; private set; } = null!;
    protected HelpdeskApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Channel = await FakeChannel.StartAsync();
        App = BotOnKestrel.Start(Channel);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
