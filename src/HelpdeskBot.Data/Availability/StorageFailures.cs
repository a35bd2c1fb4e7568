using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Data.Sqlite;

namespace HelpdeskBot.Data.Availability;

/// <summary>
/// Tells storage trouble (the machine's or the database service's) from everything else. Only these become
/// <see cref="StorageUnavailableException"/>: a constraint violation or a bug stays what it is.
/// </summary>
public static class StorageFailures
{
    // SQLite primary result codes that mean "the file or the disk under it", not "your statement".
    private const int SqlitePerm = 3;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteNoMem = 7;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoErr = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteProtocol = 15;
    private const int SqliteNotADb = 26;

    /// <summary>The cause in words when <paramref name="e"/> is storage trouble, else null.</summary>
    public static string? CauseOf(Exception e) => e switch
    {
        StorageUnavailableException unavailable => unavailable.Cause,
        SqliteException sqlite => SqliteCause(sqlite.SqliteErrorCode),
        CosmosException cosmos => CosmosCause(cosmos.StatusCode),
        Azure.RequestFailedException blob when blob.Status is 0 or 408 or 429 or >= 500 =>
            "the storage service is unavailable (" + blob.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")",
        // Only the Cosmos SDK's own transport reaches the stores over HTTP.
        HttpRequestException http => "the database service is unreachable (" + (http.HttpRequestError.ToString()) + ")",
        DirectoryNotFoundException => "a folder of the data directory is missing",
        IOException io => "an I/O error on the data directory (" + IoCause(io) + ")",
        UnauthorizedAccessException => "the data directory may not be written",
        _ => null,
    };

    /// <summary>The typed exception for <paramref name="e"/>, or null when it is not storage trouble.</summary>
    public static StorageUnavailableException? Translate(Exception e) =>
        e as StorageUnavailableException ?? (CauseOf(e) is { } cause ? new StorageUnavailableException(cause, e) : null);

    private static string? SqliteCause(int code) => code switch
    {
        SqliteFull => "SQLite: the database or disk is full",
        SqliteReadOnly => "SQLite: the database is read-only",
        SqliteIoErr => "SQLite: disk I/O error",
        SqliteCantOpen => "SQLite: the database file cannot be opened",
        SqlitePerm => "SQLite: access permission denied",
        SqliteBusy or SqliteLocked => "SQLite: the database stayed locked",
        SqliteNoMem => "SQLite: out of memory",
        SqliteCorrupt or SqliteNotADb => "SQLite: the database file is damaged",
        SqliteProtocol => "SQLite: the locking protocol failed",
        _ => null,
    };

    private static string? CosmosCause(HttpStatusCode status) => status switch
    {
        HttpStatusCode.ServiceUnavailable => "Cosmos DB is unavailable (503)",
        HttpStatusCode.RequestTimeout => "Cosmos DB timed out (408)",
        HttpStatusCode.TooManyRequests => "Cosmos DB is throttling past its retries (429)",
        HttpStatusCode.InternalServerError => "Cosmos DB failed (500)",
        HttpStatusCode.Gone => "Cosmos DB moved the partition (410)",
        HttpStatusCode.Forbidden => "Cosmos DB refused the request (403: keys, firewall or storage quota)",
        _ => null,
    };

    private static string IoCause(IOException io) => (io.HResult & 0xFFFF) switch
    {
        28 => "no space left on the device",
        30 => "read-only file system",
        5 => "input/output error",
        122 => "disk quota exceeded",
        _ => io.GetType().Name,
    };
}
