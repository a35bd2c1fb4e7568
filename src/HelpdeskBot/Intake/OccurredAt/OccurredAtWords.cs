using System.Collections.Frozen;

namespace HelpdeskBot.Intake.OccurredAt;

/// <summary>Parts of the day. Each language's own words keep their own hour rules.</summary>
internal enum DayPart
{
    Morning,
    Afternoon,
    Evening,
    Night,
    Pagi,
    Siang,
    Sore,
    Malam,
    Subuh,
    DiniHari,
}

internal enum TimeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// <summary>The English and Indonesian words <see cref="OccurredAtParser"/> knows, lower-case.</summary>
internal static class OccurredAtWords
{
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["january"] = 1, ["jan"] = 1, ["januari"] = 1,
        ["february"] = 2, ["feb"] = 2, ["februari"] = 2, ["pebruari"] = 2,
        ["march"] = 3, ["mar"] = 3, ["maret"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["mei"] = 5,
        ["june"] = 6, ["jun"] = 6, ["juni"] = 6,
        ["july"] = 7, ["jul"] = 7, ["juli"] = 7,
        ["august"] = 8, ["aug"] = 8, ["agustus"] = 8, ["agu"] = 8, ["agt"] = 8, ["ags"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["october"] = 10, ["oct"] = 10, ["oktober"] = 10, ["okt"] = 10,
        ["november"] = 11, ["nov"] = 11, ["nop"] = 11,
        ["december"] = 12, ["dec"] = 12, ["desember"] = 12, ["des"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Month names that are also everyday English words ("it may have…"): they need more evidence.</summary>
    public static readonly FrozenSet<string> AmbiguousMonths = FrozenSet.ToFrozenSet(["may", "march", "mar"], StringComparer.Ordinal);

    /// <summary>Weekday names understood anywhere. "minggu" (Sunday, but also "week") is handled apart.</summary>
    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>
    {
        ["monday"] = DayOfWeek.Monday, ["senin"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["selasa"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["rabu"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["kamis"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["jumat"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sabtu"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["ahad"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Short weekday names that are also words ("sat", "sun"): only after "on", "last" and the like.</summary>
    public static readonly FrozenDictionary<string, DayOfWeek> ShortWeekdays = new Dictionary<string, DayOfWeek>
    {
        ["mon"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday,
        ["sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenSet<string> WeekdayPrefixes =
        FrozenSet.ToFrozenSet(["on", "last", "past", "previous", "this", "next"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> LastWords = FrozenSet.ToFrozenSet(["last", "past", "previous"], StringComparer.Ordinal);

    /// <summary>Indonesian "lalu"/"kemarin" after a weekday or week mean "last", not "yesterday".</summary>
    public static readonly FrozenSet<string> LaluWords =
        FrozenSet.ToFrozenSet(["lalu", "kemarin", "kemaren", "kmrn", "kmarin", "kmaren", "kmrin"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Yesterday =
        // Fourteenth writer: Javanese "wingi" and Sundanese "kamari" ("wingi bengi", "kamari sonten").
        FrozenSet.ToFrozenSet(["yesterday", "yday", "yest", "kemarin", "kemaren", "kmrn", "kmarin", "kmaren", "kmrin", "kmren", "wingi", "kamari"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Tadi = FrozenSet.ToFrozenSet(["tadi", "td", "tdi"], StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, DayPart> DayParts = new Dictionary<string, DayPart>
    {
        ["morning"] = DayPart.Morning,
        ["afternoon"] = DayPart.Afternoon,
        ["evening"] = DayPart.Evening,
        ["night"] = DayPart.Night,
        ["pagi"] = DayPart.Pagi,
        ["siang"] = DayPart.Siang,
        ["sore"] = DayPart.Sore,
        ["malam"] = DayPart.Malam,
        ["malem"] = DayPart.Malam,
        ["mlm"] = DayPart.Malam,
        ["subuh"] = DayPart.Subuh,
        // Javanese and Sundanese parts of the day.
        ["bengi"] = DayPart.Malam,
        ["wengi"] = DayPart.Malam,
        ["sonten"] = DayPart.Sore,
        ["enjing"] = DayPart.Pagi,
        ["isuk"] = DayPart.Pagi,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words after which a bare number is an hour: "at 3", "jam 10", "pukul 14.30".</summary>
    public static readonly FrozenSet<string> HourMarkers =
        FrozenSet.ToFrozenSet(["at", "around", "jam", "pukul", "pkl", "sekitar"], StringComparer.Ordinal);

    /// <summary>Words after which a dotted "14.30" is a time of day rather than, say, a version number.</summary>
    public static readonly FrozenSet<string> DayWords = FrozenSet.ToFrozenSet(
        ["today", "yesterday", "tomorrow", "tonight", "ini", "tadi", "td", "tdi", "kemarin", "kemaren", "kmrn",
         "kmarin", "kmaren", "kmrin", "besok", "lusa", "semalam", "semalem", "smlm", "on", "pada", "sejak", "since"],
        StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, TimeSpan> Zones = new Dictionary<string, TimeSpan>
    {
        ["utc"] = TimeSpan.Zero,
        ["gmt"] = TimeSpan.Zero,
        ["z"] = TimeSpan.Zero,
        ["wib"] = TimeSpan.FromHours(7),
        ["wita"] = TimeSpan.FromHours(8),
        ["wit"] = TimeSpan.FromHours(9),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, TimeUnit> Units = new Dictionary<string, TimeUnit>
    {
        ["second"] = TimeUnit.Second, ["seconds"] = TimeUnit.Second, ["sec"] = TimeUnit.Second,
        ["secs"] = TimeUnit.Second, ["detik"] = TimeUnit.Second, ["dtk"] = TimeUnit.Second,
        ["minute"] = TimeUnit.Minute, ["minutes"] = TimeUnit.Minute, ["min"] = TimeUnit.Minute,
        ["mins"] = TimeUnit.Minute, ["m"] = TimeUnit.Minute, ["menit"] = TimeUnit.Minute, ["mnt"] = TimeUnit.Minute,
        ["hour"] = TimeUnit.Hour, ["hours"] = TimeUnit.Hour, ["hr"] = TimeUnit.Hour, ["hrs"] = TimeUnit.Hour,
        ["h"] = TimeUnit.Hour, ["jam"] = TimeUnit.Hour,
        ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day, ["d"] = TimeUnit.Day, ["hari"] = TimeUnit.Day,
        ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week, ["wk"] = TimeUnit.Week, ["wks"] = TimeUnit.Week,
        ["minggu"] = TimeUnit.Week, ["mgg"] = TimeUnit.Week, ["pekan"] = TimeUnit.Week,
        ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month, ["bulan"] = TimeUnit.Month, ["bln"] = TimeUnit.Month,
        ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year, ["yr"] = TimeUnit.Year, ["yrs"] = TimeUnit.Year,
        ["tahun"] = TimeUnit.Year, ["thn"] = TimeUnit.Year, ["th"] = TimeUnit.Year,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Indonesian "se-" words that carry their own "one": "sejam yang lalu" = an hour ago.</summary>
    public static readonly FrozenDictionary<string, TimeUnit> OneUnitWords = new Dictionary<string, TimeUnit>
    {
        ["sedetik"] = TimeUnit.Second,
        ["semenit"] = TimeUnit.Minute,
        ["sejam"] = TimeUnit.Hour,
        ["sehari"] = TimeUnit.Day,
        ["seminggu"] = TimeUnit.Week,
        ["sepekan"] = TimeUnit.Week,
        ["sebulan"] = TimeUnit.Month,
        ["setahun"] = TimeUnit.Year,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15,
        ["satu"] = 1, ["dua"] = 2, ["tiga"] = 3, ["empat"] = 4, ["lima"] = 5, ["enam"] = 6, ["tujuh"] = 7,
        ["delapan"] = 8, ["sembilan"] = 9, ["sepuluh"] = 10, ["sebelas"] = 11,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>English tens, which may be followed by a unit word: "forty five".</summary>
    public static readonly FrozenDictionary<string, int> TensWords = new Dictionary<string, int>
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenSet<string> OrdinalSuffixes = FrozenSet.ToFrozenSet(["st", "nd", "rd", "th"], StringComparer.Ordinal);

    public static TimeOnly Representative(DayPart part) => part switch
    {
        DayPart.Subuh => new TimeOnly(5, 0),
        DayPart.DiniHari => new TimeOnly(2, 0),
        DayPart.Morning or DayPart.Pagi => new TimeOnly(9, 0),
        DayPart.Siang => new TimeOnly(12, 0),
        DayPart.Afternoon => new TimeOnly(15, 0),
        DayPart.Sore => new TimeOnly(16, 0),
        DayPart.Evening => new TimeOnly(19, 0),
        DayPart.Night or DayPart.Malam => new TimeOnly(20, 0),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    /// <summary>
    /// The 24-hour hour for an hour said with a part of the day and no am/pm: "3 sore" is 15,
    /// "1 siang" 13, "8 malam" 20, "12 malam" 0, "1 malam" 1 (the small hours), "10 pagi" 10.
    /// Hours already past 12 were written on a 24-hour clock and stay as they are.
    /// </summary>
    public static int HourIn(DayPart part, int hour)
    {
        if (hour > 12)
        {
            return hour;
        }

        return part switch
        {
            DayPart.Morning or DayPart.Pagi or DayPart.Subuh or DayPart.DiniHari => hour,
            DayPart.Siang => hour is >= 1 and <= 6 ? hour + 12 : hour,
            DayPart.Afternoon or DayPart.Sore or DayPart.Evening => hour is >= 1 and <= 11 ? hour + 12 : hour,
            DayPart.Night or DayPart.Malam => hour == 12 ? 0 : hour is >= 6 and <= 11 ? hour + 12 : hour,
            _ => hour,
        };
    }
}
