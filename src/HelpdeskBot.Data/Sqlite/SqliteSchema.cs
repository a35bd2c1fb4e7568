using System.Globalization;
using Microsoft.Data.Sqlite;

namespace HelpdeskBot.Data.Sqlite;

/// <summary>
/// The SQLite store's schema as an ordered list of plain-SQL steps, each applied once, in a transaction of its own,
/// and recorded in <see cref="HistoryTable"/>. These replace the EF Core migrations (issue 15: loading EF Core only to
/// migrate kept 12 MiB of code resident, and its migrations lookup loaded the Cosmos client too): the first four steps
/// are those migrations' SQL, word for word, so a new database gets the schema EF Core made, and a database EF Core
/// migrated is taken over by reading <c>__EFMigrationsHistory</c> (its tables are left as they are). A new step goes
/// at the end with the next number; a step is never edited once released.
/// </summary>
public static class SqliteSchema
{
    public const string HistoryTable = "SchemaHistory";

    /// <summary>One change of the schema. <paramref name="EfMigrationId"/> names the EF Core migration that made the
    /// same change, so a database it was applied to is not changed again.</summary>
    public sealed record Step(int Number, string Name, string? EfMigrationId, string Sql);

    public static IReadOnlyList<Step> Steps { get; } =
    [
        new(1, "Initial", "20261129160447_Initial", """
            CREATE TABLE "ConversationActivities" (
                "ConversationId" TEXT NOT NULL,
                "Sequence" INTEGER NOT NULL,
                "Json" TEXT NOT NULL,
                CONSTRAINT "PK_ConversationActivities" PRIMARY KEY ("ConversationId", "Sequence")
            );
            CREATE TABLE "Conversations" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Conversations" PRIMARY KEY,
                "StateJson" TEXT NOT NULL,
                "Version" INTEGER NOT NULL,
                "LastSequence" INTEGER NOT NULL,
                "UpdatedAt" INTEGER NOT NULL
            );
            CREATE TABLE "ProcessedActivities" (
                "ConversationId" TEXT NOT NULL,
                "Key" TEXT NOT NULL,
                "ResultId" TEXT NOT NULL,
                CONSTRAINT "PK_ProcessedActivities" PRIMARY KEY ("ConversationId", "Key")
            );
            CREATE TABLE "Tickets" (
                "Number" TEXT NOT NULL CONSTRAINT "PK_Tickets" PRIMARY KEY,
                "IntakeId" TEXT NOT NULL,
                "OwnerKey" TEXT NOT NULL,
                "Status" TEXT NOT NULL,
                "Category" TEXT NOT NULL,
                "Priority" TEXT NOT NULL,
                "CreatedAt" INTEGER NOT NULL,
                "Version" INTEGER NOT NULL,
                "Json" TEXT NOT NULL
            );
            CREATE INDEX "IX_Conversations_UpdatedAt" ON "Conversations" ("UpdatedAt");
            CREATE UNIQUE INDEX "IX_Tickets_IntakeId" ON "Tickets" ("IntakeId");
            CREATE INDEX "IX_Tickets_OwnerKey_CreatedAt" ON "Tickets" ("OwnerKey", "CreatedAt");
            CREATE INDEX "IX_Tickets_Status_CreatedAt" ON "Tickets" ("Status", "CreatedAt");
            """),
        new(2, "Handoff", "20261129164008_Handoff", """
            CREATE TABLE "Agents" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Agents" PRIMARY KEY,
                "Kind" TEXT NOT NULL,
                "CreatedAt" INTEGER NOT NULL,
                "Version" INTEGER NOT NULL,
                "Json" TEXT NOT NULL
            );
            CREATE TABLE "Escalations" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Escalations" PRIMARY KEY,
                "Kind" TEXT NOT NULL,
                "CreatedAt" INTEGER NOT NULL,
                "Version" INTEGER NOT NULL,
                "Json" TEXT NOT NULL
            );
            CREATE INDEX "IX_Escalations_Kind_CreatedAt" ON "Escalations" ("Kind", "CreatedAt");
            """),
        // One row the readiness check rewrites: a real commit, so a full disk shows before a user's turn fails.
        new(3, "HealthProbes", "20261204165359_HealthProbes", """
            CREATE TABLE "HealthProbes" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_HealthProbes" PRIMARY KEY,
                "At" INTEGER NOT NULL
            );
            """),
        // Messages to send once a change is stored, written in the change's own transaction (SqliteOutboxStore).
        new(4, "Outbox", "20261205101415_Outbox", """
            CREATE TABLE "Outbox" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Outbox" PRIMARY KEY,
                "Kind" TEXT NOT NULL,
                "Partition" TEXT NOT NULL,
                "State" TEXT NOT NULL,
                "DueAt" INTEGER NOT NULL,
                "Attempts" INTEGER NOT NULL,
                "LeaseOwner" TEXT NULL,
                "CreatedAt" INTEGER NOT NULL,
                "SentAt" INTEGER NULL,
                "LastError" TEXT NULL,
                "Version" INTEGER NOT NULL,
                "Payload" TEXT NOT NULL,
                "Origin" TEXT NOT NULL
            );
            CREATE INDEX "IX_Outbox_State_DueAt" ON "Outbox" ("State", "DueAt");
            """),
    ];

    /// <summary>
    /// Brings the database on <paramref name="connection"/> up to the last step and puts it in WAL mode. Each step
    /// takes the write lock first (<c>BEGIN IMMEDIATE</c>), so instances starting together on one file apply it once:
    /// the second finds it recorded. Returns the numbers of the steps this call ran (not those it took over).
    /// </summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(SqliteConnection connection, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        // WAL lets readers (polling clients) run beside the one writer; the mode is kept in the file. Outside a transaction.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        var ran = new List<int>();
        foreach (var step in Steps)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction,
                $"""CREATE TABLE IF NOT EXISTS "{HistoryTable}" ("Step" INTEGER NOT NULL PRIMARY KEY, "Name" TEXT NOT NULL, "AppliedAt" TEXT NOT NULL, "How" TEXT NOT NULL);""",
                cancellationToken);
            if (await ScalarAsync(connection, transaction, $"""SELECT 1 FROM "{HistoryTable}" WHERE "Step" = $step""", cancellationToken, ("$step", step.Number)) is not null)
            {
                continue;
            }
            var how = "applied";
            if (await EfAppliedAsync(connection, transaction, step, cancellationToken))
            {
                how = "EF Core migration " + step.EfMigrationId;
            }
            else
            {
                await ExecuteAsync(connection, transaction, step.Sql, cancellationToken);
                ran.Add(step.Number);
            }
            await ExecuteAsync(connection, transaction,
                $"""INSERT INTO "{HistoryTable}" ("Step", "Name", "AppliedAt", "How") VALUES ($step, $name, $at, $how)""", cancellationToken,
                ("$step", step.Number), ("$name", step.Name), ("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)), ("$how", how));
            await transaction.CommitAsync(cancellationToken);
        }
        return ran;
    }

    private static async Task<bool> EfAppliedAsync(SqliteConnection connection, SqliteTransaction transaction, Step step, CancellationToken cancellationToken) =>
        step.EfMigrationId is { } id
        && await ScalarAsync(connection, transaction, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'", cancellationToken) is not null
        && await ScalarAsync(connection, transaction, """SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = $id""", cancellationToken, ("$id", id)) is not null;

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = SqliteDatabase.Command(connection, sql, parameters);
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = SqliteDatabase.Command(connection, sql, parameters);
        command.Transaction = transaction;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
