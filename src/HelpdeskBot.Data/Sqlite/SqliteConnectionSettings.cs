using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HelpdeskBot.Data.Sqlite;

/// <summary>
/// Settings SQLite keeps per connection, not in the file: each pooled connection gets them when it opens.
/// <c>synchronous=NORMAL</c> under WAL still survives a process crash (only a power cut can lose the last
/// commits) and spares an fsync per commit — most of a turn's time otherwise.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    internal const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
