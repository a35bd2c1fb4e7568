using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Azure.Identity;
using Azure.Storage.Blobs;
using HelpdeskBot.Data;
using HelpdeskBot.Data.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace HelpdeskBot.Hosting;

/// <summary>
/// ASP.NET Core's DataProtection key ring, under one application name, where <c>Helpdesk:KeyRing</c> says:
/// <list type="bullet">
/// <item>Nothing set (one machine): the data directory (<c>dataprotection-keys/</c>, owner-only), so keys survive
/// restarts and instances sharing the directory share them. The keys are not encrypted there: on one machine there is
/// no key-encryption key that is not on the same disk (Windows' DPAPI aside), so the folder's permissions are the
/// protection. DataProtection says "No XML encryptor configured" as a warning for every key it makes; that warning is
/// explained once at start at Information and not repeated.</item>
/// <item><c>AzureBlob</c> and <c>KeyVault</c> set (the templates): one blob every instance shares
/// (<see cref="AzureBlobXmlRepository"/>), each key encrypted with a Key Vault key
/// (<see cref="KeyVaultXmlEncryption"/>); there is no warning to explain.</item>
/// </list>
/// </summary>
public static partial class KeyRingExtensions
{
    public const string Folder = "dataprotection-keys";

    public static IHostApplicationBuilder AddHelpdeskKeyRing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<KeyRingOptions>(builder.Configuration, KeyRingOptions.Section);
        var options = builder.Configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("HelpdeskBot");
        if (options.AzureBlob.IsSet && options.KeyVault.IsSet && KeyVaultKeyId.Parse(options.KeyVault.KeyId!) is { } keyId)
        {
            var where = KeepKeysInAzure(dataProtection, options, keyId);
            builder.Services.AddHostedService(sp => new KeyRingNotice(sp.GetRequiredService<ILogger<KeyRingNotice>>(), where, keyId));
            return builder;
        }

        // Nothing set, or only half of the Azure settings: then start-up validation stops the app naming the missing key.
        var directory = new DirectoryInfo(Path.Combine(builder.GetDataDirectory(), Folder));
        directory.Create();
        if (!OperatingSystem.IsWindows()) directory.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        dataProtection.PersistKeysToFileSystem(directory);
        // The key manager's warning here is the unencrypted-key one explained above; its errors still show.
        builder.Logging.AddFilter(typeof(XmlKeyManager).FullName, LogLevel.Error);
        builder.Services.AddHostedService(sp => new KeyRingNotice(sp.GetRequiredService<ILogger<KeyRingNotice>>(), directory.FullName, null));
        return builder;
    }

    /// <summary>
    /// The key ring in the configured blob, each key encrypted with the configured Key Vault key; returns where. Blob
    /// storage's and Azure.Identity's types are named only here and below, in methods that run when both are set, and
    /// not inlined: ahead-of-time code loads what a method names when the method starts (issue 15: a bot keeping its keys
    /// on disk would hold their code resident for nothing).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string KeepKeysInAzure(IDataProtectionBuilder dataProtection, KeyRingOptions options, KeyVaultKeyId keyId)
    {
        var blob = BlobClient(options.AzureBlob);
        // Its own connection pool: DataProtection calls synchronously, which the app's resilience-wrapped clients are not built for.
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(options.KeyVault.TimeoutSeconds) };
        // Managed identity on Azure (AZURE_CLIENT_ID names a user-assigned one), the developer's sign-in locally.
        dataProtection.PersistKeysToAzure(blob, new KeyVaultKeyWrap(http, new DefaultAzureCredential(), keyId, options.KeyVault.Scope));
        return $"blob {blob.BlobContainerName}/{blob.Name} at {blob.Uri.Host}";
    }

    /// <summary>The key ring in one shared blob, each key encrypted through <paramref name="wrap"/>'s Key Vault key.</summary>
    public static IDataProtectionBuilder PersistKeysToAzure(this IDataProtectionBuilder dataProtection, BlobClient blob, KeyVaultKeyWrap wrap)
    {
        dataProtection.Services.AddSingleton(new KeyVaultXmlEncryption(wrap));
        dataProtection.Services.AddSingleton(sp => new AzureBlobXmlRepository(blob, sp.GetRequiredService<ILogger<AzureBlobXmlRepository>>()));
        dataProtection.Services.AddOptions<KeyManagementOptions>().Configure<AzureBlobXmlRepository, KeyVaultXmlEncryption>((o, repository, encryption) =>
        {
            o.XmlRepository = repository;
            o.XmlEncryptor = encryption;
        });
        return dataProtection;
    }

    private static BlobClient BlobClient(KeyRingBlobOptions blob)
    {
        if (!string.IsNullOrWhiteSpace(blob.ConnectionString)) return new BlobClient(blob.ConnectionString, blob.Container, blob.Blob);
        var service = new BlobServiceClient(new Uri(blob.ServiceUri!), new DefaultAzureCredential());
        return service.GetBlobContainerClient(blob.Container).GetBlobClient(blob.Blob);
    }

    /// <summary>
    /// DataProtection makes the decryptor named in a stored key by its type, handing it the container (its only way in):
    /// this is that factory, and it takes the one service that decrypts.
    /// </summary>
    public sealed class KeyVaultXmlDecryptor(IServiceProvider services) : IXmlDecryptor
    {
        private readonly KeyVaultXmlEncryption encryption = services.GetRequiredService<KeyVaultXmlEncryption>();

        public XElement Decrypt(XElement encryptedElement) => encryption.Decrypt(encryptedElement);
    }

    internal sealed partial class KeyRingNotice(ILogger<KeyRingNotice> logger, string where, KeyVaultKeyId? key) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (key is null) LogKeyRing(logger, where);
            else LogAzureKeyRing(logger, where, key.Name, key.Vault.Host);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Information, Message = "DataProtection keys are kept in {Directory}, readable by this account only and not encrypted at rest: on one machine the folder's permissions are their protection (DataProtection's 'No XML encryptor configured' warning is not shown). Several instances on Azure: set Helpdesk:KeyRing (README, Configuration).")]
        private static partial void LogKeyRing(ILogger logger, string directory);

        [LoggerMessage(Level = LogLevel.Information, Message = "DataProtection keys are kept in {Where}, each encrypted with Key Vault key '{Key}' in {Vault}.")]
        private static partial void LogAzureKeyRing(ILogger logger, string where, string key, string vault);
    }
}
