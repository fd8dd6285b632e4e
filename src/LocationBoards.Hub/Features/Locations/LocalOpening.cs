using System.Globalization;
using LocationBoards.Core.Locations;

namespace LocationBoards.Hub.Features.Locations;

/// <summary>
/// Opening hours as people read them, always in the location's own time zone:
/// "Open · 14:32 local", "Closed · 22:15 local · opens Mon 07:00", "07:00–15:00, 18:00–02:00 (next day)".
/// </summary>
public static class LocalOpening
{
    /// <summary>Monday first, as a week is written on a shop door.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public static OpeningState Describe(FulfilmentLocation location, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (!TryFindTimeZone(location.TimeZoneId, out var zone))
        {
            return new OpeningState(false, false, null, null, $"Unknown time zone \"{location.TimeZoneId}\"");
        }

        var hours = location.Hours;
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var clock = $"{Time(local)} local";
        if (hours.IsOpenAt(now, zone))
        {
            return new OpeningState(true, true, local, null, $"Open · {clock}");
        }

        var next = hours.NextOpeningAfter(now, zone);
        var when = next is { } opening
            ? $"opens {opening.ToString("ddd", CultureInfo.InvariantCulture)} {Time(opening)}"
            : "no opening in the next two weeks";
        return new OpeningState(false, true, local, next, $"Closed · {clock} · {when}");
    }

    /// <summary>The hours of the location's local "today", with a dated closure named.</summary>
    public static string TodayHours(FulfilmentLocation location, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (!TryFindTimeZone(location.TimeZoneId, out var zone))
        {
            return "Unknown";
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var closure = location.Closures.FirstOrDefault(c => c.Date == today);
        return closure is not null
            ? $"Closed today ({closure.Reason})"
            : DayHours(location.OpeningIntervals, today.DayOfWeek);
    }

    /// <summary>One weekday's openings: "Closed", "24 hours" or "07:00–15:00, 18:00–02:00 (next day)".</summary>
    public static string DayHours(IEnumerable<OpeningInterval> intervals, DayOfWeek day)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var ofDay = intervals.Where(i => i.Day == day).OrderBy(i => i.Opens).ToList();
        if (ofDay.Count == 0)
        {
            return "Closed";
        }

        if (ofDay.Any(i => i.DurationMinutes == OpeningInterval.MinutesPerDay && i.Opens == TimeOnly.MinValue))
        {
            return "24 hours";
        }

        return string.Join(", ", ofDay.Select(Range));
    }

    /// <summary>"18:00–02:00 (next day)" for a range past midnight.</summary>
    public static string Range(OpeningInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return Range(interval.Opens, interval.Closes, interval.RunsPastMidnight);
    }

    public static string Range(TimeOnly opens, TimeOnly closes, bool runsPastMidnight) =>
        $"{Time(opens)}–{Time(closes)}{(runsPastMidnight ? " (next day)" : string.Empty)}";

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Time(DateTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static bool TryFindTimeZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }
}
