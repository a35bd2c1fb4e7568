using System.Text;

namespace HelpdeskBot.Attack;

/// <summary>What the instance left on this machine: its data directory's files and its log.</summary>
public static class Evidence
{
    /// <summary>Where any of <paramref name="forms"/> occurs: a file of the data directory (UTF-8 or UTF-16), or the log.</summary>
    public static async Task<List<string>> SearchAsync(string? dataDirectory, string? logFile, IReadOnlyList<string> forms)
    {
        var found = new List<string>();
        if (dataDirectory is not null && Directory.Exists(dataDirectory))
        {
            foreach (var file in Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories))
            {
                byte[] bytes;
                try
                {
                    // SQLite holds the database, its WAL and shared memory open; reading them beside it is safe.
                    await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                    using var copy = new MemoryStream();
                    await stream.CopyToAsync(copy);
                    bytes = copy.ToArray();
                }
                catch (IOException)
                {
                    continue;
                }
                var text = Encoding.UTF8.GetString(bytes) + Encoding.Unicode.GetString(bytes);
                if (forms.Any(f => text.Contains(f, StringComparison.Ordinal))) found.Add("in " + Path.GetRelativePath(dataDirectory, file));
            }
        }
        if (logFile is not null && File.Exists(logFile))
        {
            await using var stream = new FileStream(logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var log = await reader.ReadToEndAsync();
            if (forms.Any(f => log.Contains(f, StringComparison.Ordinal))) found.Add("in the log");
        }
        return found;
    }

    public static int StoredFiles(string? dataDirectory)
    {
        var folder = dataDirectory is null ? null : Path.Combine(dataDirectory, "attachments");
        return folder is not null && Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
    }

    public static List<string> PartialFiles(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "attachments");
        return Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*.part")] : [];
    }

    /// <summary>Writes <paramref name="path"/> until its file system has no room left (big chunks, then small ones); the bytes written.</summary>
    public static long Fill(string path)
    {
        long written = 0;
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        foreach (var chunk in new[] { 1 << 20, 64 << 10, 4 << 10, 512 })
        {
            var buffer = new byte[chunk];
            while (true)
            {
                try
                {
                    file.Write(buffer);
                    file.Flush(flushToDisk: true);
                    written += chunk;
                }
                catch (IOException)
                {
                    // The device is full at this granularity: try smaller pieces, then stop.
                    TrimTo(file, written);
                    break;
                }
            }
        }
        return written;
    }

    private static void TrimTo(FileStream file, long length)
    {
        try
        {
            file.SetLength(length);
            file.Position = length;
        }
        catch (IOException)
        {
        }
    }
}
