using System.ComponentModel.DataAnnotations;
namespace HelpdeskBot.Intake;

public sealed class IntakeOptions
{
    public const string Section = "Helpdesk:Intake";

    /// <summary>The services offered as choices for the <c>service</c> field (free text is accepted too).</summary>
    public List<string> Services { get; set; } = [];

    /// <summary>Used for "yesterday at 3pm" when the channel sends no local time or zone (IANA id).</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>
    /// Used instead of <see cref="DefaultTimeZone"/> for someone writing this language when the channel sends no local time
    /// or zone (Slack, some Direct Line clients): whoever writes Indonesian most likely reads Jakarta's clock (IANA ids).
    /// </summary>
    public Dictionary<string, string> TimeZoneByLanguage { get; set; } = new(StringComparer.OrdinalIgnoreCase) { ["id"] = "Asia/Jakarta" };

    public static readonly IReadOnlyList<string> DefaultServices = ["Mobile app", "Website", "Payments", "Email", "Account & login"];
}
