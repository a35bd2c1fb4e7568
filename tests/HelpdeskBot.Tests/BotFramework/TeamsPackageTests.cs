using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace HelpdeskBot.Tests.BotFramework;

/// <summary>deploymentTemplates/teams/package.sh: the manifest with the bot's id, and the icons, zipped flat.</summary>
public sealed class TeamsPackageTests
{
    [Fact]
    public async Task The_package_holds_the_manifest_with_the_bots_id_and_both_icons()
    {
        var script = Path.Combine(RepositoryRoot(), "deploymentTemplates", "teams", "package.sh");
        var output = Path.Combine(Path.GetTempPath(), "helpdesk-teams-" + Guid.NewGuid().ToString("N") + ".zip");
        try
        {
            var (code, text) = await RunAsync("/bin/bash", script, FakeChannel.AppId, "https://helpdesk.contoso.com", output);
            Assert.True(code == 0, text);

            using var zip = ZipFile.OpenRead(output);
            Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
            using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
            var root = manifest.RootElement;
            Assert.Equal(FakeChannel.AppId, root.GetProperty("id").GetString());
            var bot = Assert.Single(root.GetProperty("bots").EnumerateArray().ToList());
            Assert.Equal(FakeChannel.AppId, bot.GetProperty("botId").GetString());
            Assert.True(bot.GetProperty("supportsFiles").GetBoolean());
            Assert.Equal("https://helpdesk.contoso.com", root.GetProperty("developer").GetProperty("privacyUrl").GetString());
            Assert.DoesNotContain("${{", root.GetRawText(), StringComparison.Ordinal);

            Assert.Equal((192, 192), PngSize(zip.GetEntry(root.GetProperty("icons").GetProperty("color").GetString()!)!));
            Assert.Equal((32, 32), PngSize(zip.GetEntry(root.GetProperty("icons").GetProperty("outline").GetString()!)!));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task The_script_refuses_an_id_that_is_not_a_guid()
    {
        var script = Path.Combine(RepositoryRoot(), "deploymentTemplates", "teams", "package.sh");
        var (code, _) = await RunAsync("/bin/bash", script, "my-bot\"; rm -rf /", "https://helpdesk.contoso.com", Path.Combine(Path.GetTempPath(), "never.zip"));
        Assert.Equal(2, code);
    }

    private static (int Width, int Height) PngSize(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var head = new byte[24];
        stream.ReadExactly(head);
        Assert.Equal("\u0089PNG", System.Text.Encoding.Latin1.GetString(head, 0, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(20)));
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HelpdeskBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("The repository root (HelpdeskBot.sln) was not found.");
    }
}
