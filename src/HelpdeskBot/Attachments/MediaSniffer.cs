using System.Buffers.Binary;

namespace HelpdeskBot.Attachments;

public enum MediaKind
{
    Png,
    Jpeg,
    Gif,
    WebP,
    Mp4,
    WebM,
    Unknown,
}

/// <summary>
/// Identifies an uploaded screenshot or video by its first bytes. The declared content type and the
/// file name come from the client and prove nothing: an HTML page or a program named "screenshot.png"
/// must not be stored or served back as an image.
/// </summary>
/// <remarks>
/// <para>MP4 means an ISO base media file whose <c>ftyp</c> box names an MP4 video brand as its major
/// brand (isom, iso2–iso6, mp41, mp42, avc1, mmp4, "M4V "). QuickTime (<c>qt  </c>, the .mov that
/// iPhone cameras record) shares the box layout but is a different format that most browsers outside
/// Safari do not play, and labelling it video/mp4 would misstate it, so it is <see cref="MediaKind.Unknown"/>.
/// So are other ISO media brands: HEIC/AVIF images, M4A audio, 3GPP.</para>
/// <para>WebM is an EBML document (magic 1A 45 DF A3) whose DocType is "webm". When the DocType lies
/// beyond the bytes given, the magic decides; when it is visible and says otherwise ("matroska"), the
/// file is not WebM.</para>
/// </remarks>
public static class MediaSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at; more are ignored.</summary>
    public const int HeadLength = 32;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Gif87a => "GIF87a"u8;
    private static ReadOnlySpan<byte> Gif89a => "GIF89a"u8;
    private static ReadOnlySpan<byte> Riff => "RIFF"u8;
    private static ReadOnlySpan<byte> WebPVp => "WEBPVP"u8;
    private static ReadOnlySpan<byte> Ftyp => "ftyp"u8;
    private static ReadOnlySpan<byte> EbmlMagic => [0x1A, 0x45, 0xDF, 0xA3];
    private static ReadOnlySpan<byte> WebMDocType => "webm"u8;

    private const uint EbmlDocTypeId = 0x4282;

    private static readonly byte[][] Mp4Brands =
        [.. new[] { "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "mmp4", "M4V " }
            .Select(System.Text.Encoding.ASCII.GetBytes)];

    public static MediaKind Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length > HeadLength)
        {
            head = head[..HeadLength];
        }

        if (head.StartsWith(PngSignature))
        {
            return MediaKind.Png;
        }

        if (head.StartsWith(JpegSignature))
        {
            return MediaKind.Jpeg;
        }

        if (head.StartsWith(Gif87a) || head.StartsWith(Gif89a))
        {
            return MediaKind.Gif;
        }

        // RIFF, a 4-byte length, then "WEBP" and the first chunk's "VP8 ", "VP8L" or "VP8X".
        if (head.Length >= 14 && head.StartsWith(Riff) && head[8..14].SequenceEqual(WebPVp))
        {
            return MediaKind.WebP;
        }

        if (IsMp4(head))
        {
            return MediaKind.Mp4;
        }

        if (head.StartsWith(EbmlMagic))
        {
            return EbmlDocTypeIsWebM(head) ? MediaKind.WebM : MediaKind.Unknown;
        }

        return MediaKind.Unknown;
    }

    public static string ContentType(MediaKind kind) => kind switch
    {
        MediaKind.Png => "image/png",
        MediaKind.Jpeg => "image/jpeg",
        MediaKind.Gif => "image/gif",
        MediaKind.WebP => "image/webp",
        MediaKind.Mp4 => "video/mp4",
        MediaKind.WebM => "video/webm",
        _ => "application/octet-stream",
    };

    public static bool IsAccepted(MediaKind kind) => kind is
        MediaKind.Png or MediaKind.Jpeg or MediaKind.Gif or MediaKind.WebP or MediaKind.Mp4 or MediaKind.WebM;

    private static bool IsMp4(ReadOnlySpan<byte> head)
    {
        // The first box is ftyp: a big-endian size (at least its header, major and minor brand), "ftyp", the major brand.
        if (head.Length < 12 || !head[4..8].SequenceEqual(Ftyp) || BinaryPrimitives.ReadUInt32BigEndian(head) < 16)
        {
            return false;
        }

        var major = head[8..12];
        foreach (var brand in Mp4Brands)
        {
            if (major.SequenceEqual(brand))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Walks the EBML header's elements to its DocType; true unless a visible DocType is not "webm".</summary>
    private static bool EbmlDocTypeIsWebM(ReadOnlySpan<byte> head)
    {
        var position = EbmlMagic.Length;
        if (!TryReadVint(head, ref position, keepMarker: false, out _))
        {
            return true; // the header's own size is cut off: nothing says otherwise
        }

        while (position < head.Length)
        {
            if (!TryReadVint(head, ref position, keepMarker: true, out var id)
                || !TryReadVint(head, ref position, keepMarker: false, out var size))
            {
                return true;
            }

            if (id == EbmlDocTypeId)
            {
                var visible = head[position..(int)Math.Min((ulong)head.Length, (ulong)position + size)];
                return size == (ulong)WebMDocType.Length && WebMDocType.StartsWith(visible);
            }

            if (size >= (ulong)(head.Length - position))
            {
                return true;
            }

            position += (int)size;
        }

        return true;
    }

    /// <summary>
    /// An EBML variable-length integer: the count of leading zero bits in the first byte says how many
    /// more bytes follow. Element IDs keep the length marker bit; sizes drop it.
    /// </summary>
    private static bool TryReadVint(ReadOnlySpan<byte> head, ref int position, bool keepMarker, out ulong value)
    {
        value = 0;
        if (position >= head.Length || head[position] == 0)
        {
            return false;
        }

        var first = head[position];
        var length = System.Numerics.BitOperations.LeadingZeroCount((uint)first) - 24 + 1;
        if ((keepMarker && length > 4) || position + length > head.Length)
        {
            return false;
        }

        value = keepMarker ? first : (ulong)(first & (0xFF >> length));
        for (var i = 1; i < length; i++)
        {
            value = (value << 8) | head[position + i];
        }

        position += length;
        return true;
    }
}
