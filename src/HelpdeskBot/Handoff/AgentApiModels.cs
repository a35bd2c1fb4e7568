using HelpdeskBot.Data.Escalations;

namespace HelpdeskBot.Handoff;

public sealed record TokenRequest(string? Name, string? Password);

public sealed record TokenResponse(string Token, int ExpiresIn);

public sealed record EscalationUser(string Id, string? Name, string ChannelId);

public sealed record EscalationSummary(
    string Id,
    string ConversationId,
    EscalationUser User,
    string State,
    string Reason,
    DateTimeOffset RequestedAt,
    string? Agent,
    IReadOnlyList<EscalationAnswer> Answers,
    string? TicketNumber)
{
    public static EscalationSummary Of(Escalation e) => new(
        e.Id, e.Conversation.ConversationId, new EscalationUser(e.Owner.UserId, e.Conversation.UserName, e.Owner.ChannelId),
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.State.ToString()), e.Reason, e.RequestedAt, e.Agent, e.Answers, e.TicketNumber);
}

/// <summary>One line of the redacted transcript: who ("user", "bot", "agent"), their name, the text, files.</summary>
public sealed record TranscriptLine(string From, string? Name, string? Text, DateTimeOffset? At, IReadOnlyList<TranscriptFile> Files);

public sealed record TranscriptFile(string? Name, string? ContentType, string? Url);

public sealed record EscalationDetail(EscalationSummary Escalation, IReadOnlyList<TranscriptLine> Transcript);

/// <summary>
/// What an agent writes to the user. A property it does not know is refused, not ignored: the sixth trial sent
/// <c>{"internal": true, "text": "INTERNAL: check fraud queue"}</c> and the user read the note. Internal notes go on the
/// ticket (<c>PATCH /api/agent/tickets/{number}</c> with <c>internalNote</c>).
/// </summary>
[System.Text.Json.Serialization.JsonUnmappedMemberHandling(System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
public sealed record AgentMessageRequest(string? Text);
