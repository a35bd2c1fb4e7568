using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace HelpdeskBot.Resources;

/// <summary>
/// The bot's words in English ("en") and Bahasa Indonesia ("id"), from the embedded files
/// <c>Resources/strings.en.json</c> and <c>strings.id.json</c>. A key missing in Indonesian falls back to
/// English; a key missing everywhere is a bug and throws.
/// </summary>
public sealed class Localizer
{
    public const string English = "en";
    public const string Indonesian = "id";
    public static readonly IReadOnlyList<string> Languages = [English, Indonesian];

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> tables;

    public Localizer()
    {
        tables = Languages.ToFrozenDictionary(l => l, Load);
    }

    public IReadOnlyCollection<string> Keys(string language) => tables[language].Keys;

    public string Get(string key, string language, params IReadOnlyList<string> args)
    {
        if (!tables.TryGetValue(language, out var table) || !table.TryGetValue(key, out var text))
        {
            if (!tables[English].TryGetValue(key, out text))
            {
                throw new KeyNotFoundException($"No string '{key}' in the resources.");
            }
        }
        return args.Count == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, [.. args]);
    }

    /// <summary>"id", "id-ID", "in" (the old code) → Indonesian; anything else → English.</summary>
    public static string LanguageOf(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return English;
        var l = locale.Trim().ToLowerInvariant();
        return l == "id" || l == "in" || l.StartsWith("id-", StringComparison.Ordinal) || l.StartsWith("in-", StringComparison.Ordinal)
            ? Indonesian
            : English;
    }

    public static string LocaleOf(string language) => language == Indonesian ? "id-ID" : "en-US";

    private static FrozenDictionary<string, string> Load(string language)
    {
        var name = $"HelpdeskBot.Resources.strings.{language}.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        return (JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidDataException($"{name} is empty.")).ToFrozenDictionary();
    }
}
