using System.Globalization;
using HelpdeskBot.Intake.OccurredAt;

namespace HelpdeskBot.Tests.Intake;

public class OccurredAtParserTests
{
    // Sunday 29 November 2026, 16:00 in Jakarta.
    private static readonly DateTimeOffset Now = Iso("2026-11-29T16:00:00+07:00");

    [Theory]
    // English: now and relative spans
    [InlineData("just now", "2026-11-29T16:00:00+07:00", true)]
    [InlineData("now", "2026-11-29T16:00:00+07:00", false)]
    [InlineData("right now", "2026-11-29T16:00:00+07:00", false)]
    [InlineData("a moment ago", "2026-11-29T16:00:00+07:00", true)]
    [InlineData("2 hours ago", "2026-11-29T14:00:00+07:00", false)]
    [InlineData("30 minutes ago", "2026-11-29T15:30:00+07:00", false)]
    [InlineData("an hour ago", "2026-11-29T15:00:00+07:00", false)]
    [InlineData("about an hour ago", "2026-11-29T15:00:00+07:00", false)]
    [InlineData("half an hour ago", "2026-11-29T15:30:00+07:00", false)]
    [InlineData("two hours ago", "2026-11-29T14:00:00+07:00", false)]
    [InlineData("forty five minutes ago", "2026-11-29T15:15:00+07:00", false)]
    [InlineData("a few minutes ago", "2026-11-29T15:57:00+07:00", true)]
    [InlineData("5 mins ago", "2026-11-29T15:55:00+07:00", false)]
    [InlineData("2h ago", "2026-11-29T14:00:00+07:00", false)]
    [InlineData("1.5 hours ago", "2026-11-29T14:30:00+07:00", false)]
    [InlineData("2-3 hours ago", "2026-11-29T13:30:00+07:00", true)]
    [InlineData("3 days ago", "2026-11-26T16:00:00+07:00", true)]
    [InlineData("2 days ago at 3pm", "2026-11-27T15:00:00+07:00", false)]
    [InlineData("a week ago", "2026-11-22T16:00:00+07:00", true)]
    [InlineData("last week", "2026-11-22T16:00:00+07:00", true)]
    [InlineData("2 months ago", "2026-09-29T16:00:00+07:00", true)]
    // English: days, times, parts of the day
    [InlineData("today 14:30", "2026-11-29T14:30:00+07:00", false)]
    [InlineData("today at 2:30 pm", "2026-11-29T14:30:00+07:00", false)]
    [InlineData("today at 2:30 p.m.", "2026-11-29T14:30:00+07:00", false)]
    [InlineData("today", "2026-11-29T12:00:00+07:00", true)]
    [InlineData("yesterday", "2026-11-28T12:00:00+07:00", true)]
    [InlineData("yesterday at 3pm", "2026-11-28T15:00:00+07:00", false)]
    [InlineData("it happened yesterday at 3pm I think", "2026-11-28T15:00:00+07:00", false)]
    [InlineData("Yesterday, around 10:15 AM.", "2026-11-28T10:15:00+07:00", false)]
    [InlineData("yesterday at 3 in the afternoon", "2026-11-28T15:00:00+07:00", false)]
    [InlineData("yesterday at 3 o'clock", "2026-11-28T03:00:00+07:00", false)]
    [InlineData("yesterday at noon", "2026-11-28T12:00:00+07:00", false)]
    [InlineData("the day before yesterday", "2026-11-27T12:00:00+07:00", true)]
    [InlineData("yesterday morning", "2026-11-28T09:00:00+07:00", true)]
    [InlineData("this morning", "2026-11-29T09:00:00+07:00", true)]
    [InlineData("this morning at 9:45", "2026-11-29T09:45:00+07:00", false)]
    [InlineData("it has been down since 8 this morning", "2026-11-29T08:00:00+07:00", false)]
    [InlineData("this afternoon", "2026-11-29T15:00:00+07:00", true)]
    [InlineData("this evening", "2026-11-29T16:00:00+07:00", true)] // 19:00 would be in the future: now
    [InlineData("tonight", "2026-11-29T16:00:00+07:00", true)]
    [InlineData("last night", "2026-11-28T20:00:00+07:00", true)]
    [InlineData("last night at 11", "2026-11-28T23:00:00+07:00", false)]
    [InlineData("last Monday", "2026-11-23T12:00:00+07:00", true)]
    [InlineData("on Monday", "2026-11-23T12:00:00+07:00", true)]
    [InlineData("on Sunday", "2026-11-29T12:00:00+07:00", true)] // today is Sunday
    [InlineData("last Sunday", "2026-11-22T12:00:00+07:00", true)]
    [InlineData("last fri at 9am", "2026-11-27T09:00:00+07:00", false)]
    [InlineData("Monday morning", "2026-11-23T09:00:00+07:00", true)]
    [InlineData("15:00", "2026-11-29T15:00:00+07:00", false)]
    [InlineData("at 9:05:30", "2026-11-29T09:05:30+07:00", false)]
    [InlineData("3pm", "2026-11-29T15:00:00+07:00", false)]
    // A clock time well ahead of now (16:00) with no day is the last one that passed: yesterday's.
    [InlineData("10.15 pm", "2026-11-28T22:15:00+07:00", false)]
    [InlineData("at 22:15", "2026-11-28T22:15:00+07:00", false)]
    [InlineData("12am", "2026-11-29T00:00:00+07:00", false)]
    [InlineData("12pm", "2026-11-29T12:00:00+07:00", false)]
    // English: absolute dates (day first)
    [InlineData("28/11/2026 15:00", "2026-11-28T15:00:00+07:00", false)]
    [InlineData("28-11-2026", "2026-11-28T12:00:00+07:00", true)]
    [InlineData("28.11.2026 09:30", "2026-11-28T09:30:00+07:00", false)]
    [InlineData("28/11/26", "2026-11-28T12:00:00+07:00", true)]
    [InlineData("3/11", "2026-11-03T12:00:00+07:00", true)]
    [InlineData("28/12", "2025-12-28T12:00:00+07:00", true)] // yearless dates are never in the future
    [InlineData("28 Nov 2026 3pm", "2026-11-28T15:00:00+07:00", false)]
    [InlineData("November 28 at 10am", "2026-11-28T10:00:00+07:00", false)]
    [InlineData("Nov 28th, 2026 at 10:30pm", "2026-11-28T22:30:00+07:00", false)]
    [InlineData("on the 3rd of November", "2026-11-03T12:00:00+07:00", true)]
    [InlineData("28-Nov-2026", "2026-11-28T12:00:00+07:00", true)]
    [InlineData("since 5 May 2026", "2026-05-05T12:00:00+07:00", true)]
    [InlineData("2026-11-28", "2026-11-28T12:00:00+07:00", true)]
    [InlineData("2026-11-28 15:00", "2026-11-28T15:00:00+07:00", false)]
    // ISO 8601: an offset is honoured; Local is the same instant in the user's offset
    [InlineData("2026-11-28T15:00:00Z", "2026-11-28T22:00:00+07:00", false)]
    [InlineData("2026-11-28T15:00:00+09:00", "2026-11-28T13:00:00+07:00", false)]
    [InlineData("2026-11-28T15:00:00.250-05:00", "2026-11-29T03:00:00.250+07:00", false)]
    [InlineData("2026-11-28T15:00", "2026-11-28T15:00:00+07:00", false)]
    [InlineData("at 2026-11-28T08:00:00Z.", "2026-11-28T15:00:00+07:00", false)]
    [InlineData("15:00 UTC", "2026-11-29T22:00:00+07:00", false)]
    [InlineData("10:00 GMT+2", "2026-11-29T15:00:00+07:00", false)]
    [InlineData("15:00+09:00", "2026-11-29T13:00:00+07:00", false)]
    // Indonesian: now and relative spans
    [InlineData("tadi", "2026-11-29T16:00:00+07:00", true)]
    [InlineData("barusan", "2026-11-29T16:00:00+07:00", true)]
    [InlineData("baru saja", "2026-11-29T16:00:00+07:00", true)]
    [InlineData("sekarang", "2026-11-29T16:00:00+07:00", false)]
    [InlineData("2 jam yang lalu", "2026-11-29T14:00:00+07:00", false)]
    [InlineData("2 jam yg lalu", "2026-11-29T14:00:00+07:00", false)]
    [InlineData("30 menit lalu", "2026-11-29T15:30:00+07:00", false)]
    [InlineData("sejam yang lalu", "2026-11-29T15:00:00+07:00", false)]
    [InlineData("setengah jam yang lalu", "2026-11-29T15:30:00+07:00", false)]
    [InlineData("dua puluh menit yang lalu", "2026-11-29T15:40:00+07:00", false)]
    [InlineData("lima belas menit lalu", "2026-11-29T15:45:00+07:00", false)]
    [InlineData("beberapa menit yang lalu", "2026-11-29T15:57:00+07:00", true)]
    [InlineData("3 hari yang lalu", "2026-11-26T16:00:00+07:00", true)]
    [InlineData("seminggu yang lalu", "2026-11-22T16:00:00+07:00", true)]
    [InlineData("minggu lalu", "2026-11-22T16:00:00+07:00", true)]
    // Indonesian: days, times, parts of the day
    [InlineData("tadi pagi", "2026-11-29T09:00:00+07:00", true)]
    [InlineData("tadi siang", "2026-11-29T12:00:00+07:00", true)]
    [InlineData("tadi sore", "2026-11-29T16:00:00+07:00", true)]
    [InlineData("tadi malam", "2026-11-28T20:00:00+07:00", true)] // before nightfall: last night
    [InlineData("kemarin", "2026-11-28T12:00:00+07:00", true)]
    [InlineData("kmrn", "2026-11-28T12:00:00+07:00", true)]
    [InlineData("kemarin lusa", "2026-11-27T12:00:00+07:00", true)]
    [InlineData("kemarin jam 3 sore", "2026-11-28T15:00:00+07:00", false)]
    [InlineData("kayaknya kemarin jam 3 sore deh", "2026-11-28T15:00:00+07:00", false)]
    [InlineData("kemarin malam", "2026-11-28T20:00:00+07:00", true)]
    [InlineData("kemarin sore sekitar jam 4", "2026-11-28T16:00:00+07:00", false)]
    [InlineData("semalam", "2026-11-28T20:00:00+07:00", true)]
    [InlineData("hari ini jam 10", "2026-11-29T10:00:00+07:00", false)]
    [InlineData("hari ini 14.30", "2026-11-29T14:30:00+07:00", false)]
    [InlineData("jam 10 pagi", "2026-11-29T10:00:00+07:00", false)]
    [InlineData("kemarin sekitar 9 pagi", "2026-11-28T09:00:00+07:00", false)]
    [InlineData("pukul 14.30", "2026-11-29T14:30:00+07:00", false)]
    [InlineData("pkl. 14.30 WIB", "2026-11-29T14:30:00+07:00", false)]
    [InlineData("pukul 10.00 WITA", "2026-11-29T09:00:00+07:00", false)]
    [InlineData("14.30", "2026-11-29T14:30:00+07:00", false)]
    [InlineData("jam 11 siang", "2026-11-29T11:00:00+07:00", false)]
    [InlineData("jam 1 siang", "2026-11-29T13:00:00+07:00", false)]
    [InlineData("jam 3 sore", "2026-11-29T15:00:00+07:00", false)]
    [InlineData("kemarin jam 8 malam", "2026-11-28T20:00:00+07:00", false)]
    [InlineData("kemarin jam 12 malam", "2026-11-28T00:00:00+07:00", false)]
    [InlineData("kemarin jam 1 malam", "2026-11-28T01:00:00+07:00", false)]
    [InlineData("kemarin tengah malam", "2026-11-28T00:00:00+07:00", false)]
    [InlineData("kemarin subuh", "2026-11-28T05:00:00+07:00", true)]
    [InlineData("Senin lalu", "2026-11-23T12:00:00+07:00", true)]
    [InlineData("hari Senin kemarin", "2026-11-23T12:00:00+07:00", true)]
    [InlineData("Jum'at lalu jam 9 pagi", "2026-11-27T09:00:00+07:00", false)]
    [InlineData("hari Minggu lalu", "2026-11-22T12:00:00+07:00", true)]
    [InlineData("28/11/2026 jam 15.00", "2026-11-28T15:00:00+07:00", false)]
    [InlineData("28 November 2026", "2026-11-28T12:00:00+07:00", true)]
    [InlineData("tanggal 28 Nov jam 15.00", "2026-11-28T15:00:00+07:00", false)]
    // Indonesian month names, full and short
    [InlineData("5 Januari 2026", "2026-01-05T12:00:00+07:00", true)]
    [InlineData("5 Jan 2026", "2026-01-05T12:00:00+07:00", true)]
    [InlineData("10 Februari 2026", "2026-02-10T12:00:00+07:00", true)]
    [InlineData("10 Feb 2026", "2026-02-10T12:00:00+07:00", true)]
    [InlineData("3 Maret 2026", "2026-03-03T12:00:00+07:00", true)]
    [InlineData("3 Mar 2026", "2026-03-03T12:00:00+07:00", true)]
    [InlineData("4 April 2026", "2026-04-04T12:00:00+07:00", true)]
    [InlineData("4 Apr 2026", "2026-04-04T12:00:00+07:00", true)]
    [InlineData("1 Mei 2026", "2026-05-01T12:00:00+07:00", true)]
    [InlineData("2 Juni 2026", "2026-06-02T12:00:00+07:00", true)]
    [InlineData("2 Jun 2026", "2026-06-02T12:00:00+07:00", true)]
    [InlineData("17 Juli 2026", "2026-07-17T12:00:00+07:00", true)]
    [InlineData("17 Jul 2026", "2026-07-17T12:00:00+07:00", true)]
    [InlineData("17 Agustus 2026", "2026-08-17T12:00:00+07:00", true)]
    [InlineData("17 Agu 2026", "2026-08-17T12:00:00+07:00", true)]
    [InlineData("17 Agt 2026", "2026-08-17T12:00:00+07:00", true)]
    [InlineData("17 Ags 2026", "2026-08-17T12:00:00+07:00", true)]
    [InlineData("9 September 2026", "2026-09-09T12:00:00+07:00", true)]
    [InlineData("9 Sep 2026", "2026-09-09T12:00:00+07:00", true)]
    [InlineData("28 Oktober 2026", "2026-10-28T12:00:00+07:00", true)]
    [InlineData("28 Okt 2026", "2026-10-28T12:00:00+07:00", true)]
    [InlineData("11 Nov 2026", "2026-11-11T12:00:00+07:00", true)]
    [InlineData("25 Desember 2025", "2025-12-25T12:00:00+07:00", true)]
    [InlineData("25 Des 2025", "2025-12-25T12:00:00+07:00", true)]
    public void Reads_the_phrase(string text, string expectedLocal, bool approximate)
    {
        var expected = Iso(expectedLocal);

        var at = OccurredAtParser.Parse(text, Now);

        Assert.NotNull(at);
        Assert.Equal(expected, at.Local);
        Assert.Equal(expected.Offset, at.Local.Offset);
        Assert.Equal(expected.UtcDateTime, at.Utc.UtcDateTime);
        Assert.Equal(TimeSpan.Zero, at.Utc.Offset);
        Assert.Equal(approximate, at.IsApproximate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("banana")]
    [InlineData("asap")]
    [InlineData("I don't know")]
    [InlineData("tidak tahu")]
    [InlineData("it's broken")]
    [InlineData("version 2.14 keeps crashing")]
    [InlineData("error 500")]
    [InlineData("it may 3 times crash")]
    [InlineData("31/02/2026")]
    [InlineData("25:00")]
    [InlineData("13/13/2026")]
    [InlineData("100001 years ago")]
    public void Does_not_read_a_time_into_nonsense(string text)
    {
        Assert.Null(OccurredAtParser.Parse(text, Now));
    }

    [Theory]
    [InlineData("this morning", "2026-11-29T08:00:00+07:00")]
    [InlineData("tadi siang", "2026-11-29T08:00:00+07:00")]
    [InlineData("today", "2026-11-29T08:00:00+07:00")]
    [InlineData("tadi pagi", "2026-11-29T08:00:00+07:00")] // 09:00 is still ahead at 08:00
    [InlineData("yesterday evening", "2026-11-28T19:00:00+07:00")]
    public void A_representative_time_is_never_in_the_future(string text, string expectedLocal)
    {
        var at = OccurredAtParser.Parse(text, Iso("2026-11-29T08:00:00+07:00"));

        Assert.NotNull(at);
        Assert.Equal(Iso(expectedLocal), at.Local);
        Assert.True(at.IsApproximate);
    }

    [Fact]
    public void Tadi_malam_after_nightfall_is_earlier_tonight()
    {
        var at = OccurredAtParser.Parse("tadi malam", Iso("2026-11-29T23:00:00+07:00"));

        Assert.NotNull(at);
        Assert.Equal(Iso("2026-11-29T20:00:00+07:00"), at.Local);
    }

    [Theory]
    // Up past midnight (00:50), the morning or evening just spoken of is the day that has not ended for the user.
    [InlineData("td pagi jam 9an", "2026-11-28T09:00:00+07:00")]
    [InlineData("this morning around 8", "2026-11-28T08:00:00+07:00")]
    [InlineData("this evening", "2026-11-28T19:00:00+07:00")]
    [InlineData("tadi sore", "2026-11-28T16:00:00+07:00")]
    [InlineData("30 minutes ago", "2026-11-29T00:20:00+07:00")]
    [InlineData("today at 00:30", "2026-11-29T00:30:00+07:00")]
    // What they say they mean wins over what they said first (fourth trial).
    [InlineData("oh wait it's past midnight here, I mean yesterday 10am", "2026-11-28T10:00:00+07:00")]
    [InlineData("oh iya udh lewat tengah malem ya, maksudnya kemarin pagi jam 8an", "2026-11-28T08:00:00+07:00")]
    public void After_midnight_a_part_of_the_day_still_ahead_is_yesterdays(string text, string expected)
    {
        var at = OccurredAtParser.Parse(text, Iso("2026-11-29T00:50:00+07:00"));

        Assert.NotNull(at);
        Assert.Equal(Iso(expected), at.Local);
    }

    [Theory]
    [InlineData("12/05 14:00", false, "2026-05-12T14:00:00+07:00")]
    [InlineData("12/05 14:00", true, "2025-12-05T14:00:00+07:00")] // 5 December is still ahead on 29 November: last year's
    [InlineData("11/28/2026 9am", true, "2026-11-28T09:00:00+07:00")]
    [InlineData("28/11/2026 9am", false, "2026-11-28T09:00:00+07:00")]
    [InlineData("2026-11-28 09:00", true, "2026-11-28T09:00:00+07:00")] // year-first is year-first for everyone
    public void Numeric_dates_follow_the_writers_order(string text, bool monthFirst, string expectedLocal)
    {
        var at = OccurredAtParser.Parse(text, Now, zone: null, monthFirst);
        Assert.Equal(Iso(expectedLocal), at!.Local);
    }

    /// <summary>
    /// The eighth trial: "28/11/2026 15:00" from an en-US browser was refused three times — the bot's own example. No month
    /// is 28, so the writer put the day first.
    /// </summary>
    [Fact]
    public void A_month_first_date_that_cannot_be_one_is_read_day_first() =>
        Assert.Equal(Iso("2026-11-28T15:00:00+07:00"), OccurredAtParser.Parse("28/11/2026 15:00", Now, zone: null, monthFirst: true)!.Local);

    [Fact]
    public void A_date_that_is_none_either_way_is_no_date() => Assert.Null(OccurredAtParser.Parse("28/13/2026", Now, zone: null, monthFirst: true));

    [Theory]
    [InlineData("tomorrow", true)]
    [InlineData("besok jam 9", true)]
    [InlineData("next Monday", true)]
    [InlineData("today 23:00", true)]
    [InlineData("16:04", false)] // within the tolerance for clocks that drift
    [InlineData("16:06", true)]
    [InlineData("16:59", true)] // within the hour: a time ahead, not yesterday's
    [InlineData("17:30", false)] // yesterday's
    [InlineData("tonight", false)] // clamped to now
    [InlineData("2 hours ago", false)]
    [InlineData("2026-11-29T09:30:00Z", true)] // 16:30 in Jakarta
    public void Detects_a_time_in_the_future(string text, bool future)
    {
        var at = OccurredAtParser.Parse(text, Now);

        Assert.NotNull(at);
        Assert.Equal(future, OccurredAtParser.IsInFuture(at, Now.ToUniversalTime()));
    }

    [Fact]
    public void Days_ago_keep_the_time_of_day_across_a_daylight_saving_change()
    {
        // New York left daylight saving time on Sunday 1 November 2026 at 02:00.
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var mondayMorning = Iso("2026-11-02T10:00:00-05:00");

        var withZone = OccurredAtParser.Parse("3 days ago", mondayMorning, newYork);
        var withoutZone = OccurredAtParser.Parse("3 days ago", mondayMorning);

        Assert.NotNull(withZone);
        Assert.Equal(Iso("2026-10-30T10:00:00-04:00"), withZone.Local);
        Assert.Equal(TimeSpan.FromHours(-4), withZone.Local.Offset);
        Assert.Equal(Iso("2026-10-30T14:00:00Z"), withZone.Utc);
        Assert.NotNull(withoutZone);
        Assert.Equal(Iso("2026-10-30T15:00:00Z"), withoutZone.Utc); // the offset of today applied to another day
    }

    [Fact]
    public void A_clock_time_on_another_day_takes_that_days_offset()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

        var inNewYork = OccurredAtParser.Parse("last Friday at 3pm", Iso("2026-11-02T10:00:00-05:00"), newYork);
        var inJakarta = OccurredAtParser.Parse("Jumat lalu jam 3 sore", Iso("2026-11-02T22:00:00+07:00"), jakarta);

        Assert.NotNull(inNewYork);
        Assert.Equal(Iso("2026-10-30T15:00:00-04:00"), inNewYork.Local);
        Assert.Equal(Iso("2026-10-30T19:00:00Z"), inNewYork.Utc);
        Assert.NotNull(inJakarta);
        Assert.Equal(Iso("2026-10-30T15:00:00+07:00"), inJakarta.Local);
        Assert.Equal(Iso("2026-10-30T08:00:00Z"), inJakarta.Utc);
    }

    [Fact]
    public void A_time_skipped_by_spring_forward_lands_after_the_gap()
    {
        // New York jumped from 02:00 to 03:00 on Sunday 8 March 2026.
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        var at = OccurredAtParser.Parse("yesterday at 2:30am", Iso("2026-03-09T12:00:00-04:00"), newYork);

        Assert.NotNull(at);
        Assert.Equal(Iso("2026-03-08T07:30:00Z"), at.Utc);
        Assert.Equal(Iso("2026-03-08T03:30:00-04:00"), at.Local);
        Assert.Equal(TimeSpan.FromHours(-4), at.Local.Offset);
    }

    [Fact]
    public void Today_is_the_users_today_in_their_zone_whatever_offset_now_came_with()
    {
        var jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

        // 20:00 UTC on the 28th is already 03:00 on the 29th in Jakarta.
        var at = OccurredAtParser.Parse("today 02:30", Iso("2026-11-28T20:00:00Z"), jakarta);

        Assert.NotNull(at);
        Assert.Equal(Iso("2026-11-29T02:30:00+07:00"), at.Local);
        Assert.Equal(TimeSpan.FromHours(7), at.Local.Offset);
    }

    [Theory]
    [InlineData("ar-SA")] // Umm al-Qura calendar
    [InlineData("th-TH")] // Buddhist era years
    [InlineData("id-ID")] // "." separates time, "," decimals
    [InlineData("tr-TR")] // dotted and dotless i
    public void Does_not_depend_on_the_current_culture(string name)
    {
        var (culture0, uiCulture0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);

            Assert.Equal(Iso("2026-11-28T15:00:00+07:00"), OccurredAtParser.Parse("28/11/2026 15:00", Now)?.Local);
            Assert.Equal(Iso("2026-11-28T15:00:00+07:00"), OccurredAtParser.Parse("YESTERDAY AT 3PM", Now)?.Local);
            Assert.Equal(Iso("2026-11-29T14:30:00+07:00"), OccurredAtParser.Parse("1.5 hours ago", Now)?.Local);
            Assert.Equal(Iso("2026-11-28T22:00:00+07:00"), OccurredAtParser.Parse("2026-11-28T15:00:00Z", Now)?.Local);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture0, uiCulture0);
        }
    }

    [Fact]
    public void Reads_a_time_out_of_a_very_long_answer()
    {
        var answer = string.Concat(Enumerable.Repeat("the app froze again and again ", 5_000)) + "kemarin jam 3 sore";

        var at = OccurredAtParser.Parse(answer, Now);

        Assert.NotNull(at);
        Assert.Equal(Iso("2026-11-28T15:00:00+07:00"), at.Local);
    }

    private static DateTimeOffset Iso(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
