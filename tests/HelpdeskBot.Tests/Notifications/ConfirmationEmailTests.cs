using HelpdeskBot.Tests.Infrastructure;
using HelpdeskBot.Tests.Intake;
using HelpdeskBot.Turns;

namespace HelpdeskBot.Tests.Notifications;

public sealed class ConfirmationEmailTests
{
    [Fact]
    public async Task With_smtp_configured_the_confirmation_goes_to_the_mail_server_and_not_the_outbox()
    {
        await using var smtp = await LocalSmtpServer.StartAsync();
        using var app = new HelpdeskApp(new()
        {
            ["Helpdesk:Smtp:Host"] = "127.0.0.1",
            ["Helpdesk:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Helpdesk:Smtp:Security"] = "None",
            ["Helpdesk:Smtp:From"] = "Support <support@example.com>",
        });
        var chat = new TestChat(app.Get<TurnProcessor>());
        await IntakeConversationTests.AnswerAll(chat, email: "budi@example.com").Send("yes");
        var number = chat.Ticket!.Number;

        // A bound on how long to wait for the mail at all, not a claim about speed.
        var mail = await smtp.WaitForAsync(m => m.Message.Subject?.Contains(number, StringComparison.Ordinal) == true, TimeSpan.FromSeconds(30));
        Assert.Equal("support@example.com", mail.EnvelopeFrom);
        Assert.Equal(["budi@example.com"], mail.EnvelopeTo);
        Assert.Equal("budi@example.com", Assert.Single(mail.Message.To.Mailboxes).Address);
        var from = Assert.Single(mail.Message.From.Mailboxes);
        Assert.Equal(("Support", "support@example.com"), (from.Name, from.Address));
        Assert.Contains(number, mail.Message.TextBody, StringComparison.Ordinal);
        Assert.Single(smtp.Received);
        Assert.False(Directory.Exists(Path.Combine(app.DataDirectory, "outbox")));
    }

    [Fact]
    public async Task A_mail_server_that_is_down_does_not_lose_the_ticket()
    {
        using var app = new HelpdeskApp(new()
        {
            ["Helpdesk:Smtp:Host"] = "127.0.0.1",
            ["Helpdesk:Smtp:Port"] = "1",
            ["Helpdesk:Smtp:Security"] = "None",
        });
        var chat = new TestChat(app.Get<TurnProcessor>());
        await IntakeConversationTests.AnswerAll(chat).Send("yes").AssertSays("Your ticket number is");
        Assert.NotNull(await app.Get<HelpdeskBot.Data.Tickets.ITicketStore>().GetAsync(chat.Ticket!.Number));
    }
}
