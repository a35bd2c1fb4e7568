using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using HelpdeskBot.Data.Availability;
using HelpdeskBot.Data.Tickets;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Attachments;

/// <summary>
/// Files as block blobs named by their id, in one container of an Azure Storage account, so every instance
/// serves every upload. What the file is (name, conversation) rides in the blob's metadata; its content
/// type is the one its bytes showed, never the one the client declared. The first bytes are checked before
/// anything is uploaded, and an upload that grows past the limit is abandoned before its blocks commit.
/// </summary>
public sealed class AzureBlobAttachmentStore(BlobContainerClient container, IOptions<AttachmentOptions> options, StorageHealth health) : IAttachmentStore
{
    private const string NameKey = "name";
    private const string ConversationKey = "conversation";
    private const string OwnerChannelKey = "ownerchannel";
    private const string OwnerUserKey = "owneruser";
    private readonly SemaphoreSlim created = new(1, 1);
    private volatile bool exists;

    public Task<UploadResult> SaveAsync(string conversationId, string name, Stream content, CancellationToken cancellationToken = default) =>
        SaveAsync(new FileOrigin(conversationId, null), name, content, cancellationToken);

    public async Task<UploadResult> SaveAsync(FileOrigin origin, string name, Stream content, CancellationToken cancellationToken = default)
    {
        try
        {
            var saved = await SaveNowAsync(origin, name, content, cancellationToken);
            health.Succeeded();
            return saved;
        }
        catch (Exception e) when (Unwrap(e) is UploadSourceException source)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(source.InnerException!);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException && StorageFailures.Translate(e) is { } failure)
        {
            // An upload that failed before its blocks were committed leaves no blob; uncommitted blocks expire.
            throw health.Failed(failure);
        }
    }

    private async Task<UploadResult> SaveNowAsync(FileOrigin origin, string name, Stream content, CancellationToken cancellationToken)
    {
        var conversationId = origin.ConversationId;
        var head = new byte[MediaSniffer.HeadLength];
        int headLength;
        try
        {
            headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new UploadSourceException(e);
        }
        if (headLength == 0) return new UploadResult(null, UploadProblem.Empty, MediaKind.Unknown);
        var kind = MediaSniffer.Detect(head.AsSpan(0, headLength));
        if (!MediaSniffer.IsAccepted(kind)) return new UploadResult(null, UploadProblem.NotMedia, kind);

        await EnsureContainerAsync(cancellationToken);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var safeName = FileSystemAttachmentStore.SafeName(name);
        var limited = new LimitedStream(head.AsMemory(0, headLength), content, options.Value.MaxBytes);
        Response<BlobContentInfo> uploaded;
        try
        {
            uploaded = await container.GetBlobClient(id).UploadAsync(limited, new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = MediaSniffer.ContentType(kind) },
                // Metadata travels as HTTP headers: escaped, so any file name fits.
                Metadata = Metadata(safeName, origin),
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken);
        }
        catch (Exception e) when (IsTooLarge(e))
        {
            return new UploadResult(null, UploadProblem.TooLarge, kind);
        }
        return new UploadResult(new StoredFile(id, conversationId, safeName, MediaSniffer.ContentType(kind), limited.Total, origin.Owner, uploaded.Value.LastModified), UploadProblem.None, kind);
    }

    public async IAsyncEnumerable<StoredFile> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureContainerAsync(cancellationToken);
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken))
        {
            if (!IsId(blob.Name)) continue;
            yield return ToFile(blob.Name, blob.Metadata, blob.Properties.ContentType ?? "", blob.Properties.ContentLength ?? 0, blob.Properties.CreatedOn);
        }
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!IsId(id)) return false;
        return (await container.GetBlobClient(id.ToLowerInvariant()).DeleteIfExistsAsync(cancellationToken: cancellationToken)).Value;
    }

    /// <summary>Blob storage discards uncommitted blocks by itself (after a week): nothing to do.</summary>
    public Task<int> RemoveIncompleteAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => Task.FromResult(0);

    /// <summary>Metadata travels as HTTP headers: escaped, so any file name or user id fits.</summary>
    private static Dictionary<string, string> Metadata(string safeName, FileOrigin origin)
    {
        var metadata = new Dictionary<string, string>
        {
            [NameKey] = Uri.EscapeDataString(safeName),
            [ConversationKey] = Uri.EscapeDataString(origin.ConversationId),
        };
        if (origin.Owner is { } owner)
        {
            metadata[OwnerChannelKey] = Uri.EscapeDataString(owner.ChannelId);
            metadata[OwnerUserKey] = Uri.EscapeDataString(owner.UserId);
        }
        return metadata;
    }

    public async Task<(StoredFile File, Stream Content)?> OpenAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!IsId(id)) return null;
        try
        {
            var download = await container.GetBlobClient(id.ToLowerInvariant()).DownloadStreamingAsync(cancellationToken: cancellationToken);
            var details = download.Value.Details;
            return (ToFile(id, details.Metadata, details.ContentType, details.ContentLength, details.CreatedOn), download.Value.Content);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<StoredFile?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!IsId(id)) return null;
        try
        {
            var properties = await container.GetBlobClient(id.ToLowerInvariant()).GetPropertiesAsync(cancellationToken: cancellationToken);
            return ToFile(id, properties.Value.Metadata, properties.Value.ContentType, properties.Value.ContentLength, properties.Value.CreatedOn);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static Exception? Unwrap(Exception? e) =>
        e is UploadSourceException ? e : e is AggregateException aggregate ? aggregate.InnerExceptions.Select(Unwrap).FirstOrDefault(x => x is not null) : e?.InnerException is { } inner ? Unwrap(inner) : null;

    /// <summary>The client library may hand the stream's exception on wrapped.</summary>
    private static bool IsTooLarge(Exception? e) =>
        e is FileTooLargeException || (e is AggregateException aggregate ? aggregate.InnerExceptions.Any(IsTooLarge) : e?.InnerException is { } inner && IsTooLarge(inner));

    private static bool IsId(string id) => id.Length == 32 && id.All(Uri.IsHexDigit);

    private static StoredFile ToFile(string id, IDictionary<string, string> metadata, string contentType, long size, DateTimeOffset? createdAt = null) => new(
        id.ToLowerInvariant(),
        metadata.TryGetValue(ConversationKey, out var conversation) ? Uri.UnescapeDataString(conversation) : "",
        metadata.TryGetValue(NameKey, out var name) ? Uri.UnescapeDataString(name) : "file",
        contentType,
        size,
        metadata.TryGetValue(OwnerChannelKey, out var channel) && metadata.TryGetValue(OwnerUserKey, out var user)
            ? new TicketOwner(Uri.UnescapeDataString(channel), Uri.UnescapeDataString(user))
            : null,
        createdAt);

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (exists) return;
        await created.WaitAsync(cancellationToken);
        try
        {
            // The Bicep template creates the container; this covers a fresh account or a local emulator.
            if (!exists) await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            exists = true;
        }
        finally
        {
            created.Release();
        }
    }

    private sealed class FileTooLargeException() : IOException("The file is larger than the limit.");

    /// <summary>The bytes already read, then the rest of the upload; fails once more than the limit has passed.</summary>
    private sealed class LimitedStream(ReadOnlyMemory<byte> head, Stream rest, long max) : Stream
    {
        private int headOffset;

        /// <summary>Bytes handed out so far: the file's size once the upload has read it all.</summary>
        public long Total => ReadSoFar;
        private long ReadSoFar { get; set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read;
            if (headOffset < head.Length)
            {
                read = Math.Min(buffer.Length, head.Length - headOffset);
                head.Slice(headOffset, read).CopyTo(buffer);
                headOffset += read;
            }
            else
            {
                read = await UploadSourceException.ReadAsync(rest, buffer, cancellationToken);
            }
            ReadSoFar += read;
            if (ReadSoFar > max) throw new FileTooLargeException();
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => ReadSoFar; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
