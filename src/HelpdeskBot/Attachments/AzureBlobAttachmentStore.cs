using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using HelpdeskBot.Intake;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Attachments;

/// <summary>
/// Files as block blobs named by their id, in one container of an Azure Storage account, so every instance
/// serves every upload. What the file is (name, conversation) rides in the blob's metadata; its content
/// type is the one its bytes showed, never the one the client declared. The first bytes are checked before
/// anything is uploaded, and an upload that grows past the limit is abandoned before its blocks commit.
/// </summary>
public sealed class AzureBlobAttachmentStore(BlobContainerClient container, IOptions<AttachmentOptions> options) : IAttachmentStore
{
    private const string NameKey = "name";
    private const string ConversationKey = "conversation";
    private readonly SemaphoreSlim created = new(1, 1);
    private volatile bool exists;

    public async Task<UploadResult> SaveAsync(string conversationId, string name, Stream content, CancellationToken cancellationToken = default)
    {
        var head = new byte[MediaSniffer.HeadLength];
        var headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (headLength == 0) return new UploadResult(null, UploadProblem.Empty, MediaKind.Unknown);
        var kind = MediaSniffer.Detect(head.AsSpan(0, headLength));
        if (!MediaSniffer.IsAccepted(kind)) return new UploadResult(null, UploadProblem.NotMedia, kind);

        await EnsureContainerAsync(cancellationToken);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var safeName = FileSystemAttachmentStore.SafeName(name);
        var limited = new LimitedStream(head.AsMemory(0, headLength), content, options.Value.MaxBytes);
        try
        {
            await container.GetBlobClient(id).UploadAsync(limited, new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = MediaSniffer.ContentType(kind) },
                // Metadata travels as HTTP headers: escaped, so any file name fits.
                Metadata = new Dictionary<string, string>
                {
                    [NameKey] = Uri.EscapeDataString(safeName),
                    [ConversationKey] = Uri.EscapeDataString(conversationId),
                },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken);
        }
        catch (Exception e) when (IsTooLarge(e))
        {
            return new UploadResult(null, UploadProblem.TooLarge, kind);
        }
        return new UploadResult(new StoredFile(id, conversationId, safeName, MediaSniffer.ContentType(kind), limited.Total), UploadProblem.None, kind);
    }

    public async Task<(StoredFile File, Stream Content)?> OpenAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!IsId(id)) return null;
        try
        {
            var download = await container.GetBlobClient(id.ToLowerInvariant()).DownloadStreamingAsync(cancellationToken: cancellationToken);
            var details = download.Value.Details;
            return (ToFile(id, details.Metadata, details.ContentType, details.ContentLength), download.Value.Content);
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
            return ToFile(id, properties.Value.Metadata, properties.Value.ContentType, properties.Value.ContentLength);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The client library may hand the stream's exception on wrapped.</summary>
    private static bool IsTooLarge(Exception? e) =>
        e is FileTooLargeException || (e is AggregateException aggregate ? aggregate.InnerExceptions.Any(IsTooLarge) : e?.InnerException is { } inner && IsTooLarge(inner));

    private static bool IsId(string id) => id.Length == 32 && id.All(Uri.IsHexDigit);

    private static StoredFile ToFile(string id, IDictionary<string, string> metadata, string contentType, long size) => new(
        id.ToLowerInvariant(),
        metadata.TryGetValue(ConversationKey, out var conversation) ? Uri.UnescapeDataString(conversation) : "",
        metadata.TryGetValue(NameKey, out var name) ? Uri.UnescapeDataString(name) : "file",
        contentType,
        size);

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
                read = await rest.ReadAsync(buffer, cancellationToken);
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
