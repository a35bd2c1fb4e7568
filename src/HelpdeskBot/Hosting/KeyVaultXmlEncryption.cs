using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace HelpdeskBot.Hosting;

/// <summary>
/// Encrypts each DataProtection key before it is stored: a fresh random AES-256 key encrypts the key's XML
/// (AES-GCM, so any change to what is stored is detected), and Key Vault wraps that AES key with RSA-OAEP-256. What
/// is stored holds the wrapped AES key, the Key Vault key version that wrapped it, the nonce, the tag and the
/// ciphertext; without Key Vault granting unwrap to this app's identity it cannot be read.
/// </summary>
public sealed class KeyVaultXmlEncryption(KeyVaultKeyWrap wrap) : IXmlEncryptor
{
    public static readonly XNamespace Namespace = "urn:helpdeskbot:dataprotection:keyvault";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var contentKey = RandomNumberGenerator.GetBytes(32);
        try
        {
            var (keyId, wrapped) = wrap.Wrap(contentKey);
            var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
            var ciphertext = new byte[plaintext.Length];
            var tag = new byte[TagBytes];
            using (var aes = new AesGcm(contentKey, TagBytes))
            {
                // The wrapping key's id is authenticated too: it cannot be swapped for another without the tag failing.
                aes.Encrypt(nonce, plaintext, ciphertext, tag, Encoding.UTF8.GetBytes(keyId));
            }
            var element = new XElement(Namespace + "encryptedKey",
                new XAttribute("kid", keyId),
                new XAttribute("alg", KeyVaultKeyWrap.Algorithm),
                new XComment(" This key is encrypted with a Key Vault key; see docs/architecture.md (DataProtection). "),
                new XElement(Namespace + "wrappedKey", Convert.ToBase64String(wrapped)),
                new XElement(Namespace + "nonce", Convert.ToBase64String(nonce)),
                new XElement(Namespace + "tag", Convert.ToBase64String(tag)),
                new XElement(Namespace + "value", Convert.ToBase64String(ciphertext)));
            return new EncryptedXmlInfo(element, typeof(KeyRingExtensions.KeyVaultXmlDecryptor));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(contentKey);
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <exception cref="CryptographicException">Not ours, changed since it was written, or Key Vault would not unwrap it.</exception>
    public XElement Decrypt(XElement encryptedElement)
    {
        if (encryptedElement.Name != Namespace + "encryptedKey" || (string?)encryptedElement.Attribute("alg") != KeyVaultKeyWrap.Algorithm
            || (string?)encryptedElement.Attribute("kid") is not { } keyId)
        {
            throw new CryptographicException("The stored key is not one this app encrypted with Key Vault.");
        }
        var contentKey = wrap.Unwrap(keyId, Bytes(encryptedElement, "wrappedKey"));
        try
        {
            if (contentKey.Length != 32) throw new CryptographicException("Key Vault unwrapped a key of the wrong size.");
            var nonce = Bytes(encryptedElement, "nonce");
            var tag = Bytes(encryptedElement, "tag");
            var ciphertext = Bytes(encryptedElement, "value");
            if (nonce.Length != NonceBytes || tag.Length != TagBytes) throw new CryptographicException("The stored key's nonce or tag has the wrong size.");
            var plaintext = new byte[ciphertext.Length];
            using (var aes = new AesGcm(contentKey, TagBytes))
            {
                aes.Decrypt(nonce, ciphertext, tag, plaintext, Encoding.UTF8.GetBytes(keyId));
            }
            try
            {
                return XElement.Parse(Encoding.UTF8.GetString(plaintext));
            }
            finally
            {
                CryptographicOperations.ZeroMemory(plaintext);
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(contentKey);
        }
    }

    private static byte[] Bytes(XElement encrypted, string name)
    {
        try
        {
            return Convert.FromBase64String((string?)encrypted.Element(Namespace + name) ?? throw new CryptographicException($"The stored key has no {name}."));
        }
        catch (FormatException)
        {
            throw new CryptographicException($"The stored key's {name} is not base64.");
        }
    }
}
