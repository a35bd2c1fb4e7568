namespace HelpdeskBot.Attachments;

public sealed class AttachmentOptions
{
    public const string Section = "Helpdesk:Attachments";

    /// <summary>FileSystem (default): files under the data directory.</summary>
    public string Provider { get; set; } = "FileSystem";

    /// <summary>Largest file accepted, in bytes (default 20 MB).</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Most files in one upload.</summary>
    public int MaxFilesPerUpload { get; set; } = 10;
}
