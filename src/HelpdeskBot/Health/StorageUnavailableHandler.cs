using System.Globalization;
using HelpdeskBot.Data.Availability;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Health;

/// <summary>
/// Storage trouble anywhere a protocol of its own has not answered it already (the agent API, <c>/api/messages</c>,
/// the pages): 503 with <c>Retry-After</c> and a ProblemDetails body. It is logged once per outage by
/// <see cref="StorageHealth"/>, not here on every request.
/// </summary>
public sealed class StorageUnavailableHandler(StorageHealth health, IOptions<HealthOptions> options) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (Recognise(health, exception) is null || http.Response.HasStarted) return false;
        SetRetryAfter(http, options.Value);
        await Results.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Storage unavailable",
            Detail = "The service cannot save or read right now; nothing you sent was lost. Try again later.",
        }).ExecuteAsync(http);
        return true;
    }

    /// <summary>The typed failure, when <paramref name="exception"/> is storage trouble; one that bypassed the stores' guard is recorded now.</summary>
    public static StorageUnavailableException? Recognise(StorageHealth health, Exception exception)
    {
        if (exception is StorageUnavailableException typed) return typed;
        // A malformed body is an IOException too, but the client's mistake: never an outage (BadRequestHandler answers it).
        if (exception is BadHttpRequestException) return null;
        return StorageFailures.Translate(exception) is { } failure ? health.Failed(failure) : null;
    }

    public static void SetRetryAfter(HttpContext http, HealthOptions options) =>
        http.Response.Headers.RetryAfter = Math.Max(1, options.RetryAfterSeconds).ToString(CultureInfo.InvariantCulture);
}
