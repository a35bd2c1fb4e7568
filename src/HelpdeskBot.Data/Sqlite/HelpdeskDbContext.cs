using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HelpdeskBot.Data.Sqlite;

public sealed class HelpdeskDbContext(DbContextOptions<HelpdeskDbContext> options) : DbContext(options)
{
    public DbSet<ConversationRow> Conversations => Set<ConversationRow>();
    public DbSet<ActivityRow> Activities => Set<ActivityRow>();
    public DbSet<ProcessedActivityRow> ProcessedActivities => Set<ProcessedActivityRow>();
    public DbSet<TicketRow> Tickets => Set<TicketRow>();
    public DbSet<DocumentRow> Escalations => Set<DocumentRow>("Escalation");
    public DbSet<DocumentRow> Agents => Set<DocumentRow>("Agent");
    public DbSet<HealthProbeRow> HealthProbes => Set<HealthProbeRow>();
    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order by DateTimeOffset; stored as a sortable 64-bit value instead.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ConversationRow>(e =>
        {
            e.ToTable("Conversations");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.UpdatedAt);
        });
        modelBuilder.Entity<ActivityRow>(e =>
        {
            e.ToTable("ConversationActivities");
            e.HasKey(x => new { x.ConversationId, x.Sequence });
        });
        modelBuilder.Entity<ProcessedActivityRow>(e =>
        {
            e.ToTable("ProcessedActivities");
            e.HasKey(x => new { x.ConversationId, x.Key });
        });
        // Escalations and agent accounts are small documents with a version for If-Match updates.
        modelBuilder.SharedTypeEntity<DocumentRow>("Escalation", e =>
        {
            e.ToTable("Escalations");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Kind, x.CreatedAt });
        });
        modelBuilder.SharedTypeEntity<DocumentRow>("Agent", e =>
        {
            e.ToTable("Agents");
            e.HasKey(x => x.Id);
        });
        modelBuilder.Entity<TicketRow>(e =>
        {
            e.ToTable("Tickets");
            e.HasKey(x => x.Number);
            e.HasIndex(x => x.IntakeId).IsUnique();
            e.HasIndex(x => new { x.OwnerKey, x.CreatedAt });
            e.HasIndex(x => new { x.Status, x.CreatedAt });
        });
        // One row the readiness check rewrites: a real commit, so a full disk shows before a user's turn fails.
        modelBuilder.Entity<HealthProbeRow>(e =>
        {
            e.ToTable("HealthProbes");
            e.HasKey(x => x.Id);
        });
        // Messages to send once a change is stored, written in the change's own transaction (SqliteOutboxStore).
        modelBuilder.Entity<OutboxRow>(e =>
        {
            e.ToTable("Outbox");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.State, x.DueAt });
        });
    }
}

public sealed class ConversationRow
{
    public required string Id { get; set; }
    public required string StateJson { get; set; }
    public long Version { get; set; }
    public long LastSequence { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class ActivityRow
{
    public required string ConversationId { get; set; }
    public long Sequence { get; set; }
    public required string Json { get; set; }
}

public sealed class ProcessedActivityRow
{
    public required string ConversationId { get; set; }
    public required string Key { get; set; }
    public required string ResultId { get; set; }
}

public sealed class TicketRow
{
    public required string Number { get; set; }
    public required string IntakeId { get; set; }
    public required string OwnerKey { get; set; }
    public required string Status { get; set; }
    public required string Category { get; set; }
    public required string Priority { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Version { get; set; }
    public required string Json { get; set; }
}

/// <summary>A JSON document with an id, a filterable kind (a state), a time to order by, and a version.</summary>
public sealed class DocumentRow
{
    public required string Id { get; set; }
    public required string Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Version { get; set; }
    public required string Json { get; set; }
}

public sealed class HealthProbeRow
{
    public required string Id { get; set; }
    public long At { get; set; }
}

/// <summary>An outbox entry; times are Unix milliseconds (UTC), so "due" is one integer comparison.</summary>
public sealed class OutboxRow
{
    public required string Id { get; set; }
    public required string Kind { get; set; }
    public required string Partition { get; set; }
    public required string State { get; set; }
    public long DueAt { get; set; }
    public int Attempts { get; set; }
    public string? LeaseOwner { get; set; }
    public long CreatedAt { get; set; }
    public long? SentAt { get; set; }
    public string? LastError { get; set; }
    public long Version { get; set; }
    public required string Payload { get; set; }
    /// <summary>Ticket or Conversation: which change wrote it.</summary>
    public required string Origin { get; set; }
}
