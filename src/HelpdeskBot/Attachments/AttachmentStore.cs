using System.Security.Cryptography;
using HelpdeskBot.Data;
using HelpdeskBot.Intake;

namespace HelpdeskBot.Attachments;

/// <summary>A stored file. <see cref="Id"/> is unguessable (128 random bits): its URL is the capability to read it.</summary>
public sealed record StoredFile(string Id, string ConversationId, string Name, string ContentType, long Size);

/// <summary>Why an upload was not kept.</summary>
public enum UploadProblem { None, TooLarge, NotMedia, Empty }

public sealed record UploadResult(StoredFile? File, UploadProblem Problem, MediaKind Kind);

public interface IAttachmentStore
{
    /// <summary>
    /// Keeps the file when its content (not its declared type or name) is an accepted image or video and it
    /// is within the size limit; otherwise keeps nothing and says why.
    /// </summary>
    Task<UploadResult> SaveAsync(string conversationId, string name, Stream content, CancellationToken cancellationToken = default);

    Task<(StoredFile File, Stream Content)?> OpenAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The stored file's details, or null when there is no such file.</summary>
    Task<StoredFile?> GetAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>Files under <c>&lt;DataDirectory&gt;/attachments</c>, with a small JSON sidecar for their metadata.</summary>
public sealed class FileSystemAttachmentStore(DataDirectory dataDirectory, Microsoft.Extensions.Options.IOptions<AttachmentOptions> options) : IAttachmentStore
{
    private readonly string root = Path.Combine(dataDirectory.Path, "attachments");

    public async Task<UploadResult> SaveAsync(string conversationId, string name, Stream content, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(root);
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var path = Path.Combine(root, id);
        var temp = path + ".part";
        var head = new byte[32];
        var headLength = 0;
        long size = 0;
        var max = options.Value.MaxBytes;
        await using (var file = File.Create(temp))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (headLength < head.Length)
                {
                    var take = Math.Min(read, head.Length - headLength);
                    Array.Copy(buffer, 0, head, headLength, take);
                    headLength += take;
                }
                size += read;
                if (size > max)
                {
                    file.Close();
                    File.Delete(temp);
                    return new UploadResult(null, UploadProblem.TooLarge, MediaKind.Unknown);
                }
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        var kind = MediaSniffer.Detect(head.AsSpan(0, headLength));
        if (size == 0 || !MediaSniffer.IsAccepted(kind))
        {
            File.Delete(temp);
            return new UploadResult(null, size == 0 ? UploadProblem.Empty : UploadProblem.NotMedia, kind);
        }
        File.Move(temp, path);
        var stored = new StoredFile(id, conversationId, SafeName(name), MediaSniffer.ContentType(kind), size);
        await File.WriteAllTextAsync(path + ".json", System.Text.Json.JsonSerializer.Serialize(stored, DataJson.Options), cancellationToken);
        return new UploadResult(stored, UploadProblem.None, kind);
    }

    public async Task<(StoredFile File, Stream Content)?> OpenAsync(string id, CancellationToken cancellationToken = default)
    {
        var meta = await GetAsync(id, cancellationToken);
        return meta is null ? null : (meta, File.OpenRead(Path.Combine(root, meta.Id)));
    }

    public async Task<StoredFile?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (id.Length != 32 || !id.All(Uri.IsHexDigit)) return null;
        var path = Path.Combine(root, id.ToLowerInvariant());
        if (!File.Exists(path) || !File.Exists(path + ".json")) return null;
        return System.Text.Json.JsonSerializer.Deserialize<StoredFile>(await File.ReadAllTextAsync(path + ".json", cancellationToken), DataJson.Options);
    }

    /// <summary>A file name fit to show and to put in a header: no path, no control characters, bounded.</summary>
    public static string SafeName(string? name)
    {
        var n = Path.GetFileName(name ?? "");
        n = new string([.. n.Where(c => !char.IsControl(c) && c is not '"' and not '\\' and not '/')]).Trim();
        if (n.Length > 120) n = n[..120];
        return n.Length == 0 ? "file" : n;
    }
}
