using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using HelpdeskBot.Data;
using HelpdeskBot.Data.Availability;
using HelpdeskBot.Data.Tickets;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Attachments;

/// <summary>
/// A stored file. <see cref="Id"/> is unguessable (128 random bits): its URL is the capability to read it.
/// <see cref="Owner"/> (who uploaded it) and <see cref="CreatedAt"/> let the sweeper find files no ticket of
/// theirs refers to; files stored before either was recorded have null and are left alone.
/// </summary>
public sealed record StoredFile(
    string Id, string ConversationId, string Name, string ContentType, long Size, TicketOwner? Owner = null, DateTimeOffset? CreatedAt = null);

/// <summary>Where an upload comes from: its conversation, and the user whose tickets may refer to it.</summary>
public sealed record FileOrigin(string ConversationId, TicketOwner? Owner);

/// <summary>Why an upload was not kept.</summary>
public enum UploadProblem { None, TooLarge, NotMedia, Empty }

public sealed record UploadResult(StoredFile? File, UploadProblem Problem, MediaKind Kind);

public interface IAttachmentStore
{
    /// <summary>
    /// Keeps the file when its content (not its declared type or name) is an accepted image or video and it
    /// is within the size limit; otherwise keeps nothing and says why. A write that fails keeps nothing
    /// either (no partial file) and throws <see cref="StorageUnavailableException"/>.
    /// </summary>
    Task<UploadResult> SaveAsync(FileOrigin origin, string name, Stream content, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="SaveAsync(FileOrigin, string, Stream, CancellationToken)"/>, for a file of no known owner.</summary>
    Task<UploadResult> SaveAsync(string conversationId, string name, Stream content, CancellationToken cancellationToken = default) =>
        SaveAsync(new FileOrigin(conversationId, null), name, content, cancellationToken);

    Task<(StoredFile File, Stream Content)?> OpenAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The stored file's details, or null when there is no such file.</summary>
    Task<StoredFile?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every stored file's details, in no particular order (for the sweeper).</summary>
    IAsyncEnumerable<StoredFile> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes the file; false when there was none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Removes what writes interrupted by a crash left behind, older than <paramref name="before"/>; how many.</summary>
    Task<int> RemoveIncompleteAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}

/// <summary>
/// Files under <c>&lt;DataDirectory&gt;/attachments</c>, with a small JSON sidecar for their metadata. Both are
/// written as <c>.part</c> files and renamed into place, the content first and its sidecar last, so a file is
/// visible only when it is complete; a write that fails removes every piece of it.
/// </summary>
public sealed class FileSystemAttachmentStore(DataDirectory dataDirectory, IOptions<AttachmentOptions> options, StorageHealth health, TimeProvider clock) : IAttachmentStore
{
    private const string Partial = ".part";
    private const string Sidecar = ".json";
    private readonly string root = Path.Combine(dataDirectory.Path, "attachments");

    public async Task<UploadResult> SaveAsync(FileOrigin origin, string name, Stream content, CancellationToken cancellationToken = default)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var path = Path.Combine(root, id);
        string[] pieces = [path + Partial, path + Sidecar + Partial, path, path + Sidecar];
        try
        {
            Directory.CreateDirectory(root);
            var (size, head, problem) = await CopyAsync(content, path + Partial, cancellationToken);
            var kind = MediaSniffer.Detect(head);
            if (problem == UploadProblem.None && (size == 0 || !MediaSniffer.IsAccepted(kind))) problem = size == 0 ? UploadProblem.Empty : UploadProblem.NotMedia;
            if (problem != UploadProblem.None)
            {
                RemoveAll(pieces);
                return new UploadResult(null, problem, kind);
            }
            var stored = new StoredFile(id, origin.ConversationId, SafeName(name), MediaSniffer.ContentType(kind), size, origin.Owner, clock.GetUtcNow());
            await File.WriteAllTextAsync(path + Sidecar + Partial, System.Text.Json.JsonSerializer.Serialize(stored, DataJson.Options), cancellationToken);
            File.Move(path + Partial, path);
            File.Move(path + Sidecar + Partial, path + Sidecar);
            health.Succeeded();
            return new UploadResult(stored, UploadProblem.None, kind);
        }
        catch (Exception e)
        {
            // A full disk, a read-only one, the client gone mid-upload: nothing half-written stays behind.
            RemoveAll(pieces);
            // Reading the upload failed (a download broke off): the sender's trouble, not the store's.
            if (e is UploadSourceException source) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(source.InnerException!);
            if (e is not OperationCanceledException && StorageFailures.Translate(e) is { } failure) throw health.Failed(failure);
            throw;
        }
    }

    public Task<UploadResult> SaveAsync(string conversationId, string name, Stream content, CancellationToken cancellationToken = default) =>
        SaveAsync(new FileOrigin(conversationId, null), name, content, cancellationToken);

    /// <summary>Copies at most the size limit (plus one byte, to know it was exceeded) and keeps the first bytes for sniffing.</summary>
    private async Task<(long Size, byte[] Head, UploadProblem Problem)> CopyAsync(Stream content, string target, CancellationToken cancellationToken)
    {
        var head = new byte[32];
        var headLength = 0;
        long size = 0;
        var max = options.Value.MaxBytes;
        await using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        var buffer = new byte[81920];
        int read;
        while ((read = await UploadSourceException.ReadAsync(content, buffer, cancellationToken)) > 0)
        {
            if (headLength < head.Length)
            {
                var take = Math.Min(read, head.Length - headLength);
                Array.Copy(buffer, 0, head, headLength, take);
                headLength += take;
            }
            size += read;
            if (size > max) return (size, head[..headLength], UploadProblem.TooLarge);
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        await file.FlushAsync(cancellationToken);
        return (size, head[..headLength], UploadProblem.None);
    }

    public async Task<(StoredFile File, Stream Content)?> OpenAsync(string id, CancellationToken cancellationToken = default)
    {
        var meta = await GetAsync(id, cancellationToken);
        return meta is null ? null : (meta, File.OpenRead(Path.Combine(root, meta.Id)));
    }

    public async Task<StoredFile?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!IsId(id)) return null;
        var path = Path.Combine(root, id.ToLowerInvariant());
        if (!File.Exists(path) || !File.Exists(path + Sidecar)) return null;
        return await ReadSidecarAsync(path, cancellationToken);
    }

    public async IAsyncEnumerable<StoredFile> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(root)) yield break;
        foreach (var sidecar in Directory.EnumerateFiles(root, "*" + Sidecar))
        {
            var path = sidecar[..^Sidecar.Length];
            if (!IsId(Path.GetFileName(path)) || !File.Exists(path)) continue;
            StoredFile? file;
            try
            {
                file = await ReadSidecarAsync(path, cancellationToken);
            }
            catch (Exception e) when (e is IOException or System.Text.Json.JsonException)
            {
                continue;
            }
            if (file is not null) yield return file;
        }
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!IsId(id)) return Task.FromResult(false);
        var path = Path.Combine(root, id.ToLowerInvariant());
        var existed = File.Exists(path) || File.Exists(path + Sidecar);
        // The sidecar first: without it the file is already invisible, whatever happens next.
        File.Delete(path + Sidecar);
        File.Delete(path);
        return Task.FromResult(existed);
    }

    public Task<int> RemoveIncompleteAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(root)) return Task.FromResult(0);
        var removed = 0;
        foreach (var part in Directory.EnumerateFiles(root, "*" + Partial))
        {
            if (File.GetLastWriteTimeUtc(part) >= before.UtcDateTime) continue;
            File.Delete(part);
            removed++;
        }
        return Task.FromResult(removed);
    }

    private static async Task<StoredFile?> ReadSidecarAsync(string path, CancellationToken cancellationToken)
    {
        var file = System.Text.Json.JsonSerializer.Deserialize<StoredFile>(await File.ReadAllTextAsync(path + Sidecar, cancellationToken), DataJson.Options);
        // Files kept before the time was recorded: their own time stamp stands in.
        return file is { CreatedAt: null } ? file with { CreatedAt = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero) } : file;
    }

    private static void RemoveAll(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the sweeper's pass over incomplete writes.
            }
        }
    }

    private static bool IsId(string id) => id.Length == 32 && id.All(Uri.IsHexDigit);

    /// <summary>A file name fit to show and to put in a header: no path, no control characters, bounded.</summary>
    public static string SafeName(string? name)
    {
        var n = Path.GetFileName(name ?? "");
        n = new string([.. n.Where(c => !char.IsControl(c) && c is not '"' and not '\\' and not '/')]).Trim();
        if (n.Length > 120) n = n[..120];
        return n.Length == 0 ? "file" : n;
    }
}

/// <summary>Reading the upload itself failed: kept apart from the store's own I/O, which is storage trouble.</summary>
internal sealed class UploadSourceException(Exception inner) : Exception("Reading the upload failed.", inner)
{
    public static async ValueTask<int> ReadAsync(Stream source, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        try
        {
            return await source.ReadAsync(buffer, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new UploadSourceException(e);
        }
    }
}
