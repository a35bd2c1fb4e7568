// PLACEHOLDER until the occurred branch lands.
namespace HelpdeskBot.Intake;
public enum MediaKind { Png, Jpeg, Gif, WebP, Mp4, WebM, Unknown }
public static class MediaSniffer
{
    public static MediaKind Detect(ReadOnlySpan<byte> head) =>
        head.Length >= 8 && head[0] == 0x89 && head[1] == 0x50 && head[2] == 0x4E && head[3] == 0x47 ? MediaKind.Png :
        head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF ? MediaKind.Jpeg : MediaKind.Unknown;
    public static string ContentType(MediaKind kind) => kind switch { MediaKind.Png => "image/png", MediaKind.Jpeg => "image/jpeg", _ => "application/octet-stream" };
    public static bool IsAccepted(MediaKind kind) => kind != MediaKind.Unknown;
}
