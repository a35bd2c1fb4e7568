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

    /// <summary>
    /// The second look, with the conversation's state at hand: a message's text checked against what the user's
    /// previous message left waiting (<see cref="GuardMemory"/>) — the value after "my password is", the rest of a
    /// card number typed in two parts. Returns the activity with those removed too, every kind refused, and what
    /// this message leaves waiting for the next one. Activities that are not messages (typing, events) leave the
    /// memory as it was.
    /// </summary>
    public (Activity Activity, IReadOnlyList<string> Refused, GuardMemory? Memory) FollowUp(Activity activity, IReadOnlyList<string> refused, GuardMemory? memory)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(refused);
        if (!activity.IsMessage)
        {
            return (activity, refused, memory);
        }

        var (result, next) = scanner.ScanAfter(activity.Text ?? "", memory);
        if (!result.Found)
        {
            return (activity, refused, next);
        }

        var kinds = refused.ToList();
        kinds.AddRange(result.Kinds.Select(Name).Where(k => !kinds.Contains(k)));
        return (activity with { Text = result.Redacted }, kinds, next);
    }

    /// <summary>Checks text the bot is about to send on a person's behalf (an agent's message).</summary>
    public ScanResult Scan(string text) => scanner.Scan(text);

    public static string Name(SecretKind kind) => kind.ToString().ToLowerInvariant();
}
