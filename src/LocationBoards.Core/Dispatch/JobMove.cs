namespace LocationBoards.Core.Dispatch;

/// <summary>
/// One move on a field job with what it carries: the technician for Assign and Reassign (with an
/// override reason when the rules were set aside, see <see cref="DeployDecision"/>), the reason for Cancel.
/// </summary>
public sealed record JobMove(JobMoveKind Kind, int? TechnicianId = null, string? Reason = null, string? OverrideReason = null)
{
    public static JobMove Start { get; } = new(JobMoveKind.Start);

    public static JobMove Arrive { get; } = new(JobMoveKind.Arrive);

    public static JobMove Complete { get; } = new(JobMoveKind.Complete);

    public static JobMove Assign(int technicianId, string? overrideReason = null) =>
        new(JobMoveKind.Assign, technicianId, OverrideReason: overrideReason);

    public static JobMove Reassign(int technicianId, string? overrideReason = null) =>
        new(JobMoveKind.Reassign, technicianId, OverrideReason: overrideReason);

    public static JobMove Cancel(string? reason) => new(JobMoveKind.Cancel, Reason: reason);
}
