namespace HelpdeskBot.Data;

/// <summary>The folder where the embedded default keeps its files (database, keys, attachments, outbox).</summary>
public sealed record DataDirectory(string Path);
