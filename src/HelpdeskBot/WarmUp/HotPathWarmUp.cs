using System.Diagnostics;
using HelpdeskBot.Activities;
using HelpdeskBot.Bot.Understanding;
using HelpdeskBot.Categorization;
using HelpdeskBot.Channels.BotFramework;
using HelpdeskBot.Turns;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.WarmUp;

/// <summary>
/// Runs <see cref="WarmUpOptions.Interviews"/> synthetic interviews over HTTP against a second, throwaway bot
/// (<see cref="ThrowawayBot"/>: the same <c>AddHelpdesk</c> on SQLite in a temporary directory that is deleted
/// afterwards, on its own loopback port), half as Direct Line visitors and half as a Bot Connector channel, so the JIT
/// has compiled the request's whole path — the server, the endpoints, tokens, guard, understanding, dialogs,
/// categoriser, the store's SQL, the activity JSON, the reply's HTTP call — before the first user arrives; then loads
/// this app's own models. Nothing reaches this app's store or any channel. Runs as a hosted service: before the server
/// listens, and the readiness check fails until it is done.
/// </summary>
internal sealed partial class HotPathWarmUp(
    LocalModelLocations modelLocations,
    IntentModel intents,
    LocalCategoryModel categories,
    TurnProcessor turns,
    IConfiguration configuration,
    IHostEnvironment environment,
    IOptions<WarmUpOptions> options,
    ILogger<HotPathWarmUp> logger) : IHostedService
{
    private volatile bool finished;

    public bool Finished => finished;

    /// <summary>How many of the synthetic interviews ended with a ticket (in the throwaway store).</summary>
    public int Tickets { get; private set; }

    /// <summary>Where the throwaway store was kept while the warm-up ran; deleted when it is over.</summary>
    public string? ThrowawayDirectory { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var count = options.Value.Interviews;
        if (count == 0)
        {
            finished = true;
            return;
        }
        var started = Stopwatch.GetTimestamp();
        try
        {
            var tickets = Tickets = await RunThrowawayAsync(count, cancellationToken);
            await WarmThisAppAsync(cancellationToken);
            LogWarmedUp(logger, count, tickets, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A warm-up that fails costs only a slower first minute; the app itself is checked by its own readiness.
            LogFailed(logger, e.GetType().Name, e.Message);
        }
        finally
        {
            // The throwaway composition and the models' training leave some 30 MiB of garbage and grown heap; give it back
            // to the system before the app says it is ready (idle RSS 213 -> 184 MiB, README), rather than at the first GCs under load.
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            finished = true;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<int> RunThrowawayAsync(int count, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "helpdesk-warmup-" + Guid.NewGuid().ToString("N"));
        ThrowawayDirectory = directory;
        Directory.CreateDirectory(directory);
        try
        {
            await using var bot = await ThrowawayBot.StartAsync(configuration, environment, directory, modelLocations.CacheDirectory, cancellationToken);
            var tickets = 0;
            // Two at a time, as two cores would serve them; in turn a Direct Line visitor and a Bot Connector channel.
            await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (i, token) =>
            {
                var send = i / 2 % 2 == 0 ? bot.DirectLineUser() : bot.ConnectorUser($"warmup-{Guid.NewGuid():N}");
                if (await SyntheticInterviews.RunAsync(i, async activity =>
                {
                    var replies = await send(activity, token);
                    // Teams' rendering, which no caller here asks for.
                    foreach (var reply in replies) _ = ActivityJson.Serialize(bot.Rendering.Render(reply with { ChannelId = "msteams" }));
                    return replies;
                })) Interlocked.Increment(ref tickets);
            });
            return tickets;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>This app's own singletons: its models loaded; its turn pipeline was built with this service.</summary>
    private async Task WarmThisAppAsync(CancellationToken cancellationToken)
    {
        intents.WarmUp();
        await categories.GetAsync(cancellationToken);
        // Injected, so the pipeline's whole graph (handler, intents, dialogs, the conversation writer) exists before the server listens.
        _ = turns;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warmed up the hot path with {Interviews} synthetic interviews ({Tickets} ended with a ticket) in {Milliseconds:F0} ms.")]
    private static partial void LogWarmedUp(ILogger logger, int interviews, int tickets, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The warm-up failed ({Error}: {Message}); the first requests will be slower.")]
    private static partial void LogFailed(ILogger logger, string error, string message);
}
