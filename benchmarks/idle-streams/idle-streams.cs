#:project ../../tests/HelpdeskBot.Emulators/HelpdeskBot.Emulators.csproj
// Store reads per second with N idle open web chat streams (Direct Line WebSockets, as Web Chat opens them), on the
// local Cosmos DB emulator, for each variant: "unlinked" (one instance, streams re-read the store every second: the
// behaviour before issue 16) and "linked" (Helpdesk:Instances:LinkUrl set: streams wait on signals alone).
// Reads are counted at the emulator's gateway proxy (point reads and queries), over the whole app: the handoff
// timeout check's query every 5 s is in both rows.
//   dotnet run benchmarks/idle-streams/idle-streams.cs -- <path to HelpdeskBot.dll> [chats=100] [seconds=30]
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text.Json;
using HelpdeskBot.Emulators;

var dll = Path.GetFullPath(args[0]);
var chats = args.Length > 1 ? int.Parse(args[1]) : 100;
var seconds = args.Length > 2 ? int.Parse(args[2]) : 30;
var emulator = await CosmosEmulator.GetAsync();
Console.WriteLine($"# {DateTime.UtcNow:u} {Environment.ProcessorCount} cores; {chats} idle WebSocket streams, {seconds} s measured after 5 s settling");
Console.WriteLine("variant\treads\treads/s\treads/s per chat");
foreach (var linked in new[] { false, true })
{
    const int port = 5187;
    var data = Directory.CreateTempSubdirectory("hdb-idle").FullName;
    var start = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var (key, value) in emulator.AppSettings(CosmosEmulator.NewDatabase())) start.Environment[key.Replace(":", "__")] = value;
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
    start.Environment["Urls"] = $"http://127.0.0.1:{port}";
    start.Environment["Helpdesk__DataDirectory"] = data;
    start.Environment["Helpdesk__DirectLine__Secret"] = "benchmark-secret";
    start.Environment["Helpdesk__DirectLine__RateLimit__StartsPerMinute"] = "100000";
    start.Environment["Helpdesk__WarmUp__Interviews"] = "0";
    if (linked) start.Environment["Helpdesk__Instances__LinkUrl"] = $"http://127.0.0.1:{port}/hubs/instances";
    using var app = Process.Start(start)!;
    app.OutputDataReceived += (_, _) => { };
    app.ErrorDataReceived += (_, _) => { };
    app.BeginOutputReadLine();
    app.BeginErrorReadLine();
    using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    for (var i = 0; i < 600; i++)
    {
        try { if ((await http.GetAsync("/healthz/ready")).IsSuccessStatusCode) break; } catch (HttpRequestException) { }
        await Task.Delay(200);
    }
    var sockets = new List<ClientWebSocket>();
    for (var i = 0; i < chats; i++)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "benchmark-secret");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var streamUrl = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("streamUrl").GetString()!;
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        _ = DrainAsync(socket);
        sockets.Add(socket);
    }
    await Task.Delay(TimeSpan.FromSeconds(5));
    var before = Reads();
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    var reads = Reads() - before;
    Console.WriteLine($"{(linked ? "linked" : "unlinked")}\t{reads}\t{reads / (double)seconds:F1}\t{reads / (double)seconds / chats:F2}");
    foreach (var socket in sockets) socket.Abort();
    app.Kill(entireProcessTree: true);
    await app.WaitForExitAsync();
    Directory.Delete(data, recursive: true);
}
await emulator.Proxy.DisposeAsync();
return 0;

long Reads() => emulator.Proxy.Bridged.Where(kv => kv.Key is "GET" or "POST query").Sum(kv => (long)kv.Value);

static async Task DrainAsync(ClientWebSocket socket)
{
    var buffer = new byte[64 * 1024];
    try
    {
        while (socket.State == WebSocketState.Open) await socket.ReceiveAsync(buffer, CancellationToken.None);
    }
    catch (WebSocketException) { }
    catch (OperationCanceledException) { }
}
