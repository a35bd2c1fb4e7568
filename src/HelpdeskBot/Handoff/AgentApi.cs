using System.Text.Json;
using HelpdeskBot.Activities;
using HelpdeskBot.Categorization;
using HelpdeskBot.Data.Escalations;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Safety;
using HelpdeskBot.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HelpdeskBot.Handoff;

/// <summary>
/// The agent API (the console uses it; automation can too): sign in, the escalation queue, accept, talk,
/// resolve, and the tickets. Everything but sign-in needs an agent's bearer token.
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
        api.MapGet("/tickets", ListTicketsAsync);
        api.MapGet("/tickets/{number}", GetTicketAsync);
        api.MapPatch("/tickets/{number}", PatchTicketAsync);
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

    private static async Task<Results<Ok<IReadOnlyList<Ticket>>, ProblemHttpResult>> ListTicketsAsync(string? status, string? category, string? priority, ITicketStore tickets, CancellationToken cancellationToken)
    {
        TicketStatus? s = null;
        TicketPriority? p = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<TicketStatus>(status, ignoreCase: true, out var parsed)) return BadFilter<TicketStatus>("status");
            s = parsed;
        }
        if (!string.IsNullOrEmpty(priority))
        {
            if (!Enum.TryParse<TicketPriority>(priority, ignoreCase: true, out var parsed)) return BadFilter<TicketPriority>("priority");
            p = parsed;
        }
        return TypedResults.Ok(await tickets.QueryAsync(new TicketQuery(s, string.IsNullOrEmpty(category) ? null : category, p), cancellationToken));
    }

    private static async Task<Results<Ok<Ticket>, NotFound<ProblemDetails>>> GetTicketAsync(string number, ITicketStore tickets, CancellationToken cancellationToken)
    {
        var ticket = TicketNumber.Normalize(number) is { } n ? await tickets.GetAsync(n, cancellationToken) : null;
        return ticket is null ? TicketNotFound(number) : TypedResults.Ok(ticket);
    }

    private static async Task<Results<Ok<Ticket>, NotFound<ProblemDetails>, BadRequest<ProblemDetails>>> PatchTicketAsync(
        string number, TicketPatch patch, HttpContext http, TicketUpdates updates, ActivityGuard guard, CategoryCatalog categories, CancellationToken cancellationToken)
    {
        if (patch.Comment?.Length > 4000 || patch.InternalNote?.Length > 4000 || patch.Assignee?.Length > 64 || patch.Category?.Length > 64)
        {
            return TypedResults.BadRequest(Problem(400, "A comment or note is at most 4000 characters; an assignee or category at most 64."));
        }
        // Every text an agent writes is stored (notes too, though the user never sees them) and shown on other
        // agents' screens: the guard reads each one. The refusal names the field, never repeats its value.
        var secretIn = new (string Field, string? Text)[] { ("comment", patch.Comment), ("internalNote", patch.InternalNote), ("assignee", patch.Assignee) }
            .Where(f => f.Text is not null && guard.Scan(f.Text).Found)
            .Select(f => f.Field)
            .ToList();
        if (secretIn.Count > 0)
        {
            return TypedResults.BadRequest(Problem(400, $"Not saved: {string.Join(", ", secretIn)} contains a password, PIN, code or card number."));
        }
        if (!string.IsNullOrWhiteSpace(patch.Category))
        {
            // Only a category the catalog knows: the console filters by it, the model is retrained on it.
            if (categories.Normalize(patch.Category.Trim()) is not { } known)
            {
                return TypedResults.BadRequest(Problem(400, $"Unknown category; use one of: {string.Join(", ", categories.Categories.Select(c => c.Id))}."));
            }
            patch = patch with { Category = known };
        }
        var ticket = TicketNumber.Normalize(number) is { } n ? await updates.ApplyAsync(n, patch, AgentName(http), cancellationToken) : null;
        return ticket is null ? TicketNotFound(number) : TypedResults.Ok(ticket);
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

    private static NotFound<ProblemDetails> TicketNotFound(string number) => TypedResults.NotFound(new ProblemDetails { Status = 404, Title = "Not found", Detail = $"No ticket {number}." });

    /// <summary>Names the filter and what it takes, not the value sent (which is not repeated back, whatever it holds).</summary>
    private static ProblemHttpResult BadFilter<T>(string name) where T : struct, Enum =>
        TypedResults.Problem($"Unknown {name}; use one of: {string.Join(", ", Enum.GetNames<T>().Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName))}.", statusCode: StatusCodes.Status400BadRequest);
}
