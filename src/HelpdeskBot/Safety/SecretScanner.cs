namespace HelpdeskBot.Safety;

/// <summary>
/// The guard's scan: finds card numbers, passwords, PINs, one-time codes and CVVs in chat text (English and
/// Bahasa Indonesia) and returns the kinds found with a redacted copy of the text. Stateless and thread-safe;
/// one instance serves the whole app. Linear in the length of the text.
/// </summary>
public sealed class SecretScanner
{
    private static readonly SecretKind[] NoKinds = [];

    public ScanResult Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        List<SecretSpan>? spans = null;
        CardNumberScanner.Scan(text, ref spans);
        CredentialScanner.Scan(text, ref spans);
        return spans is null ? new ScanResult(NoKinds, text) : Redaction.Apply(text, spans);
    }
}
