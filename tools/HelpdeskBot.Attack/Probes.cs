using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HelpdeskBot.Attack;

/// <summary>The probes, in an order where each leaves the instance fit for the next (the account lockout comes last).</summary>
public sealed class Probes(HttpClient http, AttackOptions options)
{
    // One secret per field, each of a kind the guard knows, so a leak names its field.
    private const string NameCard = "4539 1488 0343 6467";
    private const string ValueCard = "5500-0000-0000-0004";
    private const string ChannelDataPassword = "Sup3rS3cret!x";
    private const string SpeakOtp = "839201";
    private const string CardContentPin = "482915";
    private const string EntityPassword = "kodeRahasia99";
    private const string ExtraPassword = "Hunter2!xyz";
    private const string AgentCard = "4916 3385 0608 2832";

    private Lazy<Task<string>>? hostile;

    public IEnumerable<(string Name, Func<Task<ProbeResult>> Run)> All() =>
    [
        ("guard.from-name", () => SecretAbsentAsync(NameCard, "from.name")),
        ("guard.value", () => SecretAbsentAsync(ValueCard, "value")),
        ("guard.channel-data", () => SecretAbsentAsync(ChannelDataPassword, "channelData")),
        ("guard.speak", () => SecretAbsentAsync(SpeakOtp, "speak")),
        ("guard.card-content", () => SecretAbsentAsync(CardContentPin, "attachments[].content")),
        ("guard.entities", () => SecretAbsentAsync(EntityPassword, "entities")),
        ("guard.extension-data", () => SecretAbsentAsync(ExtraPassword, "unknown properties")),
        ("guard.greeting-name", GreetingAsync),
        ("agent.fields-scanned", AgentFieldsAsync),
        ("agent.category-known-only", AgentCategoryAsync),
        ("directline.forged-token", ForgedTokenAsync),
        ("directline.cross-conversation", CrossConversationAsync),
        ("directline.nbf", NotBeforeAsync),
        ("emulator.other-loopback-port", EmulatorOtherPortAsync),
        ("emulator.redirect", EmulatorRedirectAsync),
        ("emulator.proxied-caller", EmulatorProxyAsync),
        ("storage.full-disk", FullDiskAsync),
        ("upload.at-the-menu", UploadAtMenuAsync),
        ("upload.per-conversation-cap", ConversationCapAsync),
        ("upload.per-address-cap", AddressCapAsync),
        ("upload.no-partial-files", NoPartialFilesAsync),
        ("agent.no-name-enumeration", EnumerationAsync),
    ];

    // ---- the guard ---------------------------------------------------------------------------------------------

    private static string Hostile(string type, string? name) => new JsonObject
    {
        ["type"] = type,
        ["name"] = name,
        ["text"] = type == "message" ? "hello" : null,
        ["locale"] = "en-US",
        ["from"] = new JsonObject { ["id"] = "attacker", ["name"] = "card " + NameCard, ["nickname"] = "pwd=" + ExtraPassword },
        ["value"] = new JsonObject { ["card"] = ValueCard },
        ["speak"] = "my otp is " + SpeakOtp,
        ["channelData"] = new JsonObject { ["clientActivityID"] = "1733312345678.k2j3h4", ["note"] = "my password is " + ChannelDataPassword },
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "kata sandi saya " + EntityPassword }),
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.adaptive",
            ["content"] = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "PIN " + CardContentPin }) },
        }),
        ["futureField"] = new JsonObject { ["secret"] = "my password is " + ExtraPassword },
    }.ToJsonString();

    /// <summary>Sends the hostile message and the hostile join event once; what a client reads back afterwards.</summary>
    private Task<string> HostileExchangeAsync() => (hostile ??= new Lazy<Task<string>>(async () =>
    {
        var seen = new StringBuilder();
        foreach (var (type, name) in new[] { ("message", (string?)null), ("event", "webchat/join") })
        {
            var chat = await DirectLineChat.StartAsync(http);
            using var response = await chat.PostRawAsync(Hostile(type, name));
            seen.Append(CultureInfo.InvariantCulture, $"[{(int)response.StatusCode}]").Append(await response.Content.ReadAsStringAsync());
            seen.Append(await chat.ReceiveRawAsync());
        }
        return seen.ToString();
    })).Value;

    private async Task<ProbeResult> SecretAbsentAsync(string secret, string field)
    {
        var seen = await HostileExchangeAsync();
        if (!seen.Contains("[200]", StringComparison.Ordinal)) return ProbeResult.Failed("the hostile activity was not taken at all: " + Shorten(seen));
        var found = new List<string>();
        foreach (var form in Forms(secret))
        {
            if (seen.Contains(form, StringComparison.Ordinal)) found.Add("echoed to the client");
        }
        found.AddRange(await Evidence.SearchAsync(options.DataDirectory, options.LogFile, Forms(secret)));
        var searched = "the client's replies" + (options.DataDirectory is null ? "" : ", every file of the data directory (SQLite and WAL)") + (options.LogFile is null ? "" : ", the log");
        return found.Count == 0
            ? ProbeResult.Held($"a secret in {field} is in none of: {searched}")
            : ProbeResult.Failed($"the secret in {field} was found: {string.Join("; ", found.Distinct())}");
    }

    private async Task<ProbeResult> GreetingAsync()
    {
        var chat = await DirectLineChat.StartAsync(http);
        using var response = await chat.PostRawAsync(new JsonObject
        {
            ["type"] = "event",
            ["name"] = "webchat/join",
            ["from"] = new JsonObject { ["id"] = "attacker", ["name"] = "card " + NameCard },
        }.ToJsonString());
        var greeting = (await chat.ReceiveAsync()).Select(a => a?["text"]?.GetValue<string>()).FirstOrDefault(t => t?.StartsWith("Hi", StringComparison.Ordinal) == true);
        if (greeting is null) return ProbeResult.Failed($"no greeting came back ({(int)response.StatusCode})");
        return greeting.Contains("4539", StringComparison.Ordinal) || greeting.Contains("card", StringComparison.OrdinalIgnoreCase)
            ? ProbeResult.Failed("greeted by the card: " + greeting[..Math.Min(60, greeting.Length)])
            : ProbeResult.Held("a display name holding a card number is not greeted: \"" + greeting[..Math.Min(40, greeting.Length)] + "…\"");
    }

    // ---- the agent API -----------------------------------------------------------------------------------------

    private async Task<string?> AgentTokenAsync()
    {
        if (options.AgentName is null) return null;
        using var response = await http.PostAsJsonAsync("/api/agent/token", new { name = options.AgentName, password = options.AgentPassword });
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"the agent could not sign in ({(int)response.StatusCode})");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
    }

    private async Task<HttpResponseMessage> PatchAsync(string token, string number, JsonObject patch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/agent/tickets/{number}") { Content = JsonContent.Create(patch) };
        request.Headers.Authorization = new("Bearer", token);
        return await http.SendAsync(request);
    }

    private async Task<ProbeResult> AgentFieldsAsync()
    {
        if (await AgentTokenAsync() is not { } token) return ProbeResult.Skipped("needs --agent NAME:PASSWORD");
        var number = await (await DirectLineChat.StartAsync(http)).CreateTicketAsync();
        var answers = new List<string>();
        foreach (var field in new[] { "assignee", "comment", "internalNote" })
        {
            using var response = await PatchAsync(token, number, new JsonObject { [field] = "card " + AgentCard });
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest) return ProbeResult.Failed($"{field} holding a card number answered {(int)response.StatusCode}");
            if (body.Contains("4916", StringComparison.Ordinal)) return ProbeResult.Failed($"the refusal of {field} repeats the card number");
            answers.Add(field + " 400");
        }
        var found = await Evidence.SearchAsync(options.DataDirectory, options.LogFile, Forms(AgentCard));
        return found.Count == 0
            ? ProbeResult.Held(string.Join(", ", answers) + "; the card number is stored nowhere" + (options.DataDirectory is null ? " the API shows" : ""))
            : ProbeResult.Failed("stored: " + string.Join("; ", found));
    }

    private async Task<ProbeResult> AgentCategoryAsync()
    {
        if (await AgentTokenAsync() is not { } token) return ProbeResult.Skipped("needs --agent NAME:PASSWORD");
        var number = await (await DirectLineChat.StartAsync(http)).CreateTicketAsync();
        using var made = await PatchAsync(token, number, new JsonObject { ["category"] = "<img src=x onerror=alert(1)>" });
        using var known = await PatchAsync(token, number, new JsonObject { ["category"] = "security" });
        return made.StatusCode == HttpStatusCode.BadRequest && known.IsSuccessStatusCode
            ? ProbeResult.Held("an invented category gets 400, a catalog one is saved")
            : ProbeResult.Failed($"invented category {(int)made.StatusCode}, known category {(int)known.StatusCode}");
    }

    private async Task<ProbeResult> EnumerationAsync()
    {
        // A name nobody has: a real account answers 401 four times, then 423 (locked); so must this one.
        var name = "nobody" + RandomNumberGenerator.GetHexString(8, lowercase: true);
        var answers = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await http.PostAsJsonAsync("/api/agent/token", new { name, password = "guess number " + i });
            answers.Add((int)response.StatusCode);
        }
        var expected = new[] { 401, 401, 401, 401, 423, 423 };
        return answers.SequenceEqual(expected)
            ? ProbeResult.Held("an unknown name answers 401×4 then 423, as a real account does under the default lockout")
            : ProbeResult.Failed("an unknown name answered " + string.Join(",", answers) + " (a real account: " + string.Join(",", expected) + ")");
    }

    // ---- Direct Line tokens ------------------------------------------------------------------------------------

    private async Task<ProbeResult> ForgedTokenAsync()
    {
        var chat = await DirectLineChat.StartAsync(http);
        var parts = chat.Token.Split('.');
        var forged = parts[0] + "." + parts[1] + "." + Base64Url(RandomNumberGenerator.GetBytes(32));
        using var response = await http.SendAsync(chat.Request(HttpMethod.Get, $"/v3/directline/conversations/{chat.ConversationId}/activities", forged));
        return response.StatusCode == HttpStatusCode.Unauthorized
            ? ProbeResult.Held("a token with a forged signature gets 401")
            : ProbeResult.Failed($"a forged token got {(int)response.StatusCode}");
    }

    private async Task<ProbeResult> CrossConversationAsync()
    {
        var mine = await DirectLineChat.StartAsync(http);
        var theirs = await DirectLineChat.StartAsync(http);
        using var response = await http.SendAsync(mine.Request(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities"));
        return response.StatusCode == HttpStatusCode.Forbidden
            ? ProbeResult.Held("one conversation's token gets 403 on another")
            : ProbeResult.Failed($"another conversation's token got {(int)response.StatusCode}");
    }

    private async Task<ProbeResult> NotBeforeAsync()
    {
        var keyFile = options.DataDirectory is null ? null : Path.Combine(options.DataDirectory, "directline-signing.key");
        if (keyFile is null || !File.Exists(keyFile)) return ProbeResult.Skipped("needs --data with the generated directline-signing.key (to sign a token as another instance would)");
        var key = Convert.FromBase64String((await File.ReadAllTextAsync(keyFile)).Trim());
        var chat = await DirectLineChat.StartAsync(http);
        var now = DateTimeOffset.UtcNow;
        async Task<int> ReadWithAsync(DateTimeOffset notBefore)
        {
            var token = Jwt(key, new JsonObject
            {
                ["iss"] = "helpdeskbot-directline",
                ["aud"] = "helpdeskbot-directline",
                ["conv"] = chat.ConversationId,
                ["user"] = "dl_attacker",
                ["iat"] = now.ToUnixTimeSeconds(),
                ["nbf"] = notBefore.ToUnixTimeSeconds(),
                ["exp"] = notBefore.AddMinutes(30).ToUnixTimeSeconds(),
            });
            using var response = await http.SendAsync(chat.Request(HttpMethod.Get, $"/v3/directline/conversations/{chat.ConversationId}/activities", token));
            return (int)response.StatusCode;
        }
        var future = await ReadWithAsync(now.AddMinutes(10));
        var present = await ReadWithAsync(now.AddSeconds(-1));
        // The second token is the control: signed the same way, it is accepted, so the first was refused for its nbf.
        return future == 403 && present == 200
            ? ProbeResult.Held("a token whose nbf is 10 minutes ahead gets 403 (the same token valid from now: 200)")
            : ProbeResult.Failed($"nbf ahead: {future}, nbf now: {present}");
    }

    // ---- emulator mode -----------------------------------------------------------------------------------------

    private static string EmulatorActivity(string serviceUrl, string conversationId) => new JsonObject
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl,
        ["text"] = "hello",
        ["locale"] = "en-US",
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Budi" },
        ["recipient"] = new JsonObject { ["id"] = "helpdeskbot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
    }.ToJsonString();

    private async Task<HttpResponseMessage> PostToBotAsync(string serviceUrl, string conversationId, bool proxied = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(EmulatorActivity(serviceUrl, conversationId), Encoding.UTF8, "application/json"),
        };
        if (proxied) request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return await http.SendAsync(request);
    }

    private (Listener Emulator, bool Accepted, int Status)? emulatorPin;

    /// <summary>Plays the Emulator once: the first caller pins its port (when none is configured).</summary>
    private async Task<(Listener Emulator, bool Accepted, int Status)> EmulatorAsync()
    {
        if (emulatorPin is { } pinned) return pinned;
        var emulator = new Listener();
        using var response = await PostToBotAsync(emulator.BaseUrl, "attack-" + Guid.NewGuid().ToString("N"));
        var accepted = response.StatusCode == HttpStatusCode.OK;
        if (accepted) await emulator.WaitForAsync(1, TimeSpan.FromSeconds(15));
        emulatorPin = (emulator, accepted, (int)response.StatusCode);
        return emulatorPin.Value;
    }

    private async Task<ProbeResult> EmulatorOtherPortAsync()
    {
        var (emulator, accepted, status) = await EmulatorAsync();
        using var other = new Listener();
        using var response = await PostToBotAsync(other.BaseUrl, "attack-" + Guid.NewGuid().ToString("N"));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var mode = accepted ? $"emulator mode on, replies pinned to {emulator.BaseUrl} ({emulator.Requests.Count} received)" : $"emulator mode refused the Emulator too ({status})";
        return (int)response.StatusCode is >= 400 and < 500 && other.Requests.IsEmpty
            ? ProbeResult.Held($"another loopback port gets {(int)response.StatusCode} and receives nothing; {mode}")
            : ProbeResult.Failed($"another loopback port got {(int)response.StatusCode}, {other.Requests.Count} request(s) reached it; {mode}");
    }

    private async Task<ProbeResult> EmulatorRedirectAsync()
    {
        var (emulator, accepted, status) = await EmulatorAsync();
        if (!accepted) return ProbeResult.Held($"emulator mode is off ({status}): nothing is sent, so nothing can be redirected");
        using var target = new Listener();
        emulator.RedirectTo = target.BaseUrl;
        var before = emulator.Requests.Count;
        using var response = await PostToBotAsync(emulator.BaseUrl, "attack-" + Guid.NewGuid().ToString("N"));
        // The bot sends its replies one after another: by the time the Emulator has seen three, a followed redirect would have landed.
        var arrived = await emulator.WaitForAsync(before + 3, TimeSpan.FromSeconds(20));
        emulator.RedirectTo = null;
        if (!arrived) return ProbeResult.Failed($"the replies did not reach the Emulator's port ({(int)response.StatusCode})");
        return target.Requests.IsEmpty
            ? ProbeResult.Held($"{emulator.Requests.Count - before} replies met a 307 to another port; none followed it")
            : ProbeResult.Failed($"{target.Requests.Count} request(s) followed the redirect");
    }

    private async Task<ProbeResult> EmulatorProxyAsync()
    {
        var (emulator, _, _) = await EmulatorAsync();
        using var response = await PostToBotAsync(emulator.BaseUrl, "attack-" + Guid.NewGuid().ToString("N"), proxied: true);
        return response.StatusCode == HttpStatusCode.Unauthorized
            ? ProbeResult.Held("a request carrying X-Forwarded-For (relayed by a proxy) gets 401")
            : ProbeResult.Failed($"a proxied request got {(int)response.StatusCode}");
    }

    // ---- a full disk -------------------------------------------------------------------------------------------

    private async Task<ProbeResult> FullDiskAsync()
    {
        if (!options.FillDisk) return ProbeResult.Skipped("needs --fill-disk and --data on a small file system (a tmpfs)");
        var atEvidence = await DirectLineChat.StartAsync(http);
        await atEvidence.AnswerUntilAsync("evidence");
        var fresh = new List<DirectLineChat>();
        for (var i = 0; i < 5; i++) fresh.Add(await DirectLineChat.StartAsync(http));

        var ballast = Path.Combine(options.DataDirectory!, "attack-ballast.bin");
        var filled = Evidence.Fill(ballast);
        var notes = new List<string> { $"filled {filled / (1024 * 1024)} MB" };
        var failures = new List<string>();
        try
        {
            var turns = new List<int>();
            foreach (var chat in fresh)
            {
                using var response = await chat.SayAsync("report a problem");
                turns.Add((int)response.StatusCode);
                var problem = await Check503Async(response, directLine: true);
                if (response.StatusCode != HttpStatusCode.OK && problem is not null) failures.Add("turn: " + problem);
            }
            notes.Add("turns " + string.Join(",", turns));
            if (turns.All(t => t == 200)) notes.Add("(SQLite committed into space it already held)");

            using (var upload = await atEvidence.UploadAsync(1, 256 * 1024))
            {
                notes.Add($"upload {(int)upload.StatusCode}");
                if (await Check503Async(upload, directLine: true) is { } problem) failures.Add("upload: " + problem);
            }
            using (var ready = await http.GetAsync("/healthz/ready"))
            {
                notes.Add($"ready {(int)ready.StatusCode}");
                if (ready.StatusCode != HttpStatusCode.ServiceUnavailable) failures.Add($"readiness answered {(int)ready.StatusCode} on a full disk");
            }
            using (var live = await http.GetAsync("/healthz/live"))
            {
                if (live.StatusCode != HttpStatusCode.OK) failures.Add($"liveness answered {(int)live.StatusCode}");
            }
            if (Evidence.PartialFiles(options.DataDirectory!) is { Count: > 0 } parts) failures.Add($"{parts.Count} .part file(s) left behind");
        }
        finally
        {
            File.Delete(ballast);
        }

        // Recovery without a restart: readiness comes back, and the turns go through.
        var recovered = false;
        for (var i = 0; i < 60 && !recovered; i++)
        {
            using var ready = await http.GetAsync("/healthz/ready");
            recovered = ready.StatusCode == HttpStatusCode.OK;
            if (!recovered) await Task.Delay(500);
        }
        if (!recovered) failures.Add("readiness did not recover after the disk was freed");
        using (var after = await fresh[0].SayAsync("report a problem"))
        {
            notes.Add($"after freeing: ready {(recovered ? 200 : 503)}, turn {(int)after.StatusCode}");
            if (after.StatusCode != HttpStatusCode.OK) failures.Add($"a turn after recovery answered {(int)after.StatusCode}");
        }
        return failures.Count == 0 ? ProbeResult.Held(string.Join("; ", notes)) : ProbeResult.Failed(string.Join("; ", failures) + " — " + string.Join("; ", notes));
    }

    /// <summary>Null when the answer is either a success or a proper 503 (Retry-After, the protocol's error body); else what is wrong.</summary>
    private static async Task<string?> Check503Async(HttpResponseMessage response, bool directLine)
    {
        if (response.IsSuccessStatusCode) return null;
        if (response.StatusCode != HttpStatusCode.ServiceUnavailable) return $"{(int)response.StatusCode} instead of 503";
        if (response.Headers.RetryAfter is null) return "503 without Retry-After";
        var body = await response.Content.ReadAsStringAsync();
        if (directLine && JsonNode.Parse(body)?["error"]?["code"] is null) return "503 without Direct Line's {error} body";
        return null;
    }

    // ---- uploads -----------------------------------------------------------------------------------------------

    private async Task<ProbeResult> UploadAtMenuAsync()
    {
        var before = Evidence.StoredFiles(options.DataDirectory);
        var chat = await DirectLineChat.StartAsync(http);
        (await chat.SayAsync("hello")).EnsureSuccessStatusCode();
        var answers = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await chat.UploadAsync(1, 1024 * 1024);
            answers.Add((int)response.StatusCode);
        }
        var added = Evidence.StoredFiles(options.DataDirectory) - before;
        return answers.All(a => a == 409) && added <= 0
            ? ProbeResult.Held($"20 uploads of 1 MB at the menu: all 409, {(options.DataDirectory is null ? "" : "no file stored")}")
            : ProbeResult.Failed($"answers {string.Join(",", answers.Distinct())}, {added} file(s) stored");
    }

    private async Task<ProbeResult> ConversationCapAsync()
    {
        var chat = await DirectLineChat.StartAsync(http);
        await chat.AnswerUntilAsync("evidence");
        for (var i = 1; i <= 600; i++)
        {
            using var response = await chat.UploadAsync(1, 64 * 1024);
            if (response.IsSuccessStatusCode) continue;
            var body = await response.Content.ReadAsStringAsync();
            var error = JsonNode.Parse(body)?["error"];
            var message = error?["message"]?.GetValue<string>() ?? "";
            // The conversation's own limit, said as such: a general rate limit or a 500 is not a quota.
            return response.StatusCode == HttpStatusCode.RequestEntityTooLarge && error?["code"]?.GetValue<string>() == "QuotaExceeded" && message.Length > 0
                ? ProbeResult.Held($"{i - 1} accepted, then {(int)response.StatusCode}: \"{message}\"")
                : ProbeResult.Failed($"{i - 1} accepted, then {(int)response.StatusCode} {Shorten(body)}");
        }
        return ProbeResult.Failed("600 uploads in one conversation were all accepted");
    }

    private async Task<ProbeResult> AddressCapAsync()
    {
        var accepted = 0;
        for (var conversation = 0; conversation < 40; conversation++)
        {
            var chat = await DirectLineChat.StartAsync(http);
            await chat.AnswerUntilAsync("evidence");
            for (var i = 0; i < 30; i++)
            {
                using var response = await chat.UploadAsync(1, 64 * 1024);
                if (response.IsSuccessStatusCode)
                {
                    accepted++;
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge) break; // this conversation is full; the next one
                var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["error"];
                var message = error?["message"]?.GetValue<string>() ?? "";
                return response.StatusCode == HttpStatusCode.TooManyRequests && response.Headers.RetryAfter is not null && error?["code"]?.GetValue<string>() == "QuotaExceeded"
                    ? ProbeResult.Held($"{accepted} accepted over {conversation + 1} conversations, then 429 Retry-After {response.Headers.RetryAfter.Delta?.TotalSeconds:0}s: \"{message}\"")
                    : ProbeResult.Failed($"{accepted} accepted, then {(int)response.StatusCode}: {message}");
            }
        }
        return ProbeResult.Failed($"{accepted} uploads from one address over 40 conversations, no address limit met");
    }

    private Task<ProbeResult> NoPartialFilesAsync()
    {
        if (options.DataDirectory is null) return Task.FromResult(ProbeResult.Skipped("needs --data"));
        var parts = Evidence.PartialFiles(options.DataDirectory);
        return Task.FromResult(parts.Count == 0
            ? ProbeResult.Held($"no .part file in {Path.Combine(options.DataDirectory, "attachments")}")
            : ProbeResult.Failed($"{parts.Count} .part file(s) left: {string.Join(", ", parts.Take(3).Select(Path.GetFileName))}"));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /// <summary>A secret as it might be written: as given, and without its separators.</summary>
    private static string[] Forms(string secret)
    {
        var bare = new string([.. secret.Where(c => c is not (' ' or '-'))]);
        return bare == secret ? [secret] : [secret, bare];
    }

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Jwt(byte[] key, JsonObject payload)
    {
        var unsigned = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}""")) + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return unsigned + "." + Base64Url(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(unsigned)));
    }
}
