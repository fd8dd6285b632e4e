namespace LocationBoards.Core.Dispatch;

/// <summary>
/// A job is late when no technician is on site by its creation time plus its priority's target. A job
/// on site, done or cancelled is never late: the target is about reaching the customer.
/// </summary>
public static class JobLateness
{
    public static DateTime TargetUtc(FieldJob job, PriorityTargets targets)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(targets);
        return job.CreatedUtc + targets.For(job.Priority);
    }

    public static bool IsLate(FieldJob job, DateTime nowUtc, PriorityTargets targets) =>
        IsStillToReach(job) && nowUtc > TargetUtc(job, targets);

    /// <summary>"late by 25 min", "on site due in 1 h 10 min", "on site", "done", "cancelled".</summary>
    public static JobTiming Assess(FieldJob job, DateTime nowUtc, PriorityTargets targets)
    {
        var target = TargetUtc(job, targets);
        if (!IsStillToReach(job))
        {
            return new JobTiming(target, false, JobStateMachine.Words(job.Status));
        }

        return nowUtc > target
            ? new JobTiming(target, true, $"late by {DurationText.Format(nowUtc - target)}")
            : new JobTiming(target, false, $"on site due in {DurationText.Format(target - nowUtc)}");
    }

    private static bool IsStillToReach(FieldJob job) => job.Status is JobStatus.New or JobStatus.Assigned or JobStatus.EnRoute;
}
