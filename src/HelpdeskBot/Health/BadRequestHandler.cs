using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace HelpdeskBot.Health;

/// <summary>
/// A request the framework could not read (malformed JSON, a body of the wrong type) where an endpoint lets it throw, as
/// minimal APIs do in Development: its own status (400, 413) with a ProblemDetails body that says what was wrong with it,
/// not a 500 and not an outage. Direct Line answers its own bad requests before this runs.
/// </summary>
public sealed class BadRequestHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || http.Response.HasStarted) return false;
        // Where in the body, never what was there (an agent's text may hold anything): "$.status", "$.internal".
        var at = bad.InnerException is System.Text.Json.JsonException { Path: { Length: > 0 } path } ? $" at {path} (an unknown property, or a value of the wrong type or not one of the documented values)" : "";
        await Results.Problem(new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request",
            Detail = $"The request body could not be read{at}: send well-formed JSON of the documented shape. Nothing was changed.",
        }).ExecuteAsync(http);
        return true;
    }
}
