// PLACEHOLDER until the categorize branch lands.
using HelpdeskBot.Data.Tickets;
namespace HelpdeskBot.Categorization;
public sealed record CategoryScore(string Category, double Score);
public sealed record CategoryPrediction(string Category, double Confidence, IReadOnlyList<CategoryScore> Top, string Source);
public interface ICategorizer { Task<CategoryPrediction> CategorizeAsync(string text, CancellationToken cancellationToken = default); }
public sealed class PriorityRules { public TicketPriority Assess(string category, string text) => TicketPriority.Normal; }
public sealed class CategorizationOptions { public const string Section = "Helpdesk:Categorization"; public double ConfidenceThreshold { get; set; } = 0.5; }
public sealed class CategoryCatalog { public string DisplayName(string id, string language) => id; }
public sealed class PlaceholderCategorizer : ICategorizer { public Task<CategoryPrediction> CategorizeAsync(string text, CancellationToken cancellationToken = default) => Task.FromResult(new CategoryPrediction("other", 1, [new("other", 1)], "local")); }
public static class CategorizationExtensions { public static IHostApplicationBuilder AddHelpdeskCategorization(this IHostApplicationBuilder builder) { builder.Services.AddSingleton<ICategorizer, PlaceholderCategorizer>(); builder.Services.AddSingleton<PriorityRules>(); builder.Services.AddSingleton<CategoryCatalog>(); builder.Services.Configure<CategorizationOptions>(builder.Configuration.GetSection(CategorizationOptions.Section)); return builder; } }
