using HelpdeskBot.Categorization;
using HelpdeskBot.TextClassification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpdeskBot.Tests.Categorization;

public class LocalCategorizerTests
{
    [Fact]
    public async Task Trains_on_first_use_answers_with_the_best_three_and_caches_in_the_data_directory()
    {
        using var host = CategorizationHost.Create();
        var categorizer = host.Services.GetRequiredService<ICategorizer>();

        var prediction = await categorizer.CategorizeAsync(
            "gak bisa login, kode OTP gak masuk2 udah nunggu 10 menit. harusnya bisa masuk ke beranda. error: kode verifikasi salah. buka aplikasi, masukin nomor hp, nunggu OTP");

        Assert.Equal("login", prediction.Category);
        Assert.Equal(CategoryPrediction.LocalSource, prediction.Source);
        Assert.Equal(3, prediction.Top.Count);
        Assert.Equal(prediction.Category, prediction.Top[0].Category);
        Assert.Equal(prediction.Confidence, prediction.Top[0].Score);
        Assert.Equal(prediction.Top.OrderByDescending(t => t.Score), prediction.Top);
        Assert.Equal(3, prediction.Top.Select(t => t.Category).Distinct().Count());
        Assert.InRange(prediction.Confidence, 0, 1);
        Assert.Single(Directory.GetFiles(host.CacheDirectory, "model-*.zip"));
        Assert.Contains(host.Logs.Entries, e => e.Message.StartsWith("Trained the categorisation model", StringComparison.Ordinal));
    }

    /// <summary>Tried as a user: an Outlook send error with the user's name in it was filed under sign-in; mail that does not go is a feature that does nothing.</summary>
    [Theory]
    [InlineData("my outlook cant send emails since this morning, it says 0x800CCC0E. my username is rina_k", "feature")]
    [InlineData("email kantor sy ga bisa kirim, mental balik terus", "feature")]
    [InlineData("I can't sign in to my email account, it says wrong password", "login")]
    public async Task Mail_that_does_not_go_is_a_feature_and_signing_in_to_it_is_login(string text, string category)
    {
        using var host = CategorizationHost.Create();
        var prediction = await host.Services.GetRequiredService<ICategorizer>().CategorizeAsync(text);
        Assert.Equal(category, prediction.Category);
    }

    [Fact]
    public async Task A_second_start_loads_the_cache_instead_of_training()
    {
        using var folder = new TempFolder();
        var root = folder.Path;
        const string text = "transfer ke rekening temen gagal tapi saldo udah kepotong";
        CategoryPrediction first;
        using (var firstHost = CategorizationHost.Create(root: root))
        {
            first = await firstHost.Services.GetRequiredService<ICategorizer>().CategorizeAsync(text);
        }

        using var secondHost = CategorizationHost.Create(root: root);
        var second = await secondHost.Services.GetRequiredService<ICategorizer>().CategorizeAsync(text);

        Assert.Equal("transaction", second.Category);
        Assert.Equal(first.Top, second.Top);
        Assert.Contains(secondHost.Logs.Entries, e => e.Message.StartsWith("Loaded the categorisation model", StringComparison.Ordinal));
        Assert.DoesNotContain(secondHost.Logs.Entries, e => e.Message.StartsWith("Trained", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_operators_training_file_is_used_and_editing_it_retrains()
    {
        using var folder = new TempFolder();
        var root = folder.Path;
        var file = Path.Combine(root, "examples.tsv");
        await File.WriteAllLinesAsync(file, SmallTrainingFile.Lines);
        var settings = new Dictionary<string, string?> { ["Helpdesk:Categorization:TrainingFile"] = "examples.tsv" };
        string firstCache;
        using (var host = CategorizationHost.Create(settings, root))
        {
            var prediction = await host.Services.GetRequiredService<ICategorizer>().CategorizeAsync("the app crashes when I open the camera");
            Assert.Equal("feature", prediction.Category);
            firstCache = Assert.Single(Directory.GetFiles(host.CacheDirectory, "model-*.zip"));
        }

        await File.AppendAllLinesAsync(file, ["feature\ten\tthe chart on the dashboard is empty"]);
        using var edited = CategorizationHost.Create(settings, root);
        await edited.Services.GetRequiredService<ICategorizer>().CategorizeAsync("the chart is empty");

        var secondCache = Assert.Single(Directory.GetFiles(edited.CacheDirectory, "model-*.zip"));
        Assert.NotEqual(firstCache, secondCache);
        Assert.Contains(edited.Logs.Entries, e => e.Message.StartsWith("Trained", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Concurrent_predictions_agree_with_sequential_ones()
    {
        using var host = CategorizationHost.Create();
        var categorizer = host.Services.GetRequiredService<ICategorizer>();
        var texts = TrainingFile.Load(LocalCategoryModel.DefaultTrainingFile).Select(e => e.Text).Take(120).ToList();
        var sequential = new List<CategoryPrediction>();
        foreach (var text in texts)
        {
            sequential.Add(await categorizer.CategorizeAsync(text));
        }

        var concurrent = new CategoryPrediction[texts.Count * 4];
        await Parallel.ForEachAsync(Enumerable.Range(0, concurrent.Length), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            concurrent[i] = await categorizer.CategorizeAsync(texts[i % texts.Count], ct));

        for (var i = 0; i < concurrent.Length; i++)
        {
            Assert.Equal(sequential[i % texts.Count].Top, concurrent[i].Top);
        }
    }

    [Fact]
    public async Task Long_and_empty_texts_are_answered()
    {
        using var folder = new TempFolder();
        using var host = await SmallTrainingFile.HostAsync(folder);
        var categorizer = host.Services.GetRequiredService<ICategorizer>();

        var pasted = await categorizer.CategorizeAsync(string.Concat(Enumerable.Repeat("stack trace at Foo.Bar() line 42 ", 5000)));
        var empty = await categorizer.CategorizeAsync("");

        Assert.Equal(3, pasted.Top.Count);
        Assert.Equal(3, empty.Top.Count);
    }

    [Fact]
    public async Task A_category_the_catalog_does_not_list_is_reported()
    {
        using var folder = new TempFolder();
        using var host = await SmallTrainingFile.HostAsync(folder, extraLines: ["hardware\ten\tthe printer jams"]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            host.Services.GetRequiredService<ICategorizer>().CategorizeAsync("anything"));

        Assert.Contains("hardware", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_file_and_line()
    {
        var text = "# comment\ncategory\tlanguage\ttext\nlogin\ten\tcan't log in\nlogin only one column\n";

        var error = Assert.Throws<FormatException>(() => TrainingFile.Parse(new StringReader(text), "examples.tsv"));

        Assert.StartsWith("examples.tsv:4:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_comments_and_blank_lines_are_skipped()
    {
        var text = "# comment\ncategory\tlanguage\ttext\n\nlogin\tEN\tcan't log in\t(tab inside)\n";

        var examples = TrainingFile.Parse(new StringReader(text), "examples.tsv");

        Assert.Equal([new LabelledText("login", "en", "can't log in\t(tab inside)")], examples);
    }
}

/// <summary>A few examples per category: trains in milliseconds, for tests about plumbing rather than accuracy.</summary>
internal static class SmallTrainingFile
{
    /// <summary>A host in <paramref name="folder"/> whose training file is this one (plus <paramref name="extraLines"/>).</summary>
    public static async Task<CategorizationHost> HostAsync(
        TempFolder folder, IDictionary<string, string?>? settings = null, IEnumerable<string>? extraLines = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        await File.WriteAllLinesAsync(Path.Combine(folder.Path, "examples.tsv"), [.. Lines, .. extraLines ?? []]);
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Helpdesk:Categorization:TrainingFile"] = "examples.tsv",
        };
        return CategorizationHost.Create(all, folder.Path, services);
    }

    public static readonly string[] Lines =
    [
        "category\tlanguage\ttext",
        "login\ten\tI can't log in, the password is rejected",
        "login\ten\tthe OTP code never arrives when I sign in",
        "login\tid\tgak bisa login, OTP gak masuk",
        "login\tid\takun terkunci abis salah password",
        "feature\ten\tthe app crashes when I open the camera",
        "feature\ten\tsearch shows nothing and the page is blank",
        "feature\tid\taplikasi force close pas buka kamera",
        "feature\tid\tupload foto gagal terus",
        "transaction\ten\ttop up failed but my balance was deducted",
        "transaction\ten\tcharged twice for one order, please refund",
        "transaction\tid\ttransfer gagal tapi saldo kepotong",
        "transaction\tid\trefund belum masuk",
        "security\ten\tmy account was hacked and my email changed",
        "security\ten\tphishing SMS asking for my OTP",
        "security\tid\takun saya dibobol orang",
        "security\tid\tada transaksi yang bukan saya",
        "other\ten\thow do I change my profile picture?",
        "other\ten\tplease add a dark mode",
        "other\tid\tgimana cara ganti bahasa?",
        "other\tid\tjam buka CS jam berapa?",
    ];
}
