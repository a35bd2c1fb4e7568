using HelpdeskBot.Data.Agents;
using HelpdeskBot.Data.Conversations;
using HelpdeskBot.Data.Cosmos;
using HelpdeskBot.Data.Escalations;
using HelpdeskBot.Data.Sqlite;
using HelpdeskBot.Data.Tickets;
using Microsoft.Azure.Cosmos;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace HelpdeskBot.Data;

public static class StorageExtensions
{
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

    /// <summary>Registers the ticket and conversation stores chosen by <c>Helpdesk:Storage:Provider</c>.</summary>
    public static IHostApplicationBuilder AddHelpdeskStorage(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);

        // The data directory holds more than the database (the generated signing key, local attachments,
        // the mail outbox), so every provider has one.
        var directory = builder.GetDataDirectory();
        Directory.CreateDirectory(directory);
        builder.Services.AddSingleton(new DataDirectory(directory));

        if (string.Equals(options.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase)) AddSqlite(builder, options, directory);
        else if (string.Equals(options.Provider, "Cosmos", StringComparison.OrdinalIgnoreCase)) AddCosmos(builder, options);
        else throw new InvalidOperationException($"Helpdesk:Storage:Provider '{options.Provider}' is unknown; use 'Sqlite' or 'Cosmos'.");

        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
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
        builder.Services.AddPooledDbContextFactory<HelpdeskDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionSettings()));
        builder.Services.AddSingleton<SqliteWriteGate>();
        builder.Services.AddSingleton<SqliteDatabase>();
        builder.Services.AddSingleton<IConversationStore, SqliteConversationStore>();
        builder.Services.AddSingleton<ITicketStore, SqliteTicketStore>();
        builder.Services.AddSingleton<IEscalationStore, SqliteEscalationStore>();
        builder.Services.AddSingleton<IAgentStore, SqliteAgentStore>();
        builder.Services.AddHostedService<SqliteInitializer>();
    }

    private static void AddCosmos(IHostApplicationBuilder builder, StorageOptions options)
    {
        // One client for the process: it holds the connections and the account's metadata.
        builder.Services.AddSingleton(_ => CosmosContainers.CreateClient(options.Cosmos));
        builder.Services.AddSingleton(sp => new CosmosContainers(sp.GetRequiredService<CosmosClient>(), options.Cosmos));
        builder.Services.AddSingleton<IConversationStore, CosmosConversationStore>();
        builder.Services.AddSingleton<ITicketStore, CosmosTicketStore>();
        builder.Services.AddSingleton<IEscalationStore, CosmosEscalationStore>();
        builder.Services.AddSingleton<IAgentStore, CosmosAgentStore>();
        builder.Services.AddHostedService(sp => new CosmosInitializer(sp.GetRequiredService<CosmosContainers>(), options.ConversationTtlDays));
    }
}

/// <summary>Creates the Cosmos database and containers, when missing, before the app serves anything.</summary>
internal sealed class CosmosInitializer(CosmosContainers containers, int conversationTtlDays) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => containers.EnsureCreatedAsync(conversationTtlDays, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Applies the committed migrations and sets WAL mode before the app serves anything.</summary>
internal sealed class SqliteInitializer(IDbContextFactory<HelpdeskDbContext> contexts) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers (polling clients) run beside the one writer; NORMAL sync is durable across
        // process crashes, which is what a turn's commit promises.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed class StorageHealthCheck(IConversationStore conversations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await conversations.PingAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The store answers.")
            : HealthCheckResult.Unhealthy("The store does not answer.");
}
