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
