using LocationBoards.Core.Dispatch;
using static LocationBoards.Core.Tests.Dispatch.DispatchScene;

namespace LocationBoards.Core.Tests.Dispatch;

public class ShiftHoursTests
{
    private static ShiftHours Shifts(params ShiftInterval[] shifts) => new(shifts);

    [Fact]
    public void On_shift_inside_an_ordinary_shift_and_off_outside_it()
    {
        var hours = Shifts(ShiftInterval.Between(DayOfWeek.Wednesday, new TimeOnly(8, 0), new TimeOnly(16, 0)));

        Assert.False(hours.IsOnShiftAt(Local(Portland, 2026, 11, 25, 7, 59), Portland));
        Assert.True(hours.IsOnShiftAt(Local(Portland, 2026, 11, 25, 8, 0), Portland));
        Assert.True(hours.IsOnShiftAt(Local(Portland, 2026, 11, 25, 15, 59), Portland));
        Assert.False(hours.IsOnShiftAt(Local(Portland, 2026, 11, 25, 16, 0), Portland));
    }

    [Fact]
    public void A_night_shift_runs_past_midnight_into_the_next_day()
    {
        // Friday 22:00 to Saturday 06:00.
        var hours = Shifts(ShiftInterval.Between(DayOfWeek.Friday, new TimeOnly(22, 0), new TimeOnly(6, 0)));

        Assert.False(hours.IsOnShiftAt(Local(Portland, 2026, 11, 27, 21, 59), Portland));
        Assert.True(hours.IsOnShiftAt(Local(Portland, 2026, 11, 27, 23, 30), Portland));
        Assert.True(hours.IsOnShiftAt(Local(Portland, 2026, 11, 28, 5, 59), Portland));
        Assert.False(hours.IsOnShiftAt(Local(Portland, 2026, 11, 28, 6, 0), Portland));
        Assert.False(hours.IsOnShiftAt(Local(Portland, 2026, 11, 28, 23, 0), Portland));
    }

    [Fact]
    public void Shift_hours_are_read_in_the_home_locations_time_zone()
    {
        var hours = Shifts(ShiftInterval.Between(DayOfWeek.Wednesday, new TimeOnly(9, 0), new TimeOnly(17, 0)));
        var instant = Local(Tokyo, 2026, 11, 25, 10, 0); // Wednesday 10:00 in Tokyo is Tuesday 17:00 in Portland.

        Assert.True(hours.IsOnShiftAt(instant, Tokyo));
        Assert.False(hours.IsOnShiftAt(instant, Portland));
    }

    [Fact]
    public void On_the_spring_forward_night_a_shift_keeps_its_wall_clock_times()
    {
        // 2027-03-14 02:00 does not exist in Portland: clocks jump from 02:00 to 03:00.
        var hours = Shifts(ShiftInterval.Between(DayOfWeek.Saturday, new TimeOnly(22, 0), new TimeOnly(4, 0)));

        Assert.True(hours.IsOnShiftAt(new DateTimeOffset(2027, 3, 14, 9, 30, 0, TimeSpan.Zero), Portland)); // 01:30 PST
        Assert.True(hours.IsOnShiftAt(new DateTimeOffset(2027, 3, 14, 10, 30, 0, TimeSpan.Zero), Portland)); // 03:30 PDT
        Assert.False(hours.IsOnShiftAt(new DateTimeOffset(2027, 3, 14, 11, 30, 0, TimeSpan.Zero), Portland)); // 04:30 PDT
    }

    [Fact]
    public void On_the_fall_back_night_both_passes_of_the_repeated_hour_are_on_shift()
    {
        // 2026-11-01 01:00-02:00 happens twice in Portland; the shift ends at 01:30 wall-clock time.
        var hours = Shifts(ShiftInterval.Between(DayOfWeek.Saturday, new TimeOnly(22, 0), new TimeOnly(1, 30)));

        Assert.True(hours.IsOnShiftAt(new DateTimeOffset(2026, 11, 1, 8, 15, 0, TimeSpan.Zero), Portland)); // 01:15 PDT
        Assert.True(hours.IsOnShiftAt(new DateTimeOffset(2026, 11, 1, 9, 15, 0, TimeSpan.Zero), Portland)); // 01:15 PST
        Assert.False(hours.IsOnShiftAt(new DateTimeOffset(2026, 11, 1, 9, 45, 0, TimeSpan.Zero), Portland)); // 01:45 PST
    }

    [Fact]
    public void The_next_shift_start_is_the_next_local_start_after_now()
    {
        var hours = Shifts(
            ShiftInterval.Between(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(16, 0)),
            ShiftInterval.Between(DayOfWeek.Wednesday, new TimeOnly(8, 0), new TimeOnly(16, 0)));

        Assert.Equal(new DateTime(2026, 11, 30, 8, 0, 0), hours.NextShiftStartAfter(Local(Portland, 2026, 11, 25, 12, 0), Portland));
        Assert.Equal(new DateTime(2026, 11, 25, 8, 0, 0), hours.NextShiftStartAfter(Local(Portland, 2026, 11, 25, 7, 0), Portland));
        Assert.Null(Shifts().NextShiftStartAfter(Local(Portland, 2026, 11, 25, 7, 0), Portland));
    }

    [Fact]
    public void A_shift_from_end_times_wraps_when_the_end_is_before_the_start()
    {
        var shift = ShiftInterval.Between(DayOfWeek.Friday, new TimeOnly(22, 0), new TimeOnly(6, 0));

        Assert.Equal(480, shift.DurationMinutes);
        Assert.True(shift.RunsPastMidnight);
        Assert.Equal(new TimeOnly(6, 0), shift.Ends);
    }
}
