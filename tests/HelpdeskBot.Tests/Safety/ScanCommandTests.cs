using System.Text.Json;
using HelpdeskBot.Safety;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HelpdeskBot.Tests.Safety;

public sealed class ScanCommandTests
{
    [Fact]
    public async Task Writes_one_json_line_per_input_line()
    {
        var input = new StringReader("my card 4111 1111 1111 1111 was charged\r\nI forgot my password\n\npassword: hunter2 and OTP 839201\n");
        var output = new StringWriter();

        var exitCode = await RunAsync(input, output);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            [
                """{"kinds":["card"],"redacted":"my card [card number removed] was charged"}""",
                """{"kinds":[],"redacted":"I forgot my password"}""",
                """{"kinds":[],"redacted":""}""",
                """{"kinds":["password","otp"],"redacted":"password: [password removed] and OTP [code removed]"}""",
            ],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Keeps_apostrophes_and_non_ascii_readable()
    {
        var output = new StringWriter();

        await RunAsync(new StringReader("it's “kata sandi” é"), output);

        Assert.Equal("""{"kinds":[],"redacted":"it's “kata sandi” é"}""", output.ToString().TrimEnd());
    }

    [Fact]
    public async Task Empty_input_writes_nothing()
    {
        var output = new StringWriter();

        Assert.Equal(0, await RunAsync(new StringReader(""), output));
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task Stops_when_cancelled()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ScanCommand.RunAsync(new StringReader("PIN 4821"), new StringWriter(), cts.Token));
    }

    [Theory]
    [InlineData(SecretKind.Card, "\"card\"")]
    [InlineData(SecretKind.Password, "\"password\"")]
    [InlineData(SecretKind.Pin, "\"pin\"")]
    [InlineData(SecretKind.Otp, "\"otp\"")]
    [InlineData(SecretKind.Cvv, "\"cvv\"")]
    public void Kinds_serialise_as_the_contract_names(SecretKind kind, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(kind));
        Assert.Equal(json, JsonSerializer.Serialize(kind, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        Assert.Equal(kind, JsonSerializer.Deserialize<SecretKind>(json));
    }

    [Fact]
    public void The_scanner_is_registered_as_a_singleton()
    {
        var builder = Host.CreateApplicationBuilder();

        builder.AddHelpdeskSafety();

        var descriptor = Assert.Single(builder.Services, d => d.ServiceType == typeof(SecretScanner));
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
    }

    private static Task<int> RunAsync(TextReader input, TextWriter output) => ScanCommand.RunAsync(input, output);
}
