using System.Globalization;
using HelpdeskBot.Activities;

namespace HelpdeskBot.WarmUp;

/// <summary>
/// Whole interviews as a user would give them, in English and Indonesian, answering whichever field the bot asks
/// (read from <c>channelData.helpdesk.field</c>), so every step of the intake, understanding, the guard, the
/// categoriser and the ticket's creation run.
/// </summary>
internal static class SyntheticInterviews
{
    private const int MaxTurns = 24;

    private static readonly string[][] Openings =
    [
        ["I want to report a problem", "Since this morning the VPN client drops every few minutes on my laptop"],
        ["halo kak, mau lapor masalah", "aplikasi absensi tidak bisa dibuka sejak kemarin sore"],
        ["hi", "I cannot log in to the payroll portal, it says invalid session"],
    ];

    private static readonly Dictionary<string, string[]> Answers = new(StringComparer.Ordinal)
    {
        ["userId"] = ["warmup_{0}", "user.{0}"],
        ["service"] = ["VPN", "Payroll portal", "Email"],
        ["occurredAt"] = ["2 hours ago", "kemarin jam 3 sore", "this morning at 9"],
        ["description"] = ["The page stays blank after I press export", "Tidak bisa login, muncul pesan error"],
        ["expected"] = ["A CSV file should download", "Harusnya bisa masuk ke dashboard"],
        ["errorMessage"] = ["Error 500: internal server error", "none"],
        ["evidence"] = ["none", "skip"],
        ["steps"] = ["Open the portal, click export, wait", "buka aplikasi lalu login"],
        ["history"] = ["It started after the update yesterday", "tidak ada perubahan"],
        ["attempts"] = ["Restarted the laptop", "sudah coba restart"],
        ["email"] = ["skip"],
        ["confirm"] = ["yes", "ya"],
        ["category"] = ["1"],
        ["duplicate"] = ["no"],
    };

    /// <summary>Runs interview <paramref name="index"/> to its end; true when it ended with a ticket.</summary>
    public static async Task<bool> RunAsync(int index, Func<Activity, Task<IReadOnlyList<Activity>>> send)
    {
        var conversation = new ConversationAccount { Id = "warmup-" + index.ToString(CultureInfo.InvariantCulture) };
        var user = new ChannelAccount { Id = "warmup-user-" + index.ToString(CultureInfo.InvariantCulture), Name = "Warm-up", Role = "user" };
        var opening = Openings[index % Openings.Length];
        var pending = new Queue<string>(opening);
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            var text = pending.Count > 0 ? pending.Dequeue() : "skip";
            var replies = await send(new Activity
            {
                Type = ActivityTypes.Message,
                Id = "w" + turn.ToString(CultureInfo.InvariantCulture),
                ChannelId = "test",
                Conversation = conversation,
                From = user,
                Recipient = new ChannelAccount { Id = "bot", Role = "bot" },
                Text = text,
                Locale = index % 2 == 0 ? "en-US" : "id-ID",
            });
            var data = replies.Select(HelpdeskChannelData.From).OfType<HelpdeskChannelData>().ToList();
            // The ticket's reply is followed by the menu: any reply may carry it.
            if (data.Any(d => d.Ticket is not null)) return true;
            if (pending.Count == 0 && data.LastOrDefault(d => d.Field is not null)?.Field is { } field)
            {
                pending.Enqueue(Answers.TryGetValue(field, out var choices)
                    ? string.Format(CultureInfo.InvariantCulture, choices[(index + turn) % choices.Length], index)
                    : "skip");
            }
        }
        return false;
    }
}
