using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HelpdeskBot.Tests.HttpFile;

/// <summary>One request of an <c>.http</c> file, after its variables were filled in, and what it answered.</summary>
public sealed record HttpFileExchange(string Title, string Method, string Url, int Status, string Body);

/// <summary>
/// Runs an <c>.http</c> file the way the editors do, request by request: file variables (<c>@name = value</c>),
/// named requests (<c># @name x</c>) and their JSON answers (<c>{{x.response.body.$.a[0].b}}</c>).
/// </summary>
public static class HttpFileRunner
{
    public static async Task<IReadOnlyList<HttpFileExchange>> RunAsync(string path, HttpClient http, IReadOnlyDictionary<string, string> overrides)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var answers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var exchanges = new List<HttpFileExchange>();
        var blocks = (await File.ReadAllTextAsync(path)).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n###");
        foreach (var line in blocks[0].Split('\n'))
        {
            if (line.StartsWith('@') && line.IndexOf('=', StringComparison.Ordinal) is > 0 and var eq) variables[line[1..eq].Trim()] = line[(eq + 1)..].Trim();
        }
        foreach (var (key, value) in overrides) variables[key] = value;

        foreach (var block in blocks.Skip(1))
        {
            var lines = block.Split('\n');
            var title = lines[0].Trim();
            string? name = null;
            var i = 1;
            for (; i < lines.Length && (lines[i].StartsWith('#') || lines[i].StartsWith("//", StringComparison.Ordinal) || lines[i].Trim().Length == 0); i++)
            {
                if (lines[i].StartsWith("# @name ", StringComparison.Ordinal)) name = lines[i]["# @name ".Length..].Trim();
            }
            if (i == lines.Length) continue;
            var requestLine = Fill(lines[i++], variables, answers).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            using var request = new HttpRequestMessage(new HttpMethod(requestLine[0]), requestLine[1]);
            var headers = new List<(string, string)>();
            for (; i < lines.Length && lines[i].Trim().Length > 0; i++)
            {
                var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                headers.Add((lines[i][..colon].Trim(), Fill(lines[i][(colon + 1)..].Trim(), variables, answers)));
            }
            var body = Fill(string.Join('\n', lines.Skip(i)).Trim(), variables, answers);
            if (body.Length > 0)
            {
                var type = headers.FirstOrDefault(h => h.Item1.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Item2 ?? "text/plain";
                request.Content = new StringContent(body, Encoding.UTF8, type);
            }
            foreach (var (header, value) in headers.Where(h => !h.Item1.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
            {
                request.Headers.TryAddWithoutValidation(header, value);
            }
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            exchanges.Add(new HttpFileExchange(title, requestLine[0], requestLine[1], (int)response.StatusCode, text));
            if (name is not null && text.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
            {
                answers[name] = JsonDocument.Parse(text).RootElement.Clone();
            }
        }
        return exchanges;
    }

    private static string Fill(string text, Dictionary<string, string> variables, Dictionary<string, JsonElement> answers)
    {
        var result = new StringBuilder();
        var at = 0;
        while (text.IndexOf("{{", at, StringComparison.Ordinal) is var start and >= 0)
        {
            var end = text.IndexOf("}}", start, StringComparison.Ordinal);
            result.Append(text, at, start - at);
            result.Append(Resolve(text[(start + 2)..end].Trim(), variables, answers));
            at = end + 2;
        }
        return result.Append(text, at, text.Length - at).ToString();
    }

    private static string Resolve(string reference, Dictionary<string, string> variables, Dictionary<string, JsonElement> answers)
    {
        if (variables.TryGetValue(reference, out var value)) return value;
        const string marker = ".response.body.$";
        var split = reference.IndexOf(marker, StringComparison.Ordinal);
        if (split < 0 || !answers.TryGetValue(reference[..split], out var node)) throw new InvalidOperationException($"Unknown variable {{{{{reference}}}}}.");
        var path = reference[(split + marker.Length)..];
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var next = path.IndexOfAny(['.', '['], i + 1);
                var property = next < 0 ? path[(i + 1)..] : path[(i + 1)..next];
                node = node.GetProperty(property);
                i = next < 0 ? path.Length : next;
            }
            else if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                node = node[int.Parse(path[(i + 1)..close], CultureInfo.InvariantCulture)];
                i = close + 1;
            }
            else throw new InvalidOperationException($"Cannot read {reference}.");
        }
        return node.ValueKind == JsonValueKind.String ? node.GetString()! : node.GetRawText();
    }
}
