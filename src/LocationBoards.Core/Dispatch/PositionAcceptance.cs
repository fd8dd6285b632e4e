using LocationBoards.Core.Geography;

namespace LocationBoards.Core.Dispatch;

/// <summary>
/// Whether a position a technician's phone sends is taken. A technician reports only their own position;
/// the numbers must be a place on earth; the timestamp may run ahead of the server's clock by the allowed
/// skew and no more. A phone that retries or whose reports overtake each other sends positions no newer
/// than the latest accepted: those are ignored, not refused, so the phone need not treat them as errors.
/// </summary>
public static class PositionAcceptance
{
    /// <param name="callerTechnicianId">The technician the signed-in caller is (null when the caller is no technician).</param>
    /// <param name="report">The position as sent.</param>
    /// <param name="latestAcceptedUtc">When the technician's latest accepted position was recorded, if there is one.</param>
    /// <param name="nowUtc">The server's clock.</param>
    /// <param name="options">For the allowed clock skew.</param>
    public static PositionVerdict Check(
        int? callerTechnicianId, PositionReport report, DateTime? latestAcceptedUtc, DateTime nowUtc, DispatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        if (callerTechnicianId is null)
        {
            return PositionVerdict.Refuse("Only technicians report positions.");
        }

        if (callerTechnicianId != report.TechnicianId)
        {
            return PositionVerdict.Refuse("A technician can only report their own position.");
        }

        if (!GeoPoint.TryCreate(report.Latitude, report.Longitude, out var point))
        {
            return PositionVerdict.Refuse("That is not a position: latitude must be within ±90 and longitude within ±180.");
        }

        if (report.RecordedUtc - nowUtc > options.AllowedClockSkew)
        {
            return PositionVerdict.Refuse(
                $"The position is timed {DurationText.Format(report.RecordedUtc - nowUtc)} in the future; check the phone's clock.");
        }

        if (latestAcceptedUtc is { } latest && report.RecordedUtc <= latest)
        {
            return PositionVerdict.Ignore(report.RecordedUtc == latest
                ? "The same position was already received."
                : "A newer position was already received.");
        }

        return PositionVerdict.Accept(new TechnicianPosition(report.TechnicianId, point, report.RecordedUtc));
    }
}
