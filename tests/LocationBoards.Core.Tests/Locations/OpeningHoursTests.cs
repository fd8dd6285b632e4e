using LocationBoards.Core.Locations;

namespace LocationBoards.Core.Tests.Locations;

public class OpeningHoursTests
{
    private static readonly TimeZoneInfo Portland = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    private static OpeningHours Hours(params OpeningInterval[] intervals) => new(intervals, []);

    private static DateTimeOffset Local(TimeZoneInfo zone, int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    [Fact]
    public void Open_inside_an_ordinary_interval_and_closed_outside_it()
    {
        var hours = Hours(OpeningInterval.Between(DayOfWeek.Wednesday, new TimeOnly(9, 0), new TimeOnly(17, 0)));

        Assert.False(hours.IsOpenAt(Local(Portland, 2026, 11, 25, 8, 59), Portland));
        Assert.True(hours.IsOpenAt(Local(Portland, 2026, 11, 25, 9, 0), Portland));
        Assert.True(hours.IsOpenAt(Local(Portland, 2026, 11, 25, 16, 59), Portland));
        Assert.False(hours.IsOpenAt(Local(Portland, 2026, 11, 25, 17, 0), Portland));
    }

    [Fact]
    public void An_interval_past_midnight_keeps_the_location_open_into_the_next_day()
    {
        // Friday 18:00 to Saturday 02:00.
        var hours = Hours(OpeningInterval.Between(DayOfWeek.Friday, new TimeOnly(18, 0), new TimeOnly(2, 0)));

        Assert.True(hours.IsOpenAt(Local(Portland, 2026, 11, 27, 23, 30), Portland));
        Assert.True(hours.IsOpenAt(Local(Portland, 2026, 11, 28, 1, 59), Portland));
        Assert.False(hours.IsOpenAt(Local(Portland, 2026, 11, 28, 2, 0), Portland));
        Assert.False(hours.IsOpenAt(Local(Portland, 2026, 11, 28, 18, 30), Portland));
    }

    [Fact]
    public void A_day_of_24_hours_is_open_at_every_minute()
    {
        var hours = Hours([.. Enum.GetValues<DayOfWeek>().Select(OpeningInterval.AllDay)]);

        for (var minute = 0; minute < 24 * 60; minute += 7)
        {
            Assert.True(hours.IsOpenAt(Local(Portland, 2026, 11, 25, minute / 60, minute % 60), Portland));
        }
    }

    [Fact]
    public void Opening_hours_are_read_in_the_locations_own_time_zone()
    {
        var hours = Hours(OpeningInterval.Between(DayOfWeek.Wednesday, new TimeOnly(9, 0), new TimeOnly(17, 0)));
        var instant = Local(Tokyo, 2026, 11, 25, 10, 0); // Wednesday 10:00 in Tokyo is Tuesday 17:00 in Portland.

        Assert.True(hours.IsOpenAt(instant, Tokyo));
        Assert.False(hours.IsOpenAt(instant, Portland));
    }

    [Fact]
    public void A_dated_closure_closes_the_openings_that_start_that_day()
    {
        var intervals = new[] { OpeningInterval.Between(DayOfWeek.Friday, new TimeOnly(9, 0), new TimeOnly(17, 0)) };
        var closures = new[] { new DatedClosure { Date = new DateOnly(2026, 12, 25), Reason = "Christmas Day" } };
        var hours = new OpeningHours(intervals, closures);

        Assert.False(hours.IsOpenAt(Local(Portland, 2026, 12, 25, 12, 0), Portland));
        Assert.True(hours.IsOpenAt(Local(Portland, 2027, 1, 1, 12, 0), Portland));
    }

    [Fact]
    public void An_opening_that_started_before_a_closed_day_still_ends_as_planned()
    {
        var intervals = new[] { OpeningInterval.Between(DayOfWeek.Thursday, new TimeOnly(18, 0), new TimeOnly(2, 0)) };
        var closures = new[] { new DatedClosure { Date = new DateOnly(2026, 12, 25), Reason = "Christmas Day" } };
        var hours = new OpeningHours(intervals, closures);

        Assert.True(hours.IsOpenAt(Local(Portland, 2026, 12, 25, 1, 0), Portland));
    }

    [Fact]
    public void On_the_spring_forward_night_an_opening_keeps_its_wall_clock_times()
    {
        // 2027-03-14 02:00 does not exist in Portland: clocks jump from 02:00 to 03:00.
        var hours = Hours(OpeningInterval.Between(DayOfWeek.Saturday, new TimeOnly(22, 0), new TimeOnly(4, 0)));
        var beforeJump = new DateTimeOffset(2027, 3, 14, 9, 30, 0, TimeSpan.Zero); // 01:30 PST
        var afterJump = new DateTimeOffset(2027, 3, 14, 10, 30, 0, TimeSpan.Zero); // 03:30 PDT
        var afterClose = new DateTimeOffset(2027, 3, 14, 11, 30, 0, TimeSpan.Zero); // 04:30 PDT

        Assert.True(hours.IsOpenAt(beforeJump, Portland));
        Assert.True(hours.IsOpenAt(afterJump, Portland));
        Assert.False(hours.IsOpenAt(afterClose, Portland));
    }

    [Fact]
    public void On_the_fall_back_night_both_passes_of_the_repeated_hour_are_open()
    {
        // 2026-11-01 01:00-02:00 happens twice in Portland.
        var hours = Hours(OpeningInterval.Between(DayOfWeek.Saturday, new TimeOnly(20, 0), new TimeOnly(1, 30)));
        var firstPass = new DateTimeOffset(2026, 11, 1, 8, 15, 0, TimeSpan.Zero); // 01:15 PDT
        var secondPass = new DateTimeOffset(2026, 11, 1, 9, 15, 0, TimeSpan.Zero); // 01:15 PST
        var afterClose = new DateTimeOffset(2026, 11, 1, 9, 45, 0, TimeSpan.Zero); // 01:45 PST

        Assert.True(hours.IsOpenAt(firstPass, Portland));
        Assert.True(hours.IsOpenAt(secondPass, Portland));
        Assert.False(hours.IsOpenAt(afterClose, Portland));
    }

    [Fact]
    public void Next_opening_skips_closed_days_and_dated_closures()
    {
        var intervals = new[]
        {
            OpeningInterval.Between(DayOfWeek.Monday, new TimeOnly(7, 0), new TimeOnly(19, 0)),
            OpeningInterval.Between(DayOfWeek.Friday, new TimeOnly(7, 0), new TimeOnly(19, 0)),
        };
        var closures = new[] { new DatedClosure { Date = new DateOnly(2026, 11, 27), Reason = "Stocktake" } };
        var hours = new OpeningHours(intervals, closures);

        var next = hours.NextOpeningAfter(Local(Portland, 2026, 11, 25, 12, 0), Portland);

        Assert.Equal(new DateTime(2026, 11, 30, 7, 0, 0), next);
    }

    [Fact]
    public void An_interval_from_close_times_wraps_when_the_close_is_before_the_open()
    {
        var interval = OpeningInterval.Between(DayOfWeek.Friday, new TimeOnly(18, 0), new TimeOnly(2, 0));

        Assert.Equal(480, interval.DurationMinutes);
        Assert.True(interval.RunsPastMidnight);
        Assert.Equal(new TimeOnly(2, 0), interval.Closes);
    }
}
