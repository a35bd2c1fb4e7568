using System.Text;

namespace HelpdeskBot.Intake.OccurredAt;

/// <summary>
/// Splits an answer into lower-case tokens for <see cref="OccurredAtParser"/>: runs of letters, and runs
/// of digits together with the separators that dates and times use (<c>: . / - +</c>). One pass over the
/// text, so the parser stays linear in the length of the answer whatever it contains.
/// </summary>
internal static class OccurredAtTokenizer
{
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var chunk = new StringBuilder();
        foreach (var ch in text)
        {
            if (IsApostrophe(ch))
            {
                // "Jum'at", "o'clock": the apostrophe is part of the word, not a boundary.
                continue;
            }

            if (char.IsLetter(ch) || char.IsAsciiDigit(ch) || IsSeparator(ch))
            {
                chunk.Append(char.ToLowerInvariant(ch));
                continue;
            }

            AddChunk(chunk.ToString(), tokens);
            chunk.Clear();
        }

        AddChunk(chunk.ToString(), tokens);
        return tokens;
    }

    /// <summary>An ISO 8601 date-time ("2026-11-28t15:00:00z" once lower-cased) is kept as one token.</summary>
    public static bool IsIsoDateTime(string token) =>
        token.Length >= 13
        && IsDigits(token, 0, 4) && token[4] == '-'
        && IsDigits(token, 5, 2) && token[7] == '-'
        && IsDigits(token, 8, 2) && token[10] == 't';

    public static bool IsSeparator(char ch) => ch is ':' or '.' or '/' or '-' or '+';

    private static bool IsApostrophe(char ch) => ch is '\'' or '\u2019' or '`';

    private static bool IsDigits(string s, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddChunk(string chunk, List<string> tokens)
    {
        if (chunk.Length == 0)
        {
            return;
        }

        if (IsIsoDateTime(chunk))
        {
            tokens.Add(chunk.TrimEnd(':', '.', '/', '-', '+'));
            return;
        }

        // "3pm" -> 3, pm; "28th" -> 28, th; "15.00wib" -> 15.00, wib; "utc+7" -> utc, +7.
        var runs = new List<string>();
        var start = 0;
        for (var i = 1; i <= chunk.Length; i++)
        {
            if (i == chunk.Length || char.IsLetter(chunk[i]) != char.IsLetter(chunk[i - 1]))
            {
                runs.Add(chunk[start..i]);
                start = i;
            }
        }

        MergeMeridiemWithDots(runs);

        for (var k = 0; k < runs.Count; k++)
        {
            var run = runs[k];
            // "jam 11an", "jam 7an" (the fourteenth trial: ignored, or the message sent taken for it): "-an" after an hour is
            // "around", not a word of its own.
            if (run == "an" && k > 0 && char.IsAsciiDigit(runs[k - 1][^1]))
            {
                continue;
            }

            if (char.IsLetter(run[0]))
            {
                tokens.Add(run);
                continue;
            }

            // A sign is kept where it can only be a UTC offset: a chunk of its own ("+07:00") or
            // right after "utc"/"gmt" ("utc+7"). Elsewhere it is a joint ("28-nov") or punctuation.
            var keepSign = runs.Count == 1 || (k > 0 && runs[k - 1] is "utc" or "gmt");
            var trimmed = TrimSeparators(run, keepSign);
            if (trimmed.Length > 0)
            {
                tokens.Add(trimmed);
            }
        }
    }

    private static void MergeMeridiemWithDots(List<string> runs)
    {
        for (var k = 0; k + 2 < runs.Count; k++)
        {
            if (runs[k] is "a" or "p" && runs[k + 1] == "." && runs[k + 2] == "m")
            {
                runs[k] += "m";
                runs.RemoveRange(k + 1, 2);
            }
        }
    }

    private static string TrimSeparators(string run, bool keepSign)
    {
        var end = run.Length;
        while (end > 0 && IsSeparator(run[end - 1]))
        {
            end--;
        }

        var start = 0;
        while (start < end && IsSeparator(run[start]))
        {
            if (keepSign && run[start] is '+' or '-' && start + 1 < end && char.IsAsciiDigit(run[start + 1]))
            {
                break;
            }

            start++;
        }

        return run[start..end];
    }
}
