using System.ComponentModel.DataAnnotations;
using HelpdeskBot.Data.Configuration;
using HelpdeskBot.Data.Cosmos;

namespace HelpdeskBot.Data;

public sealed class StorageOptions
{
    public const string Section = "Helpdesk:Storage";

    /// <summary>Sqlite (the embedded default) or Cosmos.</summary>
    [OneOf("Sqlite", "Cosmos")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The SQLite file's name inside the data directory.</summary>
    [Required]
    public string SqliteFile { get; set; } = "helpdesk.db";

    /// <summary>
    /// Days a conversation's state, log and processed ids are kept after its last write (Cosmos: the
    /// container's default TTL). 0 keeps them forever. SQLite keeps everything regardless.
    /// </summary>
    [Range(0, 36500)]
    public int ConversationTtlDays { get; set; } = 30;

    public CosmosOptions Cosmos { get; set; } = new();

    /// <summary>The readiness check fails while the data directory's file system has less free space than this (default 16 MB).</summary>
    [Range(0, long.MaxValue)]
    public long MinFreeBytes { get; set; } = 16 * 1024 * 1024;
}
