namespace HelpdeskBot.TextClassification;

/// <summary>One label and the model's score for it (0..1).</summary>
internal sealed record LabelScore(string Label, double Score);

/// <summary>The best label for a text, its score, and the best three, best first.</summary>
internal sealed record TextPrediction(string Label, double Score, IReadOnlyList<LabelScore> Top);
