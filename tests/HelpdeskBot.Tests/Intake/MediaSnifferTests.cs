using System.Text;
using HelpdeskBot.Attachments;

namespace HelpdeskBot.Tests.Intake;

public class MediaSnifferTests
{
    // The first bytes of real files, as their usual encoders write them.

    // A 1x1 RGB PNG: signature, then the IHDR chunk (length 13, width 1, height 1, depth 8, colour type 2, CRC).
    private const string Png = "89504E470D0A1A0A 0000000D49484452 0000000100000001 0802000000 907753DE";

    // JFIF (most editors) and Exif (phone cameras) JPEGs.
    private const string JpegJfif = "FFD8FFE000104A46494600010100000100010000 FFDB004300";
    private const string JpegExif = "FFD8FFE1 2FFE 457869660000 4D4D002A00000008";

    private const string Gif89a = "474946383961 0100 0100 800000 FF0000 000000 21F904";
    private const string Gif87a = "474946383761 0A00 0A00 910000";

    // RIFF, size, WEBP, then a lossy (VP8 ) or lossless (VP8L) or extended (VP8X) first chunk.
    private const string WebPLossy = "52494646 24000000 57454250 56503820 18000000 300100 9D012A 0100 0100";
    private const string WebPLossless = "52494646 1A000000 57454250 5650384C 0D000000 2F000000";
    private const string WebPExtended = "52494646 4A000000 57454250 56503858 0A000000 10000000 000000 000000";

    // ffmpeg's default MP4 (major brand isom), and a phone recording (mp42).
    private const string Mp4Isom = "00000020 66747970 69736F6D 00000200 69736F6D 69736F32 61766331 6D703431";
    private const string Mp4Mp42 = "0000001C 66747970 6D703432 00000001 6D703431 6D703432 69736F6D 00000008";

    // ffmpeg / Chrome MediaRecorder WebM: EBML header (size 0x9F), version elements, DocType "webm".
    private const string WebM = "1A45DFA3 9F 4286 8101 42F7 8101 42F2 8104 42F3 8108 4282 84 7765626D 4287 8104";

    // The same header with an 8-byte size: the DocType starts at byte 31, so only its "w" is in view.
    private const string WebMLongSize = "1A45DFA3 010000000000001F 4286 8101 42F7 8101 42F2 8104 42F3 8108 4282 84 7765626D";

    [Theory]
    [InlineData("screenshot.png", Png, MediaKind.Png)]
    [InlineData("photo.jpg", JpegJfif, MediaKind.Jpeg)]
    [InlineData("IMG_0042.JPG", JpegExif, MediaKind.Jpeg)]
    [InlineData("spinner.gif", Gif89a, MediaKind.Gif)]
    [InlineData("old.gif", Gif87a, MediaKind.Gif)]
    [InlineData("screen.webp", WebPLossy, MediaKind.WebP)]
    [InlineData("screen-lossless.webp", WebPLossless, MediaKind.WebP)]
    [InlineData("animated.webp", WebPExtended, MediaKind.WebP)]
    [InlineData("recording.mp4", Mp4Isom, MediaKind.Mp4)]
    [InlineData("phone.mp4", Mp4Mp42, MediaKind.Mp4)]
    [InlineData("recording.webm", WebM, MediaKind.WebM)]
    [InlineData("long-header.webm", WebMLongSize, MediaKind.WebM)]
    public void Recognises_the_accepted_formats(string name, string head, MediaKind expected)
    {
        var kind = MediaSniffer.Detect(Bytes(head));

        Assert.Equal(expected, kind);
        Assert.True(MediaSniffer.IsAccepted(kind), name);
    }

    [Theory]
    // The name and declared type are what the client claims; the bytes decide.
    [InlineData("screenshot.jpg", Png, MediaKind.Png)]
    [InlineData("video.mp4", Gif89a, MediaKind.Gif)]
    [InlineData("picture.png", WebM, MediaKind.WebM)]
    public void Goes_by_the_bytes_not_the_name(string name, string head, MediaKind expected)
    {
        var kind = MediaSniffer.Detect(Bytes(head));

        Assert.Equal(expected, kind);
        Assert.True(MediaSniffer.IsAccepted(kind), name);
    }

    public static TheoryData<string, byte[]> Refused => new()
    {
        { "empty.png", [] },
        { "page.png (HTML)", Encoding.ASCII.GetBytes("<!DOCTYPE html><html><head><script>alert(1)</script>") },
        { "screenshot.png (a Windows program)", Bytes("4D5A 9000 0300 0000 0400 0000 FFFF 0000 B800 0000 0000 0000 4000 0000") },
        { "image.png (an SVG, which can carry script)", Encoding.ASCII.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\">") },
        { "doc.jpg (a PDF)", Encoding.ASCII.GetBytes("%PDF-1.7\n%") },
        { "archive.png (a ZIP)", Bytes("504B0304 14000000 0800") },
        { "truncated.png", Bytes("89504E47") },
        { "truncated.jpg", Bytes("FFD8") },
        { "GIF without version", Encoding.ASCII.GetBytes("GIF8") },
        { "sound.webp (a WAVE file)", Bytes("52494646 24080000 57415645 666D7420") },
        { "movie.mp4 (QuickTime)", Bytes("00000014 66747970 71742020 00000000 71742020 00000008 77696465") },
        { "photo.jpg (HEIC)", Bytes("00000018 66747970 68656963 00000000 6D696631 68656963") },
        { "photo.png (AVIF)", Bytes("0000001C 66747970 61766966 00000000 61766966 6D696631 6D696166") },
        { "song.mp4 (M4A audio)", Bytes("00000020 66747970 4D344120 00000000 4D344120 6D703432 69736F6D 00000000") },
        { "ftyp box too small", Bytes("00000008 66747970 69736F6D 00000200") },
        { "film.webm (Matroska)", Bytes("1A45DFA3 A3 4286 8101 42F7 8101 42F2 8104 42F3 8108 4282 88 6D6174726F736B61") },
        { "film.webm (Matroska, DocType cut off)", Bytes("1A45DFA3 010000000000001F 4286 8101 42F7 8101 42F2 8104 42F3 8108 4282 88 6D6174726F736B61") },
        { "plain text", Encoding.ASCII.GetBytes("hello, this is not an image at all") },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refuses_everything_else(string description, byte[] head)
    {
        var kind = MediaSniffer.Detect(head);

        Assert.Equal(MediaKind.Unknown, kind);
        Assert.False(MediaSniffer.IsAccepted(kind), description);
        Assert.Equal("application/octet-stream", MediaSniffer.ContentType(kind));
    }

    [Theory]
    [InlineData(MediaKind.Png, "image/png")]
    [InlineData(MediaKind.Jpeg, "image/jpeg")]
    [InlineData(MediaKind.Gif, "image/gif")]
    [InlineData(MediaKind.WebP, "image/webp")]
    [InlineData(MediaKind.Mp4, "video/mp4")]
    [InlineData(MediaKind.WebM, "video/webm")]
    [InlineData(MediaKind.Unknown, "application/octet-stream")]
    public void Names_the_content_type(MediaKind kind, string contentType)
    {
        Assert.Equal(contentType, MediaSniffer.ContentType(kind));
    }

    [Fact]
    public void Looks_at_the_first_32_bytes_only()
    {
        // The DocType's first letter is the 32nd byte: "w" could begin "webm", and what follows is never read.
        var head = Bytes("1A45DFA3 010000000000001F 4286 8101 42F7 8101 42F2 8104 42F3 8108 4282 84 7778797A");
        var matroska = Bytes("1A45DFA3 010000000000001F 4286 8101 42F7 8101 42F2 8104 42F3 8108 4282 84 6D6B7620");

        Assert.Equal(MediaKind.WebM, MediaSniffer.Detect(head));
        Assert.Equal(MediaKind.WebM, MediaSniffer.Detect(head.Concat(new byte[4096]).ToArray()));
        Assert.Equal(MediaKind.Unknown, MediaSniffer.Detect(matroska)); // "m" cannot begin "webm"
        Assert.Equal(MediaKind.Png, MediaSniffer.Detect(Bytes(Png).Concat(new byte[1024]).ToArray()));
        Assert.Equal(32, MediaSniffer.HeadLength);
    }

    private static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
}
