using LocationBoards.Core.Locations;
using LocationBoards.Hub.Features.Locations;

namespace LocationBoards.Hub.Features.Admin.Locations;

/// <summary>
/// A location's week as the hours editor holds it, Monday first. It turns into opening intervals only
/// when every range reads as a time and no two openings overlap; otherwise it says which day is wrong.
/// </summary>
public sealed class WeeklyHoursDraft
{
    private const int MinutesPerWeek = 7 * OpeningInterval.MinutesPerDay;

    public IReadOnlyList<DayHoursDraft> Days { get; } = [.. LocalOpening.Week.Select(d => new DayHoursDraft { Day = d })];

    public DayHoursDraft this[DayOfWeek day] => Days.Single(d => d.Day == day);

    public static string ErrorKey(DayOfWeek day) => $"Hours.{day}";

    public static WeeklyHoursDraft From(IEnumerable<OpeningInterval> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var week = new WeeklyHoursDraft();
        foreach (var day in week.Days)
        {
            var ofDay = intervals.Where(i => i.Day == day.Day).OrderBy(i => i.Opens).ToList();
            if (ofDay.Count == 0)
            {
                day.Mode = DayHoursMode.Closed;
            }
            else if (ofDay is [{ Opens.Hour: 0, Opens.Minute: 0, DurationMinutes: OpeningInterval.MinutesPerDay }])
            {
                day.Mode = DayHoursMode.AllDay;
            }
            else
            {
                day.Mode = DayHoursMode.Ranges;
                day.Ranges.AddRange(ofDay.Select(i => new HoursRangeDraft
                {
                    Opens = LocalOpening.Time(i.Opens),
                    Closes = LocalOpening.Time(i.Closes),
                }));
            }
        }

        return week;
    }

    /// <summary>Gives the other days the same hours as <paramref name="source"/>.</summary>
    public void CopyDay(DayOfWeek source, params DayOfWeek[] targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var from = this[source];
        foreach (var target in targets.Where(t => t != source).Select(t => this[t]))
        {
            target.Mode = from.Mode;
            target.Ranges.Clear();
            target.Ranges.AddRange(from.Ranges.Select(r => new HoursRangeDraft { Opens = r.Opens, Closes = r.Closes }));
        }
    }

    /// <summary>The openings this week describes; adds a message per wrong day or range to <paramref name="errors"/>.</summary>
    public IReadOnlyList<OpeningInterval> ToIntervals(IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var intervals = new List<OpeningInterval>();
        foreach (var day in Days)
        {
            switch (day.Mode)
            {
                case DayHoursMode.Closed:
                    break;
                case DayHoursMode.AllDay:
                    intervals.Add(OpeningInterval.AllDay(day.Day));
                    break;
                case DayHoursMode.Ranges:
                    ReadRanges(day, intervals, errors);
                    break;
                default:
                    errors.TryAdd(day.ErrorKey, $"Choose closed, 24 h or ranges for {day.Day}.");
                    break;
            }
        }

        FindOverlaps(intervals, errors);
        return intervals;
    }

    private static void ReadRanges(DayHoursDraft day, List<OpeningInterval> intervals, IDictionary<string, string> errors)
    {
        if (day.Ranges.Count == 0)
        {
            errors.TryAdd(day.ErrorKey, $"Add an opening range for {day.Day}, or mark it closed.");
            return;
        }

        if (day.Ranges.Count > DayHoursDraft.MaxRanges)
        {
            errors.TryAdd(day.ErrorKey, $"At most {DayHoursDraft.MaxRanges} ranges a day.");
            return;
        }

        for (var index = 0; index < day.Ranges.Count; index++)
        {
            var range = day.Ranges[index];
            var key = day.RangeErrorKey(index);
            if (!HoursRangeDraft.TryParse(range.Opens, out var opens))
            {
                errors.TryAdd(key, $"{day.Day}, range {index + 1}: \"{range.Opens}\" is not an opening time; write it as HH:mm, e.g. 07:00.");
            }
            else if (!HoursRangeDraft.TryParseClose(range.Closes, out var closes))
            {
                errors.TryAdd(key, $"{day.Day}, range {index + 1}: \"{range.Closes}\" is not a closing time; write it as HH:mm, e.g. 15:30.");
            }
            else
            {
                intervals.Add(OpeningInterval.Between(day.Day, opens, closes));
            }
        }
    }

    /// <summary>Two openings overlap when one starts before the other ends, across midnight and across Sunday into Monday.</summary>
    private static void FindOverlaps(List<OpeningInterval> intervals, IDictionary<string, string> errors)
    {
        var spans = intervals
            .Select(i => (Interval: i, Start: StartOfWeekMinute(i)))
            .OrderBy(s => s.Start)
            .ToList();
        for (var a = 0; a < spans.Count; a++)
        {
            for (var b = 0; b < spans.Count; b++)
            {
                if (a == b)
                {
                    continue;
                }

                var first = spans[a];
                var second = spans[b];
                var gap = ((second.Start - first.Start) % MinutesPerWeek + MinutesPerWeek) % MinutesPerWeek;
                var startsInside = gap < first.Interval.DurationMinutes && (gap > 0 || a < b);
                if (startsInside)
                {
                    errors.TryAdd(
                        ErrorKey(second.Interval.Day),
                        $"{second.Interval.Day} {LocalOpening.Range(second.Interval)} overlaps {first.Interval.Day} {LocalOpening.Range(first.Interval)}.");
                }
            }
        }
    }

    private static int StartOfWeekMinute(OpeningInterval interval) =>
        (((int)interval.Day + 6) % 7 * OpeningInterval.MinutesPerDay) + (int)interval.Opens.ToTimeSpan().TotalMinutes;
}
