namespace LocationBoards.Core.Locations;

/// <summary>
/// One opening on a weekday, in the location's wall-clock time. An interval may run past midnight
/// (opens Friday 18:00 for 480 minutes closes Saturday 02:00); 1,440 minutes is the whole day.
/// </summary>
public sealed class OpeningInterval
{
    public const int MinutesPerDay = 24 * 60;

    public int Id { get; set; }

    public int LocationId { get; set; }

    public DayOfWeek Day { get; set; }

    public TimeOnly Opens { get; set; }

    public int DurationMinutes { get; set; }

    public TimeOnly Closes => Opens.AddMinutes(DurationMinutes);

    public bool RunsPastMidnight => Opens.ToTimeSpan().TotalMinutes + DurationMinutes > MinutesPerDay;

    public static OpeningInterval Between(DayOfWeek day, TimeOnly opens, TimeOnly closes)
    {
        var minutes = (int)(closes - opens).TotalMinutes;
        if (minutes <= 0)
        {
            minutes += MinutesPerDay;
        }

        return new OpeningInterval { Day = day, Opens = opens, DurationMinutes = minutes };
    }

    public static OpeningInterval AllDay(DayOfWeek day) =>
        new() { Day = day, Opens = TimeOnly.MinValue, DurationMinutes = MinutesPerDay };

    public override string ToString() =>
        DurationMinutes == MinutesPerDay && Opens == TimeOnly.MinValue
            ? $"{Day}: 24 hours"
            : $"{Day}: {Opens:HH\\:mm}–{Closes:HH\\:mm}{(RunsPastMidnight ? " (next day)" : string.Empty)}";
}
