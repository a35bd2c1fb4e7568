using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Data.Tickets;

namespace HelpdeskBot.Data.Tests;

/// <summary>One store implementation under test, fresh for each test.</summary>
public interface IStoreUnderTest : IAsyncDisposable
{
    IConversationStore Conversations { get; }
    ITicketStore Tickets { get; }
    Escalations.IEscalationStore Escalations { get; }
    Agents.IAgentStore Agents { get; }
    Outbox.IOutboxStore Outbox { get; }
}
