using HelpdeskBot.Categorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HelpdeskBot.Tests.Categorization;

/// <summary>A host with only categorisation registered, in its own temporary content root and data directory.</summary>
internal sealed class CategorizationHost : IDisposable
{
    private readonly bool ownsRoot;

    private CategorizationHost(string root, bool ownsRoot, IHost host, TestLoggerProvider logs)
    {
        Root = root;
        this.ownsRoot = ownsRoot;
        Host = host;
        Logs = logs;
    }

    public string Root { get; }
    public IHost Host { get; }
    public IServiceProvider Services => Host.Services;
    public TestLoggerProvider Logs { get; }
    public string CacheDirectory => Path.Combine(Root, "data", "categorization");

    /// <summary>
    /// A host in <paramref name="root"/> (which the caller then owns: hosts started one after another may share it),
    /// or in a new temporary folder deleted with the host.
    /// </summary>
    public static CategorizationHost Create(IDictionary<string, string?>? settings = null, string? root = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var ownsRoot = root is null;
        root ??= Directory.CreateTempSubdirectory("helpdesk-categorization-").FullName;
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = root,
            EnvironmentName = Environments.Development,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var logs = new TestLoggerProvider();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.AddHelpdeskCategorization();
        services?.Invoke(builder.Services);
        return new CategorizationHost(root, ownsRoot, builder.Build(), logs);
    }

    public void Dispose()
    {
        Host.Dispose();
        if (ownsRoot)
        {
            TempFolder.Delete(Root);
        }
    }
}

/// <summary>A temporary folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("helpdesk-categorization-").FullName;

    public void Dispose() => Delete(Path);

    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is not a test failure.
        }
    }
}

/// <summary>Keeps every log line, so tests can check what was logged (and that the user's text was not).</summary>
internal sealed class TestLoggerProvider : ILoggerProvider
{
    private readonly List<(LogLevel Level, string Category, string Message, Exception? Exception)> entries = [];

    public IReadOnlyList<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries
    {
        get
        {
            lock (entries)
            {
                return entries.ToList();
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(TestLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (provider.entries)
            {
                provider.entries.Add((logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}
