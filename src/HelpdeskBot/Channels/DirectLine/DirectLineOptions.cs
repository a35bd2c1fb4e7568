using System.ComponentModel.DataAnnotations;
namespace HelpdeskBot.Channels.DirectLine;

public sealed class DirectLineOptions
{
    public const string Section = "Helpdesk:DirectLine";

    /// <summary>The Direct Line secret a trusted backend uses to mint tokens. Never sent to browsers.</summary>
    public string? Secret { get; set; }

    /// <summary>Let anyone start a conversation without a secret (a public website's chat).</summary>
    public bool AllowAnonymous { get; set; } = true;

    /// <summary>Key that signs tokens (base64, at least 32 bytes). Shared by every instance; generated and kept in the data directory when unset.</summary>
    public string? SigningKey { get; set; }

    [Range(1, 86_400)]
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>Largest activity body accepted, in bytes.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Days a browser keeps its anonymous user across conversations (an HttpOnly cookie holding the signed user id), so
    /// "my tickets" in a new tab or on another day finds what that browser reported. 0: every conversation is a new user.
    /// </summary>
    [Range(0, 400)]
    public int BrowserUserDays { get; set; } = 90;

    public RateLimitOptions RateLimit { get; set; } = new();

    public sealed class RateLimitOptions
    {
        /// <summary>Anonymous conversation starts per client address per minute.</summary>
        [Range(1, int.MaxValue)]
        public int StartsPerMinute { get; set; } = 30;

        /// <summary>Activities and uploads per client address per minute.</summary>
        [Range(1, int.MaxValue)]
        public int MessagesPerMinute { get; set; } = 600;
    }
}
