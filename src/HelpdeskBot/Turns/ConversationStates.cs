using System.Text.Json;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Dialogs;

namespace HelpdeskBot.Turns;

/// <summary>
/// Reads and writes a conversation's <see cref="ConversationState"/> document (its dialog stack is polymorphic: the
/// dialogs' JSON options). Kept apart from the <see cref="ConversationWriter"/> so that what the writer delivers
/// through (a channel checking a stored reference) can read a state without depending on the writer.
/// </summary>
public sealed class ConversationStates(IConversationStore store, DialogSet dialogs)
{
    public ConversationState Read(ConversationSnapshot snapshot) =>
        snapshot.StateJson is null
            ? new ConversationState()
            : JsonSerializer.Deserialize<ConversationState>(snapshot.StateJson, dialogs.JsonOptions) ?? new ConversationState();

    public async Task<ConversationState> ReadAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Read(await store.LoadAsync(conversationId, cancellationToken));

    public string Write(ConversationState state) => JsonSerializer.Serialize(state, dialogs.JsonOptions);
}
