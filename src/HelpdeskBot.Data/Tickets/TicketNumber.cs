using System.Security.Cryptography;

namespace HelpdeskBot.Data.Tickets;

/// <summary>
/// Ticket numbers: "HD-" and seven characters from an alphabet without 0/O and 1/I, so they read aloud
/// without ambiguity. Random, so several instances need no shared counter; 32^7 ≈ 3.4e10 values, and a
/// store that meets a taken number draws again.
/// </summary>
public static class TicketNumber
{
    public const string Prefix = "HD-";
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public const int Length = 7;

    public static string New()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return Prefix + new string(chars);
    }

    /// <summary>Reads a number as a user may type it ("hd-7k3m9qx", "7K3M 9QX"); null when it cannot be one.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("#", "", StringComparison.Ordinal);
        if (s.StartsWith(Prefix, StringComparison.Ordinal)) s = s[Prefix.Length..];
        else if (s.StartsWith("HD", StringComparison.Ordinal) && s.Length == Length + 2) s = s[2..];
        if (s.Length != Length) return null;
        foreach (var c in s)
        {
            if (!Alphabet.Contains(c, StringComparison.Ordinal)) return null;
        }
        return Prefix + s;
    }
}
