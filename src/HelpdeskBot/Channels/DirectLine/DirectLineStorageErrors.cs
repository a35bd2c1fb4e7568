using HelpdeskBot.Data.Availability;
using HelpdeskBot.Health;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Channels.DirectLine;

/// <summary>
/// Storage trouble under <c>/v3/directline</c>: 503 with <c>Retry-After</c> and Direct Line's own error body, which
/// botframework-directlinejs and Web Chat read (and retry on), instead of a generic 500.
/// </summary>
public sealed class DirectLineStorageErrors(StorageHealth health, IOptions<HealthOptions> options) : IExceptionHandler
{
    public const string Code = "ServiceUnavailable";

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (!http.Request.Path.StartsWithSegments("/v3/directline", StringComparison.OrdinalIgnoreCase) || http.Response.HasStarted) return false;
        if (StorageUnavailableHandler.Recognise(health, exception) is null) return false;
        StorageUnavailableHandler.SetRetryAfter(http, options.Value);
        await DirectLineErrors.Of(StatusCodes.Status503ServiceUnavailable, Code,
            "The service cannot save or read right now; nothing you sent was kept or lost. Send it again later.").ExecuteAsync(http);
        return true;
    }
}
