using System.Text.Json;
using HelpdeskBot.Categorization;

namespace HelpdeskBot.Tests.Categorization;

public class CommandTests
{
    [Fact]
    public async Task Categorize_prints_one_json_object_per_line_with_a_lowercase_priority()
    {
        using var host = CategorizationHost.Create();
        var input = new StringReader("""
            transfer ke rekening temen gagal tapi saldo udah kepotong, tolong segera

            How do I change my profile picture?
            the app crashes every time I open the camera to scan a QR code
            """);
        var output = new StringWriter();

        var exitCode = await CategorizeCommand.RunAsync(host.Services, input, output);

        Assert.Equal(0, exitCode);
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var results = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(results, r =>
        {
            Assert.Equal(["category", "confidence", "priority"], r.EnumerateObject().Select(p => p.Name));
            Assert.InRange(r.GetProperty("confidence").GetDouble(), 0, 1);
        });
        Assert.Equal(("transaction", "urgent"), (results[0].GetProperty("category").GetString(), results[0].GetProperty("priority").GetString()));
        Assert.Equal(("other", "low"), (results[1].GetProperty("category").GetString(), results[1].GetProperty("priority").GetString()));
        Assert.Equal(("feature", "normal"), (results[2].GetProperty("category").GetString(), results[2].GetProperty("priority").GetString()));
        Assert.DoesNotContain("kepotong", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confidence_is_printed_with_two_decimals()
    {
        using var folder = new TempFolder();
        using var host = await SmallTrainingFile.HostAsync(folder);
        var output = new StringWriter();

        await CategorizeCommand.RunAsync(host.Services, new StringReader("upload foto gagal terus"), output);

        var confidence = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("confidence").GetRawText();
        Assert.Matches(@"^(0(\.\d{1,2})?|1)$", confidence);
    }

    [Fact]
    public async Task Train_retrains_rewrites_the_cache_and_reports_count_time_and_k_fold_accuracy()
    {
        using var folder = new TempFolder();
        using (var first = await SmallTrainingFile.HostAsync(folder))
        {
            await CategorizeCommand.RunAsync(first.Services, new StringReader("gak bisa login"), new StringWriter());
        }

        using var host = await SmallTrainingFile.HostAsync(folder);
        var cache = Assert.Single(Directory.GetFiles(host.CacheDirectory, "model-*.zip"));
        var before = File.GetLastWriteTimeUtc(cache);
        var output = new StringWriter();

        var exitCode = await TrainCommand.RunAsync(host.Services, output);

        Assert.Equal(0, exitCode);
        var text = output.ToString();
        Assert.Contains($"Examples: {SmallTrainingFile.Lines.Length - 1} (feature, login, other, security, transaction; languages en, id)", text, StringComparison.Ordinal);
        Assert.Matches(@"Training time: \d+ ms", text);
        Assert.Matches(@"5-fold accuracy: \d+(\.\d)? ?%", text);
        Assert.Contains("language id", text, StringComparison.Ordinal);
        Assert.Contains("category security", text, StringComparison.Ordinal);
        Assert.Equal(cache, Assert.Single(Directory.GetFiles(host.CacheDirectory, "model-*.zip")));
        Assert.True(File.GetLastWriteTimeUtc(cache) >= before);
        Assert.Contains(host.Logs.Entries, e => e.Message.StartsWith("Trained", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Train_reports_a_broken_training_file_and_fails()
    {
        using var folder = new TempFolder();
        using var host = await SmallTrainingFile.HostAsync(folder, extraLines: ["login only-two-columns"]);
        var output = new StringWriter();

        var exitCode = await TrainCommand.RunAsync(host.Services, output);

        Assert.Equal(1, exitCode);
        Assert.Contains("examples.tsv:22:", output.ToString(), StringComparison.Ordinal);
    }
}
