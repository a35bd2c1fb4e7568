using System.ComponentModel.DataAnnotations;
using HelpdeskBot.Data.Configuration;
namespace HelpdeskBot.Attachments;

public sealed class AttachmentOptions
{
    public const string Section = "Helpdesk:Attachments";

    /// <summary>FileSystem (default): files under the data directory. AzureBlob: a Blob storage container every instance shares.</summary>
    [OneOf("FileSystem", "AzureBlob")]
    public string Provider { get; set; } = "FileSystem";

    public AzureBlobAttachmentOptions AzureBlob { get; set; } = new();

    /// <summary>Largest file accepted, in bytes (default 20 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Most files in one upload.</summary>
    [Range(1, int.MaxValue)]
    public int MaxFilesPerUpload { get; set; } = 10;

    /// <summary>Most files one conversation may store (an interview's evidence and a few additions).</summary>
    [Range(1, int.MaxValue)]
    public int MaxFilesPerConversation { get; set; } = 20;

    /// <summary>Most bytes one conversation may store (default 100 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxBytesPerConversation { get; set; } = 100L * 1024 * 1024;

    /// <summary>Most files one client address may store per hour, over all its conversations.</summary>
    [Range(1, int.MaxValue)]
    public int MaxFilesPerClientPerHour { get; set; } = 60;

    /// <summary>Most bytes one client address may store per hour (default 300 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxBytesPerClientPerHour { get; set; } = 300L * 1024 * 1024;

    /// <summary>How long an upload may wait for a ticket to refer to it before the sweeper deletes it.</summary>
    [Range(0.0, 87_600.0)]
    public double UnreferencedGraceHours { get; set; } = 24;

    /// <summary>How often the sweeper looks for unreferenced uploads.</summary>
    [Range(0.01, 10_080.0)]
    public double SweepIntervalMinutes { get; set; } = 60;
}

/// <summary><c>Helpdesk:Attachments:AzureBlob</c>.</summary>
public sealed class AzureBlobAttachmentOptions
{
    /// <summary>The account's blob endpoint (https://NAME.blob.core.windows.net), reached with Microsoft Entra ID (managed identity).</summary>
    [Url]
    public string? ServiceUri { get; set; }

    /// <summary>Instead of <see cref="ServiceUri"/>: a connection string with a key (a local emulator such as Azurite). A secret: environment only.</summary>
    public string? ConnectionString { get; set; }

    [Required]
    public string Container { get; set; } = "attachments";
}
