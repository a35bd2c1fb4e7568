using System.Security.Cryptography;

namespace HelpdeskBot.Data;

/// <summary>The folder where the embedded default keeps its files (database, keys, attachments, outbox).</summary>
public sealed record DataDirectory(string Path)
{
    /// <summary>
    /// A signing key: the configured one (base64, at least 32 bytes) — which several instances must share, and which
    /// the Azure templates set from Key Vault — or, when none is configured, the one kept in this folder (owner-only),
    /// so that tokens survive a restart. The first process to need it creates the file if it is absent (an exclusive
    /// create, which the file system decides: exactly one wins); every other process, on this machine or on another
    /// sharing the folder, reads the winner's key and uses it. No two instances ever sign with different keys.
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
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            if (ReadKey(path) is { } stored) return stored;
            if (!File.Exists(path))
            {
                var key = RandomNumberGenerator.GetBytes(32);
                if (TryCreate(path, key)) return key;
            }
            // Another process created it first and may still be writing it: read its key when complete.
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"'{path}' holds no valid signing key (base64, at least 32 bytes); delete it, or set {settingName}.");
            }
            Thread.Sleep(50);
        }
    }

    /// <summary>The key in <paramref name="path"/>, or null while it is absent or not a whole key.</summary>
    private static byte[]? ReadKey(string path)
    {
        try
        {
            var text = File.ReadAllText(path).Trim();
            var bytes = new byte[text.Length];
            return Convert.TryFromBase64String(text, bytes, out var length) && length >= 32 ? bytes[..length] : null;
        }
        catch (FileNotFoundException) { return null; }
        catch (IOException) { return null; } // being created
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>
    /// Creates the file only if it does not exist (O_EXCL, which the file system decides: exactly one process wins) and
    /// writes the key into it. It takes no exclusive lock: a reader's shared lock taken between the create and such a
    /// lock made the write fail and left an empty key file that nobody would ever fill. A reader that catches the file
    /// part-written reads no whole key (any prefix of the 44 base64 characters holds fewer than 32 bytes) and looks again.
    /// </summary>
    private static bool TryCreate(string path, byte[] key)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        FileStream stream;
        try
        {
            stream = new FileStream(path, options);
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        using (stream)
        {
            stream.Write(System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
            stream.Flush(flushToDisk: true);
        }
        return true;
    }
}
