namespace LocationBoards.Core.Dispatch;

/// <summary>
/// A technician not suggested for the job, and why, e.g. Because "is off shift (next shift Mon 08:00) and
/// lacks the skill boiler" (read after the name). The distance is there when a position is known, so a
/// dispatcher weighing an override sees who is near.
/// </summary>
public sealed record LeftOutTechnician(
    int TechnicianId, string Name, IReadOnlyList<LeftOutReason> Reasons, string Because, double? DistanceMetres);
