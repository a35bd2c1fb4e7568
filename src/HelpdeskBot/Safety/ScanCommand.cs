using System.Text.Encodings.Web;
using System.Text.Json;
using HelpdeskBot.Safety.Evaluation;

namespace HelpdeskBot.Safety;

/// <summary>
/// <c>HelpdeskBot scan</c>: reads messages one per line and writes one JSON object per line,
/// <c>{"kinds":["card"],"redacted":"…"}</c>, so an operator can try the guard on their own samples.
/// With <c>--conversation</c> the lines are one user's consecutive messages, so a secret split over two lines is
/// found as a conversation would find it. <c>HelpdeskBot scan --evaluate FILE… [--problems]</c> scores the guard on labelled corpora
/// (<see cref="LabelledCorpus"/>): recall and false positives per class and per language, and with
/// <c>--problems</c> every miss, false positive and extra kind.
/// </summary>
public static class ScanCommand
{
    private static readonly SecretScanner Scanner = new();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Operators read this in a terminal; keep apostrophes and non-ASCII letters as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken ct = default) =>
        RunAsync([], input, output, ct);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextReader input, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);

        if (args.Contains("--evaluate"))
        {
            return await EvaluateAsync(args, output).ConfigureAwait(false);
        }

        // With --conversation the lines are one user's consecutive messages: a value after "my password is" on the
        // line before, or the rest of a card number, is found as the turn pipeline finds it.
        var conversation = args.Contains("--conversation");
        GuardMemory? memory = null;
        while (await input.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            var result = Scanner.Scan(line);
            if (conversation)
            {
                (var after, memory) = Scanner.ScanAfter(result.Redacted, memory);
                result = new ScanResult([.. result.Kinds.Union(after.Kinds)], after.Redacted);
            }

            await output.WriteLineAsync(JsonSerializer.Serialize(new ScanLine(result.Kinds, result.Redacted), Json)).ConfigureAwait(false);
        }

        await output.FlushAsync(ct).ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> EvaluateAsync(IReadOnlyList<string> args, TextWriter output)
    {
        var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (files.Count == 0)
        {
            await output.WriteLineAsync("usage: scan --evaluate FILE.tsv [FILE.tsv …] [--problems]").ConfigureAwait(false);
            return 2;
        }

        var exitCode = 0;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                // The other files are still scored: the held-back part may simply not be there yet.
                await output.WriteLineAsync($"{file}: not found").ConfigureAwait(false);
                exitCode = 2;
                continue;
            }

            IReadOnlyList<LabelledMessage> rows;
            try
            {
                rows = LabelledCorpus.Load(file);
            }
            catch (FormatException e)
            {
                await output.WriteLineAsync(e.Message).ConfigureAwait(false);
                return 2;
            }

            var score = CorpusEvaluation.Evaluate(Path.GetFileName(file), rows, Scanner);
            await output.WriteLineAsync(score.Format(withProblems: args.Contains("--problems"))).ConfigureAwait(false);
        }

        await output.FlushAsync().ConfigureAwait(false);
        return exitCode;
    }

    private sealed record ScanLine(IReadOnlyList<SecretKind> Kinds, string Redacted);
}
