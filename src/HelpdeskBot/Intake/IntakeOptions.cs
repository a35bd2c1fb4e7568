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

    public static readonly IReadOnlyList<string> DefaultServices = ["Mobile app", "Website", "Payments", "Email", "Account & login"];
}
