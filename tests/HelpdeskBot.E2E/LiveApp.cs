using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskBot.E2E;

/// <summary>The real app on Kestrel at a loopback port, so a real browser can reach it; its own data directory.</summary>
public sealed class LiveApp : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "helpdesk-e2e", Guid.NewGuid().ToString("N"));

    public LiveApp()
    {
        Directory.CreateDirectory(DataDirectory);
        UseKestrel(0);
        StartServer();
        // Train (or load) the categoriser before a browser waits on it: on a busy machine the first training
        // can take longer than a step's timeout.
        Services.GetRequiredService<HelpdeskBot.Categorization.ICategorizer>().CategorizeAsync("warm up").GetAwaiter().GetResult();
    }

    public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Helpdesk:DataDirectory", DataDirectory);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Helpdesk:WarmUp:Interviews", "0");
        builder.UseSetting("Helpdesk:Categorization:ModelCacheDirectory", Path.Combine(Path.GetTempPath(), "helpdesk-e2e", "model-cache"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
        }
    }
}
