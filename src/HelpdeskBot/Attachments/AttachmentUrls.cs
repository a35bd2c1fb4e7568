using System.Text.Json;
using HelpdeskBot.Activities;

namespace HelpdeskBot.Attachments;

/// <summary>
/// How stored files appear in activities: a URL this service serves, or — for an upload that was not
/// kept — no URL and the reason, so the dialog can tell the user.
/// </summary>
public static class AttachmentUrls
{
    public const string RejectedProperty = "helpdeskRejected";
    private const string PathPrefix = "/v3/directline/attachments/";

    public static string For(string baseUrl, string id) => baseUrl.TrimEnd('/') + PathPrefix + id;

    /// <summary>The stored file's id when <paramref name="url"/> is one of ours, else null.</summary>
    public static string? IdOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var path = uri.AbsolutePath;
        return path.StartsWith(PathPrefix, StringComparison.Ordinal) ? path[PathPrefix.Length..] : null;
    }

    public static Attachment Rejected(string name, string? declaredType, UploadProblem problem) => new()
    {
        Name = name,
        ContentType = string.IsNullOrWhiteSpace(declaredType) ? "application/octet-stream" : declaredType,
        Extra = new() { [RejectedProperty] = JsonSerializer.SerializeToElement(problem.ToString()) },
    };

    public static UploadProblem? ProblemOf(Attachment attachment) =>
        attachment.Extra is { } extra && extra.TryGetValue(RejectedProperty, out var value)
        && Enum.TryParse<UploadProblem>(value.GetString(), out var problem)
            ? problem
            : null;
}
