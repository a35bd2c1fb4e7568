namespace HelpdeskBot.Safety.Scanning;

/// <summary>Where a secret value sits in the scanned text: [<see cref="Start"/>, <see cref="End"/>).</summary>
internal readonly record struct SecretSpan(int Start, int End, SecretKind Kind)
{
    public static void Add(ref List<SecretSpan>? spans, int start, int end, SecretKind kind) =>
        (spans ??= []).Add(new SecretSpan(start, end, kind));
}
