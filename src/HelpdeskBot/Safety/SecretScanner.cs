// PLACEHOLDER until the guard branch lands.
using System.Text.Json.Serialization;
namespace HelpdeskBot.Safety;
[JsonConverter(typeof(JsonStringEnumConverter<SecretKind>))]
public enum SecretKind { Card, Password, Pin, Otp, Cvv }
public sealed record ScanResult(IReadOnlyList<SecretKind> Kinds, string Redacted) { public bool Found => Kinds.Count > 0; }
public sealed class SecretScanner { public ScanResult Scan(string text) => new([], text); }
public static class ScanCommand { public static Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken ct = default) => Task.FromResult(0); }
