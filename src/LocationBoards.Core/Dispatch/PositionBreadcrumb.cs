namespace LocationBoards.Core.Dispatch;

/// <summary>A stored point of a technician's trail, kept at the breadcrumb interval for the retention period.</summary>
public sealed class PositionBreadcrumb
{
    public long Id { get; set; }

    public int TechnicianId { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public DateTime RecordedUtc { get; set; }

    public static PositionBreadcrumb From(TechnicianPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return new PositionBreadcrumb
        {
            TechnicianId = position.TechnicianId,
            Latitude = position.Point.Latitude,
            Longitude = position.Point.Longitude,
            RecordedUtc = position.RecordedUtc,
        };
    }
}
