using System.Xml.Linq;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace HelpdeskBot.Hosting;

/// <summary>
/// The DataProtection key ring as one XML blob every instance shares. Adding a key reads the blob with its ETag and
/// writes it back only if nobody changed it since (If-Match, or If-None-Match: * for the first key), reading again on a
/// conflict: two instances making a key at the same moment keep both keys instead of the second overwriting the first.
/// Synchronous, as DataProtection's repository interface is; it is read at start and when the ring is refreshed.
/// </summary>
public sealed partial class AzureBlobXmlRepository(BlobClient blob, ILogger<AzureBlobXmlRepository> logger) : IXmlRepository
{
    public const int MaxAttempts = 10;
    private static readonly XName Root = "repository";

    /// <summary>For tests: runs between reading the blob and writing it back, where another writer can get in.</summary>
    internal Action? BeforeWrite { get; set; }

    public IReadOnlyCollection<XElement> GetAllElements() => [.. Read().Document.Root!.Elements()];

    public void StoreElement(XElement element, string friendlyName)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (document, etag) = Read();
            document.Root!.Add(new XElement(element));
            BeforeWrite?.Invoke();
            var conditions = etag is { } match ? new BlobRequestConditions { IfMatch = match } : new BlobRequestConditions { IfNoneMatch = ETag.All };
            try
            {
                Write(document, conditions);
                LogStored(logger, friendlyName, attempt);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Someone else wrote the ring since it was read: read theirs and add this key to it.
                LogConflict(logger, friendlyName, attempt);
            }
        }
    }

    private (XDocument Document, ETag? ETag) Read()
    {
        try
        {
            var content = blob.DownloadContent().Value;
            return (XDocument.Parse(content.Content.ToString()), content.Details.ETag);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return (new XDocument(new XElement(Root)), null);
        }
    }

    private void Write(XDocument document, BlobRequestConditions conditions)
    {
        var upload = new BlobUploadOptions { Conditions = conditions, HttpHeaders = new BlobHttpHeaders { ContentType = "application/xml" } };
        try
        {
            blob.Upload(BinaryData.FromString(document.ToString()), upload);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // The templates create the container; a fresh emulator or a hand-made account may not have it yet.
            blob.GetParentBlobContainerClient().CreateIfNotExists();
            blob.Upload(BinaryData.FromString(document.ToString()), upload);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "DataProtection key {FriendlyName} added to the shared key ring (attempt {Attempt}).")]
    private static partial void LogStored(ILogger logger, string friendlyName, int attempt);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The shared key ring changed while {FriendlyName} was being added (attempt {Attempt}); reading it again.")]
    private static partial void LogConflict(ILogger logger, string friendlyName, int attempt);
}
