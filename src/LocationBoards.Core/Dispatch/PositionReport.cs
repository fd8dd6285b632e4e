namespace LocationBoards.Core.Dispatch;

/// <summary>A position as a technician's phone sends it: raw numbers, not yet checked (see <see cref="PositionAcceptance"/>).</summary>
public sealed record PositionReport(int TechnicianId, double Latitude, double Longitude, DateTime RecordedUtc);
