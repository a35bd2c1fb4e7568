using System.Globalization;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Concurrency;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Resources;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Turns;

/// <summary>A conversation as one attempt of a write found it.</summary>
public sealed record LoadedConversation(string ConversationId, ConversationState State, long LastSequence, DateTimeOffset Now, int Attempt)
{
    /// <summary>The id the next activity logged in this conversation gets.</summary>
    public string NextActivityId => ConversationWriter.ActivityId(ConversationId, LastSequence + 1);
}

/// <summary>
/// What one attempt changed: the turn (the state it changed, its replies, its after-commit work) and the activity
/// its replies answer. A user's turn also logs that inbound activity before the replies and marks it processed, and may
/// rewrite activities already logged (a message the user took back, and the replies that repeated what it held).
/// </summary>
public sealed record ConversationChange(TurnContext Turn, Activity Inbound, bool LogInbound = false, ProcessedActivity? Processed = null,
    IReadOnlyList<LoggedActivity>? Rewritten = null);

/// <summary>An activity already in the conversation's log, at <see cref="Sequence"/>, as it is to read from now on.</summary>
public sealed record LoggedActivity(long Sequence, Activity Activity);

/// <summary>
/// How a write ended: committed after <see cref="Attempts"/> attempts, with the turn that won and the replies it
/// logged (addressed, with their ids); or the activity had been processed already, logged as <see cref="ActivityId"/>.
/// </summary>
public sealed record ConversationWrite(bool Duplicate, int Attempts, TurnContext? Turn, IReadOnlyList<Activity> Replies, string? ActivityId)
{
    public static ConversationWrite AlreadyProcessed(string activityId) => new(true, 0, null, [], activityId);
}

/// <summary>
/// The one way anything is written to a conversation, by a user's turn or from outside one (an agent's reply, a
/// ticket's new status, a handoff timing out): one writer at a time per conversation in this process; load the state
/// with its ETag; let the caller change it; commit state, log and processed id together with If-Match, and on a
/// conflict load and change again; only after the commit, deliver the replies and run the after-commit work. A change
/// must therefore be a function of (state, input), with idempotent side effects.
/// </summary>
public sealed partial class ConversationWriter(
    IConversationStore store,
    ConversationStates states,
    ConversationLocks locks,
    ConversationSignals signals,
    Localizer strings,
    IEnumerable<IReplyDelivery> deliveries,
    TimeProvider clock,
    IOptions<BotIdentityOptions> identity,
    ILogger<ConversationWriter> logger)
{
    public const int MaxAttempts = 8;

    /// <summary>
    /// Writes one change to a conversation. With a <paramref name="processedKey"/>, an activity already processed under
    /// that key is not run again (channels retry): the answer is its earlier id.
    /// </summary>
    /// <exception cref="ConversationBusyException">The conversation kept changing under the change.</exception>
    public async Task<ConversationWrite> WriteAsync(string conversationId, string? processedKey, Func<LoadedConversation, Task<ConversationChange>> change, CancellationToken cancellationToken = default)
    {
        using var _ = await locks.AcquireAsync(conversationId, cancellationToken);
        // The first attempt's state comes with the check for a channel's retry, in one read where the store can.
        ConversationSnapshot? first = null;
        if (processedKey is not null)
        {
            var read = await store.LoadUnlessProcessedAsync(conversationId, processedKey, cancellationToken);
            if (read.Processed is { } earlier)
            {
                LogDuplicate(logger, conversationId);
                return ConversationWrite.AlreadyProcessed(earlier);
            }
            first = read.Snapshot;
        }
        return await ETagRetry.RunAsync(MaxAttempts, async attempt =>
        {
            var snapshot = attempt == 1 && first is not null ? first : await store.LoadAsync(conversationId, cancellationToken);
            var loaded = new LoadedConversation(conversationId, states.Read(snapshot), snapshot.LastSequence, clock.GetUtcNow(), attempt);
            var changed = await change(loaded);
            var turn = changed.Turn;
            var log = new List<Activity>(turn.Replies.Count + 1);
            if (changed.LogInbound) log.Add(changed.Inbound);
            var sequence = snapshot.LastSequence + log.Count;
            foreach (var reply in turn.Replies)
            {
                // Distinct, increasing timestamps: clients order by them.
                log.Add(Address(reply, changed.Inbound, turn.Language, ActivityId(conversationId, ++sequence), loaded.Now.AddMilliseconds(log.Count)));
            }
            var replies = changed.LogInbound ? log.GetRange(1, log.Count - 1) : log;
            // Proactive messages go out through the outbox, committed with the change; a turn's replies are answered at once.
            var (outbox, outboxed) = IsProactive(changed.Inbound) ? Outbox(changed.Inbound.ChannelId, replies, loaded.State.Reference) : ([], []);
            var rewritten = changed.Rewritten is { Count: > 0 } r ? r.Select(a => new StoredActivity(a.Sequence, ActivityJson.Serialize(a.Activity))).ToList() : null;
            var commit = new ConversationCommit(conversationId, snapshot.Version, states.Write(turn.State), log.ConvertAll(ActivityJson.Serialize), changed.Processed, outbox, rewritten);
            var result = await store.CommitAsync(commit, cancellationToken);
            switch (result.Outcome)
            {
                case CommitOutcome.Committed:
                    signals.Notify(conversationId);
                    await DeliverAsync(changed.Inbound.ChannelId, replies, conversationId, outboxed);
                    await RunAfterCommitAsync(turn, conversationId);
                    return ETagAttempt.Done(new ConversationWrite(false, attempt, turn, replies, changed.LogInbound ? changed.Inbound.Id : null));
                case CommitOutcome.Duplicate when changed.Processed is { } processed:
                    LogDuplicate(logger, conversationId);
                    var id = await store.FindProcessedAsync(conversationId, processed.Key, cancellationToken) ?? processed.ResultId;
                    return ETagAttempt.Done(ConversationWrite.AlreadyProcessed(id));
                default:
                    if (attempt < MaxAttempts) LogConflict(logger, conversationId, attempt);
                    return ETagAttempt<ConversationWrite>.Lost;
            }
        }, () => throw new ConversationBusyException(conversationId));
    }

    /// <summary>
    /// Runs <paramref name="work"/> against a conversation without a user message (an agent's reply, a status
    /// notification), addressed by the conversation's stored reference, with the same guarantees as a turn.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> RunProactiveAsync(string conversationId, Func<TurnContext, Task> work, CancellationToken cancellationToken = default)
    {
        var write = await WriteAsync(conversationId, null, async loaded =>
        {
            var reference = loaded.State.Reference ?? new ConversationReference { Conversation = new ConversationAccount { Id = conversationId } };
            var context = new Activity
            {
                Type = ActivityTypes.Event,
                Name = "proactive",
                ChannelId = reference.ChannelId,
                ServiceUrl = reference.ServiceUrl,
                Conversation = reference.Conversation,
                From = reference.User,
                Recipient = reference.Bot,
                Locale = reference.Locale,
            };
            var turn = NewTurn(context, loaded, cancellationToken);
            await work(turn);
            return new ConversationChange(turn, context);
        }, cancellationToken);
        return write.Replies;
    }

    /// <summary>The activities logged after <paramref name="afterSequence"/>, oldest first.</summary>
    public async Task<IReadOnlyList<LoggedActivity>> ReadLoggedAsync(string conversationId, long afterSequence, CancellationToken cancellationToken = default)
    {
        var found = await store.ReadActivitiesAsync(conversationId, afterSequence, 100, cancellationToken);
        return [.. found.Select(a => new LoggedActivity(a.Sequence, ActivityJson.Deserialize(a.Json)))];
    }

    /// <summary>A turn on <paramref name="activity"/> over the state one attempt loaded.</summary>
    public TurnContext NewTurn(Activity activity, LoadedConversation loaded, CancellationToken cancellationToken) =>
        new(activity, loaded.State, strings, cancellationToken);

    public static string ActivityId(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);

    private static bool IsProactive(Activity inbound) => inbound.Type == ActivityTypes.Event && inbound.Name == "proactive";

    /// <summary>The outbox messages the channel's deliveries make of a proactive change's replies, and which deliveries made them.</summary>
    private (List<Data.Outbox.OutboxMessage> Messages, HashSet<IReplyDelivery> By) Outbox(string? channelId, IReadOnlyList<Activity> replies, ConversationReference? reference)
    {
        var messages = new List<Data.Outbox.OutboxMessage>();
        var by = new HashSet<IReplyDelivery>();
        if (replies.Count == 0) return (messages, by);
        foreach (var delivery in deliveries)
        {
            if (!delivery.Handles(channelId) || delivery.ToOutbox(replies, reference) is not { } made) continue;
            messages.AddRange(made);
            by.Add(delivery);
        }
        return (messages, by);
    }

    private async Task DeliverAsync(string? channelId, IReadOnlyList<Activity> replies, string conversationId, HashSet<IReplyDelivery> outboxed)
    {
        if (replies.Count == 0) return;
        foreach (var delivery in deliveries)
        {
            if (!delivery.Handles(channelId) || outboxed.Contains(delivery)) continue;
            try
            {
                await delivery.DeliverAsync(replies, CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                // The replies are in the log (the transcript); the channel did not take them even after retries.
                LogDeliveryFailed(logger, conversationId, channelId, e.GetType().Name);
            }
        }
    }

    private async Task RunAfterCommitAsync(TurnContext turn, string conversationId)
    {
        foreach (var work in turn.AfterCommitWork)
        {
            try
            {
                await work(CancellationToken.None);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The turn is saved and answered; a failed side job (a mail server down) must not undo that.
                LogAfterCommitFailed(logger, conversationId, e.GetType().Name);
            }
        }
    }

    private Activity Address(Activity reply, Activity inbound, string language, string id, DateTimeOffset now) => reply with
    {
        Id = id,
        Timestamp = now,
        ChannelId = inbound.ChannelId,
        ServiceUrl = inbound.ServiceUrl,
        Conversation = inbound.Conversation,
        From = reply.From ?? inbound.Recipient ?? new ChannelAccount { Id = identity.Value.Id, Name = identity.Value.Name, Role = "bot" },
        Recipient = reply.Recipient ?? inbound.From,
        ReplyToId = reply.ReplyToId ?? (inbound.Name == "proactive" ? null : inbound.Id),
        Locale = Localizer.LocaleOf(language),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity for conversation {ConversationId} was already processed; not running it again.")]
    private static partial void LogDuplicate(ILogger logger, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replies for conversation {ConversationId} could not be delivered to channel {ChannelId} ({Error}).")]
    private static partial void LogDeliveryFailed(ILogger logger, string conversationId, string? channelId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Follow-up work after a turn in conversation {ConversationId} failed ({Error}).")]
    private static partial void LogAfterCommitFailed(ILogger logger, string conversationId, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Conversation {ConversationId} changed during the turn (attempt {Attempt}); running it again.")]
    private static partial void LogConflict(ILogger logger, string conversationId, int attempt);
}

/// <summary>The conversation kept changing under the turn; the client may retry.</summary>
public sealed class ConversationBusyException(string conversationId)
    : Exception($"Conversation {conversationId} is busy; try again.");
