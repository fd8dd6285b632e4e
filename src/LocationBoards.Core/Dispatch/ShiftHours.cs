namespace LocationBoards.Core.Dispatch;

/// <summary>
/// Whether a technician is on shift at an instant, read in the home location's time zone. Shifts are
/// wall-clock times, as opening hours are: on a daylight-saving change a shift keeps its clock times
/// and its real length shrinks or grows by the hour.
/// </summary>
public sealed class ShiftHours
{
    private readonly IReadOnlyList<ShiftInterval> _shifts;

    public ShiftHours(IEnumerable<ShiftInterval> shifts)
    {
        ArgumentNullException.ThrowIfNull(shifts);
        _shifts = [.. shifts];
    }

    public bool IsOnShiftAt(DateTimeOffset instant, TimeZoneInfo timeZone) => ShiftAt(instant, timeZone) is not null;

    /// <summary>The shift the instant falls in, or null when off shift.</summary>
    public ShiftInterval? ShiftAt(DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var local = TimeZoneInfo.ConvertTime(instant, timeZone).DateTime;
        var today = DateOnly.FromDateTime(local);

        // A shift that started yesterday may still be running past midnight.
        foreach (var workDate in new[] { today, today.AddDays(-1) })
        {
            foreach (var shift in _shifts.Where(s => s.Day == workDate.DayOfWeek))
            {
                var start = workDate.ToDateTime(shift.Starts);
                if (local >= start && local < start.AddMinutes(shift.DurationMinutes))
                {
                    return shift;
                }
            }
        }

        return null;
    }

    /// <summary>The next local wall-clock time a shift starts after the instant, within two weeks; null if never.</summary>
    public DateTime? NextShiftStartAfter(DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var local = TimeZoneInfo.ConvertTime(instant, timeZone).DateTime;
        var today = DateOnly.FromDateTime(local);
        for (var offset = 0; offset < 15; offset++)
        {
            var date = today.AddDays(offset);
            var next = _shifts
                .Where(s => s.Day == date.DayOfWeek)
                .Select(s => date.ToDateTime(s.Starts))
                .Where(start => start > local)
                .Order()
                .FirstOrDefault();
            if (next != default)
            {
                return next;
            }
        }

        return null;
    }
}
