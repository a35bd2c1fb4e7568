using System.Text.Json;
using System.Text.Json.Serialization;

namespace HelpdeskBot.Activities;

/// <summary>The Activity schema's JSON: camelCase, nulls omitted, unknown properties kept.</summary>
public static class ActivityJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 32,
    };

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Options);

    public static Activity Deserialize(string json) =>
        JsonSerializer.Deserialize<Activity>(json, Options) ?? throw new JsonException("An activity must be a JSON object.");
}
