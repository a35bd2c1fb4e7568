using System.ComponentModel.DataAnnotations;

namespace HelpdeskBot.Hosting;

/// <summary>
/// Where the DataProtection key ring lives. Neither part set: the data directory (one machine, or instances sharing
/// that directory). Both set: one blob every instance shares, each key encrypted with a key that never leaves Key
/// Vault. One without the other is refused at start: keys in a shared blob unencrypted, or encrypted keys on a
/// single disk, are each a half measure nobody should get by a typo.
/// </summary>
public sealed class KeyRingOptions : IValidatableObject
{
    public const string Section = "Helpdesk:KeyRing";

    public KeyRingBlobOptions AzureBlob { get; set; } = new();

    public KeyRingKeyVaultOptions KeyVault { get; set; } = new();

    public bool UsesAzure => AzureBlob.IsSet || KeyVault.IsSet;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AzureBlob.IsSet && !KeyVault.IsSet)
        {
            yield return new ValidationResult("is required when the key ring is kept in Azure Blob storage (Helpdesk:KeyRing:AzureBlob): keys in a shared blob are encrypted with a Key Vault key.", ["KeyVault:KeyId"]);
        }
        if (KeyVault.IsSet && !AzureBlob.IsSet)
        {
            yield return new ValidationResult("is required when Helpdesk:KeyRing:KeyVault:KeyId is set: the encrypted key ring is kept in one blob every instance shares (or set neither, for the data directory).", ["AzureBlob:ServiceUri"]);
        }
    }
}

public sealed class KeyRingBlobOptions : IValidatableObject
{
    /// <summary>The account's blob endpoint (https://NAME.blob.core.windows.net), reached with Microsoft Entra ID (managed identity).</summary>
    [Url]
    public string? ServiceUri { get; set; }

    /// <summary>Instead of <see cref="ServiceUri"/>: a connection string with a key (a local emulator such as Azurite). A secret: environment only.</summary>
    public string? ConnectionString { get; set; }

    [Required]
    public string Container { get; set; } = "dataprotection";

    [Required]
    public string Blob { get; set; } = "keys.xml";

    public bool IsSet => !string.IsNullOrWhiteSpace(ServiceUri) || !string.IsNullOrWhiteSpace(ConnectionString);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Uri.TryCreate(ServiceUri, UriKind.Absolute, out var uri) && uri.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult("must be an https address: the managed identity's token goes there.", [nameof(ServiceUri)]);
        }
    }
}

public sealed class KeyRingKeyVaultOptions : IValidatableObject
{
    /// <summary>
    /// The key-encryption key: https://VAULT.vault.azure.net/keys/NAME, or with a version. Without one, new keys are
    /// wrapped with the key's current version (so a rotated key is used from then on); each stored key records the
    /// version that wrapped it, and is unwrapped with that.
    /// </summary>
    public string? KeyId { get; set; }

    /// <summary>The token's scope: Key Vault's in the public cloud; a sovereign cloud's vaults have their own.</summary>
    [Required]
    public string Scope { get; set; } = "https://vault.azure.net/.default";

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;

    public bool IsSet => !string.IsNullOrWhiteSpace(KeyId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsSet && KeyVaultKeyId.Parse(KeyId!) is null)
        {
            yield return new ValidationResult("must be a Key Vault key's address, https://VAULT.vault.azure.net/keys/NAME (optionally /VERSION).", [nameof(KeyId)]);
        }
    }
}

/// <summary>A Key Vault key's address split into its vault, name and (optional) version.</summary>
public sealed record KeyVaultKeyId(Uri Vault, string Name, string? Version)
{
    /// <summary>The key's address, or null when it is not one (https only; plain http only to loopback, for a local stand-in).</summary>
    public static KeyVaultKeyId? Parse(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)) return null;
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment)) return null;
        var segments = uri.AbsolutePath.Trim('/').Split('/');
        if (segments.Length is < 2 or > 3 || segments[0] != "keys" || segments.Any(s => s.Length == 0)) return null;
        return new KeyVaultKeyId(new Uri(uri.GetLeftPart(UriPartial.Authority) + "/"), segments[1], segments.Length == 3 ? segments[2] : null);
    }

    /// <summary>The key (at its version, if it has one) followed by an operation: <c>…/keys/NAME[/VERSION]/wrapkey</c>.</summary>
    public Uri Operation(string operation) =>
        new(Vault, "keys/" + Uri.EscapeDataString(Name) + (Version is null ? "" : "/" + Uri.EscapeDataString(Version)) + "/" + operation + "?api-version=7.4");
}
