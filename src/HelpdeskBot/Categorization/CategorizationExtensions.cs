using System.Runtime.CompilerServices;
using HelpdeskBot.Data;
using HelpdeskBot.Data.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace HelpdeskBot.Categorization;

public static class CategorizationExtensions
{
    public const string AzureLanguageHttpClient = "azure-language";

    /// <summary>
    /// Registers categorisation: options from <c>Helpdesk:Categorization</c>, the <see cref="CategoryCatalog"/>,
    /// <see cref="PriorityRules"/>, the local model (one per app, trained on first use or loaded from its cache in
    /// the data directory), and <see cref="ICategorizer"/> by <c>Provider</c>. With <c>AzureLanguage</c>, the
    /// HttpClient has retries, a circuit breaker and per-attempt timeouts, and the local model answers on failure.
    /// </summary>
    public static IHostApplicationBuilder AddHelpdeskCategorization(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(CategorizationOptions.Section);
        builder.Services.AddValidatedOptions<CategorizationOptions>(builder.Configuration, CategorizationOptions.Section);
        builder.Services.AddSingleton<IValidateOptions<CategorizationOptions>, CategorizationOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CategoryCatalog>();
        builder.Services.AddSingleton<PriorityRules>();

        var contentRoot = builder.Environment.ContentRootPath;
        var configuredCache = section[nameof(CategorizationOptions.ModelCacheDirectory)];
        var cacheDirectory = string.IsNullOrWhiteSpace(configuredCache)
            ? Path.Combine(builder.GetDataDirectory(), "categorization")
            : Path.GetFullPath(configuredCache, contentRoot);
        builder.Services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<CategorizationOptions>>().Value.TrainingFile;
            var trainingFile = string.IsNullOrWhiteSpace(configured) ? LocalCategoryModel.DefaultTrainingFile : Path.GetFullPath(configured, contentRoot);
            return new LocalModelLocations(trainingFile, cacheDirectory);
        });
        builder.Services.AddSingleton<LocalCategoryModel>();
        builder.Services.AddSingleton<LocalCategorizer>();

        // Replaces whatever categoriser was registered before (the intake's placeholder).
        builder.Services.RemoveAll<ICategorizer>();
        var provider = section[nameof(CategorizationOptions.Provider)] ?? CategorizationOptions.LocalProvider;
        if (provider.Equals(CategorizationOptions.AzureLanguageProvider, StringComparison.OrdinalIgnoreCase))
        {
            AddAzureLanguage(builder.Services);
        }
        else if (provider.Equals(CategorizationOptions.LocalProvider, StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddSingleton<ICategorizer>(sp => sp.GetRequiredService<LocalCategorizer>());
        }
        else
        {
            throw new InvalidOperationException(
                $"Helpdesk:Categorization:Provider '{provider}' is not known; use '{CategorizationOptions.LocalProvider}' or '{CategorizationOptions.AzureLanguageProvider}'.");
        }

        return builder;
    }

    // Azure.Core and Azure.Identity are named only here, in a method that runs when the provider is AzureLanguage, and
    // not inlined: ahead-of-time code loads what a method names when the method starts (issue 15: a bot categorising
    // locally kept Azure.Core's code resident for nothing).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddAzureLanguage(IServiceCollection services)
    {
        services.AddHttpClient<AzureLanguageClient>(AzureLanguageHttpClient, http =>
            {
                // The resilience pipeline and the categoriser's deadline bound every call.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler(AzureLanguageHttpClient, ConfigureAzureLanguagePipeline);
        services.AddSingleton<AzureLanguageAuth>();
        services.TryAddSingleton<Azure.Core.TokenCredential>(_ => new Azure.Identity.DefaultAzureCredential());
        services.AddTransient<AzureLanguageCategorizer>();
        services.AddTransient<ICategorizer>(sp => sp.GetRequiredService<AzureLanguageCategorizer>());
    }

    private static void ConfigureAzureLanguagePipeline(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var timeout = TimeSpan.FromSeconds(context.ServiceProvider.GetRequiredService<IOptions<CategorizationOptions>>().Value.AzureLanguage.TimeoutSeconds);

        // 5xx, 408, 429 (honouring Retry-After), network errors and attempt timeouts are retried. A repeated job
        // submission is harmless: it only reads the text, and the first job's result is never fetched.
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 2,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(200),
        });

        // When the service keeps failing, answer locally at once instead of spending the deadline on every ticket.
        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 6,
            SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, timeout.TotalSeconds * 2)),
            BreakDuration = TimeSpan.FromSeconds(30),
        });

        pipeline.AddTimeout(timeout);
    }
}

internal sealed class CategorizationOptionsValidator : IValidateOptions<CategorizationOptions>
{
    public ValidateOptionsResult Validate(string? name, CategorizationOptions options)
    {
        var failures = new List<string>();
        var section = CategorizationOptions.Section;
        var azure = options.Provider.Equals(CategorizationOptions.AzureLanguageProvider, StringComparison.OrdinalIgnoreCase);
        if (!azure && !options.Provider.Equals(CategorizationOptions.LocalProvider, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{section}:Provider must be '{CategorizationOptions.LocalProvider}' or '{CategorizationOptions.AzureLanguageProvider}'.");
        }

        if (options.ConfidenceThreshold is < 0 or > 1 || double.IsNaN(options.ConfidenceThreshold))
        {
            failures.Add($"{section}:ConfidenceThreshold must be between 0 and 1.");
        }

        for (var i = 0; i < options.Categories.Count; i++)
        {
            var category = options.Categories[i];
            if (string.IsNullOrWhiteSpace(category.Id))
            {
                failures.Add($"{section}:Categories:{i}:Id is required.");
            }

            if (string.IsNullOrWhiteSpace(category.EnglishName) && string.IsNullOrWhiteSpace(category.IndonesianName))
            {
                failures.Add($"{section}:Categories:{i} needs an EnglishName or an IndonesianName.");
            }
        }

        foreach (var duplicate in options.Categories.GroupBy(c => c.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            failures.Add($"{section}:Categories lists '{duplicate.Key}' more than once.");
        }

        if (azure)
        {
            var settings = options.AzureLanguage;
            if (!Uri.TryCreate(settings.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http"))
            {
                failures.Add($"{section}:AzureLanguage:Endpoint must be the resource's absolute URL.");
            }

            if (string.IsNullOrWhiteSpace(settings.ProjectName))
            {
                failures.Add($"{section}:AzureLanguage:ProjectName is required.");
            }

            if (string.IsNullOrWhiteSpace(settings.DeploymentName))
            {
                failures.Add($"{section}:AzureLanguage:DeploymentName is required.");
            }

            if (settings.TimeoutSeconds is <= 0 or > 120)
            {
                failures.Add($"{section}:AzureLanguage:TimeoutSeconds must be between 0 and 120.");
            }

            if (settings.PollIntervalMilliseconds is < 10 or > 10_000)
            {
                failures.Add($"{section}:AzureLanguage:PollIntervalMilliseconds must be between 10 and 10000.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
