using System.Runtime.CompilerServices;
using HelpdeskBot.Data.Agents;
using HelpdeskBot.Data.Availability;
using HelpdeskBot.Data.Configuration;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Data.Cosmos;
using HelpdeskBot.Data.Escalations;
using HelpdeskBot.Data.Outbox;
using HelpdeskBot.Data.Sqlite;
using HelpdeskBot.Data.Tickets;
using Microsoft.Azure.Cosmos;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace HelpdeskBot.Data;

public static class StorageExtensions
{
    /// <summary>The tag of the checks <c>/healthz/ready</c> runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// The data directory: <c>Helpdesk:DataDirectory</c>, relative paths taken from the content root;
    /// default <c>data</c> under the content root.
    /// </summary>
    public static string GetDataDirectory(this IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration["Helpdesk:DataDirectory"];
        var path = string.IsNullOrWhiteSpace(configured) ? "data" : configured;
        return Path.GetFullPath(path, builder.Environment.ContentRootPath);
    }

    /// <summary>
    /// The key the provider's own stores are registered under. The app resolves the unkeyed interfaces, which wrap
    /// them so storage trouble surfaces as <see cref="StorageUnavailableException"/>; a test may put a store of its
    /// own (one that fails like a full disk) under this key.
    /// </summary>
    public const string ProviderKey = "provider";

    /// <summary>Registers the ticket and conversation stores chosen by <c>Helpdesk:Storage:Provider</c>.</summary>
    public static IHostApplicationBuilder AddHelpdeskStorage(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddValidatedOptions<StorageOptions>(builder.Configuration, StorageOptions.Section)
            .Validate(o => !string.Equals(o.Provider, "Cosmos", StringComparison.OrdinalIgnoreCase) || !string.IsNullOrWhiteSpace(o.Cosmos.Endpoint),
                $"{StorageOptions.Section}:Cosmos:Endpoint is required when {StorageOptions.Section}:Provider is Cosmos.");
        builder.Services.AddSingleton(TimeProvider.System);

        // The data directory holds more than the database (the generated signing key, local attachments,
        // the mail outbox), so every provider has one.
        var directory = builder.GetDataDirectory();
        Directory.CreateDirectory(directory);
        builder.Services.AddSingleton(new DataDirectory(directory));
        builder.Services.AddSingleton<OutboxSignal>();

        if (string.Equals(options.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase)) AddSqlite(builder, options, directory);
        else if (string.Equals(options.Provider, "Cosmos", StringComparison.OrdinalIgnoreCase)) AddCosmos(builder, options);
        else throw new InvalidOperationException($"Helpdesk:Storage:Provider '{options.Provider}' is unknown; use 'Sqlite' or 'Cosmos'.");

        builder.Services.AddSingleton<StorageHealth>();
        builder.Services.AddSingleton<IConversationStore>(sp => new GuardedConversationStore(sp.GetRequiredKeyedService<IConversationStore>(ProviderKey), sp.GetRequiredService<StorageHealth>()));
        builder.Services.AddSingleton<ITicketStore>(sp => new GuardedTicketStore(sp.GetRequiredKeyedService<ITicketStore>(ProviderKey), sp.GetRequiredService<StorageHealth>()));
        builder.Services.AddSingleton<IEscalationStore>(sp => new GuardedEscalationStore(sp.GetRequiredKeyedService<IEscalationStore>(ProviderKey), sp.GetRequiredService<StorageHealth>()));
        builder.Services.AddSingleton<IOutboxStore>(sp => new GuardedOutboxStore(sp.GetRequiredKeyedService<IOutboxStore>(ProviderKey), sp.GetRequiredService<StorageHealth>()));
        builder.Services.AddSingleton<IAgentStore>(sp => new GuardedAgentStore(sp.GetRequiredKeyedService<IAgentStore>(ProviderKey), sp.GetRequiredService<StorageHealth>()));
        // The checks (StoreCommitHealthCheck, DataDirectoryHealthCheck) are registered by the app's health endpoints:
        // this library knows only the health-check contract, not the ASP.NET Core service that runs them.
        return builder;
    }

    private static void AddSqlite(IHostApplicationBuilder builder, StorageOptions options, string directory)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(directory, options.SqliteFile),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        builder.Services.AddSingleton<SqliteWriteGate>();
        builder.Services.AddSingleton(new SqliteDatabase(connectionString));
        builder.Services.AddKeyedSingleton<IConversationStore, SqliteConversationStore>(ProviderKey);
        builder.Services.AddKeyedSingleton<ITicketStore, SqliteTicketStore>(ProviderKey);
        builder.Services.AddKeyedSingleton<IEscalationStore, SqliteEscalationStore>(ProviderKey);
        builder.Services.AddKeyedSingleton<IAgentStore, SqliteAgentStore>(ProviderKey);
        builder.Services.AddKeyedSingleton<IOutboxStore, SqliteOutboxStore>(ProviderKey);
        builder.Services.AddHostedService<SqliteInitializer>();
        builder.Services.AddSingleton<SqliteCheckpointer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SqliteCheckpointer>());
    }

    // The Cosmos client is named only here, in a method that runs when Cosmos is configured, and not inlined: ahead-of-time
    // code loads what a method names when the method starts (issue 15: 2 MiB of code a SQLite bot need not hold).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddCosmos(IHostApplicationBuilder builder, StorageOptions options)
    {
        // One client for the process: it holds the connections and the account's metadata.
        builder.Services.AddSingleton(_ => CosmosContainers.CreateClient(options.Cosmos));
        builder.Services.AddSingleton(sp => new CosmosContainers(sp.GetRequiredService<CosmosClient>(), options.Cosmos));
        builder.Services.AddKeyedSingleton<IConversationStore, CosmosConversationStore>(ProviderKey);
        builder.Services.AddKeyedSingleton<ITicketStore, CosmosTicketStore>(ProviderKey);
        builder.Services.AddKeyedSingleton<IEscalationStore, CosmosEscalationStore>(ProviderKey);
        builder.Services.AddKeyedSingleton<IAgentStore, CosmosAgentStore>(ProviderKey);
        builder.Services.AddKeyedSingleton<IOutboxStore, CosmosOutboxStore>(ProviderKey);
        builder.Services.AddHostedService(sp => new CosmosInitializer(sp.GetRequiredService<CosmosContainers>(), options.ConversationTtlDays));
    }
}

/// <summary>Creates the Cosmos database and containers, when missing, before the app serves anything.</summary>
internal sealed class CosmosInitializer(CosmosContainers containers, int conversationTtlDays) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => containers.EnsureCreatedAsync(conversationTtlDays, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Brings the schema up to date (<see cref="SqliteSchema"/>) and sets WAL mode before the app serves anything.</summary>
internal sealed class SqliteInitializer(SqliteDatabase database, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await SqliteSchema.MigrateAsync(connection, clock, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// Ready only while the store can commit: a real write of the store's own health record, through the same
/// guard as every request, so a full disk or an unreachable database fails the check and its recovery passes it.
/// </summary>
public sealed class StoreCommitHealthCheck(IConversationStore conversations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await conversations.ProbeCommitAsync(cancellationToken);
            return HealthCheckResult.Healthy("The store commits.");
        }
        catch (StorageUnavailableException e)
        {
            return HealthCheckResult.Unhealthy("The store cannot commit: " + e.Cause + ".");
        }
    }
}
