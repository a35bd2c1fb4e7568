using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Azure.Core;

namespace HelpdeskBot.Hosting;

/// <summary>
/// Wraps and unwraps a short secret with a key that never leaves Key Vault, through Key Vault's REST API
/// (<c>POST …/keys/NAME[/VERSION]/wrapkey</c> and <c>…/unwrapkey</c>, RSA-OAEP-256), signed in with an Entra ID token
/// (managed identity on Azure). Synchronous, because DataProtection's encryptor and decryptor are: it calls them
/// when it makes a key (rarely) and when it reads the ring (at start and about once a day).
/// </summary>
public sealed class KeyVaultKeyWrap(HttpClient http, TokenCredential credential, KeyVaultKeyId key, string scope)
{
    public const string Algorithm = "RSA-OAEP-256";

    public KeyVaultKeyId Key { get; } = key;

    /// <summary>The wrapped secret and the key version (a full key id) that wrapped it.</summary>
    public (string KeyId, byte[] Wrapped) Wrap(ReadOnlySpan<byte> secret)
    {
        var result = Call(Key.Operation("wrapkey"), secret.ToArray(), "wrap");
        // The version that wrapped it is the one to unwrap it with, whatever the key's current version is then.
        if (Parse(result.Kid) is not { Version: not null }) throw new CryptographicException("Key Vault's wrap answer names no version of the configured key.");
        return (result.Kid!, Base64Url.DecodeFromChars(result.Value));
    }

    /// <summary>
    /// Unwraps with the key version recorded beside the wrapped secret, which must be a version of the configured key
    /// in the configured vault: the key ring's storage decides nothing about where the app's token is sent.
    /// </summary>
    public byte[] Unwrap(string keyId, byte[] wrapped)
    {
        if (Parse(keyId) is not { Version: not null } recorded) throw new CryptographicException("The stored key names no Key Vault key version.");
        return Base64Url.DecodeFromChars(Call(recorded.Operation("unwrapkey"), wrapped, "unwrap").Value);
    }

    private KeyVaultKeyId? Parse(string? keyId) =>
        keyId is not null && KeyVaultKeyId.Parse(keyId) is { } parsed && parsed.Vault == Key.Vault && string.Equals(parsed.Name, Key.Name, StringComparison.OrdinalIgnoreCase)
            ? parsed
            : null;

    private KeyOperationResult Call(Uri url, byte[] value, string operation)
    {
        var token = credential.GetToken(new TokenRequestContext([scope]), CancellationToken.None);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new KeyOperationRequest(Algorithm, Base64Url.EncodeToString(value))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        using var response = http.Send(request);
        if (!response.IsSuccessStatusCode)
        {
            // The status only: an error body is Key Vault's to word, and this goes to the log.
            throw new CryptographicException($"Key Vault refused to {operation} with key '{Key.Name}' in {Key.Vault.Host} ({(int)response.StatusCode} {response.StatusCode}).");
        }
        using var body = response.Content.ReadAsStream();
        var result = System.Text.Json.JsonSerializer.Deserialize<KeyOperationResult>(body, System.Text.Json.JsonSerializerOptions.Web);
        if (result?.Value is null) throw new CryptographicException($"Key Vault's {operation} answer has no value.");
        return result;
    }

    private sealed record KeyOperationRequest(string Alg, string Value);

    private sealed record KeyOperationResult(string? Kid, string Value);
}
