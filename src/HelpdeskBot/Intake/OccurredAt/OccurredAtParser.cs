namespace HelpdeskBot.Intake.OccurredAt;

/// <summary>When a problem happened: in the user's own offset, in UTC, and whether the answer was vague.</summary>
public sealed record OccurredTime(DateTimeOffset Local, DateTimeOffset Utc, bool IsApproximate);

/// <summary>
/// Reads the answer to "when did it happen?" in English or Bahasa Indonesia, relative ("2 jam yang
/// lalu", "yesterday at 3pm") or absolute ("28/11/2026 15:00", ISO 8601), also inside a longer answer.
/// </summary>
/// <remarks>
/// <para>Dates are day-first (28/11/2026), as both languages write them. A time without a date is
/// today, or yesterday when it is more than an hour ahead of now ("at 10.15 pm" said at 3 pm); a date without a time ("yesterday", "28 Nov 2026", "last Monday") stands for midday of that
/// day, so its UTC rendering stays on the same calendar date for every offset from −12 to +12. A part
/// of the day without a clock time ("this morning", "tadi sore") stands for a representative hour.
/// Both are marked <see cref="OccurredTime.IsApproximate"/> and never lie in the future: on the current
/// day they are clamped to now. An hour without am/pm or a part of the day is read on the 24-hour clock.</para>
/// <para>Days and longer spans ("3 days ago", "kemarin") count calendar days in the user's time zone,
/// so the time of day survives a daylight-saving change; minutes and hours count elapsed time.</para>
/// <para>Nothing depends on the machine's culture, and the work is linear in the length of the text.</para>
/// </remarks>
public static class OccurredAtParser
{
    /// <summary>Clocks of users and servers drift; a time this little ahead of now is not "in the future".</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    private static readonly TimeOnly Midday = new(12, 0);

    /// <summary>Before this hour, a part of the day still ahead ("tadi pagi", "this evening") is the day before's.</summary>
    private const int SmallHoursEnd = 5;

    /// <summary>A clock time with no day this far ahead of now is yesterday's.</summary>
    private static readonly TimeSpan BareClockRollback = TimeSpan.FromHours(1);

    public static bool IsInFuture(OccurredTime at, DateTimeOffset utcNow)
    {
        ArgumentNullException.ThrowIfNull(at);
        return at.Utc > utcNow + FutureTolerance;
    }

    /// <param name="text">The user's answer.</param>
    /// <param name="userNow">The current instant in the user's own offset (the activity's localTimestamp).</param>
    /// <param name="zone">
    /// The user's IANA time zone if known (the activity's localTimezone), for the offsets of other days
    /// across daylight-saving changes; without it every day is read at <paramref name="userNow"/>'s offset.
    /// </param>
    /// <returns>The moment, or null when the text says no time this parser understands.</returns>
    /// <param name="monthFirst">Numeric dates without a year first are month-first ("12/05" is 5 December).</param>
    /// <summary>What the user says they mean: "it's past midnight here, I mean yesterday 10am" is yesterday at ten.</summary>
    private static readonly string[] Meaning = ["i mean", "i meant", "maksudnya", "maksud saya", "maksud sy", "maksudku", "maksud aku", "ralat:", "correction:"];

    private static string Meant(string text)
    {
        var cut = -1;
        foreach (var marker in Meaning)
        {
            var at = text.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at + marker.Length > cut && (at == 0 || !char.IsLetter(text[at - 1]))) cut = at + marker.Length;
        }

        return cut > 0 && text.AsSpan(cut).Trim().Length > 2 ? text[cut..] : text;
    }

    public static OccurredTime? Parse(string text, DateTimeOffset userNow, TimeZoneInfo? zone = null, bool monthFirst = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = OccurredAtTokenizer.Tokenize(Meant(text));
        if (tokens.Count == 0)
        {
            return null;
        }

        var reading = OccurredAtReading.Read(tokens, monthFirst);
        if (reading.Invalid)
        {
            return null;
        }

        try
        {
            return Resolve(reading, userNow, zone);
        }
        catch (ArgumentOutOfRangeException)
        {
            // "100000 years ago" and the like fall outside what DateTimeOffset can hold.
            return null;
        }
    }

    private static OccurredTime? Resolve(OccurredAtReading r, DateTimeOffset userNow, TimeZoneInfo? zone)
    {
        var localNow = zone is null ? userNow : TimeZoneInfo.ConvertTime(userNow, zone);
        var today = DateOnly.FromDateTime(localNow.DateTime);

        OccurredTime At(DateTimeOffset instant, bool approximate) => new(
            zone is null ? instant.ToOffset(userNow.Offset) : TimeZoneInfo.ConvertTime(instant, zone),
            instant.ToUniversalTime(),
            approximate);

        if (r.Instant is { } exact)
        {
            return At(exact, false);
        }

        if (r.Ago is { } ago)
        {
            return At(userNow - ago, r.Vague);
        }

        DateOnly date;
        if (r.HasDate)
        {
            if (DateOf(r.Year, r.Month!.Value, r.Day!.Value, today) is not { } absolute)
            {
                return null;
            }

            date = absolute;
        }
        else if (r.DayOfMonth is { } dayOfMonth)
        {
            date = LatestDayOfMonth(dayOfMonth, today);
        }
        else if (r.Weekday is { } weekday)
        {
            date = WeekdayDate(weekday, r.WeekdayDirection, today);
        }
        else if (r.TadiMalam)
        {
            // "tadi malam" is earlier tonight once night has fallen, and last night before that.
            date = localNow.Hour >= 18 ? today : today.AddDays(-1);
        }
        else if (r.DayOffset is not null || r.MonthOffset is not null)
        {
            date = today.AddMonths(r.MonthOffset ?? 0).AddDays(r.DayOffset ?? 0);
        }
        else if (r.Clock is { } bare && r.Part is null)
        {
            // "paid at 10.15 pm", said at three in the afternoon: people report what has happened, so a clock time well
            // ahead of now, with no day, is the last one that passed. A few minutes ahead is a clock that drifts.
            var ahead = FromWallClock(today.ToDateTime(bare), zone, userNow.Offset) - userNow;
            date = ahead > BareClockRollback ? today.AddDays(-1) : today;
        }
        else if (r.Clock is not null || r.Part is not null)
        {
            date = today;
        }
        else if (r.Now != NowKind.None)
        {
            return At(userNow, r.Now == NowKind.Approximate);
        }
        else
        {
            return null;
        }

        var approximate = r.Vague;
        var clampToNow = false;
        TimeOnly time;
        if (r.Clock is { } clock)
        {
            time = r.Part is { } part && !r.ClockHasMeridiem
                ? clock.Add(TimeSpan.FromHours(OccurredAtWords.HourIn(part, clock.Hour) - clock.Hour))
                : clock;
        }
        else if (r.Part is { } part)
        {
            time = OccurredAtWords.Representative(part);
            approximate = clampToNow = true;
        }
        else if (r.TimeFromNow)
        {
            time = TimeOnly.FromDateTime(localNow.DateTime);
            approximate = true;
        }
        else
        {
            time = Midday;
            approximate = clampToNow = true;
        }

        var wallClock = date.ToDateTime(time);
        var instant = r.Offset is { } offset
            ? new DateTimeOffset(wallClock, offset)
            : FromWallClock(wallClock, zone, userNow.Offset);
        // Up past midnight, "tadi pagi jam 9" or "this afternoon" is the day that has not ended for the user: yesterday's.
        if (date == today && r.Part is not null && !r.HasDate && r.Weekday is null && r.DayOfMonth is null && r.Offset is null
            && localNow.Hour < SmallHoursEnd && instant > userNow + FutureTolerance)
        {
            date = today.AddDays(-1);
            instant = FromWallClock(date.ToDateTime(time), zone, userNow.Offset);
        }
        // Only today's stand-in times are clamped: "tomorrow" must stay in the future for the caller to refuse.
        if (clampToNow && date == today && instant > userNow)
        {
            instant = userNow;
        }

        return At(instant, approximate);
    }

    /// <summary>"tgl 28" on 4 December is 28 November; "tgl 3" is 3 December; "tgl 31" reaches back to the last month that has one.</summary>
    private static DateOnly LatestDayOfMonth(int day, DateOnly today)
    {
        for (var month = new DateOnly(today.Year, today.Month, 1); ; month = month.AddMonths(-1))
        {
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, day) is var date && date <= today)
            {
                return date;
            }
        }
    }

    /// <summary>A date without a year is the latest such date not after today ("28 Dec" in November is last year's).</summary>
    private static DateOnly? DateOf(int? year, int month, int day, DateOnly today)
    {
        if (year is { } y)
        {
            return day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
        }

        // Eight years back always reaches a leap year, for 29 February.
        for (var candidate = today.Year; candidate >= today.Year - 8; candidate--)
        {
            if (day <= DateTime.DaysInMonth(candidate, month) && new DateOnly(candidate, month, day) is var date && date <= today)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly WeekdayDate(DayOfWeek weekday, int direction, DateOnly today)
    {
        if (direction > 0)
        {
            var ahead = ((int)weekday - (int)today.DayOfWeek + 7) % 7;
            return today.AddDays(ahead == 0 ? 7 : ahead);
        }

        var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
        return today.AddDays(-(back == 0 && direction < 0 ? 7 : back));
    }

    /// <summary>
    /// The instant a wall-clock time in the user's zone stands for. A time skipped by a spring-forward
    /// change (02:30 when clocks jump from 02:00 to 03:00) is read with the offset in force before the
    /// gap, so it lands just after the gap (03:30); a repeated time takes the zone's standard offset.
    /// Both are TimeZoneInfo.GetUtcOffset's documented rules for invalid and ambiguous times.
    /// </summary>
    private static DateTimeOffset FromWallClock(DateTime wallClock, TimeZoneInfo? zone, TimeSpan fallbackOffset) =>
        zone is null
            ? new DateTimeOffset(wallClock, fallbackOffset)
            : new DateTimeOffset(wallClock, zone.GetUtcOffset(wallClock));
}
