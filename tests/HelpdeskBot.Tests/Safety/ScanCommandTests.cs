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
    public async Task In_a_conversation_a_secret_split_over_two_lines_is_found()
    {
        var input = new StringReader("my password is\nSup3rS3cret!x\nkartu saya 4111 1111\n1111 1111\n");
        var output = new StringWriter();

        await ScanCommand.RunAsync(["--conversation"], input, output);

        Assert.Equal(
            [
                """{"kinds":[],"redacted":"my password is"}""",
                """{"kinds":["password"],"redacted":"[password removed]"}""",
                """{"kinds":[],"redacted":"kartu saya 4111 1111"}""",
                """{"kinds":["card"],"redacted":"[card number removed]"}""",
            ],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Without_conversation_each_line_stands_alone()
    {
        var output = new StringWriter();

        await ScanCommand.RunAsync([], new StringReader("my password is\nSup3rS3cret!x\n"), output);

        Assert.Contains("""{"kinds":[],"redacted":"Sup3rS3cret!x"}""", output.ToString(), StringComparison.Ordinal);
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

    [Fact]
    public async Task Evaluate_prints_recall_and_false_positives_per_class_and_language()
    {
        var file = Path.Combine(Path.GetTempPath(), $"guard-{Guid.NewGuid():N}.tsv");
        await File.WriteAllTextAsync(file, """
            # kinds	lang	message
            card	en	my card 4111 1111 1111 1111 was charged
            password	id	kata sandi saya Rahasia123
            pin,otp	id	PIN 4821 dan OTP 839201
            cvv	en	where is the cvv?
            none	en	I forgot my password
            none	id	kode promo 123456
            none	id	OTP 839201 sudah kadaluarsa
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        try
        {
            var output = new StringWriter();

            var exitCode = await ScanCommand.RunAsync(["--evaluate", file, "--problems"], TextReader.Null, output);

            Assert.Equal(0, exitCode);
            var lines = output.ToString().Split('\n').Select(l => l.TrimEnd()).ToArray();
            Assert.Contains(lines, l => l.Contains("7 messages, 4 with secrets (5 labels), 3 clean", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("recall 80.00 % (4/5)   false positives 33.33 % (1/3)   missed card numbers 0", StringComparison.Ordinal));
            Assert.Contains("  card     100.00 % (1/1)      -                   100.00 % (1/1)      0.00 % (0/1)        0.00 % (0/2)        0.00 % (0/3)", lines);
            Assert.Contains("  otp      -                   100.00 % (1/1)      100.00 % (1/1)      0.00 % (0/1)        50.00 % (1/2)       33.33 % (1/3)", lines);
            Assert.Contains("  cvv      0.00 % (0/1)        -                   0.00 % (0/1)        0.00 % (0/1)        0.00 % (0/2)        0.00 % (0/3)", lines);
            Assert.Contains("  all      50.00 % (1/2)       100.00 % (3/3)      80.00 % (4/5)       0.00 % (0/1)        50.00 % (1/2)       33.33 % (1/3)", lines);
            Assert.Contains(lines, l => l.Contains("missed cvv line 5: where is the cvv?", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("false positive [otp] line 8: OTP 839201 sudah kadaluarsa", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Evaluate_scores_the_files_that_are_there_and_names_a_missing_one()
    {
        var file = Path.Combine(Path.GetTempPath(), $"guard-{Guid.NewGuid():N}.tsv");
        var missing = Path.Combine(Path.GetTempPath(), $"guard-{Guid.NewGuid():N}-heldback.tsv");
        await File.WriteAllTextAsync(file, "pin\ten\tPIN 4821\n");
        try
        {
            var output = new StringWriter();

            Assert.Equal(2, await ScanCommand.RunAsync(["--evaluate", missing, file], TextReader.Null, output));
            Assert.Contains($"{missing}: not found", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("recall 100.00 % (1/1)", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("card\tfr\tune carte 4111 1111 1111 1111", "language 'fr'")]
    [InlineData("cards\ten\tmy card", "'cards' is not one of")]
    [InlineData("none\ten", "expected kinds<TAB>lang<TAB>message")]
    public async Task Evaluate_refuses_a_malformed_corpus_line_instead_of_skipping_it(string line, string message)
    {
        var file = Path.Combine(Path.GetTempPath(), $"guard-{Guid.NewGuid():N}.tsv");
        await File.WriteAllTextAsync(file, "none\ten\tfine\n" + line + "\n");
        try
        {
            var output = new StringWriter();

            Assert.Equal(2, await ScanCommand.RunAsync(["--evaluate", file], TextReader.Null, output));
            Assert.Contains("line 2", output.ToString(), StringComparison.Ordinal);
            Assert.Contains(message, output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
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
