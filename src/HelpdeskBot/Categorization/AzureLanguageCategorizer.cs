using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Categorization;

/// <summary>
/// Azure AI Language custom text classification, with the local model as the fallback: when the service fails,
/// answers late, or names a category the catalog does not know, the local model answers and a warning is logged
/// (what failed, never the text).
/// </summary>
internal sealed partial class AzureLanguageCategorizer(
    AzureLanguageClient client,
    LocalCategorizer local,
    CategoryCatalog catalog,
    IOptionsMonitor<CategorizationOptions> options,
    ILogger<AzureLanguageCategorizer> logger) : ICategorizer
{
    public async Task<CategoryPrediction> CategorizeAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var settings = options.CurrentValue;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(settings.AzureLanguage.TimeoutSeconds));
        IReadOnlyList<ClassificationResult> classes;
        try
        {
            classes = await client.ClassifyAsync(text, deadline.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Anything else (HTTP errors, the resilience pipeline's timeouts and open circuit, unreadable JSON, a
            // failed job, our own deadline) is a reason to answer locally rather than leave the user waiting.
            LogFallback(exception.GetType().Name, exception is AzureLanguageException ? exception.Message : "");
            return await local.CategorizeAsync(text, cancellationToken);
        }

        var top = new List<CategoryScore>(3);
        foreach (var result in classes.OrderByDescending(c => c.ConfidenceScore))
        {
            if (catalog.Normalize(result.Category) is not { } id)
            {
                LogUnknownCategory(result.Category);
                return await local.CategorizeAsync(text, cancellationToken);
            }

            if (top.Count < 3 && top.TrueForAll(t => t.Category != id))
            {
                top.Add(new CategoryScore(id, result.ConfidenceScore));
            }
        }

        // A single-label project returns one class. When the bot will ask the user to choose, offer three: the
        // rest in the local model's order (with the local model's scores).
        if (top[0].Score < settings.ConfidenceThreshold && top.Count < 3)
        {
            var fallback = await local.CategorizeAsync(text, cancellationToken);
            foreach (var score in fallback.Top)
            {
                if (top.Count < 3 && top.TrueForAll(t => t.Category != score.Category))
                {
                    top.Add(score);
                }
            }
        }

        return new CategoryPrediction(top[0].Category, top[0].Score, top, CategoryPrediction.AzureLanguageSource);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure AI Language did not categorise ({Failure} {Detail}); the local model answered.")]
    private partial void LogFallback(string failure, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure AI Language answered category {Category}, which the catalog does not list; the local model answered.")]
    private partial void LogUnknownCategory(string category);
}
