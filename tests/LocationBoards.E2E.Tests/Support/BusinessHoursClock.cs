namespace LocationBoards.E2E.Tests.Support;

/// <summary>
/// Real time moved forward to the next ordinary business morning in Portland (11:00 on a Monday to
/// Saturday that is not a seed holiday), so the journeys do not depend on when the suite runs: at
/// midnight most demo stores are closed, and routing rightly refuses. Time still flows from there.
/// </summary>
public sealed class BusinessHoursClock : TimeProvider
{
    private static readonly DateOnly[] Holidays = [new(2026, 11, 26), new(2026, 12, 24), new(2026, 12, 25), new(2027, 1, 1)];

    private readonly TimeSpan _offset;

    public BusinessHoursClock()
    {
        var portland = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        var now = System.GetUtcNow();
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, portland).DateTime);
        for (var i = 0; i < 14; i++, day = day.AddDays(1))
        {
            var local = day.ToDateTime(new TimeOnly(11, 0));
            var target = new DateTimeOffset(local, portland.GetUtcOffset(local));
            if (target > now && day.DayOfWeek != DayOfWeek.Sunday && !Holidays.Contains(day))
            {
                _offset = target - now;
                return;
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
}
