using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Data.Configuration;

/// <summary>
/// How every options section of the app is registered: bound from its configuration section, checked when the app
/// starts (not at the first request that reads it), and a bad value stops the app with a message naming the key
/// (<c>Helpdesk:Smtp:Port: The field Port must be between 1 and 65535.</c>). What is checked: the data annotations
/// on the class and on the option classes nested in it, every enum property holding a named value (the binder
/// takes "7" for any enum), and whatever the caller adds with <c>.Validate(...)</c>. A value that cannot be
/// converted at all (a mistyped enum name, "abc" for a number) fails binding, and the binder names the key too.
/// </summary>
public static class ValidatedOptions
{
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new SectionValidator<T>(section));
        return services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
    }

    private sealed class SectionValidator<T>(string section) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var failures = new List<string>();
            Collect(options, section, failures, depth: 0);
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }

    /// <summary>The problems of <paramref name="value"/> and of the option objects inside it, each prefixed with its key.</summary>
    public static void Collect(object value, string path, List<string> failures, int depth)
    {
        if (depth > 8) return;
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.Any() ? result.MemberNames : [""];
            foreach (var member in members) failures.Add($"{Key(path, member)}: {result.ErrorMessage}");
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || property.GetIndexParameters().Length > 0) continue;
            var type = property.PropertyType;
            var enumType = Nullable.GetUnderlyingType(type) ?? type;
            if (enumType.IsEnum)
            {
                if (property.GetValue(value) is { } e && !Enum.IsDefined(enumType, e))
                {
                    failures.Add($"{Key(path, property.Name)}: '{e}' is not one of {string.Join(", ", Enum.GetNames(enumType))}.");
                }
            }
            else if (IsOptionClass(type) && property.GetValue(value) is { } child)
            {
                Collect(child, Key(path, property.Name), failures, depth + 1);
            }
            else if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && property.GetValue(value) is IEnumerable items)
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is not null && IsOptionClass(item.GetType())) Collect(item, Key(path, $"{property.Name}:{i}"), failures, depth + 1);
                    i++;
                }
            }
        }
    }

    private static string Key(string path, string member) => member.Length == 0 ? path : $"{path}:{member}";

    /// <summary>The app's own option classes (nested sections), not strings, framework types or collections.</summary>
    private static bool IsOptionClass(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("HelpdeskBot", StringComparison.Ordinal) == true;
}

/// <summary>A string setting that must be one of a few names, compared ignoring case (a provider, an exporter).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OneOfAttribute(params string[] allowed) : ValidationAttribute
{
    public IReadOnlyList<string> Allowed { get; } = allowed;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is null || (value is string s && Allowed.Contains(s, StringComparer.OrdinalIgnoreCase))) return ValidationResult.Success;
        return new ValidationResult($"'{value}' is not one of {string.Join(", ", Allowed)}.", validationContext.MemberName is { } m ? [m] : null);
    }
}
