using System.Globalization;

namespace LocationBoards.Core.Dispatch;

/// <summary>
/// Whether a technician can be sent now: active, on shift in their home location's time zone, with a
/// position younger than the stale age, and not on the way to or on site at another job. Jobs assigned
/// and not started are their load: they do not make a technician unavailable.
/// </summary>
public static class TechnicianAvailability
{
    public static TechnicianAssessment Assess(TechnicianSituation technician, DateTime nowUtc, DispatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(technician);
        ArgumentNullException.ThrowIfNull(options);
        var instant = new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc));
        var obstacles = new List<(LeftOutReason Reason, string Words)>();
        if (!technician.IsActive)
        {
            obstacles.Add((LeftOutReason.NotActive, "is not an active technician"));
        }

        var onShift = technician.Shifts.IsOnShiftAt(instant, technician.TimeZone);
        if (!onShift)
        {
            var next = technician.Shifts.NextShiftStartAfter(instant, technician.TimeZone);
            obstacles.Add((LeftOutReason.OffShift, next is { } starts
                ? string.Create(CultureInfo.InvariantCulture, $"is off shift (next shift {starts:ddd HH:mm})")
                : "is off shift (no shift in the next two weeks)"));
        }

        if (technician.InProgress is { } busy)
        {
            obstacles.Add(busy.Status == JobStatus.OnSite
                ? (LeftOutReason.OnSiteElsewhere, $"is busy {JobStateMachine.Busy(busy)}")
                : (LeftOutReason.EnRouteElsewhere, $"is busy {JobStateMachine.Busy(busy)}"));
        }

        var stale = technician.Position is not { } position || !position.IsFreshAt(nowUtc, options.PositionStaleAfter);
        if (technician.Position is null)
        {
            obstacles.Add((LeftOutReason.NoPosition, "has sent no position yet"));
        }
        else if (stale)
        {
            obstacles.Add((LeftOutReason.PositionStale, $"last sent a position {DurationText.Format(technician.Position.AgeAt(nowUtc))} ago"));
        }

        return new TechnicianAssessment(
            StateOf(technician, onShift, stale),
            obstacles.Count == 0,
            technician.WaitingJobs,
            stale,
            [.. obstacles.Select(o => o.Reason)],
            [.. obstacles.Select(o => o.Words)]);
    }

    private static TechnicianState StateOf(TechnicianSituation technician, bool onShift, bool stale)
    {
        if (!technician.IsActive)
        {
            return TechnicianState.Unavailable;
        }

        if (technician.InProgress is { } busy)
        {
            return busy.Status == JobStatus.OnSite ? TechnicianState.OnSite : TechnicianState.EnRoute;
        }

        if (!onShift)
        {
            return TechnicianState.OffShift;
        }

        if (stale)
        {
            return TechnicianState.Stale;
        }

        return technician.WaitingJobs > 0 ? TechnicianState.Assigned : TechnicianState.Available;
    }
}
