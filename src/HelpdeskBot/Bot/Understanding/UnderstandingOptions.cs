namespace HelpdeskBot.Bot.Understanding;

/// <summary>How the bot reads what people want from their own words (<c>Helpdesk:Understanding</c>).</summary>
public sealed class UnderstandingOptions
{
    public const string Section = "Helpdesk:Understanding";

    /// <summary>
    /// Below this score the bot does not act on its reading of the message but offers the likely choices as buttons.
    /// Chosen by cross-validation on the tuning corpus (tests/HelpdeskBot.Tests/Understanding/README.md).
    /// </summary>
    public double ConfidenceThreshold { get; set; } = 0.5;

    /// <summary>The intent examples the local model trains on; empty for the shipped <c>Bot/Understanding/intents.tsv</c>.</summary>
    public string? TrainingFile { get; set; }
}
