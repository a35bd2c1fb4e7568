using HelpdeskBot.Categorization;
using HelpdeskBot.Data.Tickets;
using HelpdeskBot.Safety;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HelpdeskBot.Tickets;

/// <summary>
/// The ticket API for agents: list, read and change tickets (each change recorded, the user told of what concerns
/// them). It has no sign-in of its own: <c>Program.cs</c> maps it inside the agent API's group
/// (<c>app.MapAgentApi().MapTicketApi()</c>), whose authorization, tag and bearer scheme it takes.
/// </summary>
public static class TicketApi
{
    /// <summary>Adds <c>/tickets</c> under <paramref name="endpoints"/> (the agent API's group) and returns its group.</summary>
    public static RouteGroupBuilder MapTicketApi(this IEndpointRouteBuilder endpoints)
    {
        var tickets = endpoints.MapGroup("/tickets");
        tickets.MapGet("", ListTicketsAsync);
        tickets.MapGet("/{number}", GetTicketAsync);
        tickets.MapPatch("/{number}", PatchTicketAsync);
        return tickets;
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
        var corrected = patch.Fields?.Given().ToList() ?? [];
        if (corrected.Any(f => f.Value.Length > 2000))
        {
            return TypedResults.BadRequest(Problem(400, "A corrected answer is at most 2000 characters."));
        }
        if (corrected.FirstOrDefault(f => f.Value.Length == 0 && TicketFieldsPatch.IsRequired(f.Field)) is { Field: { } emptied })
        {
            return TypedResults.BadRequest(Problem(400, $"{emptied} may be corrected, not emptied."));
        }
        if (corrected.Any(f => f.Field == "email" && f.Value.Length > 0 && !Dialogs.EmailPrompt.IsValid(f.Value, out _)))
        {
            return TypedResults.BadRequest(Problem(400, "email is not an e-mail address."));
        }
        // Every text an agent writes is stored (notes too, though the user never sees them) and shown on other
        // agents' screens: the guard reads each one. The refusal names the field, never repeats its value.
        var secretIn = new (string Field, string? Text)[] { ("comment", patch.Comment), ("internalNote", patch.InternalNote), ("assignee", patch.Assignee) }
            .Concat(corrected.Select(f => (Field: "fields." + f.Field, Text: (string?)f.Value)))
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

    private static string AgentName(HttpContext http) => http.User.Identity?.Name ?? throw new InvalidOperationException("An authenticated agent has a name.");

    private static ProblemDetails Problem(int status, string detail) => new() { Status = status, Detail = detail, Title = "Bad request" };

    private static NotFound<ProblemDetails> TicketNotFound(string number) => TypedResults.NotFound(new ProblemDetails { Status = 404, Title = "Not found", Detail = $"No ticket {number}." });

    /// <summary>Names the filter and what it takes, not the value sent (which is not repeated back, whatever it holds).</summary>
    private static ProblemHttpResult BadFilter<T>(string name) where T : struct, Enum =>
        TypedResults.Problem($"Unknown {name}; use one of: {string.Join(", ", Enum.GetNames<T>().Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName))}.", statusCode: StatusCodes.Status400BadRequest);
}
