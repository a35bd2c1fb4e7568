using HelpdeskBot.Activities;
using HelpdeskBot.Intake.Extraction;
using HelpdeskBot.Turns;
using Microsoft.Extensions.Options;

namespace HelpdeskBot.Intake;

/// <summary>
/// The user's "now" and time zone, from the activity (its <c>localTimezone</c>, else the zone of a Teams <c>clientInfo</c>
/// entity, else the offset of its <c>localTimestamp</c>, else the configured default for the language they write, else
/// the configured default), and the context free text is read in.
/// </summary>
public sealed class UserClock(TimeProvider clock, IOptions<IntakeOptions> options)
{
    private readonly ServiceNames services = new(options.Value.Services is { Count: > 0 } configured ? configured : IntakeOptions.DefaultServices);

    public ServiceNames Services => services;

    public DateTimeOffset UtcNow => clock.GetUtcNow();

    public (DateTimeOffset UserNow, TimeZoneInfo? Zone) Of(Activity activity, string? language = null)
    {
        var zone = activity.SenderTimeZone() ?? (activity.LocalTimestamp is null ? FindZone(DefaultZone(language)) : null);
        var utcNow = clock.GetUtcNow();
        var offset = zone?.GetUtcOffset(utcNow) ?? activity.LocalTimestamp?.Offset ?? TimeSpan.Zero;
        return (utcNow.ToOffset(offset), zone);
    }

    public ReadingContext ReadingContext(TurnContext turn)
    {
        var (now, zone) = Of(turn.Activity, turn.Language);
        return new ReadingContext(now, zone, services, MonthFirst(turn));
    }

    /// <summary>
    /// "12/05" is 5 December to someone writing English from a US (or Philippine) locale, and 12 May to everyone else —
    /// including the many who write Indonesian from a browser that says en-US.
    /// </summary>
    public static bool MonthFirst(TurnContext turn) =>
        turn.Language == Resources.Localizer.English
        && turn.Activity.Locale is { } locale && (locale.Equals("en-US", StringComparison.OrdinalIgnoreCase) || locale.Equals("en-PH", StringComparison.OrdinalIgnoreCase));

    private string DefaultZone(string? language) =>
        language is not null && options.Value.TimeZoneByLanguage.TryGetValue(language, out var zone) ? zone : options.Value.DefaultTimeZone;

    private static TimeZoneInfo? FindZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }
}
