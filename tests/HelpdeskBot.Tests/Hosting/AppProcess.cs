using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace HelpdeskBot.Tests.Hosting;

/// <summary>
/// The built app started the way an operator starts it — <c>dotnet HelpdeskBot.dll</c> in its own folder, its own
/// <c>appsettings.json</c>, settings only from the environment — with a data directory of its own.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(Process process) => this.process = process;

    public static string AppOutput { get; } =
        typeof(AppProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "AppOutput").Value!;

    /// <summary>What the process wrote to stdout and stderr so far.</summary>
    public string Output { get { lock (output) return output.ToString(); } }

    public bool HasExited => process.HasExited;

    public int Id => process.Id;

    public int ExitCode => process.ExitCode;

    public static AppProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        StartIn(AppOutput, environment, args);

    /// <summary>The same, started from <paramref name="workingDirectory"/> (an operator's shell, a service unit's folder).</summary>
    public static AppProcess StartIn(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppOutput, "HelpdeskBot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Nothing inherited from the test runner decides where it listens or which environment it is.
        foreach (var key in new[] { "ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "URLS" })
        {
            start.Environment.Remove(key);
        }
        start.Environment["Helpdesk__DataDirectory"] = Infrastructure.HelpdeskApp.NewDataDirectory();
        start.Environment["Helpdesk__Categorization__ModelCacheDirectory"] = Path.Combine(Path.GetTempPath(), "helpdesk-tests", "model-cache");
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = new Process { StartInfo = start };
        var app = new AppProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (app.output) app.output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (app.output) app.output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls <paramref name="url"/> until it answers 200 or the process exits; false on timeout or exit.</summary>
    public async Task<bool> AnswersAsync(string url, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(url);
                if (response.IsSuccessStatusCode) return true;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        return false;
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        process.WaitForExit(); // flushes the redirected output
        return process.ExitCode;
    }

    public StreamWriter StandardInput => process.StandardInput;

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
