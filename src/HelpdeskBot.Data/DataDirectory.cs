using System.Security.Cryptography;

namespace HelpdeskBot.Data;

/// <summary>The folder where the embedded default keeps its files (database, keys, attachments, outbox).</summary>
public sealed record DataDirectory(string Path)
{
    /// <summary>
    /// A signing key: the configured one (base64, at least 32 bytes) — which several instances must share —
    /// or, for a single process, one generated once and kept in this folder (owner-only) so that tokens
    /// survive a restart.
    /// </summary>
    public byte[] SigningKey(string fileName, string? configured, string settingName)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var bytes = Convert.FromBase64String(configured);
            if (bytes.Length < 32) throw new InvalidOperationException($"{settingName} must be at least 32 bytes (base64).");
            return bytes;
        }
        var path = System.IO.Path.Combine(Path, fileName);
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }
}
