using System.ComponentModel.DataAnnotations;
namespace HelpdeskBot.Bot.Understanding;

/// <summary>How the bot reads what people want from their own words (<c>Helpdesk:Understanding</c>).</summary>
public sealed class UnderstandingOptions
{
    public const string Section = "Helpdesk:Understanding";

    /// <summary>
    /// Below this score the bot does not act on its reading of the message but offers the likely choices as buttons.
    /// Chosen by 5-fold cross-validation on the tuning part of the corpus: 0.3 and 0.4 read the same, 0.5 and 0.6 left more
    /// messages unsure that the model had right.
    /// </summary>
    [Range(0.0, 1.0)]
    public double ConfidenceThreshold { get; set; } = 0.4;

    /// <summary>The intent examples the local model trains on; empty for the shipped <c>Bot/Understanding/intents.tsv</c>.</summary>
    public string? TrainingFile { get; set; }
}
