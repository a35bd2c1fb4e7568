namespace HelpdeskBot.Attachments;

public sealed class AttachmentOptions
{
    public const string Section = "Helpdesk:Attachments";

    /// <summary>FileSystem (default): files under the data directory. AzureBlob: a Blob storage container every instance shares.</summary>
    public string Provider { get; set; } = "FileSystem";

    public AzureBlobAttachmentOptions AzureBlob { get; set; } = new();

    /// <summary>Largest file accepted, in bytes (default 20 MB).</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Most files in one upload.</summary>
    public int MaxFilesPerUpload { get; set; } = 10;

    /// <summary>Most files one conversation may store (an interview's evidence and a few additions).</summary>
    public int MaxFilesPerConversation { get; set; } = 20;

    /// <summary>Most bytes one conversation may store (default 100 MB).</summary>
    public long MaxBytesPerConversation { get; set; } = 100L * 1024 * 1024;

    /// <summary>Most files one client address may store per hour, over all its conversations.</summary>
    public int MaxFilesPerClientPerHour { get; set; } = 60;

    /// <summary>Most bytes one client address may store per hour (default 300 MB).</summary>
    public long MaxBytesPerClientPerHour { get; set; } = 300L * 1024 * 1024;

    /// <summary>How long an upload may wait for a ticket to refer to it before the sweeper deletes it.</summary>
    public double UnreferencedGraceHours { get; set; } = 24;

    /// <summary>How often the sweeper looks for unreferenced uploads.</summary>
    public double SweepIntervalMinutes { get; set; } = 60;
}

/// <summary><c>Helpdesk:Attachments:AzureBlob</c>.</summary>
public sealed class AzureBlobAttachmentOptions
{
    /// <summary>The account's blob endpoint (https://NAME.blob.core.windows.net), reached with Microsoft Entra ID (managed identity).</summary>
    public string? ServiceUri { get; set; }

    /// <summary>Instead of <see cref="ServiceUri"/>: a connection string with a key (a local emulator such as Azurite). A secret: environment only.</summary>
    public string? ConnectionString { get; set; }

    public string Container { get; set; } = "attachments";
}
