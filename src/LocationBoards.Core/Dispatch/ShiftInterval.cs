namespace LocationBoards.Core.Dispatch;

/// <summary>
/// One shift on a weekday, in the wall-clock time of the technician's home location. A shift may run
/// past midnight (starts Friday 22:00 for 480 minutes ends Saturday 06:00); 1,440 minutes is the whole day.
/// </summary>
public sealed class ShiftInterval
{
    public const int MinutesPerDay = 24 * 60;

    public int Id { get; set; }

    public int TechnicianId { get; set; }

    public DayOfWeek Day { get; set; }

    public TimeOnly Starts { get; set; }

    public int DurationMinutes { get; set; }

    public TimeOnly Ends => Starts.AddMinutes(DurationMinutes);

    public bool RunsPastMidnight => Starts.ToTimeSpan().TotalMinutes + DurationMinutes > MinutesPerDay;

    public static ShiftInterval Between(DayOfWeek day, TimeOnly starts, TimeOnly ends)
    {
        var minutes = (int)(ends - starts).TotalMinutes;
        if (minutes <= 0)
        {
            minutes += MinutesPerDay;
        }

        return new ShiftInterval { Day = day, Starts = starts, DurationMinutes = minutes };
    }

    public static ShiftInterval AllDay(DayOfWeek day) =>
        new() { Day = day, Starts = TimeOnly.MinValue, DurationMinutes = MinutesPerDay };

    public override string ToString() =>
        DurationMinutes == MinutesPerDay && Starts == TimeOnly.MinValue
            ? $"{Day}: 24 hours"
            : $"{Day}: {Starts:HH\\:mm}–{Ends:HH\\:mm}{(RunsPastMidnight ? " (next day)" : string.Empty)}";
}
