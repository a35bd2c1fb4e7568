using System.ComponentModel.DataAnnotations;
namespace HelpdeskBot.Health;

public sealed class HealthOptions
{
    public const string Section = "Helpdesk:Health";

    /// <summary>What a 503 for storage trouble tells clients to wait before retrying, in seconds.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 10;
}
