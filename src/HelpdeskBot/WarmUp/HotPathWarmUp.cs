using System.Diagnostics;
using HelpdeskBot.Activities;
using HelpdeskBot.Bot.Understanding;
using HelpdeskBot.Categorization;
using HelpdeskBot.Channels.BotFramework;
using HelpdeskBot.Turns;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.WarmUp;

/// <summary>
/// Runs <see cref="WarmUpOptions.Interviews"/> synthetic interviews through a second, throwaway composition of the
/// bot (the same <c>AddHelpdesk</c>, on SQLite in a temporary directory that is deleted afterwards), so the JIT has
/// compiled the turn's code — guard, understanding, dialogs, categoriser, the store's SQL, the activity JSON — before
/// the first user arrives; then loads this app's own models. Nothing reaches this app's store or any channel. Runs
/// as a hosted service: before the server listens, and the readiness check fails until it is done.
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
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                EnvironmentName = environment.EnvironmentName,
                ContentRootPath = environment.ContentRootPath,
                DisableDefaults = true,
            });
            builder.Configuration.AddConfiguration(configuration);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Helpdesk:DataDirectory"] = directory,
                ["Helpdesk:Storage:Provider"] = "Sqlite",
                ["Helpdesk:Telemetry:Exporter"] = "None",
                ["Helpdesk:Smtp:Host"] = "",
                // The categoriser's model is trained (or loaded) once, where this app keeps it.
                ["Helpdesk:Categorization:ModelCacheDirectory"] = modelLocations.CacheDirectory,
                [WarmUpOptions.Section + ":" + nameof(WarmUpOptions.Interviews)] = "0",
            });
            builder.Logging.ClearProviders();
            builder.AddHelpdesk();
            using var host = builder.Build();
            await host.StartAsync(cancellationToken);
            try
            {
                var throwawayTurns = host.Services.GetRequiredService<TurnProcessor>();
                var rendering = host.Services.GetRequiredService<ChannelRendering>();
                var tickets = 0;
                // Two at a time, as two cores would serve them.
                await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, async (i, token) =>
                {
                    if (await SyntheticInterviews.RunAsync(i, async activity =>
                    {
                        // The inbound and outbound JSON, as /api/messages reads and a reply is sent.
                        var inbound = ActivityJson.Deserialize(ActivityJson.Serialize(activity));
                        var outcome = await throwawayTurns.ProcessAsync(inbound, token);
                        foreach (var reply in outcome.Replies)
                        {
                            _ = ActivityJson.Serialize(rendering.Render(reply with { ChannelId = i % 3 == 0 ? "msteams" : "emulator" }));
                        }
                        return outcome.Replies;
                    })) Interlocked.Increment(ref tickets);
                });
                return tickets;
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
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
