using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

// Plays N website users over Direct Line HTTP against a running HelpdeskBot, each completing whole
// interviews, and prints turns per second, turn latency percentiles, tickets created and errors.
//   dotnet run -c Release --project tools/HelpdeskBot.LoadDriver -- --url http://127.0.0.1:3978 --users 100 --seconds 30
// The server's rate limits must allow the load (see README, "Performance").
// --rate N paces the users to N turns per second in all (people pause between messages); without it
// every user sends its next message as soon as the last one is answered, which measures the ceiling.
// --url takes several addresses, comma-separated (instances sharing one store): requests go to them in
// turn, so consecutive requests of one conversation land on different instances.

var options = Options.Parse(args);
// No cookies: each user is a browser of its own. With one shared cookie jar every user would be the same website
// visitor (the bot remembers a browser's user), and a second run would be offered the first run's look-alike tickets.
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseCookies = false })
{
    Timeout = TimeSpan.FromSeconds(30),
};
var instances = options.Url.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => new Uri(u)).ToArray();
var nextInstance = -1;
Uri Url(string path) => new(instances[(int)((uint)Interlocked.Increment(ref nextInstance) % instances.Length)], path);

var latencies = new List<double>[options.Users];
var tickets = new int[options.Users];
var errors = new List<string>();
var verified = 0;
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, options.Users).Select(u => Task.Run(() => UserAsync(u))));
var elapsed = clock.Elapsed.TotalSeconds;

var all = latencies.SelectMany(l => l).Order().ToArray();
double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
Console.WriteLine($"users {options.Users}, {elapsed:F1} s, instances {instances.Length}, {(options.Rate > 0 ? $"paced to {options.Rate} turns/s" : "unpaced")}");
Console.WriteLine($"turns {all.Length}, {all.Length / elapsed:F0} turns/s");
Console.WriteLine($"turn latency ms: p50 {Percentile(0.50):F1}  p90 {Percentile(0.90):F1}  p99 {Percentile(0.99):F1}  max {(all.Length > 0 ? all[^1] : 0):F1}");
Console.WriteLine($"tickets created {tickets.Sum()}, confirmed stored by status {verified}");
Console.WriteLine($"errors {errors.Count}");
foreach (var e in errors.Take(10)) Console.WriteLine("  " + e);
return errors.Count == 0 && verified == tickets.Sum() ? 0 : 1;

async Task UserAsync(int user)
{
    latencies[user] = new List<double>(4096);
    try
    {
        var conversation = await (await http.PostAsync(Url("/v3/directline/conversations"), null)).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonObject>();
        var id = conversation!["conversationId"]!.GetValue<string>();
        var token = conversation["token"]!.GetValue<string>();
        var watermark = "";
        var numbers = new List<string>();
        // Each paced user starts at its own offset, so the turns spread evenly over time.
        TimeSpan? pace = options.Rate > 0 ? TimeSpan.FromSeconds(options.Users / options.Rate) : null;
        var nextDue = clock.Elapsed + (pace ?? TimeSpan.Zero) * ((double)user / options.Users);
        for (var interview = 0; !stop.IsCancellationRequested; interview++)
        {
            string[] script =
            [
                "I want to report a problem", $"loaduser_{user}", $"Service {interview}", "2 hours ago",
                $"The report page {interview} shows a blank screen after I press export", "A CSV file should download",
                "none", "Opened reports and pressed export", "skip", "yes",
            ];
            foreach (var text in script)
            {
                // Time is up: stop mid-interview, so the checks below do not overlap anyone's measured turns.
                if (stop.IsCancellationRequested) break;
                if (pace is { } interval)
                {
                    var due = nextDue;
                    nextDue += interval;
                    var wait = due - clock.Elapsed;
                    if (wait > TimeSpan.Zero) await Task.Delay(wait);
                }
                var started = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(HttpMethod.Post, Url($"/v3/directline/conversations/{id}/activities"))
                {
                    Content = JsonContent.Create(new { type = "message", text, locale = "en-US", from = new { id = "load" } }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await http.SendAsync(request);
                latencies[user].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    lock (errors) errors.Add($"user {user}: {(int)response.StatusCode} on \"{text}\"");
                    return;
                }
            }
            (var created, watermark, var lastSaid) = await ReadTicketsAsync(id, token, watermark);
            if (stop.IsCancellationRequested && created.Count == 0) break;
            if (created.Count != 1)
            {
                lock (errors) errors.Add($"user {user}: interview {interview} made {created.Count} tickets; the bot's last words: \"{lastSaid}\"");
                return;
            }
            numbers.AddRange(created);
            tickets[user]++;
        }

        // Every ticket this user was given must be there when they ask for it by number.
        foreach (var number in numbers)
        {
            using var status = new HttpRequestMessage(HttpMethod.Post, Url($"/v3/directline/conversations/{id}/activities"))
            {
                Content = JsonContent.Create(new { type = "message", text = "status " + number, locale = "en-US", from = new { id = "load" } }),
            };
            status.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            (await http.SendAsync(status)).EnsureSuccessStatusCode();
            (var listed, watermark) = await ListedAsync(id, token, watermark);
            if (listed.Contains(number)) Interlocked.Increment(ref verified);
            else lock (errors) errors.Add($"user {user}: ticket {number} is not found by status");
        }
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
    {
        lock (errors) errors.Add($"user {user}: {e.GetType().Name}: {e.Message}");
    }
}

async Task<(List<string> Created, string Watermark, string? LastSaid)> ReadTicketsAsync(string id, string token, string watermark)
{
    var created = new List<string>();
    string? lastSaid = null;
    while (true)
    {
        var set = await GetAsync(id, token, watermark);
        var activities = set["activities"]!.AsArray();
        if (activities.Count == 0) return (created, watermark, lastSaid);
        created.AddRange(activities.Select(a => a?["channelData"]?["helpdesk"]?["ticket"]?["number"]?.GetValue<string>()).OfType<string>());
        lastSaid = activities.LastOrDefault(a => a?["from"]?["role"]?.GetValue<string>() != "user")?["text"]?.GetValue<string>() ?? lastSaid;
        watermark = set["watermark"]!.GetValue<string>();
    }
}

async Task<(List<string> Listed, string Watermark)> ListedAsync(string id, string token, string watermark)
{
    var set = await GetAsync(id, token, watermark);
    var listed = set["activities"]!.AsArray()
        .SelectMany(a => a?["channelData"]?["helpdesk"]?["tickets"]?.AsArray() ?? [])
        .Select(t => t?["number"]?.GetValue<string>())
        .OfType<string>()
        .ToList();
    return (listed, set["watermark"]!.GetValue<string>());
}

async Task<JsonObject> GetAsync(string id, string token, string watermark)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, Url($"/v3/directline/conversations/{id}/activities?watermark={watermark}"));
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    using var response = await http.SendAsync(request);
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
}

internal sealed record Options(string Url, int Users, int Seconds, double Rate)
{
    public static Options Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }
        return new Options(
            Value("--url", "http://127.0.0.1:3978"),
            int.Parse(Value("--users", "10"), CultureInfo.InvariantCulture),
            int.Parse(Value("--seconds", "20"), CultureInfo.InvariantCulture),
            double.Parse(Value("--rate", "0"), CultureInfo.InvariantCulture));
    }
}
