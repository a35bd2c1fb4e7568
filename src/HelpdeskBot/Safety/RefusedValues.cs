using System.Collections.Concurrent;

namespace HelpdeskBot.Safety;

/// <summary>
/// The values the guard refused in each conversation, held in this process's memory only and for an hour, so the same
/// value typed again in a shape the guard would let through is refused too. The seventh trial: "andi88 pass andi12345"
/// was refused, and the rushed user sent "andi88/andi12345", which was kept as their user id. Nothing here is stored,
/// logged or hashed; a restart forgets it, and another instance does not know it (the guard's own reading still holds there).
/// </summary>
public sealed class RefusedValues(TimeProvider clock)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);
    private const int MostPerConversation = 20;
    private const int MostConversations = 10_000;

    /// <summary>Digits shorter than this are in too many other things (a room, a year's end) to refuse again on sight.</summary>
    private const int MinDigits = 4;

    /// <summary>A word shorter than this is more often an ordinary word than the password someone typed.</summary>
    private const int MinWord = 6;

    private sealed record Kept(IReadOnlyList<(SecretKind Kind, string Value)> Values, DateTimeOffset Until);

    private readonly ConcurrentDictionary<string, Kept> byConversation = new(StringComparer.Ordinal);

    /// <summary>Keeps what the guard removed from a message of this conversation.</summary>
    public void Remember(string conversationId, IEnumerable<(SecretKind Kind, string Value)> removed)
    {
        var values = removed.Select(r => (r.Kind, Value: r.Value.Trim())).Where(r => Worth(r.Kind, r.Value)).ToList();
        if (values.Count == 0) return;
        var now = clock.GetUtcNow();
        if (byConversation.Count >= MostConversations) Forget(now);
        byConversation.AddOrUpdate(conversationId,
            _ => new Kept([.. values.Take(MostPerConversation)], now + KeptFor),
            (_, kept) => new Kept([.. values.Concat(kept.Until > now ? kept.Values : []).Distinct().Take(MostPerConversation)], now + KeptFor));
    }

    /// <summary>
    /// The text with every value refused earlier in this conversation removed, and the kinds removed; or null when it
    /// holds none. A value counts where it stands as a whole word ("andi88/andi12345" holds "andi12345").
    /// </summary>
    public (string Text, IReadOnlyList<SecretKind> Kinds)? Redact(string conversationId, string? text)
    {
        if (string.IsNullOrEmpty(text) || !byConversation.TryGetValue(conversationId, out var kept)) return null;
        if (kept.Until <= clock.GetUtcNow())
        {
            byConversation.TryRemove(conversationId, out _);
            return null;
        }
        var kinds = new List<SecretKind>();
        foreach (var (kind, value) in kept.Values)
        {
            var at = WholeWordAt(text, value);
            while (at >= 0)
            {
                text = string.Concat(text.AsSpan(0, at), Redaction.Placeholder(kind), text.AsSpan(at + value.Length));
                if (!kinds.Contains(kind)) kinds.Add(kind);
                at = WholeWordAt(text, value);
            }
            // "1 9 8 7 0 4" refused, then "198704" (the eighth trial): digits count as digits, however they are spaced.
            if (kind is not SecretKind.Password && Digits(value) is { Length: >= MinDigits } digits)
            {
                for (var run = NextDigitRun(text, 0, digits, out var end); run >= 0; run = NextDigitRun(text, 0, digits, out end))
                {
                    text = string.Concat(text.AsSpan(0, run), Redaction.Placeholder(kind), text.AsSpan(end));
                    if (!kinds.Contains(kind)) kinds.Add(kind);
                }
            }
        }
        return kinds.Count == 0 ? null : (text, kinds);
    }

    private static string Digits(string value) => string.Concat(value.Where(char.IsAsciiDigit));

    /// <summary>
    /// Where a run of digits, single spaces, dashes or dots that holds exactly <paramref name="digits"/> starts (not inside a
    /// longer number), and where it ends; -1 when none does.
    /// </summary>
    private static int NextDigitRun(string text, int from, string digits, out int end)
    {
        for (var i = from; i < text.Length; i++)
        {
            end = i;
            if (!char.IsAsciiDigit(text[i]) || i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
            var matched = 0;
            var k = i;
            while (k < text.Length && matched < digits.Length)
            {
                if (text[k] == digits[matched])
                {
                    matched++;
                    k++;
                }
                else if (text[k] is ' ' or '-' or '.' && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1]) && matched > 0)
                {
                    k++;
                }
                else
                {
                    break;
                }
            }
            if (matched == digits.Length && (k == text.Length || !char.IsLetterOrDigit(text[k]) && !(text[k] is ' ' or '-' or '.' && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1]))))
            {
                end = k;
                return i;
            }
        }
        end = -1;
        return -1;
    }

    private static bool Worth(SecretKind kind, string value) =>
        kind is SecretKind.Password ? value.Length >= MinWord : value.Count(char.IsAsciiDigit) >= MinDigits;

    /// <summary>Where the value stands as a whole word, in any case: "tkl1988sg" refused, then "TKL1988SG in caps" (the ninth trial).</summary>
    private static int WholeWordAt(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + value.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return at;
        }
        return -1;
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (id, kept) in byConversation)
        {
            if (kept.Until <= now) byConversation.TryRemove(id, out _);
        }
        // Still full of live conversations: the oldest go, so memory stays bounded.
        if (byConversation.Count >= MostConversations)
        {
            foreach (var (id, _) in byConversation.OrderBy(p => p.Value.Until).Take(MostConversations / 10)) byConversation.TryRemove(id, out _);
        }
    }
}
