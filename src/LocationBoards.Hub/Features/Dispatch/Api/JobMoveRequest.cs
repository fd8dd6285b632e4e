using LocationBoards.Core.Dispatch;

namespace LocationBoards.Hub.Features.Dispatch.Api;

/// <summary>A move of a field job against the version the caller saw.</summary>
public sealed record JobMoveRequest(int ExpectedVersion, JobMoveKind Move, int? TechnicianId, string? Reason, string? OverrideReason, string? Note)
{
    public JobMove ToMove() => Move switch
    {
        JobMoveKind.Assign => JobMove.Assign(TechnicianId ?? 0, OverrideReason),
        JobMoveKind.Reassign => JobMove.Reassign(TechnicianId ?? 0, OverrideReason),
        JobMoveKind.Cancel => JobMove.Cancel(Reason),
        JobMoveKind.Start => JobMove.Start,
        JobMoveKind.Arrive => JobMove.Arrive,
        _ => JobMove.Complete,
    };
}
