using System.Runtime.CompilerServices;
using System.Text.Json;
using HelpdeskBot.Categorization;
using HelpdeskBot.Data.Configuration;
using HelpdeskBot.Data.Outbox;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Outbox;
using HelpdeskBot.Resources;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Notifications;

/// <summary>An email as the outbox keeps it: written in the user's language when the change is made.</summary>
public sealed record EmailNotice(string To, string Subject, string Body);

/// <summary>
/// The emails a user gets about a ticket, in their language, as plain text: made as outbox messages, which the
/// ticket store commits with the ticket (or its change) and <see cref="EmailOutboxSender"/> sends.
/// </summary>
public sealed class TicketEmails(Localizer strings, CategoryCatalog catalog)
{
    public const string Kind = "email";

    /// <summary>The confirmation of a new ticket, for the ticket as stored (its number final); none without an address.</summary>
    public IReadOnlyList<OutboxMessage> Created(Ticket ticket, string language)
    {
        if (ticket.Fields.Email is not { } email) return [];
        var subject = strings.Get("Email.Created.Subject", language, ticket.Number);
        var body = strings.Get("Email.Created.Body", language,
            ticket.Number,
            ticket.Fields.Service,
            ticket.Fields.Description,
            catalog.DisplayName(ticket.Category.Id, language),
            strings.Get("Priority." + ticket.Priority, language));
        return [Message(email, subject, body)];
    }

    public IReadOnlyList<OutboxMessage> Update(Ticket ticket, string language, string text) =>
        ticket.Fields.Email is { } email ? [Message(email, strings.Get("Email.Update.Subject", language, ticket.Number), text)] : [];

    private static OutboxMessage Message(string to, string subject, string body) =>
        OutboxMessage.New(Kind, JsonSerializer.Serialize(new EmailNotice(to, subject, body), Data.DataJson.Options));
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
            AddSmtp(builder.Services);
        }
        builder.Services.AddSingleton<TicketEmails>();
        builder.Services.AddSingleton<IOutboxSender, EmailOutboxSender>();
        return builder;
    }

    // MailKit (the SMTP client) is named only here, in a method that runs when an SMTP host is set, and not inlined:
    // ahead-of-time code loads what a method names when the method starts (issue 15: a bot writing its emails to the
    // data directory kept MailKit's code resident for nothing). MimeKit, which writes those files, is in use either way.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddSmtp(IServiceCollection services) => services.AddSingleton<IEmailSender, SmtpEmailSender>();
}
