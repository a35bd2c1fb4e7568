using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Dialogs;
using HelpdeskBot.Resources;
using HelpdeskBot.Safety;
using HelpdeskBot.Telemetry;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Turns;

/// <summary>The result of one turn: the id the inbound activity was logged under, and the replies.</summary>
public sealed record TurnOutcome(string ActivityId, IReadOnlyList<Activity> Replies, bool Duplicate = false);

public sealed class BotIdentityOptions
{
    public const string Section = "Helpdesk:Bot";
    [Required]
    public string Id { get; set; } = "helpdeskbot";
    [Required]
    public string Name { get; set; } = "HelpdeskBot";
}

/// <summary>
/// The turn pipeline (DESIGN.md, "One turn"): guard, one turn at a time per conversation, drop activities
/// already processed, run the handler on the stored state, save state and log together with If-Match,
/// and only then hand the replies out; on a conflict, reload and run the turn again.
/// </summary>
public sealed partial class TurnProcessor(
    IConversationStore store,
    ConversationLocks locks,
    ConversationSignals signals,
    ActivityGuard guard,
    ITurnHandler handler,
    DialogSet dialogs,
    Localizer strings,
    IServiceProvider services,
    IEnumerable<IReplyDelivery> deliveries,
    TimeProvider clock,
    IOptions<BotIdentityOptions> identity,
    ILogger<TurnProcessor> logger)
{
    private const int MaxAttempts = 8;

    public async Task<TurnOutcome> ProcessAsync(Activity inbound, CancellationToken cancellationToken = default)
    {
        var conversationId = inbound.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(inbound));
        var (activity, refused) = guard.Apply(inbound);
        var key = activity.ClientActivityId ?? activity.Id;
        using var measurement = HelpdeskTelemetry.StartTurn(activity.ChannelId);

        var turnKey = Guid.NewGuid().ToString("N");
        using var _ = await locks.AcquireAsync(conversationId, cancellationToken);
        if (key is not null && await store.FindProcessedAsync(conversationId, key, cancellationToken) is { } earlier)
        {
            measurement.Duplicate();
            LogDuplicate(logger, conversationId);
            return new TurnOutcome(earlier, [], Duplicate: true);
        }

        for (var attempt = 1; ; attempt++)
        {
            var snapshot = await store.LoadAsync(conversationId, cancellationToken);
            var state = ReadState(snapshot);

            // A secret split over two messages ("my password is" / "Sup3r!") is only visible with the state at hand.
            var (guarded, turnRefused, memory) = guard.FollowUp(activity, refused, state.Guard);
            state.Guard = memory;
            var now = clock.GetUtcNow();
            var echoId = ActivityId(conversationId, snapshot.LastSequence + 1);
            var echo = guarded with { Id = echoId, Timestamp = now, ServiceUrl = activity.ServiceUrl };
            state.TurnCount++;
            if (activity.From?.Role is null or "user") state.Reference = echo.GetConversationReference();

            var turn = new TurnContext(echo, state, strings, services, cancellationToken) { Refused = turnRefused, ActivityKey = key ?? turnKey };
            await handler.OnTurnAsync(turn);

            var log = new List<Activity>(turn.Replies.Count + 1) { echo };
            var sequence = snapshot.LastSequence + 1;
            foreach (var reply in turn.Replies)
            {
                // Distinct, increasing timestamps: clients order by them.
                log.Add(Address(reply, echo, turn.Language, ActivityId(conversationId, ++sequence), now.AddMilliseconds(log.Count)));
            }
            var commit = new ConversationCommit(
                conversationId,
                snapshot.Version,
                WriteState(state),
                log.ConvertAll(ActivityJson.Serialize),
                key is null ? null : new ProcessedActivity(key, echoId));
            var result = await store.CommitAsync(commit, cancellationToken);
            switch (result.Outcome)
            {
                case CommitOutcome.Committed:
                    measurement.Committed(attempt, turnRefused);
                    signals.Notify(conversationId);
                    var replies = log.GetRange(1, log.Count - 1);
                    await DeliverAsync(activity.ChannelId, replies, conversationId);
                    await RunAfterCommitAsync(turn, conversationId);
                    return new TurnOutcome(echoId, replies);
                case CommitOutcome.Duplicate:
                    measurement.Duplicate();
                    var id = await store.FindProcessedAsync(conversationId, key!, cancellationToken) ?? echoId;
                    return new TurnOutcome(id, [], Duplicate: true);
                case CommitOutcome.Conflict when attempt < MaxAttempts:
                    LogConflict(logger, conversationId, attempt);
                    continue;
                default:
                    throw new ConversationBusyException(conversationId);
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> against a conversation without a user message (an agent's reply, a
    /// status notification), saving what it changes and logging what it sends, with the same guarantees
    /// as a turn.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> RunProactiveAsync(string conversationId, Func<TurnContext, Task> work, CancellationToken cancellationToken = default)
    {
        using var _ = await locks.AcquireAsync(conversationId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var snapshot = await store.LoadAsync(conversationId, cancellationToken);
            var state = ReadState(snapshot);
            var reference = state.Reference ?? new ConversationReference { Conversation = new ConversationAccount { Id = conversationId } };
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
            var turn = new TurnContext(context, state, strings, services, cancellationToken);
            await work(turn);
            var now = clock.GetUtcNow();
            var sequence = snapshot.LastSequence;
            var log = turn.Replies.Select((r, i) => Address(r, context, turn.Language, ActivityId(conversationId, ++sequence), now.AddMilliseconds(i))).ToList();
            var result = await store.CommitAsync(new ConversationCommit(conversationId, snapshot.Version, WriteState(state), log.ConvertAll(ActivityJson.Serialize)), cancellationToken);
            if (result.Outcome == CommitOutcome.Committed)
            {
                signals.Notify(conversationId);
                await DeliverAsync(reference.ChannelId, log, conversationId);
                await RunAfterCommitAsync(turn, conversationId);
                return log;
            }
            if (attempt >= MaxAttempts) throw new ConversationBusyException(conversationId);
        }
    }

    private async Task DeliverAsync(string? channelId, IReadOnlyList<Activity> replies, string conversationId)
    {
        if (replies.Count == 0) return;
        foreach (var delivery in deliveries)
        {
            if (!delivery.Handles(channelId)) continue;
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

    public async Task<ConversationState> ReadStateAsync(string conversationId, CancellationToken cancellationToken = default) =>
        ReadState(await store.LoadAsync(conversationId, cancellationToken));

    public static string ActivityId(string conversationId, long sequence) =>
        conversationId + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);

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

    private ConversationState ReadState(ConversationSnapshot snapshot) =>
        snapshot.StateJson is null
            ? new ConversationState()
            : JsonSerializer.Deserialize<ConversationState>(snapshot.StateJson, dialogs.JsonOptions) ?? new ConversationState();

    private string WriteState(ConversationState state) => JsonSerializer.Serialize(state, dialogs.JsonOptions);

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
