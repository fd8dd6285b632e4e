namespace LocationBoards.Hub.Features.Dispatch.Api;

/// <summary>A position from a technician's phone: where, and when the phone measured it (UTC).</summary>
public sealed record PositionRequest(double Latitude, double Longitude, DateTime RecordedUtc);
