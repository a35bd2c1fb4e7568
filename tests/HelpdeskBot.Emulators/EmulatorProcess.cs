using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace HelpdeskBot.Emulators;

/// <summary>
/// A Node.js emulator from tests/emulators, run through run.js, which ends it when this process ends (even
/// when this process is killed). It listens on 127.0.0.1, on a port the OS chose, which it prints.
/// </summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private EmulatorProcess(Process process) => this.process = process;

    public int Port { get; private set; }

    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    public static string Directory { get; } =
        typeof(EmulatorProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "EmulatorsDirectory").Value!;

    /// <summary>Starts <paramref name="entry"/> (relative to tests/emulators) and waits until it says which port it took.</summary>
    public static async Task<EmulatorProcess> StartAsync(string entry, IEnumerable<string> arguments, Regex ready, TimeSpan timeout)
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules")))
        {
            throw new InvalidOperationException($"The emulators are not installed: run 'npm ci' in {Directory} (building HelpdeskBot.Emulators does it).");
        }
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(Directory, "run.js"));
        info.ArgumentList.Add(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.ArgumentList.Add(entry);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);

        var emulator = new EmulatorProcess(Process.Start(info) ?? throw new InvalidOperationException("node did not start"));
        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(string? line)
        {
            if (line is null) return;
            lock (emulator.output) emulator.output.AppendLine(line);
            if (ready.Match(line) is { Success: true } match) port.TrySetResult(int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        emulator.process.OutputDataReceived += (_, e) => OnLine(e.Data);
        emulator.process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        emulator.process.BeginOutputReadLine();
        emulator.process.BeginErrorReadLine();
        emulator.process.EnableRaisingEvents = true;
        emulator.process.Exited += (_, _) => port.TrySetException(new InvalidOperationException($"{entry} exited: {emulator.Output}"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => emulator.Kill();
        try
        {
            emulator.Port = await port.Task.WaitAsync(timeout);
        }
        catch
        {
            emulator.Kill();
            throw;
        }
        return emulator;
    }

    private void Kill()
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
