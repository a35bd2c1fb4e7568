namespace HelpdeskBot.Data.Availability;

/// <summary>
/// The store could not read or write: the disk is full or read-only, an I/O error, the database service is
/// unreachable or throttling past its retries. Nothing the client sent is wrong and nothing committed was lost;
/// the request may be sent again later. Endpoints answer it with 503 and <c>Retry-After</c>.
/// </summary>
public sealed class StorageUnavailableException(string cause, Exception? inner = null)
    : Exception("The store is unavailable: " + cause, inner)
{
    /// <summary>What failed, in words fit for a log line (no stored content).</summary>
    public string Cause { get; } = cause;
}
