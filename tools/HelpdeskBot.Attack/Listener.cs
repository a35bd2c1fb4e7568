using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace HelpdeskBot.Attack;

/// <summary>A stand-in for "something else listening on this machine": it records what reaches it, and may redirect.</summary>
public sealed class Listener : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stop = new();

    public ConcurrentQueue<string> Requests { get; } = new();
    public string BaseUrl { get; }
    public string? RedirectTo { get; set; }

    public Listener()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(BaseUrl + "/");
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            Requests.Enqueue(context.Request.HttpMethod + " " + context.Request.Url?.AbsolutePath);
            if (RedirectTo is { } target)
            {
                context.Response.StatusCode = 307;
                context.Response.RedirectLocation = target + context.Request.Url?.AbsolutePath;
            }
            else
            {
                context.Response.StatusCode = 200;
            }
            context.Response.Close();
        }
    }

    /// <summary>Waits (up to <paramref name="patience"/>) until at least <paramref name="count"/> requests have arrived.</summary>
    public async Task<bool> WaitForAsync(int count, TimeSpan patience)
    {
        var until = DateTime.UtcNow + patience;
        while (Requests.Count < count && DateTime.UtcNow < until) await Task.Delay(50);
        return Requests.Count >= count;
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Close();
        stop.Dispose();
    }
}
