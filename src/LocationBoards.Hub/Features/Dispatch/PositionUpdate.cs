namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>One technician's latest position as maps receive it, many to a batch.</summary>
public sealed record PositionUpdate(int TechnicianId, double Latitude, double Longitude, DateTime RecordedUtc);
