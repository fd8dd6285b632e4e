using System.Globalization;
using System.Text.Json;

namespace LocationBoards.Data.Seeding;

/// <summary>One range of a weekly timetable: a weekday and wall-clock times (an end at or before the start runs past midnight), or the whole day.</summary>
internal readonly record struct WeeklyRange(DayOfWeek Day, TimeOnly Starts, TimeOnly Ends, bool AllDay);

/// <summary>
/// Reads a weekly timetable as seed files write it (a location's hours, a technician's shifts): per weekday
/// (mon … sun) a list of "HH:mm-HH:mm" ranges, or the string "24h".
/// </summary>
internal static class WeeklyRanges
{
    private static readonly string[] Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <param name="file">The seed file, for messages.</param>
    /// <param name="where">The entry's JSON path, for messages.</param>
    /// <param name="field">The timetable's field, e.g. "properties.hours"; a day's field is "properties.hours.mon".</param>
    /// <param name="days">The timetable as read.</param>
    public static IEnumerable<WeeklyRange> Read(string file, string where, string field, Dictionary<string, JsonElement> days)
    {
        foreach (var (day, value) in days)
        {
            var dayIndex = Array.IndexOf(Days, day);
            var dayField = $"{field}.{day}";
            if (dayIndex < 0)
            {
                throw SeedDataException.AtPath(file, where, dayField, "is not a day; use mon, tue, wed, thu, fri, sat, sun");
            }

            var weekday = (DayOfWeek)((dayIndex + 1) % 7);
            if (value.ValueKind == JsonValueKind.String && value.GetString() == "24h")
            {
                yield return new WeeklyRange(weekday, TimeOnly.MinValue, TimeOnly.MinValue, AllDay: true);
                continue;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                throw SeedDataException.AtPath(file, where, dayField, "must be \"24h\" or a list of ranges like [\"07:00-21:00\"]");
            }

            foreach (var range in value.EnumerateArray())
            {
                var text = range.ValueKind == JsonValueKind.String ? range.GetString()! : range.GetRawText();
                var parts = text.Split('-');
                if (parts.Length != 2
                    || !TimeOnly.TryParseExact(parts[0].Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var starts)
                    || !TimeOnly.TryParseExact(parts[1].Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var ends))
                {
                    throw SeedDataException.AtPath(file, where, dayField, $"\"{text}\" is not a range like 07:00-21:00");
                }

                yield return new WeeklyRange(weekday, starts, ends, AllDay: false);
            }
        }
    }
}
