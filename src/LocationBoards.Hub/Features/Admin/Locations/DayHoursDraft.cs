namespace LocationBoards.Hub.Features.Admin.Locations;

/// <summary>One weekday in the hours editor: closed, open 24 hours, or one or more ranges.</summary>
public sealed class DayHoursDraft
{
    public const int MaxRanges = 6;

    public DayOfWeek Day { get; init; }

    public DayHoursMode Mode { get; set; } = DayHoursMode.Closed;

    public List<HoursRangeDraft> Ranges { get; } = [];

    public string ErrorKey => WeeklyHoursDraft.ErrorKey(Day);

    public string RangeErrorKey(int index) => $"{ErrorKey}.{index}";

    /// <summary>Switches to ranges with a sensible first range when there is none yet.</summary>
    public void UseRanges()
    {
        Mode = DayHoursMode.Ranges;
        if (Ranges.Count == 0)
        {
            Ranges.Add(new HoursRangeDraft { Opens = "09:00", Closes = "17:00" });
        }
    }

    public void AddRange()
    {
        if (Ranges.Count < MaxRanges)
        {
            Ranges.Add(new HoursRangeDraft());
        }
    }

    public void RemoveRange(HoursRangeDraft range)
    {
        Ranges.Remove(range);
        if (Ranges.Count == 0)
        {
            Mode = DayHoursMode.Closed;
        }
    }
}
