using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using HelpdeskBot.Activities;
using HelpdeskBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpdeskBot.Tests.Safety;

/// <summary>
/// A whole interview over Direct Line with secrets planted in several answers and a file name; then the
/// SQLite file, everything else in the data directory and every log line are searched for them.
/// </summary>
public sealed class SecretsNeverKeptTests
{
    private static readonly string[] Secrets =
    [
        "4111111111111111", "4111 1111 1111 1111", "Sup3rS3cret!x", "482915", "839201", "5500-0000-0000-0004", "kodeRahasia99",
        // issue 13: a full-width card number, a spaced-out keyword, a password split over two messages
        "５５５５ ５５５５ ５５５５ ４４４４", "５５５５", "5555555555554444", "5555 5555 5555 4444", "Sp4ced0ut!", "Spl1tS3cret!",
        // issue 13, sixth round: a value typed with no keyword, a code read out digit by digit
        "sunflower77", "5 5 0 2 9 1", "550291",
    ];

    [Fact]
    public async Task Planted_secrets_reach_no_file_and_no_log_line_and_are_refused_with_their_kinds()
    {
        var logs = new CapturingLoggerProvider();
        using var app = new HelpdeskApp(
            new() { ["Logging:LogLevel:Default"] = "Trace" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        var http = app.CreateClient();
        var client = await DirectLineClient.StartAsync(http);

        async Task<HelpdeskChannelData?> Say(string text)
        {
            await client.SendAsync(text);
            return (await client.ReceiveAsync()).Select(HelpdeskChannelData.From).LastOrDefault(d => d?.Refused is not null);
        }

        await Say("report a problem");
        await Say("budi_s88");
        await Say("Mobile app");
        await Say("just now");
        var card = await Say("My card 4111 1111 1111 1111 was charged twice for one top-up");
        Assert.Equal(["card"], card!.Refused);
        Assert.Equal("description", card.Field);
        await Say("I was charged twice for one top-up of my e-wallet");
        var password = await Say("to log in, my password is Sup3rS3cret!x");
        Assert.Equal(["password"], password!.Refused);
        await Say("One charge only");
        var pins = await Say("It asked for PIN 482915 and then OTP 839201");
        Assert.Equal(["pin", "otp"], pins!.Refused);
        // The question about the error also takes a screenshot: one whose name carries a card number.
        var form = new MultipartFormDataContent();
        var activity = new StringContent("""{"type":"message","from":{"id":"u"}}""", Encoding.UTF8);
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var png = new ByteArrayContent(DirectLine.DirectLineUploadTests.Png);
        png.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(png, "file", "card 4111111111111111.png");
        var upload = client.Request(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/upload");
        upload.Content = form;
        (await http.SendAsync(upload)).EnsureSuccessStatusCode();
        var echoed = (await client.ReceiveAsync()).First(a => a.From?.Role == "user");
        Assert.DoesNotContain("4111111111111111", echoed.Attachments![0].Name);

        await Say("done");
        await Say("Opened top-up and paid with my saved card 5500-0000-0000-0004");
        var spaced = await Say("p a s s w o r d : Sp4ced0ut!");
        Assert.Equal(["password"], spaced!.Refused);
        var fullWidth = await Say("paid with ５５５５ ５５５５ ５５５５ ４４４４ twice");
        Assert.Equal(["card"], fullWidth!.Refused);
        Assert.Null(await Say("Opened top-up and paid, then it made me change my password to"));
        var split = await Say("Spl1tS3cret!");
        Assert.Equal(["password"], split!.Refused);
        Assert.Equal("history", split.Field);
        var entered = await Say("i entered sunflower77 like five times before it locked");
        Assert.Equal(["password"], entered!.Refused);
        var readOut = await Say("the SMS said 5 5 0 2 9 1 and it still failed");
        Assert.Equal(["otp"], readOut!.Refused);
        await Say("kata sandi saya kodeRahasia99");
        await Say("Since yesterday");
        await Say("skip");
        await Say("yes");

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var (file, text) in app.ReadDataFiles())
        {
            foreach (var secret in Secrets) Assert.False(text.Contains(secret, StringComparison.Ordinal), $"'{secret}' found in {file}");
        }
        Assert.NotEmpty(logs.Lines);
        foreach (var line in logs.Lines)
        {
            foreach (var secret in Secrets) Assert.False(line.Contains(secret, StringComparison.Ordinal), $"'{secret}' logged: {line}");
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
