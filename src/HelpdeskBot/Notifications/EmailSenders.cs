using System.ComponentModel.DataAnnotations;
using HelpdeskBot.Data;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HelpdeskBot.Notifications;

public sealed class SmtpOptions
{
    public const string Section = "Helpdesk:Smtp";

    /// <summary>The SMTP server; when empty, mail is written to the outbox folder instead.</summary>
    public string? Host { get; set; }
    [Range(1, 65535)]
    public int Port { get; set; } = 587;
    /// <summary>Auto (STARTTLS when offered), StartTls, StartTlsWhenAvailable, SslOnConnect or None; any other value stops the app at start.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    [Required]
    public string From { get; set; } = "HelpdeskBot <helpdesk@localhost>";
    /// <summary>Each SMTP step (connect, each command, the message) may take this long; well under the outbox lease.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>
/// MailKit's <see cref="SecureSocketOptions"/>, name for name and value for value, as an enum of this app's: the options
/// are bound and validated at start whether or not an SMTP host is set, and a property of MailKit's type would load
/// MailKit then (issue 15: 0.9 MiB of code resident in a bot that writes its emails to files).
/// </summary>
public enum SmtpSecurity
{
    None = (int)SecureSocketOptions.None,
    Auto = (int)SecureSocketOptions.Auto,
    SslOnConnect = (int)SecureSocketOptions.SslOnConnect,
    StartTls = (int)SecureSocketOptions.StartTls,
    StartTlsWhenAvailable = (int)SecureSocketOptions.StartTlsWhenAvailable,
}

/// <summary>How a send failed, which decides whether and how soon it may be tried again.</summary>
public enum EmailFailure
{
    /// <summary>Nothing was handed over (no connection, TLS or sign-in failed): safe to try again at once.</summary>
    NotSent,
    /// <summary>The server refused for now (4xx): try again later.</summary>
    Deferred,
    /// <summary>The server refused for good (5xx): trying again cannot help.</summary>
    Rejected,
    /// <summary>
    /// The connection failed while the message was on its way or its answer was awaited: it may have been delivered.
    /// Not retried at once; a later resend carries the same Message-ID, so it is recognisable as one.
    /// </summary>
    Unknown,
}

/// <param name="Reason">A status code or an exception type: never the message or the server's text (it may quote the address).</param>
public sealed class EmailSendException(EmailFailure failure, string reason, Exception? inner = null)
    : Exception($"The email was not sent ({failure}: {reason}).", inner)
{
    public EmailFailure Failure { get; } = failure;
    public string Reason { get; } = reason;
}

public interface IEmailSender
{
    /// <exception cref="EmailSendException">The message was not (or not known to be) delivered.</exception>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Sends through the configured SMTP server (MailKit), saying on failure whether anything was handed over.</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IEmailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        using var client = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(o.Host ?? throw new InvalidOperationException("Helpdesk:Smtp:Host is not set."), o.Port, (SecureSocketOptions)o.Security, cancellationToken);
            if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", cancellationToken);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or SslHandshakeException or AuthenticationException
                                      or SmtpProtocolException or ServiceNotConnectedException or TimeoutException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new EmailSendException(EmailFailure.NotSent, e.GetType().Name, e);
        }
        catch (SmtpCommandException e)
        {
            throw Refused(e);
        }

        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException e)
        {
            // The server answered: a definite no, before the message (sender, recipient) or after it.
            throw Refused(e);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or SmtpProtocolException or ServiceNotConnectedException
                                      or TimeoutException or OperationCanceledException)
        {
            throw new EmailSendException(EmailFailure.Unknown, e.GetType().Name, e);
        }

        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or SmtpProtocolException or TimeoutException or OperationCanceledException)
        {
            // Delivered: the server said so before the goodbye failed.
        }
    }

    private static EmailSendException Refused(SmtpCommandException e) =>
        new((int)e.StatusCode is >= 400 and < 500 ? EmailFailure.Deferred : EmailFailure.Rejected, $"{e.ErrorCode} {(int)e.StatusCode}", e);
}

/// <summary>
/// No mail server configured: each message becomes an .eml file in <c>&lt;DataDirectory&gt;/outbox</c>, named by its
/// Message-ID, so a resend replaces the file instead of adding a second.
/// </summary>
public sealed class OutboxEmailSender(DataDirectory dataDirectory) : IEmailSender
{
    public string Folder { get; } = Path.Combine(dataDirectory.Path, "outbox");

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var id = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
        var path = Path.Combine(Folder, id + ".eml");
        var partial = path + ".partial";
        try
        {
            await message.WriteToAsync(partial, cancellationToken);
            File.Move(partial, path, overwrite: true);
        }
        catch (IOException e)
        {
            throw new EmailSendException(EmailFailure.NotSent, e.GetType().Name, e);
        }
    }
}
