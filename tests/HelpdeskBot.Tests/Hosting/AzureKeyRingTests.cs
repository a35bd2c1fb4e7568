using System.Security.Cryptography;
using System.Xml.Linq;
using Azure.Storage.Blobs;
using HelpdeskBot.Emulators;
using HelpdeskBot.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HelpdeskBot.Tests.Hosting;

/// <summary>
/// The key ring shared by several instances: one blob in Azurite on 127.0.0.1 (a container per test), each key
/// encrypted through a fake Key Vault that really does RSA-OAEP-256.
/// </summary>
public sealed class AzureKeyRingTests : IAsyncLifetime, IDisposable
{
    private readonly FakeKeyVault vault = new();
    private Azurite azurite = null!;
    private string container = "";

    public async ValueTask InitializeAsync()
    {
        azurite = await Azurite.GetAsync();
        container = "k" + Guid.NewGuid().ToString("N");
    }

    public async ValueTask DisposeAsync() => await new BlobContainerClient(azurite.ConnectionString, container).DeleteIfExistsAsync();

    public void Dispose() => vault.Dispose();

    /// <summary>A blob client of its own, as another instance would have.</summary>
    private BlobClient Blob() => new(azurite.ConnectionString, container, "keys.xml");

    /// <summary>An instance: its own container of services, blob client and connection to the vault.</summary>
    private ServiceProvider Instance()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddDataProtection().SetApplicationName("HelpdeskBot").PersistKeysToAzure(Blob(), vault.NewWrap());
        return services.BuildServiceProvider();
    }

    private AzureBlobXmlRepository Repository() => new(Blob(), NullLogger<AzureBlobXmlRepository>.Instance);

    [Fact]
    public void A_key_instance_A_made_protects_what_instance_B_reads_and_is_stored_only_encrypted()
    {
        string protectedText;
        using (var a = Instance())
        {
            protectedText = a.GetRequiredService<IDataProtectionProvider>().CreateProtector("agent-cookie").Protect("signed in as agent 7");
        }
        Assert.Contains("wrapkey", vault.Calls);

        using (var b = Instance())
        {
            Assert.Equal("signed in as agent 7", b.GetRequiredService<IDataProtectionProvider>().CreateProtector("agent-cookie").Unprotect(protectedText));
        }
        Assert.Contains("unwrapkey", vault.Calls);
        Assert.DoesNotContain(vault.Calls, c => c.Contains("refused", StringComparison.Ordinal));

        // One key, in one blob, its secret only as ciphertext: DataProtection's plaintext descriptor holds <masterKey>.
        var stored = Blob().DownloadContent().Value.Content.ToString();
        var key = Assert.Single(XDocument.Parse(stored).Root!.Elements("key"));
        Assert.DoesNotContain("masterKey", stored, StringComparison.Ordinal);
        var encrypted = key.Descendants(KeyVaultXmlEncryption.Namespace + "encryptedKey").Single();
        Assert.Equal($"{vault.Endpoint}/keys/{FakeKeyVault.KeyName}/{FakeKeyVault.KeyVersion}", (string?)encrypted.Attribute("kid"));
    }

    [Fact]
    public void Two_instances_adding_a_key_at_the_same_moment_both_keep_theirs()
    {
        var a = Repository();
        var b = Repository();
        a.StoreElement(new XElement("key", new XAttribute("id", "first")), "key-first");
        var interrupted = false;
        a.BeforeWrite = () =>
        {
            // B writes between A's read and A's write: A's write must not replace B's key.
            if (interrupted) return;
            interrupted = true;
            b.StoreElement(new XElement("key", new XAttribute("id", "from-b")), "key-from-b");
        };
        a.StoreElement(new XElement("key", new XAttribute("id", "from-a")), "key-from-a");

        Assert.True(interrupted);
        var ids = Repository().GetAllElements().Select(e => (string?)e.Attribute("id")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["first", "from-a", "from-b"], ids);
    }

    [Fact]
    public void The_first_two_keys_into_an_empty_ring_are_both_kept()
    {
        var a = Repository();
        var b = Repository();
        Assert.Empty(a.GetAllElements());
        var interrupted = false;
        a.BeforeWrite = () =>
        {
            if (interrupted) return;
            interrupted = true;
            b.StoreElement(new XElement("key", new XAttribute("id", "b")), "key-b");
        };
        a.StoreElement(new XElement("key", new XAttribute("id", "a")), "key-a");
        Assert.Equal(2, Repository().GetAllElements().Count);
    }

    [Fact]
    public void A_key_changed_in_the_blob_is_refused()
    {
        string protectedText;
        using (var a = Instance())
        {
            protectedText = a.GetRequiredService<IDataProtectionProvider>().CreateProtector("p").Protect("secret cookie");
        }

        // One bit of the ciphertext flipped, as someone with write access to the storage account could.
        var document = XDocument.Parse(Blob().DownloadContent().Value.Content.ToString());
        var value = document.Descendants(KeyVaultXmlEncryption.Namespace + "value").Single();
        var bytes = Convert.FromBase64String(value.Value);
        bytes[bytes.Length / 2] ^= 0x01;
        value.Value = Convert.ToBase64String(bytes);
        Blob().Upload(BinaryData.FromString(document.ToString()), overwrite: true);

        using var b = Instance();
        Assert.ThrowsAny<CryptographicException>(() => b.GetRequiredService<IDataProtectionProvider>().CreateProtector("p").Unprotect(protectedText));
    }

    [Fact]
    public void A_stored_key_naming_another_vault_is_refused_without_sending_the_token_there()
    {
        var encryption = new KeyVaultXmlEncryption(vault.NewWrap());
        var encrypted = encryption.Encrypt(new XElement("secret", "s3cr3t")).EncryptedElement;
        Assert.Equal("s3cr3t", encryption.Decrypt(encrypted).Value);

        using var elsewhere = new FakeKeyVault();
        var redirected = new XElement(encrypted);
        redirected.SetAttributeValue("kid", $"{elsewhere.Endpoint}/keys/{FakeKeyVault.KeyName}/{FakeKeyVault.KeyVersion}");
        Assert.Throws<CryptographicException>(() => encryption.Decrypt(redirected));
        Assert.Empty(elsewhere.Calls);

        // The wrapped key of another encryption swapped in: the vault unwraps it, and the tag then fails.
        var other = encryption.Encrypt(new XElement("secret", "other")).EncryptedElement;
        var swapped = new XElement(encrypted);
        swapped.Element(KeyVaultXmlEncryption.Namespace + "wrappedKey")!.Value = other.Element(KeyVaultXmlEncryption.Namespace + "wrappedKey")!.Value;
        Assert.ThrowsAny<CryptographicException>(() => encryption.Decrypt(swapped));
    }

    [Fact]
    public void Without_the_vault_granting_it_nothing_is_encrypted_or_decrypted()
    {
        var encrypted = new KeyVaultXmlEncryption(vault.NewWrap()).Encrypt(new XElement("secret", "x")).EncryptedElement;
        var unauthorised = new KeyVaultXmlEncryption(vault.NewWrap(token: "someone-else"));
        Assert.Throws<CryptographicException>(() => unauthorised.Encrypt(new XElement("secret", "x")));
        Assert.Throws<CryptographicException>(() => unauthorised.Decrypt(encrypted));
        Assert.Equal(2, vault.Calls.Count(c => c.EndsWith("refused: no token", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("https://v.vault.azure.net/keys/dp", "dp", null)]
    [InlineData("https://v.vault.azure.net/keys/dp/abc", "dp", "abc")]
    [InlineData("http://v.vault.azure.net/keys/dp", null, null)]
    [InlineData("https://v.vault.azure.net/secrets/dp", null, null)]
    [InlineData("https://v.vault.azure.net/keys/dp/abc/wrapkey", null, null)]
    [InlineData("https://v.vault.azure.net/keys/dp?x=1", null, null)]
    public void Key_ids_are_read_strictly(string value, string? name, string? version)
    {
        var parsed = KeyVaultKeyId.Parse(value);
        Assert.Equal(name, parsed?.Name);
        Assert.Equal(version, parsed?.Version);
    }
}
