namespace LocationBoards.Core.Locations;

/// <summary>
/// Whether a location is open at an instant, in its own time zone. Openings are wall-clock times, so
/// on a daylight-saving change an opening keeps its clock times and its real length shrinks or grows.
/// </summary>
public sealed class OpeningHours
{
    private readonly IReadOnlyList<OpeningInterval> _intervals;
    private readonly HashSet<DateOnly> _closedDates;

    public OpeningHours(IEnumerable<OpeningInterval> intervals, IEnumerable<DatedClosure> closures)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        ArgumentNullException.ThrowIfNull(closures);
        _intervals = [.. intervals];
        _closedDates = [.. closures.Select(c => c.Date)];
    }

    public bool IsOpenAt(DateTimeOffset instant, TimeZoneInfo timeZone) => OpenIntervalAt(instant, timeZone) is not null;

    /// <summary>The opening the instant falls in, or null when closed.</summary>
    public OpeningInterval? OpenIntervalAt(DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var local = TimeZoneInfo.ConvertTime(instant, timeZone).DateTime;
        var today = DateOnly.FromDateTime(local);

        // An opening that started yesterday may still be running past midnight.
        foreach (var businessDate in new[] { today, today.AddDays(-1) })
        {
            if (_closedDates.Contains(businessDate))
            {
                continue;
            }

            foreach (var interval in _intervals.Where(i => i.Day == businessDate.DayOfWeek))
            {
                var start = businessDate.ToDateTime(interval.Opens);
                var end = start.AddMinutes(interval.DurationMinutes);
                if (local >= start && local < end)
                {
                    return interval;
                }
            }
        }

        return null;
    }

    /// <summary>The next local wall-clock time the location opens after the instant, within two weeks; null if never.</summary>
    public DateTime? NextOpeningAfter(DateTimeOffset instant, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var local = TimeZoneInfo.ConvertTime(instant, timeZone).DateTime;
        var today = DateOnly.FromDateTime(local);
        for (var offset = 0; offset < 15; offset++)
        {
            var date = today.AddDays(offset);
            if (_closedDates.Contains(date))
            {
                continue;
            }

            var next = _intervals
                .Where(i => i.Day == date.DayOfWeek)
                .Select(i => date.ToDateTime(i.Opens))
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
