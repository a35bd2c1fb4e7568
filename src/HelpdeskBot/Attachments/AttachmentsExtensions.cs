using System.Runtime.CompilerServices;
using Azure.Identity;
using Azure.Storage.Blobs;
using HelpdeskBot.Data.Configuration;

namespace HelpdeskBot.Attachments;

public static class AttachmentsExtensions
{
    /// <summary>The attachment store chosen by <c>Helpdesk:Attachments:Provider</c>: FileSystem (default) or AzureBlob.</summary>
    public static IHostApplicationBuilder AddHelpdeskAttachments(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AttachmentOptions.Section);
        builder.Services.AddValidatedOptions<AttachmentOptions>(builder.Configuration, AttachmentOptions.Section);
        var options = section.Get<AttachmentOptions>() ?? new AttachmentOptions();
        if (string.Equals(options.Provider, "FileSystem", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddSingleton<IAttachmentStore, FileSystemAttachmentStore>();
        }
        else if (string.Equals(options.Provider, "AzureBlob", StringComparison.OrdinalIgnoreCase))
        {
            AddAzureBlob(builder.Services, options.AzureBlob);
        }
        else
        {
            throw new InvalidOperationException($"Helpdesk:Attachments:Provider '{options.Provider}' is unknown; use 'FileSystem' or 'AzureBlob'.");
        }
        builder.Services.AddSingleton<UploadQuotas>();
        builder.Services.AddSingleton<UnreferencedFileSweeper>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<UnreferencedFileSweeper>());
        return builder;
    }

    // Blob storage's types are named only here and below, in methods that run when it is configured, and not inlined:
    // ahead-of-time code loads what a method names when the method starts, and Azure.Storage.Blobs with Azure.Core
    // is 2.5 MiB of code that a bot keeping files on disk would otherwise hold resident (issue 15).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddAzureBlob(IServiceCollection services, AzureBlobAttachmentOptions blob)
    {
        services.AddSingleton(_ => ContainerClient(blob));
        services.AddSingleton<IAttachmentStore, AzureBlobAttachmentStore>();
    }

    private static BlobContainerClient ContainerClient(AzureBlobAttachmentOptions blob)
    {
        if (!string.IsNullOrWhiteSpace(blob.ConnectionString))
        {
            return new BlobServiceClient(blob.ConnectionString).GetBlobContainerClient(blob.Container);
        }
        if (Uri.TryCreate(blob.ServiceUri, UriKind.Absolute, out var serviceUri))
        {
            // Managed identity on Azure (AZURE_CLIENT_ID names a user-assigned one), the developer's sign-in locally.
            return new BlobServiceClient(serviceUri, new DefaultAzureCredential()).GetBlobContainerClient(blob.Container);
        }
        throw new InvalidOperationException("Helpdesk:Attachments:AzureBlob needs ServiceUri (managed identity) or ConnectionString.");
    }
}
