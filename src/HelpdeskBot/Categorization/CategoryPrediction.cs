namespace HelpdeskBot.Categorization;

/// <summary>One category and the model's score for it (0..1).</summary>
public sealed record CategoryScore(string Category, double Score);

/// <summary>
/// The category chosen for a problem text. <paramref name="Top"/> holds the best three, best first, so the bot can
/// ask the user to pick when <paramref name="Confidence"/> is under <see cref="CategorizationOptions.ConfidenceThreshold"/>.
/// <paramref name="Source"/> is <see cref="LocalSource"/> or <see cref="AzureLanguageSource"/>.
/// </summary>
public sealed record CategoryPrediction(string Category, double Confidence, IReadOnlyList<CategoryScore> Top, string Source)
{
    public const string LocalSource = "local";
    public const string AzureLanguageSource = "azureLanguage";
}

/// <summary>Sorts a problem text (description, expected result, error message and steps, joined) into a category.</summary>
public interface ICategorizer
{
    Task<CategoryPrediction> CategorizeAsync(string text, CancellationToken cancellationToken = default);
}
