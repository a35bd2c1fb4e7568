using HelpdeskBot.Attack;

// Attacks a running HelpdeskBot the way issue 17's review did, and prints HELD or FAILED per probe:
// secrets in every field of an activity and of the agent API, uploads nobody asked for and over the quotas,
// a full disk, emulator mode pointed at another port or redirected, Direct Line tokens before their nbf, and
// agent-name enumeration through the lockout. Rerun it after a change; it exits 1 when anything failed.
//
//   dotnet run -c Release --project tools/HelpdeskBot.Attack -- --url http://127.0.0.1:3978 \
//       [--data DIR] [--log FILE] [--agent NAME:PASSWORD] [--fill-disk] [--only PREFIX]
//
// --data: the instance's data directory, searched for planted secrets and leftover .part files (and the
//         source of its generated Direct Line signing key, for the nbf probe).
// --log: a file holding the instance's log output, searched for planted secrets.
// --agent: an agent account (create it with `HelpdeskBot agents add`); the agent-API probes need it.
// --fill-disk: fills the data directory's file system (put it on a small tmpfs!) to probe a full disk, then frees it.
// The tool talks to 127.0.0.1 / localhost only: it is for your own instance.

var options = AttackOptions.Parse(args);
if (options is null) return 2;

using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(60) };
var probes = new Probes(http, options);
var results = new List<ProbeResult>();
foreach (var (name, run) in probes.All())
{
    if (options.Only is { } only && !name.StartsWith(only, StringComparison.Ordinal)) continue;
    ProbeResult result;
    try
    {
        result = await run();
    }
    catch (Exception e) when (e is not OutOfMemoryException)
    {
        result = ProbeResult.Failed($"the probe itself broke: {e.GetType().Name}: {e.Message}");
    }
    result = result with { Name = name };
    results.Add(result);
    Console.WriteLine($"{result.Verdict,-8} {name,-34} {result.Detail}");
}

Console.WriteLine();
Console.WriteLine($"{results.Count(r => r.Verdict == Verdict.HELD)} held, {results.Count(r => r.Verdict == Verdict.FAILED)} failed, {results.Count(r => r.Verdict == Verdict.SKIPPED)} skipped");
return results.Any(r => r.Verdict == Verdict.FAILED) ? 1 : 0;
