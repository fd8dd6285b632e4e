namespace LocationBoards.Core.Dispatch;

/// <summary>
/// A technician at a moment: the map state, whether they can be sent (on shift, fresh position, no job
/// in progress), their load, and what stands in the way, in words ("is off shift (next shift Mon 08:00)").
/// </summary>
public sealed record TechnicianAssessment(
    TechnicianState State,
    bool IsAvailable,
    int Load,
    bool PositionIsStale,
    IReadOnlyList<LeftOutReason> Obstacles,
    IReadOnlyList<string> ObstacleWords);
