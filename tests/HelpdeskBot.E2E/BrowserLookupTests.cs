namespace HelpdeskBot.E2E;

/// <summary>Where the browser tests look for Chromium: HELPDESK_CHROMIUM, then the usual names on the PATH.</summary>
public sealed class BrowserLookupTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("helpdesk-browser-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Program(string directory, string name, bool executable = true)
    {
        var folder = Path.Combine(root, directory);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name);
        File.WriteAllText(file, "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, executable ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute : UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return file;
    }

    private string PathOf(params string[] directories) => string.Join(Path.PathSeparator, directories.Select(d => Path.Combine(root, d)));

    [Fact]
    public void Chromium_browser_is_found_in_a_later_path_directory_when_there_is_no_chromium()
    {
        Program("a", "firefox");
        var expected = Program("b", "chromium-browser");
        Assert.Equal(expected, Browser.Find(null, PathOf("a", "b")));
    }

    [Fact]
    public void The_name_order_wins_over_the_directory_order()
    {
        Program("a", "google-chrome");
        var chromium = Program("b", "chromium");
        Assert.Equal(chromium, Browser.Find("", PathOf("a", "b")));
    }

    [Fact]
    public void A_file_that_is_not_executable_is_passed_over()
    {
        if (OperatingSystem.IsWindows()) return; // no execute bit there
        Program("a", "chromium", executable: false);
        var expected = Program("b", "chromium");
        Assert.Equal(expected, Browser.Find(null, PathOf("a", "b")));
    }

    [Fact]
    public void HELPDESK_CHROMIUM_wins_over_the_path()
    {
        Program("a", "chromium");
        var chosen = Program("elsewhere", "my-chrome");
        Assert.Equal(chosen, Browser.Find(chosen, PathOf("a")));
    }

    [Fact]
    public void A_HELPDESK_CHROMIUM_that_does_not_exist_is_an_error_naming_it_not_a_silent_fallback()
    {
        Program("a", "chromium");
        var missing = Path.Combine(root, "nowhere", "chrome");
        var error = Assert.Throws<InvalidOperationException>(() => Browser.Find(missing, PathOf("a")));
        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void No_browser_anywhere_says_what_to_install()
    {
        Program("a", "firefox");
        var error = Assert.Throws<InvalidOperationException>(() => Browser.Find(null, PathOf("a")));
        Assert.Contains("chromium", error.Message);
        Assert.Contains("HELPDESK_CHROMIUM", error.Message);
    }
}
