using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Data.Escalations;
using HelpdeskBot.Safety;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HelpdeskBot.Handoff;

/// <summary>
/// The agent API (the console uses it; automation can too): sign in, the escalation queue, accept, talk,
/// resolve. Everything but sign-in needs an agent's bearer token; the ticket API (<c>MapTicketApi</c>) is mapped
/// inside this group, so it takes the same sign-in.
/// </summary>
public static class AgentApi
{
    public const string SignInPolicy = "agent-signin";

    /// <summary>Needs <c>UseRateLimiter</c>, <c>UseAuthentication</c> and <c>UseAuthorization</c> in the pipeline before it.</summary>
    public static RouteGroupBuilder MapAgentApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/agent").RequireAuthorization(AgentAuth.Scheme).WithTags("Agents");
        api.MapPost("/token", SignInAsync).RequireRateLimiting(SignInPolicy).AllowAnonymous().ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/escalations", ListEscalationsAsync);
        api.MapGet("/escalations/{id}", GetEscalationAsync);
        api.MapPost("/escalations/{id}/accept", AcceptAsync);
        api.MapPost("/escalations/{id}/messages", SendMessageAsync);
        api.MapPost("/escalations/{id}/resolve", ResolveAsync);
        endpoints.MapHub<AgentHub>(AgentHub.Path);
        return api;
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> SignInAsync(TokenRequest request, AgentAuth auth, Microsoft.Extensions.Options.IOptions<HandoffOptions> options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem("Name and password are required.", statusCode: StatusCodes.Status400BadRequest);
        }
        var (result, token) = await auth.SignInAsync(request.Name, request.Password, cancellationToken);
        return result switch
        {
            SignInResult.Success => TypedResults.Ok(new TokenResponse(token!, options.Value.AgentTokenMinutes * 60)),
            SignInResult.LockedOut => TypedResults.Problem("Too many failed sign-ins; the account is locked for a while.", statusCode: StatusCodes.Status423Locked),
            _ => TypedResults.Problem("Wrong name or password.", statusCode: StatusCodes.Status401Unauthorized),
        };
    }

    private static async Task<Results<Ok<List<EscalationSummary>>, ProblemHttpResult>> ListEscalationsAsync(string? state, IEscalationStore escalations, CancellationToken cancellationToken)
    {
        EscalationState? filter = null;
        if (!string.IsNullOrEmpty(state))
        {
            if (!Enum.TryParse<EscalationState>(state, ignoreCase: true, out var parsed)) return BadFilter<EscalationState>("state");
            filter = parsed;
        }
        var list = await escalations.ListAsync(filter, 200, cancellationToken);
        return TypedResults.Ok(list.Select(EscalationSummary.Of).ToList());
    }

    private static async Task<Results<Ok<EscalationDetail>, NotFound<ProblemDetails>>> GetEscalationAsync(string id, IEscalationStore escalations, HandoffService handoff, CancellationToken cancellationToken)
    {
        var escalation = await escalations.GetAsync(id, cancellationToken);
        if (escalation is null) return EscalationNotFound(id);
        var transcript = await handoff.TranscriptAsync(escalation, cancellationToken);
        return TypedResults.Ok(new EscalationDetail(EscalationSummary.Of(escalation), [.. transcript.Select(a => Line(ActivityJson.Deserialize(a.Json))).OfType<TranscriptLine>()]));
    }

    private static async Task<Results<Ok<EscalationSummary>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> AcceptAsync(string id, HttpContext http, HandoffService handoff, CancellationToken cancellationToken)
    {
        var (escalation, problem) = await handoff.AcceptAsync(id, AgentName(http), cancellationToken);
        if (problem == "notFound") return EscalationNotFound(id);
        if (problem is not null) return TypedResults.Conflict(Problem(StatusCodes.Status409Conflict, $"Escalation {id} is {escalation!.State}, accepted by {escalation.Agent ?? "nobody"}; it cannot be accepted now."));
        return TypedResults.Ok(EscalationSummary.Of(escalation!));
    }

    private static async Task<Results<Ok, NotFound<ProblemDetails>, Conflict<ProblemDetails>, BadRequest<ProblemDetails>>> SendMessageAsync(
        string id, AgentMessageRequest request, HttpContext http, IEscalationStore escalations, HandoffService handoff, ActivityGuard guard, CancellationToken cancellationToken)
    {
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 4000) return TypedResults.BadRequest(Problem(400, "A message needs text, at most 4000 characters."));
        var scan = guard.Scan(text);
        if (scan.Found)
        {
            return TypedResults.BadRequest(Problem(400, $"Not sent: the message contains {string.Join(", ", scan.Kinds.Select(ActivityGuard.Name))}. Support never sends passwords, PINs, codes or card numbers."));
        }
        var escalation = await escalations.GetAsync(id, cancellationToken);
        if (escalation is null) return EscalationNotFound(id);
        var agent = AgentName(http);
        if (escalation.State != EscalationState.Accepted || escalation.Agent != agent)
        {
            return TypedResults.Conflict(Problem(409, $"Accept escalation {id} before writing to the user (it is {escalation.State})."));
        }
        await handoff.SendAgentMessageAsync(escalation, agent, text, cancellationToken);
        return TypedResults.Ok();
    }

    private static async Task<Results<Ok<EscalationSummary>, NotFound<ProblemDetails>>> ResolveAsync(string id, HttpContext http, HandoffService handoff, CancellationToken cancellationToken)
    {
        var escalation = await handoff.ResolveAsync(id, AgentName(http), cancellationToken);
        return escalation is null ? EscalationNotFound(id) : TypedResults.Ok(EscalationSummary.Of(escalation));
    }

    /// <summary>A transcript line from a logged activity (messages only; the text was redacted before it was logged).</summary>
    private static TranscriptLine? Line(Activity a)
    {
        if (!a.IsMessage) return null;
        var from = a.From?.Role == "user" ? "user" : a.From?.Id?.StartsWith("agent:", StringComparison.Ordinal) == true ? "agent" : "bot";
        var files = (a.Attachments ?? []).Select(f => new TranscriptFile(f.Name, f.ContentType, f.ContentUrl)).ToList();
        return new TranscriptLine(from, a.From?.Name, a.Text, a.Timestamp, files);
    }

    private static string AgentName(HttpContext http) => http.User.Identity?.Name ?? throw new InvalidOperationException("An authenticated agent has a name.");

    private static ProblemDetails Problem(int status, string detail) => new() { Status = status, Detail = detail, Title = status == 409 ? "Conflict" : "Bad request" };

    private static NotFound<ProblemDetails> EscalationNotFound(string id) => TypedResults.NotFound(new ProblemDetails { Status = 404, Title = "Not found", Detail = $"No escalation {id}." });

    /// <summary>Names the filter and what it takes, not the value sent (which is not repeated back, whatever it holds).</summary>
    private static ProblemHttpResult BadFilter<T>(string name) where T : struct, Enum =>
        TypedResults.Problem($"Unknown {name}; use one of: {string.Join(", ", Enum.GetNames<T>().Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName))}.", statusCode: StatusCodes.Status400BadRequest);
}
