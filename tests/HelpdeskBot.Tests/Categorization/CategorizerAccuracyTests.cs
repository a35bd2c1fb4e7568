using HelpdeskBot.Categorization;
using HelpdeskBot.TextClassification;

namespace HelpdeskBot.Tests.Categorization;

/// <summary>
/// Accuracy on examples the model was not trained on: stratified 5-fold cross-validation over the shipped file.
/// Prints overall, per-language and per-category accuracy and what each confidence threshold would do.
/// </summary>
public class CategorizerAccuracyTests(ITestOutputHelper output)
{
    private static readonly string[] Categories = ["login", "feature", "transaction", "security", "other"];

    [Fact]
    public void Shipped_examples_cover_every_category_in_both_languages()
    {
        var examples = TrainingFile.Load(LocalCategoryModel.DefaultTrainingFile);

        foreach (var category in Categories)
        {
            foreach (var language in new[] { "en", "id" })
            {
                var count = examples.Count(e => e.Label == category && e.Language == language);
                Assert.True(count >= 60, $"{category}/{language} has {count} examples; at least 60 are needed.");
            }
        }

        Assert.Equal(Categories.Order(), examples.Select(e => e.Label).Distinct().Order());
        Assert.Equal(examples.Count, examples.Select(e => e.Text.ToLowerInvariant()).Distinct().Count());
    }

    [Fact]
    public void Five_fold_accuracy_is_at_least_90_percent_overall_and_in_each_language()
    {
        var examples = TrainingFile.Load(LocalCategoryModel.DefaultTrainingFile);

        var report = CrossValidation.Run(examples, folds: 5, seed: 1);

        var text = report.Format(new CategorizationOptions().ConfidenceThreshold);
        output.WriteLine(text);
        Console.WriteLine(text);
        Assert.True(report.Overall.Accuracy >= 0.90, $"overall {report.Overall}");
        Assert.Equal(["en", "id"], report.ByLanguage.Select(l => l.Group));
        Assert.All(report.ByLanguage, line => Assert.True(line.Accuracy >= 0.90, $"language {line}"));
        // Not a target of the issue, but a category far below the rest means the examples need work.
        Assert.All(report.ByLabel, line => Assert.True(line.Accuracy >= 0.85, $"category {line}"));
    }
}
