using System.Net;

namespace HelpdeskBot.Attack;

public enum Verdict { HELD, FAILED, SKIPPED }

public sealed record ProbeResult(Verdict Verdict, string Detail, string Name = "")
{
    public static ProbeResult Held(string detail) => new(Verdict.HELD, detail);
    public static ProbeResult Failed(string detail) => new(Verdict.FAILED, detail);
    public static ProbeResult Skipped(string detail) => new(Verdict.SKIPPED, detail);
}

public sealed record AttackOptions(Uri Url, string? DataDirectory, string? LogFile, string? AgentName, string? AgentPassword, bool FillDisk, string? Only)
{
    public static AttackOptions? Parse(string[] args)
    {
        string? url = "http://127.0.0.1:3978", data = null, log = null, agent = null, only = null;
        var fill = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--url": url = Next(); break;
                case "--data": data = Next(); break;
                case "--log": log = Next(); break;
                case "--agent": agent = Next(); break;
                case "--only": only = Next(); break;
                case "--fill-disk": fill = true; break;
                default:
                    Console.Error.WriteLine($"Unknown argument {args[i]}. Usage: --url http://127.0.0.1:PORT [--data DIR] [--log FILE] [--agent NAME:PASSWORD] [--fill-disk] [--only PREFIX]");
                    return null;
            }
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            Console.Error.WriteLine("--url must be an absolute http(s) URL.");
            return null;
        }
        // Only one's own instance: these probes fill disks and lock accounts.
        if (!(uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address))))
        {
            Console.Error.WriteLine($"Refusing {uri.Host}: the attack tool talks to an instance on this machine only (127.0.0.1, ::1, localhost).");
            return null;
        }
        if (fill && data is null)
        {
            Console.Error.WriteLine("--fill-disk needs --data (the directory whose file system is filled).");
            return null;
        }
        var colon = agent?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (agent is not null && colon <= 0)
        {
            Console.Error.WriteLine("--agent takes NAME:PASSWORD.");
            return null;
        }
        return new AttackOptions(uri, data, log, agent?[..colon], agent?[(colon + 1)..], fill, only);
    }
}
