using System.Text.Json;
using System.Text.Json.Serialization;

namespace HelpdeskBot.Data;

/// <summary>The one JSON shape every store writes documents in.</summary>
public static class DataJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
