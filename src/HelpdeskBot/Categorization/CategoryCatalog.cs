using Microsoft.Extensions.Options;

namespace HelpdeskBot.Categorization;

/// <summary>The configured categories, with their names in the conversation's language.</summary>
public sealed class CategoryCatalog
{
    private readonly Dictionary<string, CategoryDefinition> byId;

    public CategoryCatalog(IOptions<CategorizationOptions> options)
        : this(options.Value.Categories is { Count: > 0 } configured ? configured : CategorizationOptions.DefaultCategories)
    {
    }

    internal CategoryCatalog(IReadOnlyList<CategoryDefinition> categories)
    {
        Categories = categories;
        byId = categories.ToDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<CategoryDefinition> Categories { get; }

    public bool Contains(string id) => byId.ContainsKey(id);

    /// <summary>The id as the catalog spells it, for ids that differ only in case (an external model's labels).</summary>
    public string? Normalize(string id) => byId.TryGetValue(id, out var category) ? category.Id : null;

    /// <summary>
    /// The category's name in <paramref name="language"/> (<c>"id"</c> or an <c>id-*</c> culture: Indonesian; anything
    /// else: English). An unknown id is returned as it is, so a ticket whose category was removed still shows something.
    /// </summary>
    public string DisplayName(string id, string language)
    {
        if (!byId.TryGetValue(id, out var category))
        {
            return id;
        }

        var name = IsIndonesian(language) ? category.IndonesianName : category.EnglishName;
        return string.IsNullOrWhiteSpace(name) ? FirstNonEmpty(category.EnglishName, category.IndonesianName, category.Id) : name;
    }

    /// <summary>The category's description in <paramref name="language"/>, or null when none is configured.</summary>
    public string? Description(string id, string language)
    {
        if (!byId.TryGetValue(id, out var category))
        {
            return null;
        }

        var description = IsIndonesian(language) ? category.IndonesianDescription : category.EnglishDescription;
        return string.IsNullOrWhiteSpace(description) ? category.EnglishDescription : description;
    }

    internal static bool IsIndonesian(string? language) =>
        language is not null
        && (language.Equals("id", StringComparison.OrdinalIgnoreCase)
            || language.StartsWith("id-", StringComparison.OrdinalIgnoreCase)
            || language.Equals("in", StringComparison.OrdinalIgnoreCase));

    private static string FirstNonEmpty(params string[] values) => values.First(v => !string.IsNullOrWhiteSpace(v));
}
