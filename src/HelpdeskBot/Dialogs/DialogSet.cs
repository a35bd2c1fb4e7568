using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HelpdeskBot.Dialogs;

/// <summary>
/// Every dialog the bot has, by id, and the JSON options that read and write their states
/// polymorphically (each state record's type is its discriminator).
/// </summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> dialogs;

    public DialogSet(IEnumerable<Dialog> all, PromptWayOut wayOut)
        : this(all, [], wayOut)
    {
    }

    public DialogSet(IEnumerable<Dialog> single, IEnumerable<DialogRegistration> registrations, PromptWayOut wayOut)
    {
        WayOut = wayOut;
        dialogs = [];
        var all = single.Concat(registrations.SelectMany(r => r.Dialogs));
        foreach (var dialog in all)
        {
            if (!dialogs.TryAdd(dialog.Id, dialog))
            {
                throw new InvalidOperationException($"Two dialogs have the id '{dialog.Id}'.");
            }
        }
        var stateTypes = dialogs.Values.Select(d => d.StateType).Distinct().ToList();
        JsonOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver
            {
                Modifiers =
                {
                    info =>
                    {
                        if (info.Type != typeof(DialogState) || stateTypes.Count == 0) return;
                        info.PolymorphismOptions = new JsonPolymorphismOptions
                        {
                            TypeDiscriminatorPropertyName = "$state",
                            UnknownDerivedTypeHandling = System.Text.Json.Serialization.JsonUnknownDerivedTypeHandling.FailSerialization,
                        };
                        foreach (var type in stateTypes)
                        {
                            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, Discriminator(type)));
                        }
                    },
                },
            },
        };
    }

    public JsonSerializerOptions JsonOptions { get; }

    /// <summary>What a prompt offers after too many failed answers.</summary>
    public PromptWayOut WayOut { get; }

    public Dialog Find(string id) =>
        dialogs.TryGetValue(id, out var dialog) ? dialog : throw new KeyNotFoundException($"No dialog '{id}'.");

    public bool Contains(string id) => dialogs.ContainsKey(id);

    private static string Discriminator(Type type) =>
        type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(",", type.GetGenericArguments().Select(Discriminator))}>"
            : type.Name;
}

/// <summary>A concern's dialogs, created once by the container (see <see cref="DialogServiceExtensions.AddDialogs"/>).</summary>
public sealed record DialogRegistration(IReadOnlyList<Dialog> Dialogs);

public static class DialogServiceExtensions
{
    /// <summary>Adds dialogs to the <see cref="DialogSet"/>; they may depend on other services.</summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services, Func<IServiceProvider, IEnumerable<Dialog>> create) =>
        services.AddSingleton(sp => new DialogRegistration([.. create(sp)]));
}
