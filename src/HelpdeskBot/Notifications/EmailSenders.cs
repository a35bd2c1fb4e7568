using System.ComponentModel.DataAnnotations;
using HelpdeskBot.Data;
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
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    [Required]
    public string From { get; set; } = "HelpdeskBot <helpdesk@localhost>";
}

public interface IEmailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Sends through the configured SMTP server (MailKit).</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IEmailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(o.Host ?? throw new InvalidOperationException("Helpdesk:Smtp:Host is not set."), o.Port, o.Security, cancellationToken);
        if (!string.IsNullOrEmpty(o.UserName)) await client.AuthenticateAsync(o.UserName, o.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>No mail server configured: each message becomes an .eml file in <c>&lt;DataDirectory&gt;/outbox</c>.</summary>
public sealed class OutboxEmailSender(DataDirectory dataDirectory) : IEmailSender
{
    public string Folder { get; } = Path.Combine(dataDirectory.Path, "outbox");

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml";
        await message.WriteToAsync(Path.Combine(Folder, name), cancellationToken);
    }
}
