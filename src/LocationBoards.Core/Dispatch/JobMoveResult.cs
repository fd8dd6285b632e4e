namespace LocationBoards.Core.Dispatch;

/// <summary>Where a move takes a field job, or why it is refused, in plain words.</summary>
public readonly record struct JobMoveResult(JobStatus? Target, string? Refusal)
{
    public bool Allowed => Target is not null;

    public static JobMoveResult To(JobStatus target) => new(target, null);

    public static JobMoveResult Refused(string why) => new(null, why);
}
