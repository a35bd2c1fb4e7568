namespace HelpdeskBot.Data;

public sealed class StorageOptions
{
    public const string Section = "Helpdesk:Storage";

    /// <summary>Sqlite (the embedded default) or Cosmos.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The SQLite file's name inside the data directory.</summary>
    public string SqliteFile { get; set; } = "helpdesk.db";
}
