using System.Text.Json;
using HelpdeskBot.Data.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskBot.Categorization;

/// <summary>
/// <c>HelpdeskBot categorize</c>: reads one problem text per line and writes one JSON object per line,
/// <c>{"category":"login","confidence":0.93,"priority":"normal"}</c>. Blank lines are skipped. The text is not echoed.
/// </summary>
public static class CategorizeCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextReader input, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var categorizer = services.GetRequiredService<ICategorizer>();
        var rules = services.GetRequiredService<PriorityRules>();
        using var buffer = new MemoryStream();
        while (await input.ReadLineAsync(ct) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var prediction = await categorizer.CategorizeAsync(line, ct);
            var priority = rules.Assess(prediction.Category, line);
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("category", prediction.Category);
                json.WriteNumber("confidence", Math.Round(prediction.Confidence, 2));
                json.WriteString("priority", Lowercase(priority));
                json.WriteEndObject();
            }

            await output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).AsMemory(), ct);
        }

        await output.FlushAsync(ct);
        return 0;
    }

    internal static string Lowercase(TicketPriority priority) => priority switch
    {
        TicketPriority.Low => "low",
        TicketPriority.Normal => "normal",
        TicketPriority.High => "high",
        TicketPriority.Urgent => "urgent",
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, null),
    };
}
