using HelpdeskBot.Data.Configuration;
using HelpdeskBot.Categorization;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Resources;
using Microsoft.Extensions.Options;
using MimeKit;

namespace HelpdeskBot.Notifications;

/// <summary>The emails a user gets about a ticket, in their language, as plain text.</summary>
public sealed class TicketEmails(IEmailSender sender, Localizer strings, CategoryCatalog catalog, IOptions<SmtpOptions> options)
{
    public Task SendCreatedAsync(Ticket ticket, string language, CancellationToken cancellationToken)
    {
        if (ticket.Fields.Email is not { } email) return Task.CompletedTask;
        var subject = strings.Get("Email.Created.Subject", language, ticket.Number);
        var body = strings.Get("Email.Created.Body", language,
            ticket.Number,
            ticket.Fields.Service,
            ticket.Fields.Description,
            catalog.DisplayName(ticket.Category.Id, language),
            strings.Get("Priority." + ticket.Priority, language));
        return sender.SendAsync(Compose(email, subject, body), cancellationToken);
    }

    public Task SendUpdateAsync(Ticket ticket, string language, string text, CancellationToken cancellationToken)
    {
        if (ticket.Fields.Email is not { } email) return Task.CompletedTask;
        var subject = strings.Get("Email.Update.Subject", language, ticket.Number);
        return sender.SendAsync(Compose(email, subject, text), cancellationToken);
    }

    private MimeMessage Compose(string to, string subject, string body)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }
}

public static class NotificationsExtensions
{
    public static IHostApplicationBuilder AddHelpdeskNotifications(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SmtpOptions.Section);
        builder.Services.AddValidatedOptions<SmtpOptions>(builder.Configuration, SmtpOptions.Section)
            .Validate(o => MimeKit.MailboxAddress.TryParse(o.From, out _), $"{SmtpOptions.Section}:From is not a mail address such as 'HelpdeskBot <helpdesk@example.com>'.");
        if (string.IsNullOrWhiteSpace(section.Get<SmtpOptions>()?.Host))
        {
            builder.Services.AddSingleton<IEmailSender, OutboxEmailSender>();
        }
        else
        {
            builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        builder.Services.AddSingleton<TicketEmails>();
        return builder;
    }
}
