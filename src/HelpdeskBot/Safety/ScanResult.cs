namespace HelpdeskBot.Safety;

/// <summary>
/// What the guard found in one text: the kinds of secret (distinct, in order of first appearance) and the text
/// with every secret value replaced by a placeholder. <see cref="Redacted"/> is the only form of the text that
/// may be stored, logged or echoed.
/// </summary>
public sealed record ScanResult(IReadOnlyList<SecretKind> Kinds, string Redacted)
{
    public bool Found => Kinds.Count > 0;
}
