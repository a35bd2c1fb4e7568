using HelpdeskBot.Activities;

namespace HelpdeskBot.Safety;

/// <summary>
/// Runs the scanner over every user-written part of an inbound activity — text, summary, attachment
/// names — before anything else sees it, and returns the activity with the secrets replaced.
/// </summary>
public sealed class ActivityGuard(SecretScanner scanner)
{
    public (Activity Activity, IReadOnlyList<string> Refused) Apply(Activity activity)
    {
        var kinds = new List<SecretKind>();
        string? Clean(string? text)
        {
            if (string.IsNullOrEmpty(text)) return text;
            var result = scanner.Scan(text);
            foreach (var kind in result.Kinds)
            {
                if (!kinds.Contains(kind)) kinds.Add(kind);
            }
            return result.Redacted;
        }

        var cleaned = activity with
        {
            Text = Clean(activity.Text),
            Summary = Clean(activity.Summary),
            Attachments = activity.Attachments?.Select(a => a with { Name = Clean(a.Name) }).ToList(),
        };
        return (kinds.Count == 0 ? activity : cleaned, kinds.ConvertAll(Name));
    }

    /// <summary>Checks text the bot is about to send on a person's behalf (an agent's message).</summary>
    public ScanResult Scan(string text) => scanner.Scan(text);

    public static string Name(SecretKind kind) => kind.ToString().ToLowerInvariant();
}
