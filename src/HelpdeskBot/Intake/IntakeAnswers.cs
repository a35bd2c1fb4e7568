using HelpdeskBot.Dialogs;
using HelpdeskBot.Tickets;

namespace HelpdeskBot.Intake;

/// <summary>"When did it happen?" as the user said it, and the instant it means.</summary>
public sealed record OccurredAtAnswer(string Text, DateTimeOffset Utc) : Answer;

/// <summary>The screenshots and videos the user gave.</summary>
public sealed record EvidenceAnswer(IReadOnlyList<EvidenceFile> Files) : Answer;
