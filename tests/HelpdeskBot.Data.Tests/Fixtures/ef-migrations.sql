-- The SQL the EF Core migrations (src/HelpdeskBot.Data/Sqlite/Migrations, removed in the commit that adds this file)
-- produced, unchanged: the output of
--   dotnet ef migrations script --project src/HelpdeskBot.Data --startup-project src/HelpdeskBot.Data
-- at commit ce2cb5d. The one addition is at the end, marked: the lock table EF Core 10 creates at run time (not in
-- its script), copied from sqlite_master of a database the app made, so this builds what the app built.
-- SqliteSchemaTests builds a database from it (or from its first migrations) and upgrades it with SqliteSchema.

CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
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

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129160447_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
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

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129164008_Handoff', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "HealthProbes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_HealthProbes" PRIMARY KEY,
    "At" INTEGER NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204165359_HealthProbes', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
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

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205101415_Outbox', '10.0.15');

COMMIT;

-- Added (see the header): created by EF Core at run time.
CREATE TABLE "__EFMigrationsLock" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
    "Timestamp" TEXT NOT NULL
);
