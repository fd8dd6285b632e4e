namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>What happened to a move of a field job. Only <see cref="Moved"/> changed anything.</summary>
public abstract record JobMoveOutcome
{
    private JobMoveOutcome()
    {
    }

    public sealed record Moved(JobCard Job) : JobMoveOutcome;

    /// <summary>Someone else changed the job first; here it is as it is now.</summary>
    public sealed record Stale(JobCard Job, string Message) : JobMoveOutcome;

    /// <summary>Not allowed from here, or the technician does not fit (without an override): the job as it is, and why.</summary>
    public sealed record Refused(JobCard Job, string Message) : JobMoveOutcome;

    /// <summary>No such job, or one the caller may not see or move (they look the same).</summary>
    public sealed record NotFound : JobMoveOutcome;
}
