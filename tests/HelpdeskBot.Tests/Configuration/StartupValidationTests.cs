using HelpdeskBot.Notifications;
using HelpdeskBot.Tests.Hosting;
using HelpdeskBot.Tests.Infrastructure;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Tests.Configuration;

/// <summary>
/// Every options section is checked when the app starts: a bad value of any kind stops it, and the message names
/// the key to fix (issue 16: a mistyped <c>Helpdesk:Smtp:Security</c> silently became Auto). One app per case.
/// </summary>
public sealed class StartupValidationTests
{
    [Theory]
    // an enum name mistyped, and a number that names no member (the binder alone takes any number)
    [InlineData("Helpdesk:Smtp:Security", "StartTSL")]
    [InlineData("Helpdesk:Smtp:Security", "42")]
    // not a number at all
    [InlineData("Helpdesk:Smtp:Port", "five-eight-seven")]
    [InlineData("Helpdesk:Handoff:AgentTokenMinutes", "8h")]
    // a number out of range, at the top level and in a nested section
    [InlineData("Helpdesk:Smtp:Port", "70000")]
    [InlineData("Helpdesk:Outbox:PollSeconds", "0")]
    [InlineData("Helpdesk:Outbox:MaxAttempts", "many")]
    [InlineData("Helpdesk:Outbox:SentRetentionHours", "0")]
    [InlineData("Helpdesk:DirectLine:TokenLifetimeSeconds", "0")]
    [InlineData("Helpdesk:DirectLine:RateLimit:StartsPerMinute", "0")]
    [InlineData("Helpdesk:Attachments:MaxBytes", "0")]
    [InlineData("Helpdesk:Handoff:TimeoutSeconds", "-5")]
    [InlineData("Helpdesk:Handoff:CheckIntervalSeconds", "0")]
    [InlineData("Helpdesk:Health:RetryAfterSeconds", "0")]
    [InlineData("Helpdesk:Understanding:ConfidenceThreshold", "1.5")]
    [InlineData("Helpdesk:Categorization:AzureLanguage:TimeoutSeconds", "0")]
    [InlineData("Helpdesk:Storage:ConversationTtlDays", "-1")]
    [InlineData("Helpdesk:Storage:MinFreeBytes", "-1")]
    [InlineData("Helpdesk:BotFramework:MaxActivityBytes", "10")]
    // one of a few names
    [InlineData("Helpdesk:Storage:Provider", "Cosmo")]
    [InlineData("Helpdesk:Storage:Cosmos:ConnectionMode", "Direkt")]
    [InlineData("Helpdesk:Attachments:Provider", "S3")]
    [InlineData("Helpdesk:Telemetry:Exporter", "Zipkin")]
    [InlineData("Helpdesk:Categorization:Provider", "OpenAI")]
    // required, or of a shape
    [InlineData("Helpdesk:Bot:Id", "")]
    [InlineData("Helpdesk:Smtp:From", "not an address")]
    [InlineData("Helpdesk:Intake:DefaultTimeZone", "Mars/Olympus_Mons")]
    [InlineData("Helpdesk:Storage:Cosmos:Endpoint", "not a url")]
    [InlineData("Helpdesk:Attachments:AzureBlob:ServiceUri", "blob store")]
    [InlineData("Helpdesk:Instances:LinkUrl", "the relay")]
    [InlineData("Helpdesk:Instances:AzureSignalR:Endpoint", "signalr service")]
    [InlineData("Helpdesk:KeyRing:KeyVault:KeyId", "https://vault.example/secrets/dataprotection")]
    [InlineData("Helpdesk:KeyRing:AzureBlob:ServiceUri", "http://plain.blob.example")]
    public void A_bad_value_stops_the_app_at_start_naming_the_key(string key, string value)
    {
        Assert.Contains(key, Messages(HelpdeskApp.StartFailure(new() { [key] = value })), StringComparison.Ordinal);
    }

    [Theory]
    // Half of the shared key ring: a blob without the key that encrypts it, or a Key Vault key with nowhere shared to keep the ring.
    [InlineData("Helpdesk:KeyRing:AzureBlob:ServiceUri", "https://acct.blob.core.windows.net", "Helpdesk:KeyRing:KeyVault:KeyId")]
    [InlineData("Helpdesk:KeyRing:KeyVault:KeyId", "https://v.vault.azure.net/keys/dataprotection", "Helpdesk:KeyRing:AzureBlob:ServiceUri")]
    public void The_shared_key_ring_needs_both_the_blob_and_the_key_naming_the_missing_one(string key, string value, string missing)
    {
        Assert.Contains(missing + ":", Messages(HelpdeskApp.StartFailure(new() { [key] = value })), StringComparison.Ordinal);
    }

    [Fact]
    public void Cosmos_without_an_endpoint_stops_the_app_naming_the_key()
    {
        var error = HelpdeskApp.StartFailure(new() { ["Helpdesk:Storage:Provider"] = "Cosmos" });
        Assert.Contains("Helpdesk:Storage:Cosmos:Endpoint", Messages(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("StartTls", SmtpSecurity.StartTls)]
    [InlineData("sslonconnect", SmtpSecurity.SslOnConnect)]
    [InlineData("None", SmtpSecurity.None)]
    public void Good_values_start_and_enums_read_ignoring_case(string security, SmtpSecurity expected)
    {
        using var app = new HelpdeskApp(new() { ["Helpdesk:Smtp:Security"] = security, ["Helpdesk:Smtp:Port"] = "465" });
        app.CreateClient();
        Assert.Equal(expected, app.Get<IOptions<SmtpOptions>>().Value.Security);
    }

    [Fact]
    public void The_SMTP_security_setting_takes_every_name_MailKit_has()
    {
        // SmtpSecurity stands in for MailKit's enum in the options (so that binding them does not load MailKit).
        Assert.Equal(Enum.GetNames<SecureSocketOptions>(), Enum.GetNames<SmtpSecurity>());
        Assert.All(Enum.GetValues<SmtpSecurity>(), s => Assert.Equal(s.ToString(), ((SecureSocketOptions)s).ToString()));
    }

    [Fact]
    public async Task The_built_app_exits_with_the_key_in_its_output()
    {
        await using var app = AppProcess.Start(new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{AppProcess.FreePort()}",
            ["Helpdesk__Smtp__Security"] = "StartTSL",
        });
        var exit = await app.WaitForExitAsync(TimeSpan.FromSeconds(90));
        Assert.NotEqual(0, exit);
        Assert.Contains("Helpdesk:Smtp:Security", app.Output, StringComparison.Ordinal);
    }

    private static string Messages(Exception error)
    {
        var all = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            all.Add(e.Message);
            if (e is AggregateException aggregate) all.AddRange(aggregate.InnerExceptions.Select(Messages));
        }
        return string.Join(" | ", all);
    }
}
