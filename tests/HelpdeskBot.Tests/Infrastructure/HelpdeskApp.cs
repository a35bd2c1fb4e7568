using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskBot.Tests.Infrastructure;

/// <summary>
/// One app per test: its own data directory (deleted afterwards unless shared), its own settings, and a
/// hook for extra services. Two apps over one directory are two runs of the same installation.
/// </summary>
public sealed class HelpdeskApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? services;
    private readonly bool ownsDirectory;

    /// <summary>
    /// Why the app would not start. WebApplicationFactory may ask the app's service provider for its server after the
    /// failed start has already disposed it (its own race, seen under load: ObjectDisposedException from
    /// DeferredHost.StartAsync); that says nothing about the app, so the start is tried again with a new app.
    /// </summary>
    public static Exception StartFailure(Dictionary<string, string?> settings)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var app = new HelpdeskApp(settings);
            var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
            if (error is not ObjectDisposedException || attempt == 3) return error;
        }
    }

    public HelpdeskApp(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? dataDirectory = null)
    {
        ownsDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? NewDataDirectory();
        this.settings = new Dictionary<string, string?>
        {
            ["Helpdesk:DataDirectory"] = DataDirectory,
            ["Helpdesk:DirectLine:Secret"] = TestSecret,
            ["Helpdesk:DirectLine:RateLimit:StartsPerMinute"] = "10000",
            // No synthetic interviews at start: the suite starts hundreds of apps.
            ["Helpdesk:WarmUp:Interviews"] = "0",
            ["Helpdesk:DirectLine:RateLimit:MessagesPerMinute"] = "100000",
            // One trained model for the whole test run (the cache is keyed by the training file's hash).
            ["Helpdesk:Categorization:ModelCacheDirectory"] = Path.Combine(Path.GetTempPath(), "helpdesk-tests", "model-cache"),
        };
        foreach (var (key, value) in settings ?? []) this.settings[key] = value;
        this.services = services;
    }

    public const string TestSecret = "test-directline-secret";

    public string DataDirectory { get; }

    public static string NewDataDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "helpdesk-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (services is not null) builder.ConfigureServices(services);
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Every file the app has written, read as UTF-8 and as UTF-16 text, for tests that look for what must never be
    /// kept. Read while the app runs: SQLite deletes its -shm and -wal files when its last connection closes, so a
    /// file listed a moment ago may be gone, and that is not a finding. A mail the outbox worker is still writing
    /// (*.partial, locked while written) is read once it has been moved into place.
    /// </summary>
    public IEnumerable<(string Path, string Text)> ReadDataFiles()
    {
        foreach (var listed in Directory.GetFiles(DataDirectory, "*", SearchOption.AllDirectories))
        {
            var path = listed;
            byte[]? bytes = null;
            for (var deadline = DateTime.UtcNow.AddSeconds(10); bytes is null;)
            {
                try
                {
                    using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    bytes = copy.ToArray();
                }
                catch (FileNotFoundException) when (path == listed && listed.EndsWith(".partial", StringComparison.Ordinal))
                {
                    path = listed[..^".partial".Length];
                }
                catch (FileNotFoundException)
                {
                    break;
                }
                catch (IOException) when (listed.EndsWith(".partial", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(50);
                }
            }
            if (bytes is null) continue;
            yield return (path, System.Text.Encoding.UTF8.GetString(bytes) + System.Text.Encoding.Unicode.GetString(bytes));
        }
    }

    /// <summary>
    /// The mails the outbox worker has written to the outbox folder (no SMTP server configured), waited for until one
    /// matches (at most 30 s). Only finished *.eml files are read: the sender writes a .partial file first and moves
    /// it into place, so a mail being written is neither read half-done nor locked against this read.
    /// </summary>
    public async Task<IReadOnlyList<string>> WaitForMailsAsync(Func<string, bool> match)
    {
        var folder = Path.Combine(DataDirectory, "outbox");
        var mails = new List<string>();
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            mails.Clear();
            foreach (var path in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                try { mails.Add(await File.ReadAllTextAsync(path)); }
                catch (FileNotFoundException) { }
            }
            if (mails.Exists(m => match(m))) break;
        }
        return mails;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDirectory)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
