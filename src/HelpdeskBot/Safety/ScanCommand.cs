using System.Text.Encodings.Web;
using System.Text.Json;

namespace HelpdeskBot.Safety;

/// <summary>
/// <c>HelpdeskBot scan</c>: reads messages one per line and writes one JSON object per line,
/// <c>{"kinds":["card"],"redacted":"…"}</c>, so an operator can try the guard on their own samples.
/// </summary>
public static class ScanCommand
{
    private static readonly SecretScanner Scanner = new();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Operators read this in a terminal; keep apostrophes and non-ASCII letters as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);

        while (await input.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            var result = Scanner.Scan(line);
            await output.WriteLineAsync(JsonSerializer.Serialize(new ScanLine(result.Kinds, result.Redacted), Json)).ConfigureAwait(false);
        }

        await output.FlushAsync(ct).ConfigureAwait(false);
        return 0;
    }

    private sealed record ScanLine(IReadOnlyList<SecretKind> Kinds, string Redacted);
}
