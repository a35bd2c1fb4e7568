using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HelpdeskBot.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on 127.0.0.1: Debian's aiosmtpd with its debugging handler, which prints every
/// message it receives. CI installs it (python3-aiosmtpd).
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder received = new();

    private SmtpServer(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public string Received
    {
        get
        {
            lock (received) return received.ToString();
        }
    }

    public static async Task<SmtpServer> StartAsync()
    {
        var port = FreePort();
        var info = new ProcessStartInfo("/usr/bin/python3", $"-u -m aiosmtpd -n -l 127.0.0.1:{port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("aiosmtpd did not start");
        var server = new SmtpServer(process, port);
        process.OutputDataReceived += (_, e) => { lock (server.received) server.received.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (server.received) server.received.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                if (process.HasExited) throw new InvalidOperationException("aiosmtpd exited: " + server.Received);
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("aiosmtpd did not open its port");
    }

    public async Task<string> WaitForAsync(string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (Received.Contains(text, StringComparison.Ordinal)) return Received;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No mail with '{text}' arrived. The server printed: {Received}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
