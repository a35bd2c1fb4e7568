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
        await Results.Problem(new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request",
            Detail = "The request body could not be read: send well-formed JSON of the documented shape. Nothing was changed.",
        }).ExecuteAsync(http);
        return true;
    }
}
