using System.Buffers;
using System.Net;
using MimeKit;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using Library = global::SmtpServer;

namespace HelpdeskBot.Tests.Infrastructure;

/// <summary>A message as the server took it: the SMTP envelope and the parsed MIME message.</summary>
public sealed record ReceivedMail(string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, MimeMessage Message);

/// <summary>
/// A real SMTP server on 127.0.0.1, in this process (the SmtpServer package), so the email tests need
/// nothing installed on the machine. It speaks the protocol over a socket like any mail server, keeps
/// every message it accepts, and listens on a port the OS chose.
/// </summary>
public sealed class LocalSmtpServer : IAsyncDisposable
{
    private readonly Library.SmtpServer server;
    private readonly CancellationTokenSource stop = new();
    private readonly List<ReceivedMail> received = [];
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task running = Task.CompletedTask;

    private int deferralsLeft;
    private readonly List<ReceivedMail> deferred = [];

    private LocalSmtpServer(int port)
    {
        var options = new Library.SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new Library.ComponentModel.ServiceProvider();
        services.Add(Listeners);
        services.Add(new Store(this));
        server = new Library.SmtpServer(options, services);
    }

    private EndpointListenerFactory Listeners { get; } = new();

    public int Port { get; private set; }

    public IReadOnlyList<ReceivedMail> Received
    {
        get
        {
            lock (received) return [.. received];
        }
    }

    /// <summary>Messages answered "451 try again later" after their data was sent (see <see cref="Defer"/>).</summary>
    public IReadOnlyList<ReceivedMail> Deferred
    {
        get
        {
            lock (received) return [.. deferred];
        }
    }

    /// <summary>The next <paramref name="count"/> messages are refused for now (451) after their data, then accepted.</summary>
    public void Defer(int count) => Interlocked.Exchange(ref deferralsLeft, count);

    /// <summary>A port on 127.0.0.1 where nothing listens (for now): a mail server that is down, until one starts there.</summary>
    public static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Starts listening on <paramref name="port"/>, or on a port the OS chooses.</summary>
    public static async Task<LocalSmtpServer> StartAsync(int port = 0)
    {
        var smtp = new LocalSmtpServer(port);
        var bound = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        smtp.Listeners.EndpointStarted += (_, e) => bound.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        // StartAsync runs until the server stops; what matters here is that the socket is listening.
        smtp.running = smtp.server.StartAsync(smtp.stop.Token);
        _ = smtp.running.ContinueWith(t => bound.TrySetException(t.Exception?.InnerException ?? new InvalidOperationException("The SMTP server stopped before it listened.")),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        smtp.Port = await bound.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return smtp;
    }

    /// <summary>The first message that <paramref name="match"/> accepts, waiting for it to arrive if it has not yet.</summary>
    public async Task<ReceivedMail> WaitForAsync(Func<ReceivedMail, bool> match, TimeSpan timeout)
    {
        using var expired = new CancellationTokenSource(timeout);
        while (true)
        {
            Task next;
            lock (received)
            {
                if (received.FirstOrDefault(match) is { } mail) return mail;
                next = arrived.Task;
            }
            try
            {
                await next.WaitAsync(expired.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join("; ", Received.Select(m => $"{m.EnvelopeFrom} -> {string.Join(",", m.EnvelopeTo)}: {m.Message.Subject}"));
                throw new TimeoutException($"No matching mail arrived. The server received: [{seen}]");
            }
        }
    }

    private void Add(ReceivedMail mail)
    {
        lock (received)
        {
            received.Add(mail);
            arrived.TrySetResult();
            arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public async ValueTask DisposeAsync()
    {
        server.Shutdown();
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // Stopping through the token is how this server ends.
        }
        stop.Dispose();
    }

    private sealed class Store(LocalSmtpServer owner) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(Library.ISessionContext context, Library.IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = MimeMessage.Load(stream, cancellationToken);
            var mail = new ReceivedMail(transaction.From.AsAddress(), [.. transaction.To.Select(to => to.AsAddress())], message);
            if (Interlocked.Decrement(ref owner.deferralsLeft) >= 0)
            {
                lock (owner.received) owner.deferred.Add(mail);
                return Task.FromResult(new SmtpResponse((SmtpReplyCode)451, "Try again later"));
            }
            owner.Add(mail);
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
